// <checkout-footprint> never breaks the checkout: with the .wasm missing or blocked by
// CSP, an invalid order, or listeners that throw, it shows a neutral line, dispatches
// footprinterror, lets nothing escape and keeps its height. It works under a strict CSP
// and requests nothing but its own modules and .wasm.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launch, openPage, serve } from "./lib/browser.mjs";
import { LARGE, SMALL, events, panelShown, parts, setOrder, settledEvents } from "./pages/element-fixtures.js";

const { STRINGS } = await import("./lib/strings.mjs");

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";

let browser, server, strict, noWasm;
before(async () => {
  server = await serve();
  strict = await serve({ csp: STRICT });
  noWasm = await serve({ csp: NO_WASM });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [server, strict, noWasm]) await s?.close();
});

async function open(base, query = "") {
  const opened = await openPage(browser.context, `${base.url}/tests/js/pages/element.html${query}`);
  await opened.page.waitForSelector("body[data-ready]");
  return opened;
}

const leftovers = (page) => page.evaluate(() => ({ rejections: window.cfRejections, violations: window.cfViolations }));

/** The element's height while the .wasm is held back, then once it rendered. */
async function heightsAround(page, release) {
  await page.waitForFunction(
    () => document.getElementById("cf").shadowRoot.querySelector(".card").dataset.state === "loading",
  );
  const loading = await parts(page);
  release();
  return loading;
}

