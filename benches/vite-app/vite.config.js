// Two pages: the element alone, and with a figure per delivery option. Vite's defaults
// otherwise, as a storefront would leave them; the manifest tells scripts/bench.mjs which
// file came from which module.
export default {
  logLevel: "warn",
  build: { manifest: true, rollupOptions: { input: { main: "index.html", options: "options.html" } } },
};
