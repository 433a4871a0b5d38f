// The demo checkout (www/) in Chromium, for the end-to-end tests: opening it, and
// waiting on state (the element's `footprint`), never on time.
import { createRequire } from "node:module";
import { join } from "node:path";
import { openPage, ROOT, withBrowser } from "../../js/lib/browser.mjs";

export const require = createRequire(import.meta.url);
export const SCREENSHOTS = join(ROOT, "target/screenshots");
export const LANGUAGES = ["en", "fr", "de", "es", "it", "nl"];
// EU Directive 2024/825: no neutrality or compensation claims, in any language.
export const FORBIDDEN =
  /carbon[\s-]*neutral|climate[\s-]*neutral|[ck]ompens|neutre|neutro|neutrale|klimaneutral|klimaatneutraal|co2-neutra/i;

export const euro = (minor, locale = "en") =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(minor / 100);

/** One Chromium and one server for the file's tests. */
export const ctx = withBrowser();

/**
 * Opens the demo; footprinterror events are recorded in window.__footprintErrors.
 * `colorScheme` emulates the shopper's system setting; requests matching `hold` wait for
 * `release()`.
 */
export async function openDemo({
  blockWasm = false,
  width = 1280,
  height = 900,
  path = "/www/",
  colorScheme,
  hold,
} = {}) {
  const opened = await openPage(ctx.browser.context);
  const { page } = opened;
  let release = () => {};
  if (hold) {
    const held = new Promise((ok) => (release = ok));
    await page.route(hold, async (route) => {
      await held;
      await route.continue();
    });
  }
  await page.addInitScript(() => {
    window.__footprintErrors = [];
    document.addEventListener("footprinterror", (event) => window.__footprintErrors.push(event.detail));
  });
  if (blockWasm) await page.route("**/*.wasm", (route) => route.abort());
  if (colorScheme) await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height });
  await page.goto(`${ctx.server.url}${path}`);
  await page.waitForSelector("body[data-ready]");
  return { ...opened, release };
}

/** Waits until the element shows a footprint; returns it. */
export async function footprintShown(page) {
  await page.waitForFunction(() => document.querySelector("checkout-footprint")?.footprint?.co2eKg > 0);
  return page.evaluate(() => document.querySelector("checkout-footprint").footprint);
}

/** Runs `action` and waits for the element's next footprint (a new estimate); returns it. */
export async function afterChange(page, action) {
  await page.evaluate(() => {
    window.__previousFootprint = document.querySelector("checkout-footprint").footprint;
  });
  await action();
  await page.waitForFunction(() => {
    const footprint = document.querySelector("checkout-footprint").footprint;
    return footprint !== null && footprint !== window.__previousFootprint;
  });
  return page.evaluate(() => document.querySelector("checkout-footprint").footprint);
}

export const minor = (page, selector) => page.$eval(selector, (e) => Number(e.dataset.minor));
export const text = (page, selector) => page.$eval(selector, (e) => e.textContent.trim());
export const shadowText = (page, part) =>
  page.$eval("checkout-footprint", (el, p) => el.shadowRoot.querySelector(`[part~="${p}"]`).textContent.trim(), part);

/** Runs axe-core (WCAG 2.1 A and AA) on the page; returns its violations, one line each. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}
