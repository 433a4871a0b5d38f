// The API's instance of the wasm module in browsers: the wasm-bindgen glue (written by
// wasm-pack into target/wasm-pack/ at build time, see scripts/build-pkg.mjs) and the
// error class it throws. index.js and index.dev.js import it, so that a page holds one
// instance and `instanceof FootprintError` holds for what it throws.
export { default as init, estimate, estimateMany, estimateServices } from "./checkout_footprint.js";
export { FootprintError } from "./error.js";
