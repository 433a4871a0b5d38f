#!/usr/bin/env node
// `make bench`: size, start-up, cost per estimate and batch throughput, side by side,
// into target/bench/report.md and target/bench/report.json.
//
//   node scripts/bench.mjs           (after `make pkg`; `make bench` does both)
//   node scripts/bench.mjs --quick   shorter timings and batches, for trying it out
//
// Size and start-up are measured as a shopper gets them: a storefront's Vite production
// build of the package (benches/vite-app/), loaded in Chromium, on 127.0.0.1 and under
// emulated Slow 4G. Exits non-zero when that download is over the size budget (see
// BUDGET_BYTES) or when the wasm memory grows between 1,000 and 1,000,000 estimate()
// calls. The tests never time anything; only this does.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { POOL, SIZES, pool, runWorkload } from "../benches/pages/workload.js";
import { launch, openPage, serve } from "../tests/js/lib/browser.mjs";
import { freePort, startServer } from "../tests/js/lib/package.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const pkg = join(root, "pkg");
const out = join(root, "target/bench");
const quick = parseArgs({ options: { quick: { type: "boolean", default: false } } }).values.quick;

/** What a shopper may download, gzip -9, in bytes (1 KB = 1,000 bytes). */
const BUDGET_BYTES = 40_000;
/** Orders per batch, and estimate() calls of the memory check. */
const BATCH = quick ? 100_000 : 1_000_000;
const MEMORY_CALLS = quick ? 100_000 : 1_000_000;
/** Milliseconds of timing per estimate() size. */
const TIME_MS = quick ? 300 : 1500;
/** Cold loads of the start-up figures: on 127.0.0.1, and under Slow 4G. */
const LOADS = quick ? 5 : 20;
const SLOW_LOADS = quick ? 3 : 7;
/**
 * Chrome DevTools' "Slow 4G" as the issue of the start-up target states it: 150 ms round
 * trip, 1.6 Mbps down (and 750 kbps up), through the DevTools protocol.
 */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const log = (message) => console.error(`bench: ${message}`);
const output = (cmd, argv) => {
  try {
    return execFileSync(cmd, argv, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---------------------------------------------------------------------------------------
// Machine

function machine() {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    node: process.version,
    chromium: output(process.env.CHROMIUM ?? "/usr/bin/chromium", ["--version"]),
    rustc: output("rustc", ["--version"]),
  };
}

// ---------------------------------------------------------------------------------------
// Size

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
const measure = (buf) => ({ raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };
const pick = ({ raw, gzip, brotli }) => ({ raw, gzip, brotli });

/** The package's files as published, each measured. */
function publishedFiles() {
  const files = {};
  for (const f of readdirSync(pkg, { recursive: true }).map(String).sort()) {
    if (/\.(js|wasm)$/.test(f) && !f.endsWith(".dev.js")) files[f] = measure(readFileSync(join(pkg, f)));
  }
  return files;
}

/**
 * The esbuild figure: pkg/element.js bundled with code splitting and minified, as the
 * bundler inside Vite does it, plus element_bg.wasm; split into what every shopper
 * downloads ("base"), the words of the line, and the details panel (code and words).
 */
async function esbuildFigure(files) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [join(pkg, "element.js")],
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    outdir: join(out, "esbuild"),
    absWorkingDir: root,
    logLevel: "silent",
  });
  const chunks = result.outputFiles.map((o) => {
    const meta = result.metafile.outputs[relative(root, o.path)] ?? {};
    const inputs = Object.keys(meta.inputs ?? {}).map((p) => relative("pkg", p));
    const line = inputs.find((p) => /^locales\/[a-z]{2}\/line\.js$/.test(p));
    const words = inputs.find((p) => /^locales\/[a-z]{2}\/details\.js$/.test(p));
    const part = line ? "line" : words ? "details-words" : inputs.includes("details.js") ? "details" : "base";
    return {
      file: relative(out, o.path),
      inputs,
      part,
      locale: line ?? words ?? null,
      ...measure(Buffer.from(o.contents)),
    };
  });
  const of = (part) => chunks.filter((c) => c.part === part);
  const worst = (list) => list.reduce((a, b) => (a.gzip >= b.gzip ? a : b));
  const js = of("base").reduce(add, ZERO);
  const line = worst(of("line"));
  const wasm = files["element_bg.wasm"];
  const total = add(add(wasm, js), line);
  const details = add(of("details").reduce(add, ZERO), worst(of("details-words")));
  return { wasm, js, line: { file: line.locale, ...pick(line) }, total, details, opened: add(total, details), chunks };
}

