// checkout-footprint for Node.js >= 20.19: the .wasm is read from disk and instantiated
// synchronously, so this module has no top-level await and `require()` works too
// (node.cjs, through Node's require of ES modules). It holds its own copy of the glue:
// Node never loads the browser's package.js.
import { readFileSync } from "node:fs";
import { initSync } from "./checkout_footprint.js";

export { estimate, estimateMany, estimateServices } from "./checkout_footprint.js";
export { FootprintError } from "./error.js";
export { factorSets, version } from "./info.js";

initSync({ module: readFileSync(new URL("./checkout_footprint_bg.wasm", import.meta.url)) });
