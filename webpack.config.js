/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The add-in build (yo office style, shared runtime): one taskpane.html loads
 * both the task pane and the custom-functions bundles, so both run in the one
 * long-lived runtime the manifest declares.
 *
 *   npm run build        production build into dist/ (manifest with production URLs)
 *   npm run build:dev    development build (localhost URLs, source maps)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs
 *
 * The standalone demo has its own config: webpack.demo.config.js.
 */
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const packageJson = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const DEV_URL_PATTERN = /https:\/\/localhost:3000\//g;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const LOCALIZE_SCRIPT = path.resolve(__dirname, "scripts/localize-functions-metadata.js");
const KOREAN_TRANSLATIONS = path.resolve(__dirname, "src/functions/metadata/ko-KR.translations.json");
/**
 * Top-level metadata flags the JSDoc generator cannot emit. allowErrorForDataTypeAny: without it
 * Excel does not call a COMMIT function at all when its table argument holds one error cell
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors, "Errors as custom
 * function inputs"); with it the functions report the error only for a row that counts.
 */
const METADATA_FLAGS = path.resolve(__dirname, "src/functions/metadata/flags.json");

/** The generated metadata with the flags added at the top level (before "functions"). */
function applyMetadataFlags(metadata, flags) {
  const { functions, ...rest } = metadata;
  return { ...rest, ...flags, functions };
}

/** The production URL lives in ONE place: package.json "config.prod_url". */
function productionUrl() {
  const url = packageJson.config && packageJson.config.prod_url;
  if (typeof url !== "string" || !/^https:\/\/[^/\s]+\/(?:[^\s]*\/)?$/.test(url)) {
    throw new Error(
      `package.json "config.prod_url" must be an https URL ending in "/" (got ${JSON.stringify(url)}). ` +
        "Office only loads add-ins over https.",
    );
  }
  if (url.startsWith(DEV_URL)) throw new Error('package.json "config.prod_url" still points at localhost.');
  return url;
}

/** Rewrites every localhost URL in the manifest and refuses to ship one it missed. */
function toProductionManifest(content, prodUrl) {
  const rewritten = content.toString().replace(DEV_URL_PATTERN, prodUrl);
  const leftover = /localhost/i.exec(rewritten);
  if (leftover) {
    const line = rewritten.slice(0, leftover.index).split("\n").length;
    throw new Error(`manifest.xml line ${line} still mentions localhost after the production URL rewrite.`);
  }
  return rewritten;
}

/**
 * Emits functions.ko-KR.json (the manifest's ko-KR metadata override) from the
 * generated functions.json plus the Korean translation table. A missing script,
 * table or translation fails the build: a silently English Korean metadata file
 * would ship unnoticed. It first adds the top-level flags (METADATA_FLAGS) to
 * functions.json, so both files carry them.
 */
class KoreanFunctionsMetadataPlugin {
  constructor(options = {}) {
    this.localizeScript = options.localizeScript || LOCALIZE_SCRIPT;
    this.translations = options.translations || KOREAN_TRANSLATIONS;
  }

  apply(compiler) {
    const name = "KoreanFunctionsMetadataPlugin";
    const { localizeScript, translations: translationsFile } = this;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(localizeScript);
      compilation.fileDependencies.add(translationsFile);
      compilation.fileDependencies.add(METADATA_FLAGS);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const fail = (message) => compilation.errors.push(new WebpackError(`[${name}] ${message}`));
        const metadataAsset = compilation.getAsset("functions.json");
        if (!metadataAsset) {
          fail("functions.json was not generated, so functions.ko-KR.json cannot be. See the CustomFunctionsMetadataPlugin error above.");
          return;
        }
        for (const required of [localizeScript, translationsFile]) {
          if (!fs.existsSync(required)) {
            fail(`${path.relative(__dirname, required)} is missing; it is needed to generate functions.ko-KR.json.`);
            return;
          }
        }
        try {
          delete require.cache[require.resolve(localizeScript)];
          const { localizeMetadata } = require(localizeScript);
          if (typeof localizeMetadata !== "function") {
            throw new Error(`${path.relative(__dirname, localizeScript)} does not export localizeMetadata(metadata, translations).`);
          }
          const flags = JSON.parse(fs.readFileSync(METADATA_FLAGS, "utf8"));
          const metadata = applyMetadataFlags(JSON.parse(metadataAsset.source.source().toString()), flags);
          compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(metadata, null, 2)));
          const translations = JSON.parse(fs.readFileSync(translationsFile, "utf8"));
          const localized = localizeMetadata(metadata, translations);
          compilation.emitAsset("functions.ko-KR.json", new sources.RawSource(JSON.stringify(localized, null, 2)));
        } catch (error) {
          fail(`could not generate functions.ko-KR.json: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    });
  }
}

async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/**
 * Fluent UI's context selector imports "scheduler" as a peer dependency. Resolve it
 * to react-dom's own copy so there is exactly one scheduler, the one React uses.
 */
const resolve = {
  extensions: [".ts", ".tsx", ".js", ".json"],
  alias: {
    scheduler: path.dirname(require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom/package.json"))] })),
  },
};

/** ts-loader settings shared with the demo config. */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    // Type errors are tsc's job (npm run typecheck); the bundle only needs JavaScript.
    options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
  },
};

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const prodUrl = production ? productionUrl() : DEV_URL;

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Tabs other than the first load on demand (React.lazy) as their own chunks.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve,
    module: { rules: [typescriptRule] },
    performance: {
      // A budget, not a hint: a task pane that downloads megabytes opens slowly in Excel on the web.
      hints: production ? "error" : false,
      maxAssetSize: 2_000_000,
      maxEntrypointSize: 2_000_000,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new KoreanFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/icon*.svg", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? toProductionManifest(content, prodUrl) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

module.exports.typescriptRule = typescriptRule;
module.exports.resolve = resolve;
module.exports.toProductionManifest = toProductionManifest;
module.exports.productionUrl = productionUrl;
module.exports.KoreanFunctionsMetadataPlugin = KoreanFunctionsMetadataPlugin;
module.exports.applyMetadataFlags = applyMetadataFlags;
module.exports.METADATA_FLAGS = METADATA_FLAGS;
