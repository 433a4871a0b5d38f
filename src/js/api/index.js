// checkout-footprint for browsers and bundlers (Vite, webpack): `import` is all it takes.
// The .wasm next to this file is fetched once and instantiated (by streaming where the
// server sends application/wasm) before this module finishes loading.
import { init } from "./package.js";
import { wasmSource } from "./wasm-source.js";

export { estimate, estimateMany, estimateServices, FootprintError } from "./package.js";
export { factorSets, version } from "./info.js";

await init({ module_or_path: wasmSource(new URL("./checkout_footprint_bg.wasm", import.meta.url)) });
