// The demo checkout (www/) end to end: Debian Chromium driven by playwright-core against
// the page served on 127.0.0.1, using the built package (pkg/) through its import map.
//
// Every wait is on state (the element's `footprint`, the summary's data-minor attributes),
// never on time. The screenshot goes to target/screenshots/; with UPDATE_SCREENSHOT=1 it is
// also copied to docs/demo.png, the picture the README shows.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "../js/lib/browser.mjs";
import {
  afterChange,
  axeViolations,
  ctx,
  euro,
  FORBIDDEN,
  footprintShown,
  LANGUAGES,
  minor,
  openDemo,
  SCREENSHOTS,
  shadowText,
  text,
} from "./lib/demo.mjs";

test("the checkout loads with no console error and no request leaving 127.0.0.1", async () => {
  const { page, problems, requests } = await openDemo();
  await footprintShown(page);
  assert.deepEqual(problems, []);
  assert.ok(requests.length > 0);
  const outside = requests.filter((u) => !u.startsWith(`${ctx.server.url}/`) && !u.startsWith("data:"));
  assert.deepEqual(outside, [], "every request stays on 127.0.0.1");
  assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 1, "the .wasm is fetched once");
  assert.ok(
    requests.some((u) => u.endsWith("/pkg/element.js")),
    "the element comes from the built package",
  );
  assert.ok(!requests.some((u) => u.startsWith(`${ctx.server.url}/src/`)), "nothing is loaded from src/");
  await page.close();
});

test("the footprint of the two-parcel cart shows under the delivery options", async () => {
  const { page, problems } = await openDemo();
  const footprint = await footprintShown(page);
  assert.equal(footprint.shipments.length, 2, "one parcel per seller");
  assert.deepEqual(
    footprint.shipments.map((s) => s.service),
    ["standard", "standard"],
  );
  const order = await page.evaluate(() => document.querySelector("checkout-footprint").order);
  assert.deepEqual(
    order.shipments.map((s) => [s.from.country, s.to.country, s.items[0].category]),
    [
      ["FR", "FR", "smartphone"],
      ["DE", "FR", "laptop"],
    ],
  );
  const value = await shadowText(page, "value");
  assert.match(value, /CO₂e|CO2e/, `the element shows a mass of CO2e, got "${value}"`);
  assert.ok((await shadowText(page, "title")).length > 0);
  // The element sits in the delivery card, after the options.
  const placed = await page.evaluate(() => {
    const el = document.querySelector("checkout-footprint");
    const options = document.getElementById("delivery-options");
    return (
      options.compareDocumentPosition(el) === Node.DOCUMENT_POSITION_FOLLOWING &&
      el.closest("section") === options.closest("section")
    );
  });
  assert.ok(placed, "<checkout-footprint> is under the delivery options");
  assert.deepEqual(problems, []);
  await page.close();
});

test("express delivery to the United States shows more CO2e than standard within France", async () => {
  const { page, problems } = await openDemo();
  const france = await footprintShown(page);
  const franceText = await shadowText(page, "value");
  await afterChange(page, () => page.selectOption("#country", "US"));
  const us = await afterChange(page, () => page.check("#delivery-express"));
  assert.deepEqual(
    us.shipments.map((s) => s.service),
    ["express", "express"],
  );
  const order = await page.evaluate(() => document.querySelector("checkout-footprint").order);
  assert.ok(order.shipments.every((s) => s.to.country === "US" && s.service === "express"));
  assert.ok(
    us.co2eKg > france.co2eKg,
    `express to the US (${us.co2eKg} kg) should exceed standard within France (${france.co2eKg} kg)`,
  );
  assert.notEqual(await shadowText(page, "value"), franceText, "the displayed figure changed");
  // The shipping price follows the zone and the option: 2 parcels of express to the US.
  assert.equal(await minor(page, "#summary-shipping"), 2 * 3990);
  assert.deepEqual(problems, []);
  await page.close();
});

