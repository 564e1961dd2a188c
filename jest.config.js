/** Unit and simulator tests. Browser tests live in jest.e2e.config.js. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2020",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": swc },
  testMatch: ["<rootDir>/src/**/*.test.ts?(x)", "<rootDir>/test/**/*.test.ts?(x)"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  moduleNameMapper: {
    "\\.(css|png)$": "<rootDir>/test/support/file-stub.js",
  },
  setupFiles: ["<rootDir>/test/support/fast-check-seed.js"],
  reporters: ["default", "<rootDir>/test/support/summary-line-reporter.js"],
};
