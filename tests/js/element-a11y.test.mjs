// <checkout-footprint> for every shopper: axe-core finds no violation in light and dark
// (at rest and with the details open), reduced motion is honoured, and each locale shows
// its own words and Intl-formatted numbers. Screenshots for review go to
// target/screenshots/element-<locale>-<scheme>[-open|-error].png.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { before, test } from "node:test";
import { openElementPage, ROOT, withBrowser } from "./lib/browser.mjs";
import { LARGE, MEDIUM, events, panelShown, parts, setOrder } from "./pages/element-fixtures.js";

const { STRINGS } = await import("./lib/strings.mjs");
const SHOTS = `${ROOT}target/screenshots`;
const AXE = `${ROOT}node_modules/axe-core/axe.min.js`;
const LOCALES = ["en", "fr", "de", "es", "it", "nl"];

const ctx = withBrowser();
before(() => mkdirSync(SHOTS, { recursive: true }));

const open = (query) => openElementPage(ctx, query);

/** Opens or closes the details; opened, once the panel has its content. */
async function setOpen(page, open) {
  await page.locator("#cf").evaluate((el, open) => (el.shadowRoot.querySelector("details").open = open), open);
  if (open) await panelShown(page);
}

/** axe-core's violations inside the element (its shadow root included). */
async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document.getElementById("cf"), { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

for (const scheme of ["light", "dark"]) {
  test(`axe-core: no violation in ${scheme}, at rest, open, ticked and in the error state`, async () => {
    const { page, problems } = await open();
    await page.emulateMedia({ colorScheme: scheme });
    await setOrder(page, LARGE);
    await events(page, "footprintchange");
    assert.deepEqual(await axeViolations(page), [], "at rest");
    await page.screenshot({ path: `${SHOTS}/element-en-${scheme}.png`, clip: await clip(page) });
    await setOpen(page, true);
    assert.deepEqual(await axeViolations(page), [], "details open");
    await page.locator("#cf").locator("label").click();
    assert.deepEqual(await axeViolations(page), [], "ticked");
    await page.screenshot({ path: `${SHOTS}/element-en-${scheme}-open.png`, clip: await clip(page), fullPage: true });
    await setOrder(page, { shipments: [] });
    await events(page, "footprinterror");
    assert.deepEqual(await axeViolations(page), [], "error state");
    await page.screenshot({ path: `${SHOTS}/element-en-${scheme}-error.png`, clip: await clip(page) });
    // axe does see inside the shadow root: a low-contrast theme is caught.
    await page.evaluate(() => document.getElementById("cf").style.setProperty("--checkout-footprint-color", "#999"));
    await page.evaluate(() =>
      document.getElementById("cf").style.setProperty("--checkout-footprint-background", "#aaa"),
    );
    assert.ok((await axeViolations(page)).some((v) => v.startsWith("color-contrast")));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

/** The order summary box around the element. */
async function clip(page) {
  const box = await page.locator(".summary").boundingBox();
  return { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: box.height + 24 };
}

test("prefers-reduced-motion: no transition", async () => {
  const { page, problems } = await open();
  await setOrder(page, MEDIUM);
  await events(page, "footprintchange");
  const duration = () =>
    page.locator("#cf").evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".value")).transitionDuration);
  await page.emulateMedia({ reducedMotion: "no-preference" });
  assert.equal(await duration(), "0.15s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  assert.equal(await duration(), "0s");
  assert.deepEqual(problems, []);
  await page.close();
});

test("dark scheme: its own colours, still themable by custom properties", async () => {
  const { page, problems } = await open();
  await setOrder(page, MEDIUM);
  await events(page, "footprintchange");
  const colours = () =>
    page.locator("#cf").evaluate((el) => {
      const card = getComputedStyle(el.shadowRoot.querySelector(".card"));
      return [card.color, card.backgroundColor];
    });
  await page.emulateMedia({ colorScheme: "light" });
  assert.deepEqual(await colours(), ["rgb(31, 35, 40)", "rgb(255, 255, 255)"]);
  await page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual(await colours(), ["rgb(230, 237, 243)", "rgb(22, 27, 34)"]);
  await page.evaluate(() => {
    const el = document.getElementById("cf");
    el.style.setProperty("--checkout-footprint-color", "rgb(1, 2, 3)");
    el.style.setProperty("--checkout-footprint-background", "rgb(250, 250, 240)");
  });
  assert.deepEqual(await colours(), ["rgb(1, 2, 3)", "rgb(250, 250, 240)"]);
  // ::part() reaches inside from the page's stylesheet (the panel's parts once it is open).
  await setOpen(page, true);
  const parts_ = await page
    .locator("#cf")
    .evaluate((el) => [...el.shadowRoot.querySelectorAll("[part]")].map((n) => n.getAttribute("part")));
  for (const name of [
    "container",
    "line",
    "title",
    "value",
    "offer",
    "checkbox",
    "label",
    "details",
    "summary",
    "panel",
    "shipment",
    "bar",
    "legend",
    "assumptions",
  ]) {
    assert.ok(parts_.includes(name), name);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

for (const lang of LOCALES) {
  test(`locale ${lang}: its words, Intl numbers and money, no axe violation; screenshot`, async () => {
    const { page, problems } = await open();
    await page.emulateMedia({ colorScheme: "light" });
    await setOrder(page, MEDIUM, { locale: lang });
    const [change] = await events(page, "footprintchange");
    const s = STRINGS[lang];
    const p = await parts(page);
    assert.equal(p.lang, lang);
    assert.equal(p.title, s.title);
    assert.equal(p.summary, s.summary);
    const expected = await page.evaluate(
      ([lang, kg, minor]) => ({
        // A few kg: one decimal from 1 to 10 kg, else two significant digits.
        mass: `${new Intl.NumberFormat(lang, {
          style: "unit",
          unit: "kilogram",
          ...(kg < 10 ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumSignificantDigits: 2 }),
        }).format(kg)}\u00a0CO₂e`,
        amount: new Intl.NumberFormat(lang, { style: "currency", currency: "EUR" }).format(minor / 100),
      }),
      [lang, change.detail.co2eKg, change.detail.offset.amountMinor],
    );
    assert.equal(p.value, expected.mass);
    assert.equal(p.label, s.offer.replace("{amount}", expected.amount));
    if (lang === "fr" || lang === "de" || lang === "es" || lang === "it" || lang === "nl") {
      assert.match(p.value, /^\d,\d/, "decimal comma");
    }
    await page.screenshot({ path: `${SHOTS}/element-${lang}-light.png`, clip: await clip(page) });
    await setOpen(page, true);
    const text = (await parts(page)).panel;
    assert.ok(text.includes(s.assumptions.catalog_weight));
    assert.ok(text.includes(s.stages.lineHaulKg));
    assert.ok(text.includes(s.assumptionsTitle));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("locale fallback: closest lang, then the document's; unknown languages read English", async () => {
  const { page, problems } = await open();
  const lang = async () => (await parts(page)).lang;
  await setOrder(page, MEDIUM, { locale: "pt-BR" });
  await events(page, "footprintchange");
  assert.equal(await lang(), "en");
  assert.equal((await parts(page)).title, STRINGS.en.title);

  await page.evaluate(() => {
    document.querySelector(".summary").setAttribute("lang", "de-CH");
    document.documentElement.lang = "it";
  });
  await setOrder(page, MEDIUM, { locale: null });
  await events(page, "footprintchange");
  assert.equal(await lang(), "de-CH");
  assert.equal(await page.evaluate(() => document.getElementById("cf").locale), "de-CH");

  await page.evaluate(() => document.querySelector(".summary").removeAttribute("lang"));
  await setOrder(page, MEDIUM);
  await events(page, "footprintchange");
  assert.equal(await lang(), "it");
  assert.equal((await parts(page)).title, STRINGS.it.title);
  assert.deepEqual(problems, []);
  await page.close();
});
