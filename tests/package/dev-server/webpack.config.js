// The app's own webpack settings: where the entry is and what to serve. Nothing about
// the package, its .wasm or top-level await.
import { fileURLToPath } from "node:url";

export default {
  mode: "development",
  entry: "./main.js",
  output: { path: fileURLToPath(new URL("dist", import.meta.url)), filename: "main.js" },
  devServer: { static: fileURLToPath(new URL("webpack-static", import.meta.url)) },
};
