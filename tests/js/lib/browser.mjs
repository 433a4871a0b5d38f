// Debian's Chromium driven by playwright-core, and the project's static server, for the
// browser tests. Every page's console errors and uncaught exceptions are collected.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { startServer } from "../../../scripts/serve.mjs";

export const ROOT = new URL("../../../", import.meta.url).pathname;

// As root, Chromium needs --no-sandbox; the background-networking flags keep it from
// calling out on a closed network.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Launches headless Chromium with a fresh profile; `close()` removes the profile. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "cf-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves `root` (default: the repository) on 127.0.0.1 on a free port; `gzip` compresses answers. */
export async function serve({ root = ROOT, csp, gzip = false } = {}) {
  const server = await startServer({ port: 0, root, csp, gzip });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    // Chromium keeps idle connections open: end them, or close() waits for their timeout.
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

/** A new page that records console errors, page errors and every request's URL. */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  if (url) await page.goto(url);
  return { page, problems, requests };
}

/**
 * For a test file: serves the repository and launches Chromium before its tests, and
 * closes both after them. The returned object holds `server` and `browser` once the
 * `before` hook has run.
 */
export function withBrowser() {
  const ctx = { server: null, browser: null };
  before(async () => {
    ctx.server = await serve();
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** Opens the element's test page (tests/js/pages/element.html) once it is ready. */
export async function openElementPage(ctx, query = "") {
  const opened = await openPage(ctx.browser.context, `${ctx.server.url}/tests/js/pages/element.html${query}`);
  await opened.page.waitForSelector("body[data-ready]");
  return opened;
}
