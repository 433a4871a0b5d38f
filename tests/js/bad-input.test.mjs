// The bad-input matrix: malformed orders and options passed from JavaScript to the built
// package. Each one throws a FootprintError (a real Error) with the exact code and path,
// a short message that starts with the path, quickly: never a trap (RuntimeError), a
// RangeError, a TypeError or a hang. After all of them the module answers a valid order
// exactly as before.
import assert from "node:assert/strict";
import { test } from "node:test";
import { estimate, estimateMany, FootprintError } from "../../pkg/node.js";

/** A fresh valid order; `patch` edits its first shipment. */
function order(patch = (s) => s) {
  const shipment = {
    id: "seller-17",
    from: { country: "FR", lat: 45.76, lon: 4.84 },
    to: { country: "DE" },
    service: "standard",
    items: [{ category: "smartphone", quantity: 1 }],
  };
  return { shipments: [patch(shipment) ?? shipment] };
}
/** A valid order whose first item is `item`. */
const withItem = (item) => order((s) => ({ ...s, items: [item] }));
/** A valid order whose first item has `weightKg: w`. */
const weight = (w) => withItem({ category: "laptop", weightKg: w });

const VALID = order((s) => ({
  ...s,
  items: [{ category: "laptop", quantity: 2, weightKg: 2.1 }, { category: "tablet" }],
  packaging: { material: "cardboard", weightKg: 0.3 },
}));
const OPTIONS = { currency: "EUR", pricePerTonne: 40, factorSet: "defra-2025" };
const BEFORE = estimate(VALID, OPTIONS);
const BEFORE_MANY = estimateMany([VALID, VALID], OPTIONS);

const MB = "x".repeat(1 << 20);
/** Longest message accepted: a long input is never echoed whole. */
const MAX_MESSAGE = 300;
/** Slowest case accepted, ms (the largest argument the walker reads takes about 1 s). */
const MAX_MS = 5000;

const throwing = () => {
  throw new Error("getter failed");
};

/** `{ shipments: [s] }` where s.from is s, forever. */
function cyclicShipment() {
  const o = order();
  o.shipments[0].from = o.shipments[0];
  return o;
}

/** An object graph of 2^depth leaves, each the same shipment: tiny in memory, huge walked. */
function dag(depth) {
  let node = order().shipments[0];
  for (let i = 0; i < depth; i++) node = [node, node];
  return { shipments: node };
}

function sparse(length) {
  const a = [];
  a.length = length;
  return a;
}

function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

class OrderWithGetter {
  get shipments() {
    return order().shipments;
  }
}

class OrderRecord {
  constructor() {
    this.shipments = [];
  }
}

/** A class whose data lives in a private field: nothing own and enumerable. */
class Boxed {
  #value = 2;
  valueOf() {
    return this.#value;
  }
}

