// Lint rules that hold the architecture in place (see docs/ARCHITECTURE.md).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const PURE_CORE = ["src/a1/**", "src/payload/**", "src/schema/**", "src/money/**", "src/functions/**", "src/validation/**", "src/sync/**", "src/report/**", "src/progress/**", "src/extract/**"];

/**
 * Keys that come from data (IDs, headers, source names, cell text) live in a Map or are checked
 * with Object.hasOwn: `key in obj`, `for…in` and a lookup in a plain object find inherited
 * members, so an ID named "constructor" or "__proto__" reads as present (issue 9). A literal on
 * the left of `in` ("serial" in result) is a type test, not a data lookup, and stays allowed.
 */
const NO_RAW_HTML = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Never render raw HTML." };
const DATA_KEY_SYNTAX = [
  {
    selector: "BinaryExpression[operator='in'][left.type!='Literal']",
    message: "A key from data: use a Map (map.has) or Object.hasOwn(obj, key); `in` also finds inherited members such as 'constructor'.",
  },
  { selector: "ForInStatement", message: "for…in walks inherited keys: iterate a Map, or Object.keys()/Object.entries()." },
];
/** Where records are keyed by data (IDs, headers, cell text): no plain-object dictionaries at all. */
const DATA_KEYED_CORE = ["src/sync/**/*.{ts,tsx}", "src/validation/**/*.{ts,tsx}", "src/schema/**/*.{ts,tsx}", "src/taskpane/components/SyncPanel/**/*.{ts,tsx}"];
const NO_STRING_RECORDS = {
  selector: "TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
  message: "A dictionary keyed by data is a Map (or a ReadonlyMap constant), not Record<string, …>: a plain object answers for 'constructor' and '__proto__'.",
};
const TEST_FILES = ["**/*.test.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts"];

const UI_AND_OFFICE_IMPORTS = [
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "The pure core never imports React." },
  { group: ["@fluentui/*"], message: "The pure core never imports Fluent UI." },
  { group: ["@microsoft/office-js", "office-js", "office-addin-*"], message: "The pure core never imports Office." },
  { group: ["**/taskpane", "**/taskpane/**", "**/simulator", "**/simulator/**", "**/demo", "**/demo/**", "**/office", "**/office/**"], message: "The pure core never imports adapters, the simulator or the demo." },
];

export default tseslint.config(
  { ignores: ["dist/**", "dist-demo/**", "node_modules/**", "coverage/**", "assets/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-navigational-load": "warn",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "react/no-danger": "off",
      "no-restricted-properties": [
        "error",
        { property: "dangerouslySetInnerHTML", message: "Never render raw HTML." },
      ],
      "no-restricted-syntax": ["error", NO_RAW_HTML, ...DATA_KEY_SYNTAX],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-floating-promises": "off",
    },
  },
  {
    files: PURE_CORE.map((glob) => `${glob.replace("/**", "")}/**/*.{ts,tsx}`),
    rules: {
      "no-restricted-imports": ["error", { patterns: UI_AND_OFFICE_IMPORTS }],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "The pure core never touches Excel." },
        { name: "Office", message: "The pure core never touches Office." },
        { name: "document", message: "The pure core never touches the DOM." },
        { name: "window", message: "The pure core never touches the DOM." },
      ],
    },
  },
  {
    files: ["src/taskpane/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Components never call Excel: take adapter functions from HostContext." },
      ],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/simulator", "**/simulator/**"], message: "Components never import the simulator." }] },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/simulator", "**/simulator/**", "**/demo", "**/demo/**"], message: "Production code never imports the simulator or the demo." }] },
      ],
    },
  },
  {
    files: DATA_KEYED_CORE,
    ignores: TEST_FILES,
    rules: { "no-restricted-syntax": ["error", NO_RAW_HTML, ...DATA_KEY_SYNTAX, NO_STRING_RECORDS] },
  },
  {
    // Tests and benches build fixtures from literals; the data-key rules are for shipped code.
    files: TEST_FILES,
    rules: { "no-restricted-syntax": ["error", NO_RAW_HTML] },
  },
);
