// <checkout-footprint> on every phone width, language and setting: the same height before
// it is defined (the README's rule), while loading, at rest and on error, in each of the
// six languages at 320, 360, 375 and 414 px; every key of the breakdown visible under
// forced colours; nothing clipped at 200% text on a 375 px phone; English left to right
// on a right-to-left page. Screenshots go to target/screenshots/.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { openPage, ROOT, withBrowser } from "./lib/browser.mjs";
import { SMALL } from "./pages/element-fixtures.js";

const ctx = withBrowser();
const SCREENSHOTS = join(ROOT, "target/screenshots");
const LANGUAGES = ["en", "fr", "de", "es", "it", "nl"];
const WIDTHS = [320, 360, 375, 414];
const INVALID = { shipments: [] };

/** The layout page at `width` px, the .wasm held until `release()`. */
async function openLayout(width, { holdWasm = false, html } = {}) {
  const opened = await openPage(ctx.browser.context);
  const { page } = opened;
  let release = () => {};
  if (holdWasm) {
    const held = new Promise((ok) => (release = ok));
    await page.route("**/element_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
  }
  if (html) {
    await page.route("**/tests/js/pages/layout.html", (route) =>
      route.fulfill({ contentType: "text/html", body: html }),
    );
  }
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${ctx.server.url}/tests/js/pages/layout.html`);
  await page.evaluate(() => document.fonts.ready);
  return { ...opened, release };
}

/** Each element's height and its card's state, by id. */
const heights = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("checkout-footprint")].map((el) => [
        el.id,
        {
          height: el.getBoundingClientRect().height,
          state: el.shadowRoot?.querySelector(".card")?.dataset.state ?? "undefined",
        },
      ]),
    ),
  );

/** Waits until every element's card is in `state`. */
const allIn = (page, state) =>
  page.waitForFunction(
    (state) =>
      [...document.querySelectorAll("checkout-footprint")].every(
        (el) => el.shadowRoot?.querySelector(".card")?.dataset.state === state,
      ),
    state,
  );

/** Sets `order` on every element. */
const setAll = (page, order) =>
  page.evaluate((order) => {
    for (const el of document.querySelectorAll("checkout-footprint")) el.order = order;
  }, order);

for (const width of WIDTHS) {
  test(`${width} px: in every language the height is the same before definition, loading, at rest and on error`, async (t) => {
    const { page, problems, release } = await openLayout(width, { holdWasm: true });
    const seen = { undefined: await heights(page) };
    await page.evaluate(() => import("/pkg/element.js"));
    await setAll(page, SMALL);
    await allIn(page, "loading");
    seen.loading = await heights(page);
    release();
    await allIn(page, "ready");
    seen.ready = await heights(page);
    if (width === 360) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const lang of LANGUAGES) {
        await page.locator(`#${lang}`).screenshot({ path: join(SCREENSHOTS, `element-${width}-${lang}.png`) });
      }
    }
    await setAll(page, INVALID);
    await allIn(page, "error");
    seen.error = await heights(page);
    const rows = [];
    for (const lang of LANGUAGES) {
      const h = Object.fromEntries(Object.entries(seen).map(([state, all]) => [state, all[lang].height]));
      rows.push(`${lang} ${width}px: ${JSON.stringify(h)}`);
      assert.equal(new Set(Object.values(h)).size, 1, `${lang} at ${width} px: ${JSON.stringify(h)}`);
    }
    t.diagnostic(rows.join("; "));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("forced colours (Windows High Contrast): every key of the breakdown shows, in its bar's colour", async () => {
  const { page, problems } = await openLayout(414);
  await page.emulateMedia({ forcedColors: "active" });
  await page.evaluate(() => import("/pkg/element.js"));
  await setAll(page, SMALL);
  await allIn(page, "ready");
  const el = page.locator("#en");
  await el.locator("summary").click();
  await page.waitForFunction(() => document.getElementById("en").shadowRoot.querySelector(".legend") !== null);
  const keys = await page.evaluate(() => {
    const root = document.getElementById("en").shadowRoot;
    const card = getComputedStyle(root.querySelector(".card")).backgroundColor;
    return {
      card,
      swatches: [...root.querySelectorAll(".legend .swatch")].map((s) => {
        const style = getComputedStyle(s);
        const stage = [...s.classList].find((c) => c.startsWith("stage-"));
        return {
          stage,
          background: style.backgroundColor,
          outline: style.outlineStyle,
          bar: getComputedStyle(root.querySelector(`rect.${stage}`) ?? s).fill,
        };
      }),
    };
  });
  assert.equal(keys.swatches.length, 5, "five stages");
  for (const s of keys.swatches) {
    assert.notEqual(s.background, keys.card, `${s.stage}: the key is not the card's own colour`);
    assert.notEqual(s.background, "rgba(0, 0, 0, 0)", `${s.stage}: the key has a colour`);
    assert.equal(s.outline, "solid", `${s.stage}: outlined in the text colour`);
  }
  // Where the bar draws the stage, the key has the same colour.
  for (const s of keys.swatches.filter((x) => x.bar.startsWith("rgb"))) assert.equal(s.background, s.bar, s.stage);
  assert.equal(new Set(keys.swatches.map((s) => s.background)).size, 5, "five distinct keys");
  mkdirSync(SCREENSHOTS, { recursive: true });
  await el.screenshot({ path: join(SCREENSHOTS, "element-forced-colors.png") });
  assert.deepEqual(problems, []);
  await page.close();
});