// [name, call, code, path]
const CASES = [
  // The order as a whole.
  ["order null", () => estimate(null), "wrong_type", "order"],
  ["order undefined", () => estimate(undefined), "wrong_type", "order"],
  ["order missing", () => estimate(), "wrong_type", "order"],
  ["order a string", () => estimate(JSON.stringify(VALID)), "wrong_type", "order"],
  ["order a number", () => estimate(42), "wrong_type", "order"],
  ["order a boolean", () => estimate(true), "wrong_type", "order"],
  ["order an array of shipments", () => estimate(order().shipments), "wrong_type", "order"],
  ["order a function", () => estimate(() => VALID), "wrong_type", "order"],
  ["order a symbol", () => estimate(Symbol("order")), "wrong_type", "order"],
  ["order a BigInt", () => estimate(10n), "wrong_type", "order"],
  ["order a Date", () => estimate(new Date()), "missing_field", "shipments"],
  ["order a Map of its fields", () => estimate(new Map(Object.entries(VALID))), "missing_field", "shipments"],
  ["order a typed array", () => estimate(new Uint8Array(3)), "unknown_field", '["0"]'],
  ["order {}", () => estimate({}), "missing_field", "shipments"],
  ["shipments null", () => estimate({ shipments: null }), "missing_field", "shipments"],
  ["shipments undefined", () => estimate({ shipments: undefined }), "missing_field", "shipments"],
  ["shipments []", () => estimate({ shipments: [] }), "empty", "shipments"],
  ["shipments an object", () => estimate({ shipments: order().shipments[0] }), "wrong_type", "shipments"],
  ["shipments a string", () => estimate({ shipments: "seller-17" }), "wrong_type", "shipments"],
  ["101 shipments", () => estimate({ shipments: Array(101).fill(order().shipments[0]) }), "too_many", "shipments"],
  ["unknown top-level key", () => estimate({ ...order(), currency: "EUR" }), "unknown_field", "currency"],
  ["misspelt top-level key", () => estimate({ shipment: order().shipments }), "unknown_field", "shipment"],
  ["empty key", () => estimate({ ...order(), "": 1 }), "unknown_field", '[""]'],
  [
    "own __proto__ key (JSON.parse)",
    () => estimate(Object.assign(JSON.parse('{"__proto__":1}'), order())),
    "unknown_field",
    "__proto__",
  ],
  ["own constructor key", () => estimate({ constructor: Object, ...order() }), "unknown_field", "constructor"],
  ["own hasOwnProperty key", () => estimate({ ...order(), hasOwnProperty: 1 }), "unknown_field", "hasOwnProperty"],

  // A shipment.
  ["shipment null", () => estimate({ shipments: [null] }), "wrong_type", "shipments[0]"],
  ["shipment a nested array", () => estimate({ shipments: [order().shipments] }), "wrong_type", "shipments[0]"],
  ["shipment a hole", () => estimate({ shipments: [, order().shipments[0]] }), "wrong_type", "shipments[0]"], // eslint-disable-line no-sparse-arrays
  [
    "second shipment invalid",
    () => estimate({ shipments: [order().shipments[0], { ...order().shipments[0], to: {} }] }),
    "missing_field",
    "shipments[1].to.country",
  ],
  [
    "unknown shipment key (wrong case)",
    () => estimate(order((s) => ({ ...s, Service: "express" }))),
    "unknown_field",
    "shipments[0].Service",
  ],
  [
    "own __proto__ key in a shipment",
    () => estimate(order((s) => Object.assign(JSON.parse('{"__proto__":{}}'), s))),
    "unknown_field",
    "shipments[0].__proto__",
  ],
  ["from missing", () => estimate(order(({ from, ...s }) => s)), "missing_field", "shipments[0].from"],
  ["from a string", () => estimate(order((s) => ({ ...s, from: "FR" }))), "wrong_type", "shipments[0].from"],
  [
    "to a nested array",
    () => estimate(order((s) => ({ ...s, to: [{ country: "DE" }] }))),
    "wrong_type",
    "shipments[0].to",
  ],
  [
    "service wrong case",
    () => estimate(order((s) => ({ ...s, service: "Express" }))),
    "unknown_code",
    "shipments[0].service",
  ],
  ["service a number", () => estimate(order((s) => ({ ...s, service: 1 }))), "wrong_type", "shipments[0].service"],
  ["items missing", () => estimate(order(({ items, ...s }) => s)), "missing_field", "shipments[0].items"],
  ["items []", () => estimate(order((s) => ({ ...s, items: [] }))), "empty", "shipments[0].items"],
  [
    "items an object",
    () => estimate(order((s) => ({ ...s, items: { category: "laptop" } }))),
    "wrong_type",
    "shipments[0].items",
  ],
  [
    "items a Map",
    () => estimate(order((s) => ({ ...s, items: new Map([[0, { category: "laptop" }]]) }))),
    "wrong_type",
    "shipments[0].items",
  ],
  [
    "items a typed array",
    () => estimate(order((s) => ({ ...s, items: new Float64Array(2) }))),
    "wrong_type",
    "shipments[0].items",
  ],
  [
    "10,001 items",
    () => estimate(order((s) => ({ ...s, items: Array(10_001).fill({ category: "smartphone" }) }))),
    "too_many",
    "shipments[0].items",
  ],
  [
    "1,001 items",
    () => estimate(order((s) => ({ ...s, items: Array(1_001).fill({ category: "smartphone" }) }))),
    "too_many",
    "shipments[0].items",
  ],
  ["id of 1 MB", () => estimate(order((s) => ({ ...s, id: MB }))), "too_many", "shipments[0].id"],
  [
    "id of 201 characters",
    () => estimate(order((s) => ({ ...s, id: "é".repeat(201) }))),
    "too_many",
    "shipments[0].id",
  ],
  ["id a number", () => estimate(order((s) => ({ ...s, id: 17 }))), "wrong_type", "shipments[0].id"],
  [
    "packaging without weight",
    () => estimate(order((s) => ({ ...s, packaging: { material: "cardboard" } }))),
    "missing_field",
    "shipments[0].packaging.weightKg",
  ],
  [
    "packaging weight 0",
    () => estimate(order((s) => ({ ...s, packaging: { material: "cardboard", weightKg: 0 } }))),
    "out_of_range",
    "shipments[0].packaging.weightKg",
  ],
  [
    "packaging a string",
    () => estimate(order((s) => ({ ...s, packaging: "cardboard" }))),
    "wrong_type",
    "shipments[0].packaging",
  ],
  [
    "packaging material wrong case",
    () => estimate(order((s) => ({ ...s, packaging: { material: "Cardboard", weightKg: 0.2 } }))),
    "unknown_code",
    "shipments[0].packaging.material",
  ],
  ["legs [] (empty)", () => estimate(order((s) => ({ ...s, legs: [] }))), "empty", "shipments[0].legs"],
  [
    "21 legs",
    () => estimate(order((s) => ({ ...s, legs: Array(21).fill({ mode: "van", distanceKm: 10 }) }))),
    "too_many",
    "shipments[0].legs",
  ],
  [
    "leg distanceKm 0",
    () => estimate(order((s) => ({ ...s, legs: [{ mode: "van", distanceKm: 0 }] }))),
    "out_of_range",
    "shipments[0].legs[0].distanceKm",
  ],
  [
    "leg distanceKm over the equator",
    () => estimate(order((s) => ({ ...s, legs: [{ mode: "air", distanceKm: 40_075.5 }] }))),
    "out_of_range",
    "shipments[0].legs[0].distanceKm",
  ],
  [
    "leg distanceKm a string",
    () => estimate(order((s) => ({ ...s, legs: [{ mode: "van", distanceKm: "850" }] }))),
    "wrong_type",
    "shipments[0].legs[0].distanceKm",
  ],
  [
    "leg mode upper case",
    () => estimate(order((s) => ({ ...s, legs: [{ mode: "TRUCK_HGV", distanceKm: 850 }] }))),
    "unknown_code",
    "shipments[0].legs[0].mode",
  ],
  [
    "second leg without mode",
    () => estimate(order((s) => ({ ...s, legs: [{ mode: "van", distanceKm: 5 }, { distanceKm: 5 }] }))),
    "missing_field",
    "shipments[0].legs[1].mode",
  ],

  // A place.
  [
    "country lower case",
    () => estimate(order((s) => ({ ...s, to: { country: "de" } }))),
    "unknown_code",
    "shipments[0].to.country",
  ],
  [
    "country alpha-3",
    () => estimate(order((s) => ({ ...s, to: { country: "DEU" } }))),
    "unknown_code",
    "shipments[0].to.country",
  ],
  [
    "country of 1 MB",
    () => estimate(order((s) => ({ ...s, to: { country: MB } }))),
    "unknown_code",
    "shipments[0].to.country",
  ],
  [
    "country missing",
    () => estimate(order((s) => ({ ...s, to: { lat: 52.5, lon: 13.4 } }))),
    "missing_field",
    "shipments[0].to.country",
  ],
  [
    "country a number",
    () => estimate(order((s) => ({ ...s, to: { country: 276 } }))),
    "wrong_type",
    "shipments[0].to.country",
  ],
  [
    "lat without lon",
    () => estimate(order((s) => ({ ...s, from: { country: "FR", lat: 45.76 } }))),
    "incomplete_coordinates",
    "shipments[0].from",
  ],
  [
    "lon without lat",
    () => estimate(order((s) => ({ ...s, to: { country: "DE", lon: 13.4 } }))),
    "incomplete_coordinates",
    "shipments[0].to",
  ],
  [
    "lat 91",
    () => estimate(order((s) => ({ ...s, from: { country: "FR", lat: 91, lon: 4.84 } }))),
    "out_of_range",
    "shipments[0].from.lat",
  ],
  [
    "lon -180.5",
    () => estimate(order((s) => ({ ...s, from: { country: "FR", lat: 45, lon: -180.5 } }))),
    "out_of_range",
    "shipments[0].from.lon",
  ],
  [
    "lat NaN",
    () => estimate(order((s) => ({ ...s, from: { country: "FR", lat: NaN, lon: 4.84 } }))),
    "wrong_type",
    "shipments[0].from.lat",
  ],
  [
    "lat a string",
    () => estimate(order((s) => ({ ...s, from: { country: "FR", lat: "45.76", lon: 4.84 } }))),
    "wrong_type",
    "shipments[0].from.lat",
  ],
  [
    "unknown place key",
    () => estimate(order((s) => ({ ...s, to: { country: "DE", city: "Berlin" } }))),
    "unknown_field",
    "shipments[0].to.city",
  ],

  // An item.
  [
    "category capitalised",
    () => estimate(withItem({ category: "Smartphone" })),
    "unknown_code",
    "shipments[0].items[0].category",
  ],
  ["category of 1 MB", () => estimate(withItem({ category: MB })), "unknown_code", "shipments[0].items[0].category"],
  ["category missing", () => estimate(withItem({ quantity: 1 })), "missing_field", "shipments[0].items[0].category"],
  ["category null", () => estimate(withItem({ category: null })), "missing_field", "shipments[0].items[0].category"],
  [
    "item a nested array",
    () => estimate(order((s) => ({ ...s, items: [[{ category: "laptop" }]] }))),
    "wrong_type",
    "shipments[0].items[0]",
  ],
  [
    "quantity 1.5",
    () => estimate(withItem({ category: "laptop", quantity: 1.5 })),
    "out_of_range",
    "shipments[0].items[0].quantity",
  ],
  [
    "quantity 0",
    () => estimate(withItem({ category: "laptop", quantity: 0 })),
    "out_of_range",
    "shipments[0].items[0].quantity",
  ],
  [
    "quantity 1001",
    () => estimate(withItem({ category: "laptop", quantity: 1001 })),
    "out_of_range",
    "shipments[0].items[0].quantity",
  ],
  [
    "quantity -0",
    () => estimate(withItem({ category: "laptop", quantity: -0 })),
    "out_of_range",
    "shipments[0].items[0].quantity",
  ],
  [
    "quantity a string",
    () => estimate(withItem({ category: "laptop", quantity: "1" })),
    "wrong_type",
    "shipments[0].items[0].quantity",
  ],
  ["weightKg -0", () => estimate(weight(-0)), "out_of_range", "shipments[0].items[0].weightKg"],
  ["weightKg 0", () => estimate(weight(0)), "out_of_range", "shipments[0].items[0].weightKg"],
  ["weightKg negative", () => estimate(weight(-1)), "out_of_range", "shipments[0].items[0].weightKg"],
  ["weightKg 1e308", () => estimate(weight(1e308)), "out_of_range", "shipments[0].items[0].weightKg"],
  [
    "weightKg smallest negative",
    () => estimate(weight(-Number.MIN_VALUE)),
    "out_of_range",
    "shipments[0].items[0].weightKg",
  ],
  ["weightKg NaN", () => estimate(weight(NaN)), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg Infinity", () => estimate(weight(Infinity)), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg -Infinity", () => estimate(weight(-Infinity)), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg a string", () => estimate(weight("0.2")), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg a boolean", () => estimate(weight(true)), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg a BigInt", () => estimate(weight(2n)), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg a symbol", () => estimate(weight(Symbol("kg"))), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg a function", () => estimate(weight(() => 2)), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg a Date", () => estimate(weight(new Date(2))), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg a boxed Number", () => estimate(weight(new Number(2))), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg a class instance", () => estimate(weight(new Boxed())), "wrong_type", "shipments[0].items[0].weightKg"],
  ["weightKg an array", () => estimate(weight([2])), "wrong_type", "shipments[0].items[0].weightKg"],
  [
    "unknown item key",
    () => estimate(withItem({ category: "laptop", weight: 2 })),
    "unknown_field",
    "shipments[0].items[0].weight",
  ],
  [
    "own __proto__ key in an item",
    () => estimate(withItem(JSON.parse('{"category":"laptop","__proto__":{"weightKg":2}}'))),
    "unknown_field",
    "shipments[0].items[0].__proto__",
  ],
  [
    "item key of 1 MB",
    () => estimate(withItem({ category: "laptop", [MB]: 1 })),
    "unknown_field",
    `shipments[0].items[0].${"x".repeat(40)}…`,
  ],

  // JavaScript objects that are not plain data.
  [
    "getter that throws (order)",
    () =>
      estimate({
        get shipments() {
          return throwing();
        },
      }),
    "invalid_input",
    "shipments",
  ],
  [
    "getter that throws (item)",
    () =>
      estimate(
        withItem({
          get category() {
            return throwing();
          },
        }),
      ),
    "invalid_input",
    "shipments[0].items[0].category",
  ],
  [
    "getter that throws a string",
    () =>
      estimate(
        order((s) => ({
          ...s,
          get to() {
            throw "no";
          },
        })),
      ),
    "invalid_input",
    "shipments[0].to",
  ],
  [
    "getter that throws an object with a throwing message",
    () =>
      estimate({
        get shipments() {
          throw {
            get message() {
              throw new Error("again");
            },
          };
        },
      }),
    "invalid_input",
    "shipments",
  ],
  [
    "array index getter that throws",
    () =>
      estimate(
        order((s) => {
          const items = [{ category: "laptop" }];
          Object.defineProperty(items, 0, { get: throwing, enumerable: true });
          return { ...s, items };
        }),
      ),
    "invalid_input",
    "shipments[0].items[0]",
  ],
  [
    "cyclic order (shipments holds the order)",
    () => {
      const o = { shipments: [] };
      o.shipments.push(o);
      return estimate(o);
    },
    "invalid_input",
    "shipments[0]" + ".shipments[0]".repeat(15),
  ],
  [
    "cyclic shipment (from is the shipment)",
    () => estimate(cyclicShipment()),
    "invalid_input",
    "shipments[0]" + ".from".repeat(30),
  ],
  [
    "cyclic array (items holds itself)",
    () =>
      estimate(
        order((s) => {
          const items = [];
          items.push(items);
          return { ...s, items };
        }),
      ),
    "invalid_input",
    "shipments[0].items" + "[0]".repeat(29),
  ],
  [
    "nesting 1,000 arrays deep",
    () => {
      let a = [];
      for (let i = 0; i < 1000; i++) a = [a];
      return estimate({ shipments: a });
    },
    "invalid_input",
    "shipments" + "[0]".repeat(31),
  ],
  ["a DAG sharing one shipment 2^24 times", () => estimate(dag(24)), "invalid_input", "order"],
  ["a sparse array of length 2^32 - 1", () => estimate({ shipments: sparse(2 ** 32 - 1) }), "invalid_input", "order"],
  [
    "a Proxy whose ownKeys trap throws",
    () => estimate(new Proxy(order(), { ownKeys: throwing })),
    "invalid_input",
    "order",
  ],
  [
    "a Proxy whose get trap throws",
    () => estimate(new Proxy(order(), { get: throwing })),
    "invalid_input",
    "shipments",
  ],
  [
    "a Proxy array whose length throws",
    () =>
      estimate({ shipments: new Proxy(order().shipments, { get: (t, k) => (k === "length" ? throwing() : t[k]) }) }),
    "invalid_input",
    "shipments",
  ],
  ["a revoked Proxy", () => estimate(revokedProxy()), "invalid_input", "order"],
  [
    "a revoked Proxy as an item",
    () => estimate(order((s) => ({ ...s, items: [revokedProxy()] }))),
    "invalid_input",
    "shipments[0].items[0]",
  ],
  [
    "a transparent Proxy with an unknown key",
    () => estimate(new Proxy({ ...order(), extra: 1 }, {})),
    "unknown_field",
    "extra",
  ],
  [
    "a frozen order with no shipment",
    () => estimate(Object.freeze({ shipments: Object.freeze([]) })),
    "empty",
    "shipments",
  ],
  ["a class instance with no shipment", () => estimate(new OrderRecord()), "empty", "shipments"],
  [
    "a class whose shipments is a prototype getter",
    () => estimate(new OrderWithGetter()),
    "missing_field",
    "shipments",
  ],
  [
    "an object without prototype, misspelt",
    () => estimate(Object.assign(Object.create(null), { shipmentz: [] })),
    "unknown_field",
    "shipmentz",
  ],

  // Options.
  ["options a string", () => estimate(VALID, "EUR"), "wrong_type", "options"],
  ["options an array", () => estimate(VALID, [{ currency: "EUR" }]), "wrong_type", "options"],
  ["options a number", () => estimate(VALID, 27), "wrong_type", "options"],
  ["options a function", () => estimate(VALID, () => OPTIONS), "wrong_type", "options"],
  ["options currency lower case", () => estimate(VALID, { currency: "usd" }), "invalid_currency", "options.currency"],
  ["options currency XYZ", () => estimate(VALID, { currency: "XYZ" }), "invalid_currency", "options.currency"],
  ["options currency of 1 MB", () => estimate(VALID, { currency: MB }), "invalid_currency", "options.currency"],
  ["options currency a number", () => estimate(VALID, { currency: 978 }), "wrong_type", "options.currency"],
  ["options pricePerTonne 0", () => estimate(VALID, { pricePerTonne: 0 }), "out_of_range", "options.pricePerTonne"],
  ["options pricePerTonne -1", () => estimate(VALID, { pricePerTonne: -1 }), "out_of_range", "options.pricePerTonne"],
  ["options pricePerTonne -0", () => estimate(VALID, { pricePerTonne: -0 }), "out_of_range", "options.pricePerTonne"],
  [
    "options pricePerTonne above a million",
    () => estimate(VALID, { pricePerTonne: 1e6 + 1 }),
    "out_of_range",
    "options.pricePerTonne",
  ],
  ['options pricePerTonne "27"', () => estimate(VALID, { pricePerTonne: "27" }), "wrong_type", "options.pricePerTonne"],
  ["options pricePerTonne NaN", () => estimate(VALID, { pricePerTonne: NaN }), "wrong_type", "options.pricePerTonne"],
  [
    "options pricePerTonne Infinity",
    () => estimate(VALID, { pricePerTonne: Infinity }),
    "wrong_type",
    "options.pricePerTonne",
  ],
  ["options factorSet GLEC-V3", () => estimate(VALID, { factorSet: "GLEC-V3" }), "unknown_code", "options.factorSet"],
  ["options unknown key", () => estimate(VALID, { curency: "EUR" }), "unknown_field", "options.curency"],
  ["options empty key", () => estimate(VALID, { "": "EUR" }), "unknown_field", 'options[""]'],
  [
    "options own __proto__ key",
    () => estimate(VALID, JSON.parse('{"__proto__":{"currency":"EUR"}}')),
    "unknown_field",
    "options.__proto__",
  ],
  [
    "options getter that throws",
    () =>
      estimate(VALID, {
        get currency() {
          return throwing();
        },
      }),
    "invalid_input",
    "options.currency",
  ],
  ["options a revoked Proxy", () => estimate(VALID, revokedProxy()), "invalid_input", "options"],
  [
    "options checked before the order",
    () => estimate({ shipments: [] }, { currency: "usd" }),
    "invalid_currency",
    "options.currency",
  ],

  // estimateMany: only a batch that is not an array (or too long) or bad options throw.
  ["estimateMany a string", () => estimateMany("orders"), "wrong_type", "orders"],
  ["estimateMany an object", () => estimateMany({ 0: VALID, length: 1 }), "wrong_type", "orders"],
  ["estimateMany null", () => estimateMany(null), "wrong_type", "orders"],
  ["estimateMany undefined", () => estimateMany(), "wrong_type", "orders"],
  ["estimateMany a Set", () => estimateMany(new Set([VALID])), "wrong_type", "orders"],
  [
    "estimateMany options lower case",
    () => estimateMany([VALID], { currency: "eur" }),
    "invalid_currency",
    "options.currency",
  ],
  ["estimateMany a revoked Proxy", () => estimateMany(revokedProxy()), "invalid_input", "orders"],
  [
    "estimateMany a Proxy array whose length throws",
    () => estimateMany(new Proxy([VALID], { get: (t, k) => (k === "length" ? throwing() : t[k]) })),
    "invalid_input",
    "orders",
  ],
  ["estimateMany 1,000,001 orders (sparse)", () => estimateMany(sparse(1_000_001)), "too_many", "orders"],
];

