// <checkout-footprint> under churn: the order replaced 1,000 times within a second (in
// bursts within one task, across microtasks, macrotasks and frames, and while the .wasm
// is still loading), valid and invalid orders interleaved, options changing meanwhile.
// The page keeps working, nothing is logged or left unhandled, and what the element
// finally shows (its text, `footprint`, the last events, the storefront's total) is
// that of the last order, as estimate() of the package computes it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { estimate } from "../../pkg/node.js";
import { openElementPage, withBrowser } from "./lib/browser.mjs";
import { events, parts, settledEvents } from "./pages/element-fixtures.js";

const { STRINGS } = await import("./lib/strings.mjs");

const ctx = withBrowser();

const COUNTRIES = ["FR", "DE", "IT", "ES", "NL", "BE", "PL", "US", "GB", "AT"];
const CATEGORIES = ["smartphone", "laptop", "tablet", "monitor", "console"];
const SERVICES = ["standard", "express", "pickup_point", "locker"];

/** The i-th of many distinct valid orders. */
function validOrder(i) {
  return {
    shipments: [
      {
        id: `order-${i}`,
        from: { country: COUNTRIES[i % COUNTRIES.length] },
        to: { country: COUNTRIES[(i * 7 + 3) % COUNTRIES.length], lat: 40 + (i % 10), lon: 2 + (i % 7) },
        service: SERVICES[i % SERVICES.length],
        items: [{ category: CATEGORIES[i % CATEGORIES.length], quantity: 1 + (i % 50) }],
      },
    ],
  };
}

/** Invalid orders by kind, with the error each gives; built in the page (not all are JSON). */
const INVALID = {
  empty: { code: "empty", path: "shipments" },
  lowercase: { code: "unknown_code", path: "shipments[0].to.country" },
  unknownKey: { code: "unknown_field", path: "shipments[0].seller" },
  negative: { code: "out_of_range", path: "shipments[0].items[0].weightKg" },
  cyclic: { code: "invalid_input", path: "shipments[0]" + ".shipments[0]".repeat(15) },
  getter: { code: "invalid_input", path: "shipments" },
  string: { code: "wrong_type", path: "order" },
};
const KINDS = Object.keys(INVALID);

/**
 * Runs `steps` in the page: each step sets the order (a valid order, `{ invalid: kind }`
 * or null) and possibly attributes, then yields as `wait` says: "none" (the next step
 * runs in the same task), "micro", "macro" or "frame". Returns the elapsed ms.
 */
function churn(page, steps) {
  return page.evaluate(async (steps) => {
    const el = document.getElementById("cf");
    const invalid = {
      empty: () => ({ shipments: [] }),
      lowercase: () => ({
        shipments: [{ from: { country: "FR" }, to: { country: "de" }, items: [{ category: "laptop" }] }],
      }),
      unknownKey: () => ({
        shipments: [{ seller: 1, from: { country: "FR" }, to: { country: "DE" }, items: [{ category: "laptop" }] }],
      }),
      negative: () => ({
        shipments: [{ from: { country: "FR" }, to: { country: "DE" }, items: [{ category: "laptop", weightKg: -1 }] }],
      }),
      cyclic: () => {
        const o = { shipments: [] };
        o.shipments.push(o);
        return o;
      },
      getter: () => ({
        get shipments() {
          throw new Error("storefront getter");
        },
      }),
      string: () => "not an order",
    };
    const start = performance.now();
    for (const { order, attrs, wait } of steps) {
      for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
      el.order = order && order.invalid ? invalid[order.invalid]() : order;
      if (wait === "micro") await Promise.resolve();
      else if (wait === "macro")
        await new Promise((ok) => {
          // A task without setTimeout's 4 ms clamp.
          const channel = new MessageChannel();
          channel.port1.onmessage = ok;
          channel.port2.postMessage(null);
        });
      else if (wait === "frame") await new Promise((ok) => requestAnimationFrame(ok));
    }
    return performance.now() - start;
  }, steps);
}

/** How step i yields: mostly bursts and microtasks, some macrotasks, a few frames. */
function waitOf(i) {
  if (i % 250 === 249) return "frame";
  if (i % 10 === 9) return "macro";
  if (i % 10 >= 6) return "micro";
  return "none";
}

const open = (query) => openElementPage(ctx, query);

