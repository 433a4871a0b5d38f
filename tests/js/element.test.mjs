// <checkout-footprint> in headless Chromium: what it shows at rest and in its details,
// its properties, attributes and events, keyboard use, coalesced re-estimates, and
// hostile strings rendered as inert text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openElementPage, withBrowser } from "./lib/browser.mjs";
import {
  HOSTILE,
  LARGE,
  MEDIUM,
  SMALL,
  events,
  panelShown,
  parts,
  setOrder,
  settledEvents,
} from "./pages/element-fixtures.js";

const { STRINGS, fill } = await import("./lib/strings.mjs");

/** The page's total (element-page.js: 293.90 EUR, plus the contribution when ticked). */
const total = (amountMinor) =>
  new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format((29390 + amountMinor) / 100);

const ctx = withBrowser();

const open = (query) => openElementPage(ctx, query);

/** The estimate of `order` by the package itself, in the page. */
const direct = (page, order, options) =>
  page.evaluate(async ([order, options]) => (await import("/pkg/index.js")).estimate(order, options), [order, options]);

const currencyText = (page, locale, currency, amountMinor) =>
  page.evaluate(
    ([locale, currency, amountMinor]) => {
      const f = new Intl.NumberFormat(locale, { style: "currency", currency });
      return f.format(amountMinor / 10 ** f.resolvedOptions().maximumFractionDigits);
    },
    [locale, currency, amountMinor],
  );

test("at rest: one line with the footprint in g CO₂e and a labelled checkbox with the amount", async () => {
  const { page, problems } = await open();
  await setOrder(page, SMALL);
  const [change] = await events(page, "footprintchange");
  const p = await parts(page);
  assert.equal(p.state, "ready");
  assert.equal(p.title, STRINGS.en.title);
  assert.match(p.value, /^\d+ g\u00a0CO₂e$/);
  const amount = await currencyText(page, "en", "EUR", change.detail.offset.amountMinor);
  assert.equal(p.label, `Add ${amount} as a contribution to a climate project`);
  assert.equal(p.checked, false);
  const a11y = await page.locator("#cf").evaluate((el) => {
    const r = el.shadowRoot;
    const box = r.querySelector("input");
    return {
      type: box.type,
      labelled: r.querySelector("label").control === box,
      live: r.querySelector("[aria-live]").getAttribute("aria-live"),
      liveText: r.querySelector("[aria-live]").textContent,
      open: r.querySelector("details").open,
    };
  });
  assert.deepEqual(
    { ...a11y, liveText: undefined },
    { type: "checkbox", labelled: true, live: "polite", liveText: undefined, open: false },
  );
  assert.ok(a11y.liveText.includes(p.value), "the live region holds the figure");
  assert.deepEqual(problems, []);
  await page.close();
});