test("ticking the contribution adds exactly the displayed amount to the total; unticking removes it", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  const before = await minor(page, "#summary-total");
  assert.equal(before, 107800 + 980, "the two items and two standard parcels");
  assert.equal(await text(page, "#summary-total"), euro(before));
  assert.ok(await page.$eval("#summary-contribution-row", (e) => e.hidden));

  const box = page.locator("checkout-footprint").getByRole("checkbox");
  await box.check();
  await page.waitForSelector("#summary-contribution-row:not([hidden])");
  const amount = await page.evaluate(() => document.querySelector("checkout-footprint").footprint.offset.amountMinor);
  assert.ok(Number.isInteger(amount) && amount > 0);
  assert.equal(await minor(page, "#summary-contribution"), amount);
  assert.equal(await minor(page, "#summary-total"), before + amount);
  assert.equal(await text(page, "#summary-contribution"), euro(amount));
  assert.equal(await text(page, "#summary-total"), euro(before + amount));
  const label = await shadowText(page, "label");
  assert.ok(label.includes(euro(amount)), `the element offers the same amount: "${label}"`);
  assert.match(await text(page, "#summary-contribution-row dt"), /^Contribution to a climate project$/);

  // While ticked, a new estimate brings its new amount into the total.
  const express = await afterChange(page, () => page.check("#delivery-express"));
  await page.waitForFunction(
    (expected) => Number(document.getElementById("summary-contribution").dataset.minor) === expected,
    express.offset.amountMinor,
  );
  const expressTotal = 107800 + 2 * 1290 + express.offset.amountMinor;
  assert.equal(await minor(page, "#summary-total"), expressTotal);
  assert.equal(await text(page, "#summary-total"), euro(expressTotal));

  await box.uncheck();
  await page.waitForSelector("#summary-contribution-row[hidden]", { state: "attached" });
  assert.equal(await minor(page, "#summary-total"), 107800 + 2 * 1290);
  assert.equal(await text(page, "#summary-total"), euro(107800 + 2 * 1290));
  assert.deepEqual(problems, []);
  await page.close();
});

test("removing the laptop removes its parcel from the breakdown", async () => {
  const { page, problems } = await openDemo();
  const full = await footprintShown(page);
  assert.equal(full.shipments.length, 2);
  const parcels = page.locator("checkout-footprint").locator('[part~="shipment"]');
  await page.locator("checkout-footprint").locator('[part~="summary"]').click();
  // The panel is built once its code and words have loaded.
  await page.waitForFunction(
    () => document.querySelector("checkout-footprint").shadowRoot.querySelectorAll('[part~="shipment"]').length > 0,
  );
  assert.equal(await parcels.count(), 2);

  const one = await afterChange(page, () => page.getByRole("button", { name: /Remove Ardent Book 14/ }).click());
  assert.equal(one.shipments.length, 1);
  assert.equal(one.shipments[0].id, "Atelier Rhône Mobile");
  await page.waitForFunction(
    () => document.querySelector("checkout-footprint").shadowRoot.querySelectorAll('[part~="shipment"]').length === 1,
  );
  assert.equal(await parcels.count(), 1);
  assert.match(await parcels.first().textContent(), /Atelier Rhône Mobile/);
  assert.ok(!(await page.locator("checkout-footprint").textContent()).includes("Elbe"));
  assert.ok(one.co2eKg < full.co2eKg);

  // The cart and the summary follow: one line, one parcel.
  assert.equal(await page.locator("#cart-lines > li").count(), 1);
  assert.equal(await minor(page, "#summary-subtotal"), 42900);
  assert.equal(await minor(page, "#summary-shipping"), 490);
  assert.equal(await minor(page, "#summary-total"), 42900 + 490);
  // The keyboard stays in the cart: focus moves to the remaining line's remove button.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.remove), "NMB-X12-128-GRA");
  assert.deepEqual(problems, []);
  await page.close();
});

