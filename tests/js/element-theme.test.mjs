// <checkout-footprint> takes the page's colour scheme, not the shopper's system alone: a
// light-only store keeps a light card on a dark system; a store that declares
// `color-scheme: light dark` follows the system; `color-scheme` on the element pins it.
// And the page's own text styles (text-align: center, as in framework templates) stay
// out of the card, while the custom properties theme it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openPage, withBrowser } from "./lib/browser.mjs";
import { SMALL } from "./pages/element-fixtures.js";

const ctx = withBrowser();
const WHITE = "rgb(255, 255, 255)";
const DARK = "rgb(22, 27, 34)";

/** A page with `css`, the element given an order, the system's scheme `system`; the card's look. */
async function card(css, system) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>${css}</style></head><body><checkout-footprint id="cf" currency="EUR"></checkout-footprint></body></html>`;
  const { page, problems } = await openPage(ctx.browser.context);
  await page.emulateMedia({ colorScheme: system });
  await page.route("**/theme.html", (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(`${ctx.server.url}/theme.html`);
  await page.evaluate(async (order) => {
    await import("/pkg/element.js");
    document.getElementById("cf").order = order;
  }, SMALL);
  await page.waitForFunction(
    () => document.getElementById("cf").shadowRoot.querySelector(".card").dataset.state === "ready",
  );
  const look = await page.evaluate(() => {
    const root = document.getElementById("cf").shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      background: style(".card").backgroundColor,
      color: style(".card").color,
      scheme: style(".card").colorScheme,
      align: style(".line").textAlign,
      transform: style(".title").textTransform,
      radius: style(".card").borderTopLeftRadius,
    };
  });
  await page.close();
  assert.deepEqual(problems, []);
  return look;
}

test("a page without a colour scheme (or light only) keeps the light card on a dark system", async () => {
  assert.equal((await card("", "dark")).background, WHITE);
  assert.equal((await card(":root { color-scheme: light; }", "dark")).background, WHITE);
});

test("a page that declares light and dark follows the system", async () => {
  assert.equal((await card(":root { color-scheme: light dark; }", "light")).background, WHITE);
  assert.equal((await card(":root { color-scheme: light dark; }", "dark")).background, DARK);
});

test("color-scheme on the element pins the card, whatever the page and the system", async () => {
  assert.equal((await card("checkout-footprint { color-scheme: dark; }", "light")).background, DARK);
  assert.equal(
    (await card(":root { color-scheme: light dark; } checkout-footprint { color-scheme: light; }", "dark")).background,
    WHITE,
  );
});

test("the page's text styles stay out; its custom properties come in", async () => {
  const look = await card(
    "body { text-align: center; text-transform: uppercase; } " +
      "checkout-footprint { --checkout-footprint-background: rgb(1, 2, 3); --checkout-footprint-radius: 0px; }",
    "light",
  );
  assert.equal(look.align, "start");
  assert.equal(look.transform, "none");
  assert.equal(look.background, "rgb(1, 2, 3)");
  assert.equal(look.radius, "0px");
});
