// How the element gets its wasm module: the glue of the checkout build (./package.js,
// bundled into the element's own file) and element_bg.wasm (estimate and
// estimateServices only), fetched on first connection and instantiated by streaming. The
// element never imports the API entry (index.js), which would add the factor sets'
// descriptions and estimateMany to every download; a page that uses both downloads both
// .wasm files.
import { wasmSource } from "../api/wasm-source.js";
import { estimate, estimateServices, init } from "./package.js";

/** What the element calls once the wasm is there. */
const PACKAGE = { estimate, estimateServices };

/** @typedef {typeof PACKAGE} Package */

/** @type {Promise<Package> | null} */
let loading = null;

/**
 * The package with its wasm instantiated, once for every element; a rejected promise
 * when it cannot load, forgotten so that the next estimate tries again.
 * @returns {Promise<Package>}
 */
export function loadPackage() {
  if (!loading) {
    loading = init({ module_or_path: wasmSource(new URL("./element_bg.wasm", import.meta.url)) }).then(() => PACKAGE);
    loading.catch(() => {
      // Every caller awaits `loading` and reports the failure itself; here it is only
      // forgotten, so that the next estimate loads again.
      loading = null;
    });
  }
  return loading;
}
