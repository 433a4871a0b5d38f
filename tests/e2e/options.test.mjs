// A figure beside every delivery option of the demo checkout (<checkout-footprint-option>,
// following <checkout-footprint id="footprint">): the figures are the package's own
// estimateServices, change with the address and the cart in the same frame as the main
// line, mark the lowest in every language, are read as each radio's description, pass
// axe in light and dark, fit a 320 px screen, and leave the options usable without wasm.
import assert from "node:assert/strict";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { afterChange, axeViolations, footprintShown, LANGUAGES, minor, openDemo, SCREENSHOTS } from "./lib/demo.mjs";

const { STRINGS } = await import("../js/lib/strings.mjs");
const SERVICES = ["standard", "express", "pickup_point", "locker"];

/** What each option shows and says of itself, by service. */
const options = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("checkout-footprint-option")].map((o) => {
        const root = o.shadowRoot;
        const visible = (part) => getComputedStyle(root.querySelector(`[part~="${part}"]`)).visibility === "visible";
        return [
          o.getAttribute("service"),
          {
            figure: root.querySelector('[part~="figure"]').textContent,
            figureVisible: visible("figure"),
            lowestText: root.querySelector('[part~="lowest"]').textContent,
            lowestVisible: visible("lowest"),
            lowest: o.lowest,
            co2eKg: o.footprint?.co2eKg ?? null,
            height: o.getBoundingClientRect().height,
            lang: root.querySelector('[part~="option"]').lang,
          },
        ];
      }),
    ),
  );

/** The package's estimateServices of the element's current order, in the page. */
const comparison = (page) =>
  page.evaluate(async () => {
    const el = document.querySelector("checkout-footprint");
    const { estimateServices } = await import("/pkg/index.js");
    return estimateServices(el.order, { currency: "EUR" });
  });

/** The figure the element's words give `kg` in `lang` (Intl, as the element formats). */
const figureText = (page, lang, kg) =>
  page.evaluate(
    async ([lang, kg, template]) => {
      const { formatMass } = await import("/src/js/element/format.js");
      return template.replace("{mass}", formatMass(kg, lang));
    },
    [lang, kg, STRINGS[lang].option],
  );

/** Waits until every option shows a figure for the element's current footprint. */
async function figuresShown(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("checkout-footprint-option")].every((o) => o.footprint !== null),
  );
  return options(page);
}

test("each delivery option shows its own estimate, the package's estimateServices, and the lowest is marked", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  const shown = await figuresShown(page);
  const expected = await comparison(page);
  assert.deepEqual(Object.keys(shown).sort(), [...SERVICES].sort());
  for (const s of expected.services) {
    const o = shown[s.service];
    assert.equal(o.co2eKg, s.co2eKg, s.service);
    assert.equal(o.figure, await figureText(page, "en", s.co2eKg), s.service);
    assert.equal(o.figureVisible, true);
    assert.equal(o.lowest, expected.lowest.includes(s.service), s.service);
    assert.equal(o.lowestVisible, o.lowest, `${s.service}: the mark shows on the lowest only`);
    assert.equal(o.lowestText, STRINGS.en.lowest);
  }
  assert.ok(expected.lowest.length >= 1);
  // The option chosen (standard) shows the main line's figure.
  const main = await page.evaluate(() => document.querySelector("checkout-footprint").footprint.co2eKg);
  assert.equal(shown.standard.co2eKg, main);
  // Every option keeps the same height, marked or not.
  assert.equal(new Set(Object.values(shown).map((o) => o.height)).size, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the figures follow the address (France, then the US) and the cart, in the same frame as the main line", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  const france = await figuresShown(page);
  // What the options show at the moment the main line announces its new figure.
  await page.evaluate(() => {
    window.__atChange = [];
    document.querySelector("checkout-footprint").addEventListener("footprintchange", () => {
      window.__atChange.push(
        Object.fromEntries(
          [...document.querySelectorAll("checkout-footprint-option")].map((o) => [
            o.getAttribute("service"),
            o.footprint?.co2eKg,
          ]),
        ),
      );
    });
  });
  await afterChange(page, () => page.selectOption("#country", "US"));
  const us = await figuresShown(page);
  const usExpected = await comparison(page);
  for (const s of usExpected.services) {
    assert.equal(us[s.service].co2eKg, s.co2eKg, s.service);
    assert.ok(s.co2eKg > france[s.service].co2eKg, `${s.service}: to the US weighs more than within France`);
  }
  const atChange = await page.evaluate(() => window.__atChange.at(-1));
  for (const service of SERVICES) {
    assert.equal(atChange[service], us[service].co2eKg, `${service} was updated in the same task as the line`);
  }
  // The cart: without the laptop, every option weighs less.
  await afterChange(page, () => page.getByRole("button", { name: /Remove Ardent Book 14/ }).click());
  const lighter = await figuresShown(page);
  for (const service of SERVICES) assert.ok(lighter[service].co2eKg < us[service].co2eKg, service);
  const marked = Object.entries(lighter)
    .filter(([, o]) => o.lowest)
    .map(([s]) => s);
  assert.deepEqual(marked.sort(), (await comparison(page)).lowest.sort());
  assert.deepEqual(problems, []);
  await page.close();
});