for (const [name, call, code, path] of CASES) {
  test(`bad input: ${name} -> ${code} at ${path}`, () => {
    const start = performance.now();
    let thrown;
    try {
      call();
    } catch (e) {
      thrown = e;
    }
    const ms = performance.now() - start;
    assert.ok(thrown !== undefined, "nothing was thrown");
    assert.ok(thrown instanceof FootprintError, `not a FootprintError: ${thrown?.name}: ${thrown?.message}`);
    assert.ok(thrown instanceof Error);
    assert.equal(thrown.name, "FootprintError");
    assert.deepEqual({ code: thrown.code, path: thrown.path }, { code, path });
    assert.ok(thrown.message.startsWith(`${path}: `), thrown.message);
    assert.ok(thrown.message.length <= MAX_MESSAGE, `a message of ${thrown.message.length} characters`);
    assert.ok(ms < MAX_MS, `took ${ms.toFixed(0)} ms`);
  });
}

// estimateMany counts an order it cannot read, like any other invalid one, and keeps
// the totals of the valid ones.
const one = estimate(VALID, OPTIONS);
// [name, orders, index, code, path inside that order]
const BATCHES = [
  ["a hole", [VALID, , VALID], 1, "wrong_type", "order"], // eslint-disable-line no-sparse-arrays
  ["null", [VALID, VALID, null], 2, "wrong_type", "order"],
  [
    "a cyclic order",
    [
      VALID,
      (() => {
        const o = { shipments: [] };
        o.shipments.push(o);
        return o;
      })(),
      VALID,
    ],
    1,
    "invalid_input",
    "shipments[0]" + ".shipments[0]".repeat(15),
  ],
  [
    "a getter that throws",
    [
      {
        get shipments() {
          return throwing();
        },
      },
      VALID,
      VALID,
    ],
    0,
    "invalid_input",
    "shipments",
  ],
  [
    "an element getter that throws",
    (() => {
      const a = [VALID, VALID, VALID];
      Object.defineProperty(a, 1, { get: throwing });
      return a;
    })(),
    1,
    "invalid_input",
    "order",
  ],
  ["a DAG over the budget", [VALID, dag(20), VALID], 1, "invalid_input", "order"],
  ["an unknown key", [VALID, { ...VALID, note: "gift" }, VALID], 1, "unknown_field", "note"],
];
for (const [name, orders, index, code, path] of BATCHES) {
  test(`estimateMany counts ${name} as invalid (index ${index}: ${code} at ${path})`, () => {
    const totals = estimateMany(orders, OPTIONS);
    assert.equal(totals.orders, 2);
    assert.equal(totals.invalidOrders, 1);
    assert.deepEqual(
      { index: totals.firstInvalid.index, code: totals.firstInvalid.code, path: totals.firstInvalid.path },
      { index, code, path },
    );
    assert.ok(Math.abs(totals.co2eKg - 2 * one.co2eKg) <= 1e-12 * one.co2eKg);
    assert.equal(totals.amountMinor, 2 * one.offset.amountMinor);
  });
}

