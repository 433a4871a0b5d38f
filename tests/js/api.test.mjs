// The built package in Node: the shared vectors, agreement with the native build, errors.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";
import { estimate, estimateMany, factorSets, FootprintError, version } from "../../pkg/node.js";
import { check, differences, loadVectors, runVector } from "./lib/vectors.mjs";

const vectors = loadVectors();

for (const vector of vectors) {
  test(`vector ${vector.file}: ${vector.name}`, () => {
    const problems = check(vector, runVector(estimate, FootprintError, vector));
    assert.deepEqual(problems, []);
  });
}

test("native and wasm agree to 1e-9 relative on every vector", () => {
  const file = new URL("../../target/vectors-native.json", import.meta.url);
  assert.ok(existsSync(file), "target/vectors-native.json is written by `cargo test`; run it first");
  const native = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(Object.keys(native).length, vectors.length);
  for (const vector of vectors) {
    const outcome = runVector(estimate, FootprintError, vector);
    const expected = native[vector.file];
    if (expected.error) {
      assert.equal(outcome.error?.code, expected.error.code, vector.file);
      assert.equal(outcome.error?.path, expected.error.path, vector.file);
    } else {
      assert.deepEqual(differences(outcome.footprint, expected.footprint, 1e-9), [], vector.file);
      // Same keys both ways: nothing dropped or added at the boundary.
      assert.deepEqual(differences(expected.footprint, outcome.footprint, 1e-9), [], vector.file);
    }
  }
});

test("errors are FootprintErrors with code and path, and the module keeps working", () => {
  const order = vectors.find((v) => v.expected).order;
  const good = estimate(order);
  const bad = structuredClone(order);
  bad.shipments[0].to.country = "Germany";
  assert.throws(
    () => estimate(bad),
    (e) =>
      e instanceof FootprintError &&
      e instanceof Error &&
      e.code === "unknown_code" &&
      e.path === "shipments[0].to.country",
  );
  assert.throws(() => estimate(order, { currency: "EURO" }), { code: "invalid_currency", path: "options.currency" });
  assert.throws(() => estimate(order, { factorset: "glec-v3" }), { code: "unknown_field", path: "options.factorset" });
  assert.throws(() => estimate(), { code: "wrong_type", path: "order" });
  assert.deepEqual(estimate(order), good);
});

test("estimateMany sums the valid orders and reports the first invalid one", () => {
  const valid = vectors.filter((v) => v.expected && !v.options).map((v) => v.order);
  const orders = [...valid, { shipments: [] }, ...valid];
  const totals = estimateMany(orders, { currency: "EUR" });
  const singles = [...valid, ...valid].map((o) => estimate(o, { currency: "EUR" }));
  assert.equal(totals.orders, singles.length);
  assert.equal(totals.invalidOrders, 1);
  assert.deepEqual(totals.firstInvalid.index, valid.length);
  assert.equal(totals.firstInvalid.code, "empty");
  assert.equal(totals.currency, "EUR");
  assert.equal(
    totals.amountMinor,
    singles.reduce((s, f) => s + f.offset.amountMinor, 0),
  );
  assert.equal(
    totals.shipments,
    singles.reduce((s, f) => s + f.shipments.length, 0),
  );
  const kg = singles.reduce((s, f) => s + f.co2eKg, 0);
  assert.ok(Math.abs(totals.co2eKg - kg) <= 1e-9 * kg);
});

test("version and factorSets describe the package", () => {
  const manifest = JSON.parse(readFileSync(new URL("../../pkg/package.json", import.meta.url), "utf8"));
  assert.equal(version(), manifest.version);
  const sets = factorSets();
  assert.deepEqual(
    sets.map((s) => s.name),
    ["glec-v3", "defra-2025"],
  );
  for (const s of sets) {
    assert.ok(s.description.length > 10);
    assert.ok(s.sources.length >= 1);
  }
});

test("require() works in Node >= 20.19", () => {
  const require = createRequire(import.meta.url);
  const cjs = require("../../pkg/node.js");
  assert.equal(typeof cjs.estimate, "function");
  assert.equal(cjs.FootprintError, FootprintError);
});