test("keyboard: each radio's name is its option, its description the estimate, the lowest announced as such", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  const shown = await figuresShown(page);
  const cdp = await page.context().newCDPSession(page);
  await page.focus("#delivery-standard");
  const seen = {};
  for (let i = 0; i < SERVICES.length; i++) {
    const id = await page.evaluate(() => document.activeElement.id);
    const service = id.replace("delivery-", "");
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const radio = nodes.find(
      (n) =>
        n.role?.value === "radio" &&
        n.focused?.value !== false &&
        n.properties?.some((p) => p.name === "focused" && p.value.value),
    );
    seen[service] = { name: radio.name.value, description: radio.description?.value ?? "" };
    if (i < SERVICES.length - 1) await afterChange(page, () => page.keyboard.press("ArrowDown"));
  }
  assert.deepEqual(Object.keys(seen).sort(), [...SERVICES].sort(), "the arrow keys visit every option");
  for (const service of SERVICES) {
    const { name, description } = seen[service];
    assert.ok(!name.includes("CO₂e"), `${service}: the figure is not read twice ("${name}")`);
    assert.ok(description.includes(shown[service].figure), `${service}: "${description}"`);
    assert.equal(description.includes(STRINGS.en.lowest), shown[service].lowest, `${service}: "${description}"`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("every language: the options speak it, mark the lowest in its words, and make no claim", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  for (const lang of LANGUAGES) {
    if (lang !== "en") await afterChange(page, () => page.selectOption("#language", lang));
    await page.waitForFunction(
      (lang) =>
        [...document.querySelectorAll("checkout-footprint-option")].every(
          (o) => o.footprint !== null && o.shadowRoot.querySelector('[part~="option"]').lang.startsWith(lang),
        ),
      lang,
    );
    const shown = await options(page);
    for (const [service, o] of Object.entries(shown)) {
      assert.equal(o.figure, await figureText(page, lang, o.co2eKg), `${lang} ${service}`);
      assert.equal(o.lowestText, STRINGS[lang].lowest, `${lang} ${service}`);
      assert.doesNotMatch(o.figure + o.lowestText, /neutr|compens|kompens|green|grün|vert\b|verde|groen|eco|öko/i);
    }
    assert.ok(
      Object.values(shown).some((o) => o.lowest && o.lowestVisible),
      `${lang}: one is marked`,
    );
  }
  assert.deepEqual(problems, []);
  await page.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violation with the figures shown, the shopper's system ${colorScheme}`, async () => {
    const { page } = await openDemo({ colorScheme });
    await footprintShown(page);
    await figuresShown(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
}

test("320 px wide: the options fit, and keep their height from before definition to the figures", async () => {
  // The option's file held: the options are in the page, not yet defined (the page's
  // rule reserves their height).
  const { page, problems, release } = await openDemo({ width: 320, hold: "**/pkg/option.js" });
  await page.waitForSelector("checkout-footprint-option");
  const before = await page.evaluate(() =>
    [...document.querySelectorAll("checkout-footprint-option")].map((o) => ({
      defined: o.matches(":defined"),
      height: o.getBoundingClientRect().height,
    })),
  );
  assert.ok(before.length === 4 && before.every((o) => !o.defined), JSON.stringify(before));
  release();
  await footprintShown(page);
  const shown = await figuresShown(page);
  const after = Object.values(shown).map((o) => o.height);
  assert.deepEqual(
    after,
    before.map((o) => o.height),
    "no layout shift from before definition to the figures",
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll("checkout-footprint-option")].some((o) => {
      const box = o.getBoundingClientRect();
      return box.right > window.innerWidth || box.left < 0;
    }),
  );
  assert.equal(clipped, false);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator("#delivery-options").screenshot({ path: join(SCREENSHOTS, "options-320.png") });
  assert.deepEqual(problems, []);
  await page.close();
});

test("with the .wasm blocked the options say so, and stay usable", async () => {
  const { page, problems } = await openDemo({ blockWasm: true });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("checkout-footprint-option")].every(
      (o) => o.shadowRoot.querySelector('[part~="option"]').dataset.state === "unavailable",
    ),
  );
  const shown = await options(page);
  for (const [service, o] of Object.entries(shown)) {
    assert.equal(o.figure, STRINGS.en.unavailable, service);
    assert.equal(o.lowest, false);
    assert.equal(o.co2eKg, null);
  }
  await page.check("#delivery-locker");
  assert.ok(await page.isChecked("#delivery-locker"));
  assert.equal(await minor(page, "#summary-shipping"), 2 * 390);
  assert.deepEqual(
    problems.filter((p) => p.startsWith("pageerror")),
    [],
  );
  await page.close();
});

test("screenshots of the options with their figures, in English and in French", async (t) => {
  const { page, problems } = await openDemo({ width: 1280 });
  await footprintShown(page);
  await figuresShown(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const card = page.locator("section", { has: page.locator("#delivery-options") });
  await card.screenshot({ path: join(SCREENSHOTS, "options-en.png") });
  await afterChange(page, () => page.selectOption("#language", "fr"));
  await page.waitForFunction(() =>
    [...document.querySelectorAll("checkout-footprint-option")].every(
      (o) => o.footprint !== null && o.shadowRoot.querySelector('[part~="option"]').lang.startsWith("fr"),
    ),
  );
  await card.screenshot({ path: join(SCREENSHOTS, "options-fr.png") });
  // The figures the screenshots show, for the record: the sample cart to France.
  const figures = Object.fromEntries(Object.entries(await options(page)).map(([s, o]) => [s, o.co2eKg]));
  t.diagnostic(`sample cart to France, kg CO2e per option: ${JSON.stringify(figures)}`);
  for (const f of ["options-en.png", "options-fr.png"]) assert.ok(statSync(join(SCREENSHOTS, f)).size > 10_000, f);
  assert.deepEqual(problems, []);
  await page.close();
});
