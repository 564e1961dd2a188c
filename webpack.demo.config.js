/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The standalone demo: the task pane next to a grid of the simulated workbook,
 * served over plain http by scripts/serve-static.mjs (npm run demo).
 * It never loads Office.js: src/demo/index.tsx wires the App to the simulator.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { resolve, typescriptRule } = require("./webpack.config.js");

module.exports = (_env, options) => {
  const production = options.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { demo: "./src/demo/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-demo"),
      filename: "[name].js",
      // Tabs other than the first load on demand (React.lazy) as their own chunks.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve,
    module: { rules: [typescriptRule] },
    // The demo bundles the simulator and a formula engine; size is not what it is judged on.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/index.html", chunks: ["demo"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-*.png", to: "assets/[name][ext]" }] }),
    ],
  };
};