test("a missing .wasm (404): load_failed, a neutral line, same height, nothing uncaught", async () => {
  const { page, problems } = await open(server, "?defer");
  await page.route("**/element_bg.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.evaluate(() => window.loadElement());
  const before = (await parts(page)).height;
  // Two elements: each reports the failure.
  await page.evaluate(() => {
    const two = document.createElement("checkout-footprint");
    two.id = "two";
    document.querySelector(".summary").append(two);
  });
  await setOrder(page, SMALL, { "offset-selected": "" });
  await page.evaluate((order) => (document.getElementById("two").order = order), SMALL);
  const errors = await events(page, "footprinterror", 2);
  for (const e of errors) {
    assert.equal(e.detail.code, "load_failed");
    assert.equal(e.detail.path, null);
    assert.equal(typeof e.detail.message, "string");
  }
  assert.deepEqual(errors.map((e) => e.target).sort(), ["cf", "two"]);
  const p = await parts(page);
  assert.equal(p.state, "error");
  assert.equal(p.value, STRINGS.en.unavailable);
  assert.equal(p.offerVisible, false);
  assert.equal(p.detailsVisible, false);
  assert.equal(p.height, before, "no layout shift");
  assert.equal(await page.evaluate(() => document.getElementById("cf").footprint), null);
  // offset-selected was set, but there is nothing to add: no offsetchange says selected.
  const all = await settledEvents(page);
  assert.ok(all.filter((e) => e.type === "offsetchange").every((e) => !e.detail.selected));
  assert.deepEqual(await leftovers(page), { rejections: [], violations: [] });
  assert.deepEqual(
    problems.filter((m) => !/Failed to load resource.*404/.test(m)),
    [],
  );
  await page.close();
});

test("the .wasm blocked by CSP (no 'wasm-unsafe-eval'): load_failed, nothing uncaught", async () => {
  const { page, problems } = await open(noWasm);
  const before = (await parts(page)).height;
  await setOrder(page, SMALL);
  const [error] = await events(page, "footprinterror");
  assert.equal(error.detail.code, "load_failed");
  assert.equal(error.detail.path, null);
  const p = await parts(page);
  assert.equal(p.state, "error");
  assert.equal(p.height, before);
  const { rejections } = await leftovers(page);
  assert.deepEqual(rejections, []);
  // The only complaint is the browser's own CSP report about WebAssembly.
  assert.ok(
    problems.every((m) => /WebAssembly|wasm-unsafe-eval|Content Security Policy/i.test(m)),
    problems.join("\n"),
  );
  assert.ok(!problems.some((m) => m.startsWith("pageerror")));
  await page.close();
});

test("a language's words that cannot load: English, formatted as English, nothing uncaught", async () => {
  const notFound = (route) => route.fulfill({ status: 404, body: "not found" });
  const fr = await open(server, "?defer");
  await fr.page.route("**/locales/fr/line.js", notFound);
  await fr.page.evaluate(() => window.loadElement());
  await setOrder(fr.page, SMALL, { locale: "fr" });
  await events(fr.page, "footprintchange");
  const shown = await parts(fr.page);
  assert.equal(shown.state, "ready");
  assert.equal(shown.lang, "en", "shown in English, formatted as English");
  assert.equal(shown.title, STRINGS.en.title);
  assert.deepEqual(await leftovers(fr.page), { rejections: [], violations: [] });
  assert.deepEqual(
    fr.problems.filter((m) => !/Failed to load resource.*404/.test(m)),
    [],
  );
  // English needs no request of its own: its words are in the element's file, so the
  // fallback cannot fail where the element itself loaded.
  assert.ok(!fr.requests.some((u) => u.includes("/locales/en/")), fr.requests.join("\n"));
  await fr.page.close();
});

test("the details' code that cannot load: the panel says so, the line unchanged; the next opening loads it", async () => {
  const { page, problems } = await open(server, "?defer");
  let failures = 0;
  await page.route("**/pkg/details.js", (route) => {
    if (failures++ === 0) return route.fulfill({ status: 404, body: "not found" });
    return route.continue();
  });
  await page.evaluate(() => window.loadElement());
  await setOrder(page, LARGE);
  await events(page, "footprintchange");
  const summary = page.locator("#cf").locator("summary");
  await summary.click();
  const [error] = await events(page, "footprinterror");
  assert.deepEqual([error.detail.code, error.detail.path], ["load_failed", "details"]);
  await settledEvents(page);
  const p = await parts(page);
  assert.equal(p.state, "ready", "the line and its footprint stay");
  assert.equal(p.panel, STRINGS.en.unavailable);
  assert.notEqual(await page.evaluate(() => document.getElementById("cf").footprint), null);
  await summary.click();
  await summary.click();
  await panelShown(page);
  assert.ok((await parts(page)).panel.includes(STRINGS.en.assumptionsTitle));
  assert.deepEqual(await leftovers(page), { rejections: [], violations: [] });
  assert.deepEqual(
    problems.filter((m) => !/Failed to load resource.*404/.test(m)),
    [],
  );
  await page.close();
});

test("invalid orders: footprinterror with code and path, neutral line, then recovery", async () => {
  const { page, problems } = await open(server);
  await setOrder(page, SMALL);
  await events(page, "footprintchange");
  const height = (await parts(page)).height;
  await page.evaluate(() => (document.getElementById("cf").offsetSelected = true));
  await events(page, "offsetchange");

  const cases = [
    [{ shipments: [] }, "empty", "shipments"],
    [
      { shipments: [{ from: { country: "FR" }, to: { country: "DE" }, items: [{ category: "phone" }] }] },
      "unknown_code",
      "shipments[0].items[0].category",
    ],
    ["not an order", null, null],
    [42, null, null],
  ];
  for (const [order, code, path] of cases) {
    await setOrder(page, order);
    const [error] = await events(page, "footprinterror");
    if (code) assert.deepEqual([error.detail.code, error.detail.path], [code, path]);
    assert.equal(typeof error.detail.code, "string");
    assert.ok(error.detail.message.length > 0);
    const p = await parts(page);
    assert.equal(p.state, "error");
    assert.equal(p.value, STRINGS.en.unavailable);
    assert.equal(p.height, height, "no layout shift");
  }
  // The first error withdrew the contribution from the total.
  assert.equal(
    await page.textContent("#total"),
    new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(293.9),
  );

  // A cyclic order and a getter that throws are errors too, not exceptions.
  await page.evaluate(() => {
    window.cfEvents.length = 0;
    const cyclic = { shipments: [] };
    cyclic.shipments.push(cyclic);
    document.getElementById("cf").order = cyclic;
  });
  await events(page, "footprinterror");
  await page.evaluate(() => {
    window.cfEvents.length = 0;
    document.getElementById("cf").order = {
      get shipments() {
        throw new Error("getter");
      },
    };
  });
  await events(page, "footprinterror");

  // A valid order again: rendered, and the ticked contribution is back in the total.
  await setOrder(page, SMALL);
  await events(page, "footprintchange");
  const [offset] = await events(page, "offsetchange");
  assert.equal(offset.detail.selected, true);
  assert.equal((await parts(page)).state, "ready");
  // The test page's own favicon (a data: URL) is the one thing this CSP refuses.
  const { rejections, violations } = await leftovers(page);
  assert.deepEqual(rejections, []);
  assert.deepEqual(
    violations.filter((v) => v !== "img-src"),
    [],
  );
  assert.deepEqual(
    problems.filter((m) => !/Loading the image 'data:,'/.test(m)),
    [],
  );
  await page.close();
});

test("listeners that throw do not stop the element", async () => {
  const { page, problems } = await open(server);
  await page.evaluate(() => {
    const el = document.getElementById("cf");
    for (const type of ["footprintchange", "offsetchange", "footprinterror"]) {
      el.addEventListener(type, () => {
        throw new Error(`storefront listener ${type}`);
      });
    }
  });
  await setOrder(page, SMALL);
  await events(page, "footprintchange");
  await page.locator("#cf").locator("label").click();
  const [offset] = await events(page, "offsetchange");
  assert.equal(offset.detail.selected, true);
  await setOrder(page, LARGE);
  const [larger] = await events(page, "offsetchange");
  assert.equal((await parts(page)).state, "ready");
  const total = new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(
    (29390 + larger.detail.amountMinor) / 100,
  );
  assert.equal(await page.textContent("#total"), total, "the later listener still ran");
  await setOrder(page, { shipments: [] });
  await events(page, "footprinterror");
  // What is reported is the storefront's own exceptions, nothing of the element's.
  assert.ok(problems.length > 0);
  assert.ok(
    problems.every((m) => /storefront listener/.test(m)),
    problems.join("\n"),
  );
  assert.deepEqual((await leftovers(page)).rejections, []);
  await page.close();
});

test("no layout shift: the height is the same before definition, while loading and at rest", async () => {
  const { page, problems } = await open(server, "?defer");
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route("**/element_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  const undefinedHeight = await page.locator("#cf").evaluate((el) => el.getBoundingClientRect().height);
  const mainBefore = await page.evaluate(() => document.querySelector("main").getBoundingClientRect().height);
  await page.evaluate(async (order) => {
    await window.loadElement();
    document.getElementById("cf").order = order;
  }, SMALL);
  const loading = await heightsAround(page, release);
  assert.equal(loading.value, STRINGS.en.loading);
  assert.equal(loading.offerVisible, false);
  await events(page, "footprintchange");
  const rest = await parts(page);
  assert.equal(rest.state, "ready");
  assert.equal(loading.height, rest.height, "loading and at rest");
  assert.equal(undefinedHeight, rest.height, "before the element is defined (the README's CSS rule) and at rest");
  const mainAfter = await page.evaluate(() => document.querySelector("main").getBoundingClientRect().height);
  assert.equal(mainBefore, mainAfter, "nothing below moved");
  assert.deepEqual(problems, []);
  await page.close();
});

test("under a strict CSP: renders with a constructable stylesheet, no violation", async () => {
  const { page, problems } = await open(strict);
  await setOrder(page, LARGE);
  await events(page, "footprintchange");
  await page.locator("#cf").locator("summary").click();
  await panelShown(page);
  await page.locator("#cf").locator("label").click();
  await events(page, "offsetchange");
  const r = await page.locator("#cf").evaluate((el) => {
    const root = el.shadowRoot;
    return {
      sheets: root.adoptedStyleSheets.length,
      styleElements: root.querySelectorAll("style, link").length,
      styleAttributes: root.querySelectorAll("[style]").length,
      radius: getComputedStyle(root.querySelector(".card")).borderTopLeftRadius,
      barFill: getComputedStyle(root.querySelector("rect.stage-line-haul")).fill,
    };
  });
  assert.deepEqual(r, { sheets: 1, styleElements: 0, styleAttributes: 0, radius: "8px", barFill: "rgb(9, 105, 218)" });
  assert.equal((await parts(page)).state, "ready");
  // The test page's own favicon (a data: URL) is the one thing this CSP refuses.
  const { rejections, violations } = await leftovers(page);
  assert.deepEqual(rejections, []);
  assert.deepEqual(
    violations.filter((v) => v !== "img-src"),
    [],
  );
  assert.deepEqual(
    problems.filter((m) => !/Loading the image 'data:,'/.test(m)),
    [],
  );
  await page.close();
});

test("no request but the page, the package's modules and one .wasm", async () => {
  const { page, problems, requests } = await open(server);
  await page.evaluate(() => {
    const two = document.createElement("checkout-footprint");
    two.id = "two";
    document.querySelector(".summary").append(two);
  });
  await setOrder(page, LARGE);
  await page.evaluate((order) => (document.getElementById("two").order = order), SMALL);
  await events(page, "footprintchange", 2);
  await page.locator("#cf").locator("summary").click();
  await panelShown(page);
  await page.locator("#cf").locator("label").click();
  await settledEvents(page);
  const paths = requests.map((u) => {
    assert.ok(u.startsWith(`${server.url}/`), u);
    return new URL(u).pathname;
  });
  const page_ = paths.filter((p) => p.startsWith("/tests/js/pages/"));
  assert.deepEqual(page_.sort(), [
    "/tests/js/pages/element-page.css",
    "/tests/js/pages/element-page.js",
    "/tests/js/pages/element.html",
  ]);
  const pkg = paths.filter((p) => !p.startsWith("/tests/js/pages/"));
  for (const p of pkg)
    assert.match(
      p,
      /^\/pkg\/((element|element-package|details)\.js|element_bg\.wasm|locales\/en\/(line|details)\.js)$/,
    );
  assert.equal(pkg.filter((p) => p.endsWith(".wasm")).length, 1, "the .wasm once for both elements");
  assert.equal(new Set(pkg).size, pkg.length, "each module once");
  assert.deepEqual(problems, []);
  await page.close();
});
