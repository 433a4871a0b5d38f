// The element's instance of the wasm module: the glue of the checkout build (written by
// wasm-pack into target/wasm-pack-element/ at build time, see scripts/build-pkg.mjs),
// with estimate and estimateServices only. Bundled into element.js (see loader.js).
export { default as init, estimate, estimateServices } from "./checkout_footprint.js";