test("an emptied cart clears the footprint and cannot be ordered; it can be restored", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  await page.getByRole("button", { name: /Remove Ardent Book 14/ }).click();
  await page.getByRole("button", { name: /Remove Nimbus X12/ }).click();
  await page.waitForFunction(() => document.querySelector("checkout-footprint").footprint === null);
  assert.equal(await page.evaluate(() => document.querySelector("checkout-footprint").order), null);
  assert.ok(await page.isDisabled("#place-order"));
  assert.ok(await page.isVisible("#cart-empty"));
  const restored = await afterChange(page, () => page.click("#restore-cart"));
  assert.equal(restored.shipments.length, 2);
  assert.ok(await page.isEnabled("#place-order"));
  assert.deepEqual(problems, []);
  await page.close();
});

test("the quantity and the city change the order at once", async () => {
  const { page, problems } = await openDemo();
  const one = await footprintShown(page);
  const two = await afterChange(page, () => page.selectOption("#qty-ARD-B14-I5-16-512", "2"));
  assert.ok(two.shipments[1].massKg > one.shipments[1].massKg);
  assert.equal(await minor(page, "#summary-subtotal"), 42900 + 2 * 64900);
  // A known city gives the estimate real coordinates; any other city, the country alone.
  await afterChange(page, () => page.fill("#city", "Strasbourg"));
  let to = await page.evaluate(() => document.querySelector("checkout-footprint").order.shipments[0].to);
  assert.deepEqual(to, { country: "FR", lat: 48.58, lon: 7.75 });
  await afterChange(page, () => page.fill("#city", "Saint-Flour"));
  to = await page.evaluate(() => document.querySelector("checkout-footprint").order.shipments[0].to);
  assert.deepEqual(to, { country: "FR" });
  assert.deepEqual(problems, []);
  await page.close();
});

test("the keyboard alone changes the delivery option, ticks the contribution and places the order", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  await page.focus("#delivery-standard");
  const express = await afterChange(page, () => page.keyboard.press("ArrowDown"));
  assert.ok(express.shipments.every((s) => s.service === "express"));
  assert.ok(await page.isChecked("#delivery-express"));

  await page.locator("checkout-footprint").getByRole("checkbox").focus();
  await page.keyboard.press("Space");
  await page.waitForSelector("#summary-contribution-row:not([hidden])");
  const total = await minor(page, "#summary-total");
  assert.equal(total, 107800 + 2 * 1290 + express.offset.amountMinor);

  await page.focus("#place-order");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#confirmation:not([hidden])");
  assert.equal(await minor(page, "#confirmation-total"), total);
  assert.equal(await text(page, "#confirmation-total"), euro(total));
  assert.equal(await minor(page, "#confirmation-contribution"), express.offset.amountMinor);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "confirmation-title");

  // A new order starts from the sample cart, without the contribution.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#checkout-form:not([hidden])");
  assert.ok(await page.isHidden("#confirmation"));
  assert.equal(await minor(page, "#summary-total"), 107800 + 980);
  assert.ok(await page.$eval("#summary-contribution-row", (e) => e.hidden));
  assert.equal(await page.locator("checkout-footprint").getByRole("checkbox").isChecked(), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the order is not placed without a delivery address", async () => {
  const { page, problems } = await openDemo();
  await page.fill("#full-name", "");
  await page.click("#place-order");
  assert.ok(await page.$eval("#full-name", (e) => !e.validity.valid));
  assert.ok(await page.isHidden("#confirmation"));
  await page.fill("#full-name", "Camille Martin");
  await page.click("#place-order");
  await page.waitForSelector("#confirmation:not([hidden])");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the language switcher sets the element's locale and the page's labels, in every language", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  const titles = new Set();
  const headings = new Set();
  for (const lang of LANGUAGES) {
    if (lang !== "en") await afterChange(page, () => page.selectOption("#language", lang));
    const state = await page.evaluate(() => {
      const el = document.querySelector("checkout-footprint");
      return {
        htmlLang: document.documentElement.lang,
        attr: el.getAttribute("locale"),
        locale: el.locale,
        cardLang: el.shadowRoot.querySelector('[part~="container"]').lang,
        title: el.shadowRoot.querySelector('[part~="title"]').textContent,
        value: el.shadowRoot.querySelector('[part~="value"]').textContent,
        heading: document.querySelector("h1").textContent,
        total: document.getElementById("summary-total").textContent,
        minor: Number(document.getElementById("summary-total").dataset.minor),
        text: `${document.body.innerText}\n${el.shadowRoot.textContent}`,
      };
    });
    assert.equal(state.htmlLang, lang);
    assert.equal(state.attr, lang);
    assert.equal(state.locale.split("-")[0], lang);
    assert.equal(state.cardLang.split("-")[0], lang);
    assert.ok(state.value.length > 0, `${lang}: a figure is shown`);
    assert.equal(state.total, euro(state.minor, lang), `${lang}: the total is formatted for the language`);
    assert.doesNotMatch(state.text, FORBIDDEN, `${lang}: no neutrality or compensation claim`);
    titles.add(state.title);
    headings.add(state.heading);
  }
  assert.equal(titles.size, LANGUAGES.length, "the element speaks every language");
  assert.equal(headings.size, LANGUAGES.length, "so does the page");
  assert.deepEqual(problems, []);
  await page.close();
});

