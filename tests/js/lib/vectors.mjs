// The shared test vectors (tests/vectors/*.json), read by the Rust, wasm and JS tests.
import { readdirSync, readFileSync } from "node:fs";

const DIR = new URL("../../vectors/", import.meta.url);

/** Every vector, sorted by file name: { file, name, order, options?, expected?, error?, tolerance }. */
export function loadVectors() {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(new URL(file, DIR), "utf8")) }));
}

/**
 * Differences between `actual` and the partial `expected`: every key of `expected` must
 * be in `actual`; numbers agree within `tolerance` relative (absolute when expected is 0);
 * arrays have the same length. Returns a list of "path: message" strings, empty if equal.
 */
export function differences(actual, expected, tolerance, path = "") {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return [`${path}: expected ${expected}, got ${JSON.stringify(actual)}`];
    const scale = expected === 0 ? 1 : Math.abs(expected);
    return Math.abs(actual - expected) <= tolerance * scale ? [] : [`${path}: expected ${expected}, got ${actual}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${path}: expected an array of ${expected.length}, got ${JSON.stringify(actual)?.slice(0, 80)}`];
    }
    return expected.flatMap((e, i) => differences(actual[i], e, tolerance, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return [`${path}: expected an object, got ${actual}`];
    return Object.entries(expected).flatMap(([k, e]) =>
      k in actual ? differences(actual[k], e, tolerance, path ? `${path}.${k}` : k) : [`${path}.${k}: missing`],
    );
  }
  return actual === expected ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/**
 * Runs one vector through `estimate` and returns what it gave: { footprint } or
 * { error: { code, path, isFootprintError } }. Plain data, so it can cross from a page.
 */
export function runVector(estimate, FootprintError, vector) {
  try {
    return { footprint: estimate(vector.order, vector.options) };
  } catch (e) {
    return { error: { code: e.code, path: e.path, message: e.message, isFootprintError: e instanceof FootprintError } };
  }
}

/** Problems with one vector's outcome (from runVector), empty when it passes. */
export function check(vector, outcome) {
  if (vector.error) {
    if (!outcome.error) return [`expected error ${vector.error.code}, got a footprint`];
    const problems = [];
    if (!outcome.error.isFootprintError) problems.push("the error is not a FootprintError");
    if (outcome.error.code !== vector.error.code)
      problems.push(`code ${outcome.error.code}, expected ${vector.error.code}`);
    if (vector.error.path !== undefined && outcome.error.path !== vector.error.path) {
      problems.push(`path ${outcome.error.path}, expected ${vector.error.path}`);
    }
    return problems;
  }
  if (outcome.error)
    return [`unexpected error ${outcome.error.code} at ${outcome.error.path}: ${outcome.error.message}`];
  return differences(outcome.footprint, vector.expected, vector.tolerance ?? 1e-9);
}

/** The same as runVector, self-contained, to run inside a page where the package is window.footprint. */
export function runInPage(vectors) {
  const { estimate, FootprintError } = window.footprint;
  return vectors.map((v) => {
    try {
      return { footprint: estimate(v.order, v.options) };
    } catch (e) {
      return {
        error: { code: e.code, path: e.path, message: e.message, isFootprintError: e instanceof FootprintError },
      };
    }
  });
}
