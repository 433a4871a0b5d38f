// The error class every checkout-footprint entry point exports. The wasm module imports
// this very file, so `instanceof FootprintError` holds for what it throws.

/** Bad input to estimate(): `code` is stable, `path` names the field. */
export class FootprintError extends Error {
  constructor(code, path, message) {
    super(message);
    this.name = "FootprintError";
    this.code = code;
    this.path = path;
  }
}

/** Called by the wasm module to build the error it throws. */
export function newFootprintError(code, path, message) {
  return new FootprintError(code, path, message);
}

/**
 * The input as JSON text for the model's strict parser. Numbers JSON cannot hold (NaN,
 * Infinity) and BigInts become strings, so the model names them as wrong types instead
 * of JSON.stringify silently writing null or throwing. Throws (getters that throw,
 * cyclic objects); the wasm module turns that into a FootprintError.
 */
export function toJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === "number" && !Number.isFinite(v)) return String(v);
    if (typeof v === "bigint") return `${v}n`;
    return v;
  });
}
