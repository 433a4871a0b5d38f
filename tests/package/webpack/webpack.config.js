// Plain webpack 5: no loader or experiment flag is needed for the package.
export default {
  mode: "production",
  entry: "./main.js",
  output: { path: new URL("./dist/", import.meta.url).pathname, clean: true },
};