/** Console errors other than the test page's favicon, and unhandled rejections. */
async function complaints(page, problems) {
  const rejections = await page.evaluate(() => window.cfRejections);
  return [
    ...problems.filter((m) => !/Loading the image 'data:,'/.test(m)),
    ...rejections.map((r) => `unhandledrejection: ${r}`),
  ];
}

/** The element shows `expected` (a Footprint): its figure, its amount, its `footprint`. */
async function assertShows(page, expected) {
  const p = await parts(page);
  assert.equal(p.state, "ready");
  const text = await page.evaluate(async (f) => {
    const { formatMass, formatMinor } = await import("/src/js/element/format.js");
    return { value: formatMass(f.co2eKg, "en"), amount: formatMinor(f.offset.amountMinor, f.offset.currency, "en") };
  }, expected);
  assert.equal(p.value, text.value);
  assert.ok(p.label.includes(text.amount), `${p.label} names ${text.amount}`);
  assert.deepEqual(await page.evaluate(() => document.getElementById("cf").footprint), expected);
}

/** The last event of `type` recorded since the last clear. */
const lastOf = (all, type) => all.filter((e) => e.type === type).at(-1);

test("1,000 valid orders within a second: the last one is shown, nothing is logged", async (t) => {
  const { page, problems } = await open();
  await page.evaluate(() => {
    window.cfEvents.length = 0;
    document.getElementById("cf").offsetSelected = true;
  });
  const steps = Array.from({ length: 1000 }, (_, i) => ({ order: validOrder(i), wait: waitOf(i) }));
  const ms = await churn(page, steps);
  t.diagnostic(`1,000 replacements in ${ms.toFixed(0)} ms`);
  const all = await settledEvents(page);
  const expected = estimate(validOrder(999), { currency: "EUR" });
  await assertShows(page, expected);
  assert.ok(ms < 1000, `the 1,000 replacements took ${ms.toFixed(0)} ms`);
  // Changes within one task were coalesced; the last estimate shown is the last order's.
  const changes = all.filter((e) => e.type === "footprintchange");
  assert.ok(changes.length > 0 && changes.length < 1000, `${changes.length} footprintchange events`);
  assert.deepEqual(changes.at(-1).detail, expected);
  assert.equal(all.filter((e) => e.type === "footprinterror").length, 0);
  // The storefront's total holds the last order's contribution.
  assert.deepEqual(lastOf(all, "offsetchange").detail, {
    selected: true,
    amountMinor: expected.offset.amountMinor,
    currency: "EUR",
  });
  assert.equal(
    await page.textContent("#total"),
    new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(
      (29390 + expected.offset.amountMinor) / 100,
    ),
  );

  // The page still works: untick, then one more order renders.
  await page.evaluate(() => (window.cfEvents.length = 0));
  await page.locator("#cf").locator("label").click();
  const [untick] = await events(page, "offsetchange");
  assert.equal(untick.detail.selected, false);
  assert.equal(
    await page.textContent("#total"),
    new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(293.9),
  );
  await page.evaluate((order) => (document.getElementById("cf").order = order), validOrder(5));
  await events(page, "footprintchange");
  await assertShows(page, estimate(validOrder(5), { currency: "EUR" }));
  assert.deepEqual(await complaints(page, problems), []);
  await page.close();
});

