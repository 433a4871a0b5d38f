// What the package says of itself without the wasm: its version and the factor sets'
// descriptions, from the model's one source (src/model/factor_sets.json), bundled into
// the API entry points only (index.js, node.js), never into the element.
import FACTOR_SETS from "../../model/factor_sets.json" with { type: "json" };

/** The package version, e.g. "0.2.0" (the model's own is `footprint.method.modelVersion`). */
export function version() {
  return CHECKOUT_FOOTPRINT_VERSION;
}

/** The factor sets this version knows: name, description, sources (a fresh copy). */
export function factorSets() {
  return structuredClone(FACTOR_SETS);
}