test("with the .wasm blocked the checkout still completes", async () => {
  const { page, problems } = await openDemo({ blockWasm: true });
  await page.waitForFunction(() => window.__footprintErrors.length > 0);
  const errors = await page.evaluate(() => window.__footprintErrors);
  assert.equal(errors[0].code, "load_failed");
  assert.equal(await page.evaluate(() => document.querySelector("checkout-footprint").footprint), null);
  // No uncaught error; the only console errors are the blocked request itself.
  assert.deepEqual(
    problems.filter((p) => p.startsWith("pageerror")),
    [],
  );
  assert.deepEqual(
    problems.filter((p) => !/Failed to load resource|wasm|WebAssembly|fetch/i.test(p)),
    [],
  );
  assert.ok(await page.$eval("#summary-contribution-row", (e) => e.hidden));
  const total = await minor(page, "#summary-total");
  assert.equal(total, 107800 + 980);

  await page.check("#delivery-pickup_point");
  await page.click("#place-order");
  await page.waitForSelector("#confirmation:not([hidden])");
  assert.equal(await minor(page, "#confirmation-total"), 107800 + 2 * 290);
  assert.equal(await text(page, "#confirmation-total"), euro(107800 + 2 * 290));
  assert.ok(await page.isHidden("#confirmation-contribution"));
  assert.deepEqual(
    problems.filter((p) => p.startsWith("pageerror")),
    [],
  );
  await page.close();
});

test("the page has no axe-core accessibility violation (WCAG 2.1 A and AA)", async () => {
  const { page } = await openDemo();
  await footprintShown(page);
  await page.locator("checkout-footprint").getByRole("checkbox").check();
  await page.waitForSelector("#summary-contribution-row:not([hidden])");
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test("on a phone-sized screen nothing overflows sideways", async () => {
  const { page, problems } = await openDemo({ width: 375 });
  await footprintShown(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, "demo-mobile.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("a screenshot of the checkout goes to target/screenshots/demo.png", async () => {
  const { page, problems } = await openDemo();
  await footprintShown(page);
  await page.locator("checkout-footprint").getByRole("checkbox").check();
  await page.waitForSelector("#summary-contribution-row:not([hidden])");
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.mouse.move(0, 0);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, "demo.png");
  await page.screenshot({ path: file, fullPage: true });
  if (process.env.UPDATE_SCREENSHOT) copyFileSync(file, join(ROOT, "docs/demo.png"));
  assert.deepEqual(problems, []);
  await page.close();
});