test("200% text on a 375 px phone: the open details clip nothing", async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="layout.css"><style>:root { font-size: 200%; } body { font-size: 1rem; }</style></head>
<body><checkout-footprint id="en" locale="en" currency="EUR"></checkout-footprint></body></html>`;
  const { page, problems } = await openLayout(375, { html });
  await page.evaluate(() => import("/pkg/element.js"));
  await setAll(page, { ...SMALL });
  await allIn(page, "ready");
  await page.locator("#en").locator("summary").click();
  await page.waitForFunction(() => document.getElementById("en").shadowRoot.querySelector(".legend") !== null);
  const outside = await page.evaluate(() => {
    const el = document.getElementById("en");
    const box = el.shadowRoot.querySelector(".card").getBoundingClientRect();
    const out = [];
    const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          out.push(`${n.textContent.trim()} (${r.left}..${r.right})`);
      }
    }
    return { out, overflow: document.documentElement.scrollWidth - window.innerWidth, card: [box.left, box.right] };
  });
  assert.deepEqual(outside.out, [], `text outside the card ${outside.card}`);
  assert.ok(outside.overflow <= 0, `the page is ${outside.overflow}px wider than the screen`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator("#en").screenshot({ path: join(SCREENSHOTS, "element-375-text-200.png") });
  assert.deepEqual(problems, []);
  await page.close();
});

test("a right-to-left page: the English fallback reads left to right; the figure keeps its order", async () => {
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="layout.css"></head>
<body><checkout-footprint id="ar" currency="EUR"></checkout-footprint></body></html>`;
  const { page, problems } = await openLayout(414, { html });
  await page.evaluate(() => import("/pkg/element.js"));
  await setAll(page, SMALL);
  await allIn(page, "ready");
  await page.locator("#ar").locator("summary").click();
  await page.waitForFunction(() => document.getElementById("ar").shadowRoot.querySelector(".legend") !== null);
  const shown = await page.evaluate(() => {
    const root = document.getElementById("ar").shadowRoot;
    const card = root.querySelector(".card");
    const value = root.querySelector(".value");
    // The figure's number is left of its unit when it reads left to right.
    const range = document.createRange();
    const text = value.firstChild;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect().left;
    range.setStart(text, text.length - 1);
    range.setEnd(text, text.length);
    const last = range.getBoundingClientRect().left;
    return {
      lang: card.lang,
      dir: card.dir,
      direction: getComputedStyle(card).direction,
      panel: getComputedStyle(root.querySelector(".panel")).direction,
      value: value.textContent,
      numberFirst: first < last,
      range: root.querySelector(".range").textContent,
    };
  });
  assert.deepEqual([shown.lang, shown.dir, shown.direction, shown.panel], ["en", "ltr", "ltr", "ltr"]);
  assert.ok(shown.numberFirst, `"${shown.value}" draws left to right`);
  assert.match(shown.range, /^Range: /);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator("#ar").screenshot({ path: join(SCREENSHOTS, "element-rtl-page.png") });
  assert.deepEqual(problems, []);
  await page.close();
});
