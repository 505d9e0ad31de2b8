// Builds the task pane: src/taskpane/index.tsx -> dist/, with taskpane.html, icons and manifest.
// `npm run build` for production, `npm run dev-server` for https://localhost:3000 (Office sideload).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");

const DEV_SERVER_PORT = 3000;

/** Office only loads add-ins over trusted https; office-addin-dev-certs makes and trusts a localhost cert. */
async function devHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `office-addin-dev-certs could not provide a certificate (${error instanceof Error ? error.message : error}); ` +
        "falling back to webpack-dev-server's self-signed one, which Office will not trust. Try: npx office-addin-dev-certs install",
    );
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // Only `webpack serve` needs certificates; a production build must not touch the cert store.
  const httpsOptions = env.WEBPACK_SERVE ? await devHttpsOptions() : undefined;

  return {
    mode: production ? "production" : "development",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Hashed names in production: Office's web views cache the bundle hard.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              swcrc: false,
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                target: "es2020",
                transform: { react: { runtime: "automatic", development: !production } },
              },
              // Keep ES modules so webpack can tree-shake @fluentui/react-components.
              module: { type: "es6" },
            },
          },
        },
      ],
    },
    // No eval-based source maps: the pane's Content-Security-Policy allows no eval, in development too.
    devtool: production ? false : "cheap-module-source-map",
    plugins: [
      // The .xlsx backend (loaded only when 汇总 reads chosen files) works on bytes in the
      // browser; its Node file helpers are swapped for a stub that says so.
      new NormalModuleReplacementPlugin(/[\\/]node[\\/]atomic-file$/, path.resolve(__dirname, "src/taskpane/shared/no-file-system.ts")),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        inject: "head",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true },
          // SupportUrl and the GetStarted link of the manifest point here.
          { from: "src/taskpane/help.html", to: "help.html" },
        ],
      }),
    ],
    // React + Fluent is ~300 kB minified (~95 kB gzipped) today; warn only well above that.
    performance: { hints: production ? "warning" : false, maxEntrypointSize: 600_000, maxAssetSize: 600_000 },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "https" },
      static: false,
    },
  };
};