/** Builds the bench's storefront (benches/vite-app/) with Vite, the package as its dependency. */
function viteBuild() {
  const app = join(out, "vite-app");
  rmSync(app, { recursive: true, force: true });
  cpSync(join(root, "benches/vite-app"), app, { recursive: true });
  cpSync(pkg, join(app, "node_modules/checkout-footprint"), { recursive: true });
  execFileSync(join(root, "node_modules/.bin/vite"), ["build"], { cwd: app, stdio: ["ignore", "ignore", "inherit"] });
  return join(app, "dist");
}

/**
 * Where each file of the Vite build came from, by its manifest: "package" (a module of
 * checkout-footprint), "vite" (Vite's preload helper, there for the package's dynamic
 * imports) or "storefront" (the page's own code, which any storefront has anyway).
 */
function origins(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
  const origin = {};
  for (const [key, entry] of Object.entries(manifest)) {
    const kind = entry.src?.startsWith("node_modules/checkout-footprint/")
      ? "package"
      : key.startsWith("_preload-helper")
        ? "vite"
        : "storefront";
    origin[`/${entry.file}`] = kind;
  }
  return origin;
}

/**
 * What Chromium downloads from the Vite build of `page` until the first footprint, and
 * then when the shopper opens the details: every response but the page itself, each
 * body measured (gzip -9, whatever the server sent), by origin (see `origins`). The
 * package's download is what the package and Vite's preload helper weigh.
 */
async function downloads(browser, server, dist, page_, lang) {
  const origin = origins(dist);
  const { page, problems } = await openPage(browser.context);
  const got = [];
  page.on("response", async (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".html")) return;
    try {
      got.push({ path, origin: origin[path] ?? "storefront", ...measure(await r.body()) });
    } catch {
      // A response without a body (a redirect): nothing downloaded.
    }
  });
  await page.goto(`${server.url}/${page_}?lang=${lang}`);
  await page.waitForFunction(() => window.startup !== undefined, null, { timeout: 30_000, polling: 100 });
  await page.waitForLoadState("networkidle");
  const before = [...got];
  await page.locator("#cf").locator("summary").click();
  await page.waitForFunction(() => document.getElementById("cf").shadowRoot.querySelector(".shipment") !== null);
  await page.waitForLoadState("networkidle");
  const after = got.slice(before.length);
  await page.close();
  if (problems.length) throw new Error(`${page_}: ${problems.join("; ")}`);
  const ours = (list) => list.filter((r) => r.origin !== "storefront");
  return {
    before,
    after,
    total: ours(before).reduce(add, ZERO),
    storefront: before.filter((r) => r.origin === "storefront").reduce(add, ZERO),
    details: ours(after).reduce(add, ZERO),
  };
}

