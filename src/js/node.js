// checkout-footprint for Node.js >= 20: the .wasm is read from disk and instantiated
// synchronously, so this module has no top-level await and `require()` works too
// (Node >= 20.19).
import { readFileSync } from "node:fs";
import { initSync, estimate, estimateMany, estimateServices } from "./checkout_footprint.js";

export { FootprintError } from "./error.js";
export { factorSets, version } from "./package-info.js";
export { estimate, estimateMany, estimateServices };

initSync({ module: readFileSync(new URL("./checkout_footprint_bg.wasm", import.meta.url)) });
