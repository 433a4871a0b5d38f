// The built package in headless Chromium: the shared vectors through pkg/index.js, loaded
// as a plain browser module, with the .wasm fetched once and instantiated by streaming.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openPage, withBrowser } from "./lib/browser.mjs";
import { check, loadVectors, runInPage } from "./lib/vectors.mjs";

const ctx = withBrowser();

test("every vector gives the same result in Chromium", async () => {
  const { page, problems, requests } = await openPage(ctx.browser.context, `${ctx.server.url}/tests/js/pages/api.html`);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
  const vectors = loadVectors();
  const outcomes = await page.evaluate(runInPage, vectors);
  vectors.forEach((v, i) => assert.deepEqual(check(v, outcomes[i]), [], v.file));
  assert.deepEqual(problems, []);
  const wasm = requests.filter((u) => u.endsWith(".wasm"));
  assert.equal(wasm.length, 1, "the .wasm is fetched once");
  assert.ok(
    requests.every((u) => u.startsWith(ctx.server.url)),
    "no request leaves the page's origin",
  );
  await page.close();
});
