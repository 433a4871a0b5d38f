// How the browser entry points get a .wasm: fetched from next to the package's files
// (`url`, written as `new URL("./x.wasm", import.meta.url)` where it is used, so that
// bundlers copy the file). A development build swaps this module for one that holds the
// bytes (wasm.dev.js, element-wasm.dev.js; see scripts/build-pkg.mjs).

/**
 * The response for `init({ module_or_path })`, requested now, so that the download runs
 * beside the import of the glue (which refuses an answer that is not 2xx).
 * @param {URL} url
 * @returns {Promise<Response> | Uint8Array}
 */
export function wasmSource(url) {
  return fetch(url);
}