test("objects that are not plain data but hold a valid order are read by their own keys", () => {
  class Order {
    constructor(o) {
      Object.assign(this, o);
    }
  }
  const frozen = structuredClone(VALID);
  const deepFreeze = (o) => {
    for (const v of Object.values(o)) if (typeof v === "object") deepFreeze(v);
    return Object.freeze(o);
  };
  for (const o of [
    new Order(structuredClone(VALID)),
    deepFreeze(frozen),
    new Proxy(structuredClone(VALID), {}),
    { ...VALID, [Symbol("meta")]: 1 },
  ]) {
    assert.deepEqual(estimate(o, OPTIONS), BEFORE);
  }
  // One item object shared by every line and one shipment by every seller: the largest
  // valid order, read within the budget.
  const item = { category: "laptop", quantity: 1000, weightKg: 1000 };
  const shipment = { ...VALID.shipments[0], id: "s", items: Array(1000).fill(item) };
  const largest = estimate({ shipments: Array(100).fill(shipment) });
  assert.equal(largest.shipments.length, 100);
  assert.ok(Number.isFinite(largest.co2eKg) && largest.co2eKg > 0);
});

test("after every bad input, a valid order gives exactly the same answer as before", () => {
  assert.ok(CASES.length >= 60, `${CASES.length} cases`);
  assert.deepEqual(estimate(VALID, OPTIONS), BEFORE);
  assert.deepEqual(estimateMany([VALID, VALID], OPTIONS), BEFORE_MANY);
});