async function sizes(browser, dist) {
  const files = publishedFiles();
  const esbuild = await esbuildFigure(files);
  const server = await serve({ root: dist });
  try {
    // Every language: English's words are in the element's file, the others' are fetched.
    const languages = readdirSync(join(pkg, "locales"));
    const element = {};
    for (const lang of languages) element[lang] = await downloads(browser, server, dist, "index.html", lang);
    const largest = languages.reduce((a, b) => (element[a].total.gzip >= element[b].total.gzip ? a : b));
    const vite = {
      languages,
      element: element.en,
      largest: { lang: largest, element: element[largest].total },
      options: await downloads(browser, server, dist, "options.html", largest),
    };
    return {
      files,
      esbuild,
      vite,
      budget: {
        bytes: BUDGET_BYTES,
        figure:
          "what Chromium downloads of the package from a storefront's Vite production build (the element, " +
          "no per-option figures) until the first footprint, gzip -9, the largest language, Vite's preload " +
          "helper included (the page's own code is not); the details panel, fetched when a shopper is about " +
          "to open it, and the per-option figures, which only some storefronts use, are reported beside it",
        gzip: vite.largest.element.gzip,
        within: vite.largest.element.gzip <= BUDGET_BYTES,
      },
    };
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------
// Native (criterion)

function native() {
  log("native: cargo bench --bench estimate (criterion)");
  const args = ["bench", "--bench", "estimate", "--", "--noplot"];
  if (quick) args.push("--warm-up-time", "0.2", "--measurement-time", "0.5");
  const text = execFileSync("cargo", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  writeFileSync(join(out, "native.log"), text);
  const estimates = (id) => {
    const e = JSON.parse(readFileSync(join(root, "target/criterion", id, "new/estimates.json"), "utf8"));
    return { meanNs: e.mean.point_estimate, medianNs: e.median.point_estimate };
  };
  const perCall = Object.fromEntries(SIZES.map((n) => [n, estimates(`estimate/${n}`)]));
  // 10 samples of 100,000 orders each: the median sample, scaled to 1,000,000 orders.
  const many = estimates("estimate_many/100000");
  const checksum = JSON.parse(readFileSync(join(out, "native-checksum.json"), "utf8"));
  const perOrderNs = many.medianNs / 100_000;
  return {
    perCall,
    batch: { orders: 1_000_000, samples: "10 x 100,000", seconds: perOrderNs / 1e3, ordersPerSecond: 1e9 / perOrderNs },
    checksum,
  };
}

// ---------------------------------------------------------------------------------------
// Wasm in Node, and the memory check

async function nodeWasm() {
  log("wasm in Node: estimate() per size, estimateMany");
  const api = await import(pathToFileURL(join(pkg, "node.js")));
  const figures = runWorkload(api, { ms: TIME_MS, batchSize: BATCH });

  // The wasm's linear memory, through the browsers' glue (package.js), which init()
  // returns: the same calls as node.js makes, on an instance whose memory is in reach.
  log(`wasm memory: ${MEMORY_CALLS.toLocaleString("en")} estimate() calls`);
  const glue = await import(pathToFileURL(join(pkg, "package.js")));
  const { memory } = await glue.init({ module_or_path: readFileSync(join(pkg, "checkout_footprint_bg.wasm")) });
  const orders = pool();
  const invalid = { shipments: [{ from: { country: "XX" }, to: { country: "FR" }, items: [] }] };
  const call = (i) => {
    // One call in a hundred is an invalid order: the error path must not leak either.
    if (i % 100 === 99) {
      try {
        glue.estimate(invalid);
      } catch {
        // expected
      }
    } else {
      glue.estimate(orders[i % orders.length]);
    }
  };
  let i = 0;
  for (; i < 1000; i++) call(i);
  const after1k = memory.buffer.byteLength;
  for (; i < MEMORY_CALLS; i++) call(i);
  const afterAll = memory.buffer.byteLength;
  return { ...figures, memory: { after1000: after1k, afterAll, calls: MEMORY_CALLS, grew: afterAll !== after1k } };
}

// ---------------------------------------------------------------------------------------
// Chromium: the same workload, and the start-up

async function workload(browser) {
  const server = await serve();
  try {
    log("wasm in Chromium: estimate() per size, estimateMany");
    const { page, problems } = await openPage(browser.context, `${server.url}/benches/pages/bench.html`);
    await page.waitForFunction(() => window.benchReady === true);
    const figures = await page.evaluate((options) => window.runBench(options), { ms: TIME_MS, batchSize: BATCH });
    await page.close();
    if (problems.length) throw new Error(`bench page: ${problems.join("; ")}`);
    return figures;
  } finally {
    await server.close();
  }
}

/**
 * One cold load of the Vite build's page at `url`: its start-up times, and the requests
 * before the first footprint in waves of sequential round trips, by their timing: a
 * request that starts after another has ended comes a wave after it (the page is wave
 * 1, what its parsing requests wave 2, what those modules import wave 3, and so on).
 */
async function coldLoad(browser, url, conditions) {
  const { page, problems } = await openPage(browser.context);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (conditions) await cdp.send("Network.emulateNetworkConditions", conditions);
  await page.goto(url);
  // Polled every 100 ms rather than every frame, so that the wait costs the page nothing.
  await page.waitForFunction(() => window.startup !== undefined, null, { timeout: 60_000, polling: 100 });
  const startup = await page.evaluate(() => window.startup);
  const timings = await page.evaluate(() => {
    const shown = performance.getEntriesByName("cf-rendered")[0].startTime;
    const page = performance.getEntriesByType("navigation")[0];
    return [{ name: page.name, startTime: 0, responseEnd: page.responseEnd }].concat(
      performance
        .getEntriesByType("resource")
        .filter((e) => e.responseEnd <= shown)
        .map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd })),
    );
  });
  // Where the time goes, from the import: the element's file arrives; the element runs
  // and asks for its .wasm; the .wasm arrives; compiled, estimated and rendered.
  const marks = await page.evaluate(() => ({
    imported: performance.getEntriesByName("cf-import")[0].startTime,
    rendered: performance.getEntriesByName("cf-rendered")[0].startTime,
  }));
  const element = timings.find((t) => /\/assets\/element-[^/]*\.js$/.test(t.name));
  const wasm = timings.find((t) => t.name.endsWith(".wasm"));
  const phases = element &&
    wasm && {
      elementFileMs: element.responseEnd - marks.imported,
      elementRunsMs: wasm.startTime - element.responseEnd,
      wasmFileMs: wasm.responseEnd - wasm.startTime,
      wasmToFigureMs: marks.rendered - wasm.responseEnd,
    };
  const requests = [];
  for (const t of timings.sort((a, b) => a.startTime - b.startTime)) {
    const after = requests.filter((r) => r.responseEnd <= t.startTime);
    requests.push({ ...t, path: new URL(t.name).pathname, wave: 1 + Math.max(0, ...after.map((r) => r.wave)) });
  }
  await page.close();
  if (problems.length) throw new Error(`start-up page: ${problems.join("; ")}`);
  return {
    ...startup,
    phases,
    roundTrips: Math.max(...requests.map((r) => r.wave)),
    requests: requests.map(({ path, wave }) => ({ path, wave })),
  };
}

