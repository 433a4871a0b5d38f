// checkout-footprint for browsers and bundlers (Vite, webpack): `import` is all it takes.
// The .wasm next to this file is fetched once and instantiated (by streaming where the
// server sends application/wasm) before this module finishes loading.
import init, { estimate, estimateMany, estimateServices } from "./checkout_footprint.js";

export { FootprintError } from "./error.js";
export { factorSets, version } from "./package-info.js";
export { estimate, estimateMany, estimateServices };

await init({ module_or_path: new URL("./checkout_footprint_bg.wasm", import.meta.url) });