test("valid and invalid orders interleaved end on the last one's state", async (t) => {
  const { page, problems } = await open();
  await page.evaluate(() => (document.getElementById("cf").offsetSelected = true));
  // 1,000 steps alternating valid and invalid orders of every kind, then each ending.
  const mixed = Array.from({ length: 1000 }, (_, i) => ({
    order: i % 2 ? { invalid: KINDS[(i >> 1) % KINDS.length] } : validOrder(i),
    wait: waitOf(i),
  }));
  const endings = [
    ...KINDS.map((kind) => ({ name: `invalid (${kind})`, order: { invalid: kind } })),
    { name: "valid", order: validOrder(1234) },
    { name: "null", order: null },
    { name: "valid after null", order: validOrder(7) },
  ];
  for (const [n, ending] of endings.entries()) {
    await page.evaluate(() => (window.cfEvents.length = 0));
    // Rotate the sequence so that each run differs, then end on `ending`.
    const steps = [...mixed.slice(n * 37), ...mixed.slice(0, n * 37), { order: ending.order, wait: "none" }];
    const ms = await churn(page, steps);
    t.diagnostic(`ending ${ending.name}: ${steps.length} replacements in ${ms.toFixed(0)} ms`);
    assert.ok(ms < 1000, `${ending.name}: ${ms.toFixed(0)} ms`);
    const all = await settledEvents(page);
    const p = await parts(page);
    const offset = lastOf(all, "offsetchange")?.detail;
    if (ending.order === null) {
      assert.equal(p.state, "empty", ending.name);
      assert.equal(p.value, "");
      assert.equal(await page.evaluate(() => document.getElementById("cf").footprint), null);
      assert.equal(offset.selected, false);
    } else if (ending.order.invalid) {
      const error = INVALID[ending.order.invalid];
      assert.equal(p.state, "error", ending.name);
      assert.equal(p.value, STRINGS.en.unavailable);
      assert.equal(await page.evaluate(() => document.getElementById("cf").footprint), null);
      const last = lastOf(all, "footprinterror");
      assert.deepEqual({ code: last.detail.code, path: last.detail.path }, error, ending.name);
      // The footprint events end on the error, and no contribution is left in the total.
      assert.equal(all.filter((e) => e.type !== "offsetchange").at(-1).type, "footprinterror");
      assert.equal(offset.selected, false);
      assert.equal(
        await page.textContent("#total"),
        new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(293.9),
      );
    } else {
      const expected = estimate(ending.order, { currency: "EUR" });
      await assertShows(page, expected);
      assert.deepEqual(all.filter((e) => e.type !== "offsetchange").at(-1).detail, expected, ending.name);
      assert.deepEqual(offset, { selected: true, amountMinor: expected.offset.amountMinor, currency: "EUR" });
    }
  }
  assert.deepEqual(await complaints(page, problems), []);
  await page.close();
});

test("orders and options changing together: the final order with the final options", async () => {
  const { page, problems } = await open();
  const currencies = ["EUR", "USD", "JPY", "KWD", "usd"];
  const steps = Array.from({ length: 1000 }, (_, i) => ({
    order: i % 5 === 4 ? { invalid: KINDS[i % KINDS.length] } : validOrder(i),
    attrs: { currency: currencies[i % currencies.length], "price-per-tonne": String(1 + (i % 90)) },
    wait: waitOf(i),
  }));
  steps.push({ order: validOrder(4321), attrs: { currency: "JPY", "price-per-tonne": "4500" }, wait: "none" });
  await page.evaluate(() => (window.cfEvents.length = 0));
  await churn(page, steps);
  const all = await settledEvents(page);
  const expected = estimate(validOrder(4321), { currency: "JPY", pricePerTonne: 4500 });
  await assertShows(page, expected);
  assert.deepEqual(lastOf(all, "footprintchange").detail, expected);
  // An invalid option is reported like an invalid order.
  await page.evaluate(() => (window.cfEvents.length = 0));
  await page.evaluate(() => document.getElementById("cf").setAttribute("currency", "usd"));
  const [error] = await events(page, "footprinterror");
  assert.deepEqual(
    { code: error.detail.code, path: error.detail.path },
    { code: "invalid_currency", path: "options.currency" },
  );
  assert.deepEqual(await complaints(page, problems), []);
  await page.close();
});

test("1,000 orders while the .wasm is still loading: one estimate, of the last order", async () => {
  const { page, problems } = await open("?defer");
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route("**/element_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.evaluate(() => window.loadElement());
  await page.evaluate(() => (window.cfEvents.length = 0));
  const steps = Array.from({ length: 1000 }, (_, i) => ({
    order: i % 3 === 2 ? { invalid: KINDS[i % KINDS.length] } : validOrder(i),
    wait: waitOf(i),
  }));
  steps.push({ order: validOrder(2024), wait: "none" });
  await churn(page, steps);
  assert.equal((await parts(page)).value, STRINGS.en.loading);
  release();
  await events(page, "footprintchange");
  const all = await settledEvents(page);
  const expected = estimate(validOrder(2024), { currency: "EUR" });
  await assertShows(page, expected);
  assert.equal(all.filter((e) => e.type === "footprintchange").length, 1);
  assert.equal(all.filter((e) => e.type === "footprinterror").length, 0);
  assert.deepEqual(await complaints(page, problems), []);
  await page.close();
});