async function startups(browser, dist) {
  // scripts/serve.mjs in a process of its own, as a real server is: in this one it would
  // share the event loop with the browser's driver.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/index.html`;
  const args = ["--port", String(port), "--gzip", "--root", dist];
  const server = await startServer(join(root, "scripts/serve.mjs"), args, root, url);
  try {
    const series = async (count, conditions) => {
      const loads = [];
      for (let i = 0; i < count; i++) loads.push(await coldLoad(browser, url, conditions));
      const ms = (key) => {
        const xs = loads.map((l) => l[key]);
        return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
      };
      const phase = (key) => median(loads.map((l) => l.phases?.[key] ?? NaN));
      return {
        loads: count,
        phasesMs: Object.fromEntries(
          ["elementFileMs", "elementRunsMs", "wasmFileMs", "wasmToFigureMs"].map((k) => [k, phase(k)]),
        ),
        importToRenderedMs: ms("importToRenderedMs"),
        importToFrameMs: ms("importToFrameMs"),
        navigationToRenderedMs: ms("navigationToRenderedMs"),
        roundTrips: loads[0].roundTrips,
        requests: loads[0].requests,
        shown: loads[0].text,
      };
    };
    log(`start-up, Vite build, 127.0.0.1: ${LOADS} cold loads`);
    const local = await series(LOADS);
    log(`start-up, Vite build, Slow 4G: ${SLOW_LOADS} cold loads`);
    const slow = await series(SLOW_LOADS, SLOW_4G);
    return {
      cache: "HTTP cache disabled through the DevTools protocol, a new page per load, answers gzipped",
      local,
      slow4g: { conditions: SLOW_4G, ...slow },
    };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------
// Report

const kb = (bytes) => (bytes / 1000).toFixed(1);
const us = (ns) => (ns / 1000).toFixed(2);
const rate = (perSecond) => Math.round(perSecond).toLocaleString("en");

function markdown(r) {
  const { size } = r;
  const row = (name, m) => `| ${name} | ${kb(m.raw)} | ${kb(m.gzip)} | ${kb(m.brotli)} |`;
  const lines = [];
  lines.push("# checkout-footprint: `make bench`", "");
  lines.push(`${r.date}. ${r.quick ? "**Quick run (--quick): shorter timings and batches.**" : ""}`.trim(), "");
  lines.push("## Machine", "");
  lines.push("| | |", "|---|---|");
  lines.push(`| CPU | ${r.machine.cpu} |`, `| cores | ${r.machine.cores} |`, `| Node | ${r.machine.node} |`);
  lines.push(`| Chromium | ${r.machine.chromium} |`, `| rustc | ${r.machine.rustc} |`, "");

  lines.push("## Size", "");
  const verdict = size.budget.within ? "within" : "**OVER**";
  lines.push(
    `Budget: ${kb(size.budget.bytes)} KB gzip (1 KB = 1,000 bytes), compared with ${size.budget.figure}: ` +
      `**${kb(size.budget.gzip)} KB**, ${verdict} the budget.`,
    "",
  );
  const v = size.vite;
  lines.push(
    "What Chromium downloads from the Vite production build of benches/vite-app/ (KB, every body measured):",
    "",
  );
  lines.push("| | raw | gzip -9 | brotli |", "|---|---:|---:|---:|");
  for (const f of v.element.before) lines.push(row(`element page: ${f.path} (${f.origin})`, f));
  lines.push(row("**element page, the package's download until the first footprint (English)**", v.element.total));
  lines.push(row(`**the same, the largest language (${v.largest.lang})**`, v.largest.element));
  for (const f of v.element.after) lines.push(row(`details opened: ${f.path} (${f.origin})`, f));
  lines.push(row("details opened, in all", v.element.details));
  lines.push(
    row(`page with a figure per delivery option, until the first footprint (${v.largest.lang})`, v.options.total),
  );
  const e = size.esbuild;
  lines.push(
    "",
    "The esbuild figure (pkg/element.js bundled with splitting and minified, plus element_bg.wasm), KB:",
    "",
  );
  lines.push("| | raw | gzip -9 | brotli |", "|---|---:|---:|---:|");
  lines.push(row("element_bg.wasm", e.wasm));
  lines.push(row("JS every shopper downloads (element, glue)", e.js));
  lines.push(row(`words of the line, largest language (${e.line.file})`, e.line));
  lines.push(row("**total**", e.total));
  lines.push(row("details panel: code and words, largest language", e.details));
  lines.push(row("total, details opened", e.opened));
  lines.push("", "Per file, as published (KB):", "", "| file | raw | gzip -9 | brotli |", "|---|---:|---:|---:|");
  for (const [f, m] of Object.entries(size.files)) lines.push(row(f, m));
  lines.push("");

  const n = r.native;
  const ratio = (side, k) => (side.perCall[k].nsPerCall / n.perCall[k].medianNs).toFixed(1);
  lines.push("## Time per estimate", "");
  lines.push(
    "Native: the model from the order's untyped value (`read_order` + `estimate`, criterion median). " +
      "Wasm: one `estimate(order)` call of the package, JS object in and out (median of timed rounds).",
    "",
  );
  lines.push(
    "| shipments | native µs | Node wasm µs | × native | Chromium wasm µs | × native |",
    "|---:|---:|---:|---:|---:|---:|",
  );
  for (const k of SIZES) {
    lines.push(
      `| ${k} | ${us(n.perCall[k].medianNs)} | ${us(r.node.perCall[k].nsPerCall)} | ${ratio(r.node, k)} | ` +
        `${us(r.chromium.perCall[k].nsPerCall)} | ${ratio(r.chromium, k)} |`,
    );
  }
  lines.push("", "## Batch throughput (one core)", "");
  lines.push(
    `Generated orders (1 to 3 shipments, a pool of ${POOL} cycled); native: \`Totals::add_order\` per order; wasm: one \`estimateMany\` call.`,
    "",
  );
  lines.push("| | orders | seconds | orders/s |", "|---|---:|---:|---:|");
  lines.push(
    `| native | ${n.batch.orders.toLocaleString("en")} | ${n.batch.seconds.toFixed(2)} | ${rate(n.batch.ordersPerSecond)} |`,
  );
  for (const [name, side] of [
    ["Node wasm", r.node],
    ["Chromium wasm", r.chromium],
  ]) {
    lines.push(
      `| ${name} | ${side.batch.orders.toLocaleString("en")} | ${side.batch.seconds.toFixed(2)} | ${rate(side.batch.ordersPerSecond)} |`,
    );
  }
  lines.push(
    "",
    `Same orders on both sides: the pool's total is ${n.checksum.co2eKg} kg natively, ` +
      `${r.node.checksum.co2eKg} kg in Node, ${r.chromium.checksum.co2eKg} kg in Chromium.`,
    "",
  );
  const s = r.startup;
  const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : "n/a");
  const times = (x) =>
    `median **${x.importToRenderedMs.median.toFixed(1)} ms** (min ${x.importToRenderedMs.min.toFixed(1)}, ` +
    `max ${x.importToRenderedMs.max.toFixed(1)}); to the next frame ${x.importToFrameMs.median.toFixed(1)} ms; ` +
    `from navigation ${x.navigationToRenderedMs.median.toFixed(1)} ms`;
  lines.push("## Start-up in Chromium", "");
  lines.push(
    `The Vite build's element page (benches/vite-app/index.html), from \`import("checkout-footprint/element")\` to ` +
      `the first footprint rendered (its first \`footprintchange\`); ${s.cache}.`,
    "",
    `- 127.0.0.1, ${s.local.loads} cold loads: ${times(s.local)}.`,
    `- Slow 4G (${s.slow4g.conditions.latency} ms round trip, ${(s.slow4g.conditions.downloadThroughput * 8) / 1e6} Mbps down), ` +
      `${s.slow4g.loads} cold loads: ${times(s.slow4g)}.`,
    `- Where the time goes (medians, 127.0.0.1 / Slow 4G, ms): the element's file arrives ` +
      `${fmt(s.local.phasesMs.elementFileMs)} / ${fmt(s.slow4g.phasesMs.elementFileMs)}; it runs and asks for its .wasm ` +
      `${fmt(s.local.phasesMs.elementRunsMs)} / ${fmt(s.slow4g.phasesMs.elementRunsMs)}; the .wasm arrives ` +
      `${fmt(s.local.phasesMs.wasmFileMs)} / ${fmt(s.slow4g.phasesMs.wasmFileMs)}; compiled, estimated and rendered ` +
      `${fmt(s.local.phasesMs.wasmToFigureMs)} / ${fmt(s.slow4g.phasesMs.wasmToFigureMs)}.`,
    `- Sequential round trips before the first footprint, the page included (by timing, on 127.0.0.1): **${s.local.roundTrips}**: ` +
      [...new Set(s.local.requests.map((q) => q.wave))]
        .sort()
        .map(
          (w) =>
            `${w}. ${s.local.requests
              .filter((q) => q.wave === w)
              .map((q) => q.path)
              .join(", ")}`,
        )
        .join("; ") +
      ".",
    "",
  );
  const m = r.node.memory;
  lines.push("## Memory", "");
  lines.push(
    `Wasm linear memory in Node after 1,000 \`estimate()\` calls: ${m.after1000.toLocaleString("en")} bytes; ` +
      `after ${m.calls.toLocaleString("en")}: ${m.afterAll.toLocaleString("en")} bytes ` +
      `(${m.grew ? "**GREW**" : "unchanged: nothing leaks across the boundary"}). One call in a hundred is an invalid order.`,
    "",
  );
  return lines.join("\n");
}

async function main() {
  if (!existsSync(join(pkg, "checkout_footprint_bg.wasm"))) throw new Error("pkg/ is not built: run `make pkg`");
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const report = { date: new Date().toISOString(), quick, machine: machine() };
  log("size: a storefront's Vite build");
  const dist = viteBuild();
  const browser = await launch();
  try {
    report.size = await sizes(browser, dist);
    report.startup = await startups(browser, dist);
    report.chromium = await workload(browser);
  } finally {
    await browser.close();
  }
  report.native = native();
  report.node = await nodeWasm();
  report.seconds = (performance.now() - started) / 1000;
  writeFileSync(join(out, "report.json"), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(join(out, "report.md"), markdown(report) + "\n");
  console.log(markdown(report));
  console.log(`\nbench: wrote target/bench/report.md and report.json in ${report.seconds.toFixed(0)} s`);
  const failures = [];
  if (!report.size.budget.within) {
    failures.push(`size ${kb(report.size.budget.gzip)} KB gzip is over the ${kb(BUDGET_BYTES)} KB budget`);
  }
  if (report.node.memory.grew) failures.push("wasm memory grew between 1,000 and all estimate() calls");
  const checks = [report.node.checksum.co2eKg, report.chromium.checksum.co2eKg];
  if (checks.some((c) => Math.abs(c - report.native.checksum.co2eKg) > 1e-9 * Math.abs(c))) {
    failures.push("native and wasm did not see the same orders (checksums differ)");
  }
  for (const f of failures) console.error(`bench: FAIL: ${f}`);
  process.exit(failures.length ? 1 : 0);
}

await main();