test("kg CO₂e from 1 kg; JPY and KWD amounts use their own fraction digits", async () => {
  const { page, problems } = await open();
  await setOrder(page, LARGE);
  await events(page, "footprintchange");
  assert.match((await parts(page)).value, /^\d+ kg\u00a0CO₂e$/);

  for (const [currency, price, digits] of [
    ["JPY", "4000", 0],
    ["KWD", "8", 3],
    ["EUR", "27", 2],
  ]) {
    await setOrder(page, LARGE, { currency, "price-per-tonne": price });
    const [change] = await events(page, "footprintchange");
    const expected = await direct(page, LARGE, { currency, pricePerTonne: Number(price) });
    assert.deepEqual(change.detail.offset, expected.offset);
    const amount = await currencyText(page, "en", currency, expected.offset.amountMinor);
    assert.ok((await parts(page)).label.includes(amount), `${currency}: ${amount}`);
    const shown = await page.evaluate(
      (c) => new Intl.NumberFormat("en", { style: "currency", currency: c }).resolvedOptions().maximumFractionDigits,
      currency,
    );
    assert.equal(shown, digits);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("details: range, per-shipment SVG bar with the figures as text, avoided, assumptions, method", async () => {
  const { page, problems } = await open();
  await setOrder(page, LARGE);
  const [change] = await events(page, "footprintchange");
  const fp = change.detail;
  await page.locator("#cf").locator("summary").click();
  await panelShown(page);
  const d = await page.locator("#cf").evaluate((el) => {
    const r = el.shadowRoot;
    return {
      open: r.querySelector("details").open,
      range: r.querySelector(".range").textContent,
      shipments: [...r.querySelectorAll(".shipment")].map((s) => ({
        heading: s.querySelector(".shipment-heading").textContent,
        svgNs: s.querySelector("svg").namespaceURI,
        hidden: s.querySelector("svg").getAttribute("aria-hidden"),
        rects: [...s.querySelectorAll("rect")].map((x) => [x.dataset.stage, Number(x.getAttribute("width"))]),
        legend: [...s.querySelectorAll(".legend li")].map((li) => li.textContent),
        barHeight: s.querySelector("svg").getBoundingClientRect().height,
      })),
      avoided: r.querySelector(".avoided")?.textContent ?? null,
      assumptions: [...r.querySelectorAll(".assumptions li")].map((li) => li.textContent),
      method: r.querySelector(".method").textContent,
      contribution: r.querySelector(".contribution").textContent,
    };
  });
  assert.equal(d.open, true);
  const mass = (kg) =>
    page.evaluate((kg) => {
      // Grams under 1 kg, one decimal from 1 to 10 kg, else two significant digits.
      const unit = kg < 1 ? "gram" : "kilogram";
      const v = kg < 1 ? kg * 1000 : kg;
      const digits =
        kg >= 1 && kg < 10 ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumSignificantDigits: 2 };
      return `${new Intl.NumberFormat("en", { style: "unit", unit, ...digits }).format(v)}\u00a0CO₂e`;
    }, kg);
  assert.equal(d.range, `Range: ${await mass(fp.range.lowKg)} to ${await mass(fp.range.highKg)}.`);
  assert.equal(d.shipments.length, 3);
  assert.equal(d.shipments[0].heading, `Shipment 1 (seller-3)${await mass(fp.shipments[0].co2eKg)}`);
  assert.ok(d.shipments[1].heading.startsWith("Shipment 2"));
  for (const [i, s] of d.shipments.entries()) {
    assert.equal(s.svgNs, "http://www.w3.org/2000/svg");
    assert.equal(s.hidden, "true", "the bar is hidden from assistive technology; the list says it");
    assert.ok(s.barHeight > 0);
    const total = s.rects.reduce((a, [, w]) => a + w, 0);
    assert.ok(Math.abs(total - 100) < 1e-6, `bar ${i} fills its width`);
    const st = fp.shipments[i].stages;
    assert.deepEqual(s.legend, [
      `Collection: ${await mass(st.firstMileKg)}`,
      `Main transport: ${await mass(st.lineHaulKg)}`,
      `Parcel hubs: ${await mass(st.hubsKg)}`,
      `Delivery: ${await mass(st.lastMileKg)}`,
      `Packaging: ${await mass(st.packagingKg)}`,
    ]);
    const lineHaul = s.rects.find(([k]) => k === "lineHaulKg")[1];
    assert.ok(Math.abs(lineHaul - (st.lineHaulKg / fp.shipments[i].co2eKg) * 100) < 0.01);
  }
  assert.ok(fp.avoidedCo2eKg > 0);
  assert.ok(d.avoided.includes(await mass(fp.avoidedCo2eKg)));
  assert.match(d.avoided, /not subtracted/);
  // Localized plain words, each once, not the model's English messages; a default chain
  // in the words of the shipment's own chain and hub count.
  const en = Object.values(STRINGS.en.assumptions).flatMap((t) => [2, 3, 4].map((hubs) => fill(t, { hubs })));
  assert.ok(d.assumptions.length >= 4);
  // With several shipments, a text about some of them names them ("Shipment 2: ...").
  const named = d.assumptions.map((t) => /^(?:Shipment \d+(?:, )?)*(?:: )?(.*)$/s.exec(t)[1]);
  assert.ok(
    named.every((t) => en.includes(t)),
    d.assumptions.join("\n"),
  );
  assert.equal(new Set(named).size, named.length);
  assert.ok(
    d.assumptions.some((t) => /^Shipment \d+(, Shipment \d+)*: /.test(t)),
    "a text names its shipments",
  );
  const chains = fp.assumptions.filter((a) => a.code === "default_chain").map((a) => fp.shipments[a.shipment]);
  assert.deepEqual([...new Set(chains.map((c) => c.chain))].sort(), ["air", "road_express"]);
  for (const { chain, hubCount } of chains) {
    assert.ok(named.includes(fill(STRINGS.en.assumptions[`chain_${chain}`], { hubs: hubCount })), chain);
  }
  assert.ok(d.method.includes(fp.method.standard) && d.method.includes("GLEC v3"));
  assert.ok(d.method.includes(fp.method.modelVersion));
  assert.match(d.method, /^Method: ISO 14083/);
  assert.match(d.contribution, /€27\.00 per tonne/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("events: footprintchange carries the footprint; offsetchange on toggle and on a new amount while selected", async () => {
  const { page, problems } = await open();
  await setOrder(page, SMALL);
  const [change] = await events(page, "footprintchange");
  assert.deepEqual(
    { bubbles: change.bubbles, composed: change.composed, target: change.target },
    { bubbles: true, composed: true, target: "cf" },
  );
  assert.deepEqual(change.detail, await page.evaluate(() => document.getElementById("cf").footprint));
  assert.deepEqual(change.detail, await direct(page, SMALL, { currency: "EUR" }));
  assert.deepEqual(
    await settledEvents(page).then((e) => e.map((x) => x.type)),
    ["footprintchange"],
    "no offsetchange while unticked",
  );

  // The shopper ticks the box (a click on the label).
  await page.evaluate(() => (window.cfEvents.length = 0));
  await page.locator("#cf").locator("label").click();
  let [offset] = await events(page, "offsetchange");
  assert.deepEqual(offset.detail, { selected: true, amountMinor: change.detail.offset.amountMinor, currency: "EUR" });
  assert.equal(offset.bubbles && offset.composed, true);
  assert.equal(await page.evaluate(() => document.getElementById("cf").offsetSelected), true);
  assert.equal(await page.evaluate(() => document.getElementById("cf").hasAttribute("offset-selected")), true);
  assert.equal(await page.textContent("#total"), total(change.detail.offset.amountMinor));

  // A bigger order while ticked: a new amount, announced so the total stays right.
  await setOrder(page, LARGE);
  [offset] = await events(page, "offsetchange");
  const large = await direct(page, LARGE, { currency: "EUR" });
  assert.deepEqual(offset.detail, { selected: true, amountMinor: large.offset.amountMinor, currency: "EUR" });
  assert.equal(await page.textContent("#total"), total(large.offset.amountMinor));
  const types = (await settledEvents(page)).map((e) => e.type);
  assert.deepEqual(types, ["footprintchange", "offsetchange"]);

  // The storefront unticks through the attribute.
  await page.evaluate(() => {
    window.cfEvents.length = 0;
    document.getElementById("cf").removeAttribute("offset-selected");
  });
  [offset] = await events(page, "offsetchange");
  assert.equal(offset.detail.selected, false);
  assert.equal((await parts(page)).checked, false);
  assert.equal(await page.textContent("#total"), total(0));

  // A new order while unticked: no offsetchange.
  await setOrder(page, MEDIUM);
  await events(page, "footprintchange");
  assert.deepEqual(
    (await settledEvents(page)).map((e) => e.type),
    ["footprintchange"],
  );

  // Order null while ticked: nothing shown, the contribution leaves the total.
  await page.evaluate(() => (document.getElementById("cf").offsetSelected = true));
  await events(page, "offsetchange");
  await setOrder(page, null);
  [offset] = await events(page, "offsetchange");
  assert.equal(offset.detail.selected, false);
  const p = await parts(page);
  assert.equal(p.state, "empty");
  assert.equal(await page.evaluate(() => document.getElementById("cf").footprint), null);
  assert.deepEqual(problems, []);
  await page.close();
});

test("keyboard: Tab reaches the checkbox and the summary, Space toggles, Enter opens; focus is visible", async () => {
  const { page, problems } = await open();
  await setOrder(page, SMALL);
  await events(page, "footprintchange");
  await page.keyboard.press("Tab");
  const focused = () =>
    page.evaluate(() => {
      const el = document.getElementById("cf");
      const a = el.shadowRoot.activeElement;
      if (document.activeElement !== el || !a) return null;
      const s = getComputedStyle(a);
      return { tag: a.localName, outline: `${s.outlineStyle} ${s.outlineWidth}`, visible: a.matches(":focus-visible") };
    });
  assert.deepEqual(await focused(), { tag: "input", outline: "solid 2px", visible: true });
  await page.keyboard.press("Space");
  const [offset] = await events(page, "offsetchange");
  assert.equal(offset.detail.selected, true);
  await page.keyboard.press("Tab");
  assert.deepEqual(await focused(), { tag: "summary", outline: "solid 2px", visible: true });
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("#cf").evaluate((el) => el.shadowRoot.querySelector("details").open), true);
  await panelShown(page);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Space");
  assert.equal((await parts(page)).checked, false);
  assert.deepEqual(problems, []);
  await page.close();
});

test("changes in the same task are coalesced into one estimate of the final inputs", async () => {
  const { page, problems } = await open();
  await setOrder(page, SMALL);
  await events(page, "footprintchange");
  await page.evaluate(
    ([a, b]) => {
      window.cfEvents.length = 0;
      const el = document.getElementById("cf");
      el.order = a;
      el.currency = "GBP";
      el.pricePerTonne = 50;
      el.factorSet = "defra-2025";
      el.locale = "fr";
      el.order = b;
    },
    [SMALL, MEDIUM],
  );
  const all = await settledEvents(page);
  assert.deepEqual(
    all.map((e) => e.type),
    ["footprintchange"],
  );
  const expected = await direct(page, MEDIUM, { currency: "GBP", pricePerTonne: 50, factorSet: "defra-2025" });
  assert.deepEqual(all[0].detail, expected);
  const p = await parts(page);
  assert.equal(p.title, STRINGS.fr.title);
  assert.equal(p.lang, "fr");
  assert.match(p.value, /^\d,\d\s?kg\u00a0CO₂e$/);
  assert.ok(p.label.includes(await currencyText(page, "fr", "GBP", expected.offset.amountMinor)));

  // Across tasks, the last order wins too.
  await page.evaluate(
    async ([a, b]) => {
      window.cfEvents.length = 0;
      const el = document.getElementById("cf");
      el.order = a;
      await new Promise((ok) => setTimeout(ok, 0));
      el.order = b;
    },
    [LARGE, SMALL],
  );
  const last = (await settledEvents(page)).filter((e) => e.type === "footprintchange").at(-1);
  assert.deepEqual(
    last.detail,
    await direct(page, SMALL, { currency: "GBP", pricePerTonne: 50, factorSet: "defra-2025" }),
  );
  assert.deepEqual(await page.evaluate(() => document.getElementById("cf").footprint), last.detail);
  assert.deepEqual(problems, []);
  await page.close();
});

test("attributes and properties reflect each other; defaults when absent", async () => {
  const { page, problems } = await open();
  const r = await page.evaluate(() => {
    const el = document.createElement("checkout-footprint");
    const defaults = {
      order: el.order,
      locale: el.locale,
      currency: el.currency,
      pricePerTonne: el.pricePerTonne,
      factorSet: el.factorSet,
      offsetSelected: el.offsetSelected,
      footprint: el.footprint,
    };
    el.locale = "de-AT";
    el.currency = "CHF";
    el.pricePerTonne = 40;
    el.factorSet = "defra-2025";
    el.offsetSelected = true;
    const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    el.setAttribute("price-per-tonne", "12.5");
    el.offsetSelected = false;
    el.locale = null;
    return {
      defaults,
      attrs,
      props: [
        el.locale,
        el.currency,
        el.pricePerTonne,
        el.factorSet,
        el.offsetSelected,
        el.hasAttribute("offset-selected"),
      ],
      shadow: el.shadowRoot?.mode,
      isClass: el instanceof customElements.get("checkout-footprint"),
    };
  });
  assert.deepEqual(r.defaults, {
    order: null,
    locale: "en",
    currency: "USD",
    pricePerTonne: 27,
    factorSet: "glec-v3",
    offsetSelected: false,
    footprint: null,
  });
  assert.deepEqual(r.attrs, {
    locale: "de-AT",
    currency: "CHF",
    "price-per-tonne": "40",
    "factor-set": "defra-2025",
    "offset-selected": "",
  });
  assert.deepEqual(r.props, ["en", "CHF", 12.5, "defra-2025", false, false]);
  assert.equal(r.shadow, "open");
  assert.equal(r.isClass, true);

  // factor-set reaches the model and the method line.
  await setOrder(page, SMALL, { "factor-set": "defra-2025" });
  const [change] = await events(page, "footprintchange");
  assert.equal(change.detail.method.factorSet, "defra-2025");
  await page.locator("#cf").locator("summary").click();
  await panelShown(page);
  assert.match((await parts(page)).panel, /DEFRA 2025 emission factors/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("properties set before the element is defined are kept (framework-style upgrade)", async () => {
  const { page, problems } = await open("?defer");
  await page.evaluate((order) => {
    const el = document.createElement("checkout-footprint");
    el.id = "late";
    el.order = order;
    el.offsetSelected = true;
    el.setAttribute("locale", "nl");
    document.querySelector(".summary").append(el);
  }, SMALL);
  await page.evaluate(() => window.loadElement());
  const [change] = await events(page, "footprintchange");
  assert.equal(change.target, "late");
  const [offset] = await events(page, "offsetchange");
  assert.deepEqual(offset.detail, { selected: true, amountMinor: change.detail.offset.amountMinor, currency: "USD" });
  const title = await page.locator("#late").evaluate((el) => el.shadowRoot.querySelector(".title").textContent);
  assert.equal(title, STRINGS.nl.title);
  assert.deepEqual(problems, []);
  await page.close();
});

test("hostile strings in every input render as inert text", async () => {
  const { page, problems, requests } = await open();
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  const order = structuredClone(SMALL);
  order.shipments[0].id = HOSTILE;
  await setOrder(page, order, { locale: HOSTILE });
  await events(page, "footprintchange");
  await page.locator("#cf").locator("summary").click();
  await panelShown(page);
  const shown = await page.locator("#cf").evaluate((el) => ({
    heading: el.shadowRoot.querySelector(".shipment-heading .shipment-name").textContent,
    tags: [...new Set([...el.shadowRoot.querySelectorAll("*")].map((n) => n.localName))].sort(),
    styled: el.shadowRoot.querySelectorAll("[style]").length,
  }));
  assert.equal(shown.heading, `Shipment 1 (${HOSTILE})`);
  const allowed = ["details", "div", "input", "label", "li", "p", "rect", "section", "span", "summary", "svg", "ul"];
  assert.deepEqual(
    shown.tags.filter((t) => !allowed.includes(t)),
    [],
    "no element comes from data",
  );
  assert.equal(shown.styled, 0);
  assert.equal((await parts(page)).lang, "en", "an invalid locale falls back");

  for (const attrs of [
    { currency: HOSTILE },
    { currency: null, "factor-set": HOSTILE },
    { "factor-set": null, "price-per-tonne": HOSTILE },
  ]) {
    await setOrder(page, order, attrs);
    const [error] = await events(page, "footprinterror");
    assert.ok(error.detail.path?.startsWith("options."), JSON.stringify(error.detail));
    const p = await parts(page);
    assert.equal(p.state, "error");
    assert.equal(p.value, STRINGS.en.unavailable);
    assert.equal(
      await page.locator("#cf").evaluate((el) => el.shadowRoot.querySelectorAll("img, b, script").length),
      0,
    );
  }
  await page.waitForTimeout(100);
  assert.equal(dialogs, 0);
  assert.ok(!requests.some((u) => u.endsWith("/x")), "the hostile <img> was never created");
  assert.deepEqual(problems, []);
  await page.close();
});
