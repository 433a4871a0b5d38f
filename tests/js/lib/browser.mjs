// Debian's Chromium driven by playwright-core, and the project's static server, for the
// browser tests. Every page's console errors and uncaught exceptions are collected.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/** Serves `root` (default: the repository) on 127.0.0.1 on a free port. */
export async function serve({ root = ROOT, csp } = {}) {
  const server = await startServer({ port: 0, root, csp });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
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
