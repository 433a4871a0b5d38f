// The error class every checkout-footprint entry point exports. The wasm module imports
// this very file, so `instanceof FootprintError` holds for what it throws.

/** Bad input to estimate(): `code` is stable, `path` names the field. */
export class FootprintError extends Error {
  /**
   * @param {string} code
   * @param {string} path
   * @param {string} message
   */
  constructor(code, path, message) {
    super(message);
    this.name = "FootprintError";
    this.code = code;
    this.path = path;
  }
}

/**
 * Called by the wasm module to build the error it throws.
 * @param {string} code
 * @param {string} path
 * @param {string} message
 */
export function newFootprintError(code, path, message) {
  return new FootprintError(code, path, message);
}
