#!/usr/bin/env node
// `make bench`: size, start-up, cost per estimate and batch throughput, side by side,
// into target/bench/report.md and target/bench/report.json.
//
//   node scripts/bench.mjs                  (after `make pkg`; `make bench` does both)
//   BENCH_QUICK=1 node scripts/bench.mjs    shorter timings and batches, for trying it out
//
// Exits non-zero when the download is over the size budget (see BUDGET_BYTES) or when
// the wasm memory grows between 1,000 and 1,000,000 estimate() calls. The tests never
// time anything; only this does.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { launch, openPage, serve } from "../tests/js/lib/browser.mjs";
import { POOL, SIZES, pool, runWorkload } from "../tests/js/pages/bench-workload.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const out = join(root, "target/bench");
// An environment variable, not a flag: scripts/serve.mjs (imported through the browser
// helpers) reads the command line as its own.
const quick = process.env.BENCH_QUICK === "1";

/** What a shopper may download, gzip -9, in bytes (1 KB = 1,000 bytes). */
const BUDGET_BYTES = 40_000;
/** Orders per batch, and estimate() calls of the memory check. */
const BATCH = quick ? 100_000 : 1_000_000;
const MEMORY_CALLS = quick ? 100_000 : 1_000_000;
/** Milliseconds of timing per estimate() size. */
const TIME_MS = quick ? 300 : 1500;
/** Cold loads of the start-up figure. */
const LOADS = quick ? 5 : 20;

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

/** The package-relative paths of the modules `file` imports, statically and dynamically. */
function imports(file) {
  const text = readFileSync(join(pkg, file), "utf8");
  const found = { static: [], dynamic: [] };
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*["'](\.[^"']+)["']|^\s*import\s*["'](\.[^"']+)["']/gm)) {
    found.static.push(join(dirname(file), m[1] ?? m[2]));
  }
  for (const m of text.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)) found.dynamic.push(join(dirname(file), m[1]));
  return found;
}

/** `entry` and every module it imports statically, transitively. */
function staticGraph(entry) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    imports(f).static.forEach(visit);
  };
  visit(entry);
  return [...seen];
}

/** A language's words: those of the line, and those of the details panel. */
const LINE_WORDS = /^element-strings-[a-z]{2}\.js$/;
const DETAILS_WORDS = /^element-details-[a-z]{2}\.js$/;

async function sizes() {
  const wasmFile = "checkout_footprint_bg.wasm";
  const wasm = measure(readFileSync(join(pkg, wasmFile)));
  // What the browser loads: the element's static graph; then, on connection, the
  // package (index.js and its static graph: the glue and the error snippet), the .wasm
  // and the words of the line in the page's language. Only when the shopper is about to
  // open the details: the panel's code (element-details.js and its static graph) and
  // its words in that language.
  const element = staticGraph("element.js");
  const locales = readdirSync(pkg).filter((f) => LINE_WORDS.test(f));
  const detailsLocales = readdirSync(pkg).filter((f) => DETAILS_WORDS.test(f));
  const dynamic = imports("element.js").dynamic.concat(...element.map((f) => imports(f).dynamic));
  const glue = staticGraph("index.js");
  const details = staticGraph("element-details.js");
  if (!dynamic.includes("index.js")) throw new Error("element.js no longer imports ./index.js");
  if (!dynamic.includes("element-details.js")) throw new Error("element.js no longer imports ./element-details.js");
  if (!locales.includes("element-strings-en.js")) throw new Error("no element-strings-en.js");
  const files = {};
  for (const f of [...glue, ...element, ...locales, ...details, ...detailsLocales]) files[f] = measure(readFileSync(join(pkg, f)));
  files[wasmFile] = wasm;
  const sum = (list) => list.reduce((acc, f) => add(acc, files[f]), ZERO);
  const largest = (list) => list.reduce((a, b) => (files[a].gzip >= files[b].gzip ? a : b));
  const largestLocale = largest(locales);
  const largestDetailsLocale = largest(detailsLocales);
  const base = add(wasm, add(sum(glue), sum(element)));
  const published = {
    glue: sum(glue),
    element: sum(element),
    locale: { file: largestLocale, ...files[largestLocale] },
    english: add(base, files["element-strings-en.js"]),
    largestLocale: add(base, files[largestLocale]),
    details: { files: [...details, largestDetailsLocale], ...add(sum(details), files[largestDetailsLocale]) },
  };

  // As a bundler ships it: esbuild (the bundler inside Vite) bundles the element with
  // code splitting and minifies; the chunks are what a storefront serves.
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
    outdir: join(out, "minified"),
    absWorkingDir: root,
    logLevel: "silent",
  });
  const chunks = result.outputFiles.map((o) => {
    const meta = result.metafile.outputs[relative(root, o.path)] ?? {};
    const inputs = Object.keys(meta.inputs ?? {}).map((p) => relative("pkg", p));
    const locale = inputs.find((p) => LINE_WORDS.test(p));
    const detailsLocale = inputs.find((p) => DETAILS_WORDS.test(p));
    // "line": the words of the line; "details": the panel's code; "details-words": its
    // words; "base": everything else, which every shopper downloads.
    const part = locale ? "line" : detailsLocale ? "details-words" : inputs.includes("element-details.js") ? "details" : "base";
    const lang = locale ?? detailsLocale ?? null;
    return { file: relative(out, o.path), inputs, part, locale: lang, ...measure(Buffer.from(o.contents)) };
  });
  const of = (part) => chunks.filter((c) => c.part === part);
  const worstOf = (list) => list.reduce((a, b) => (a.gzip >= b.gzip ? a : b), { ...ZERO, locale: null });
  const js = of("base").reduce(add, ZERO);
  const worst = worstOf(of("line"));
  const english = of("line").find((c) => c.locale === "element-strings-en.js");
  if (!english) throw new Error("no chunk holds element-strings-en.js");
  const detailsWorst = worstOf(of("details-words"));
  const detailsCode = of("details").reduce(add, ZERO);
  const minified = {
    js,
    locale: { file: worst.locale, raw: worst.raw, gzip: worst.gzip, brotli: worst.brotli },
    english: add(add(wasm, js), english),
    largestLocale: add(add(wasm, js), worst),
    details: { code: detailsCode, words: { file: detailsWorst.locale, ...pick(detailsWorst) }, ...add(detailsCode, detailsWorst) },
    chunks,
  };
  minified.opened = add(minified.largestLocale, minified.details);
  return {
    files,
    wasm,
    published,
    minified,
    budget: {
      bytes: BUDGET_BYTES,
      figure:
        "minified (esbuild bundle, as a bundler ships it), gzip -9, .wasm + JS, the largest language: " +
        "what every shopper downloads (the details panel's code and words, fetched when a shopper " +
        "is about to open it, are reported beside it)",
      gzip: minified.largestLocale.gzip,
      within: minified.largestLocale.gzip <= BUDGET_BYTES,
    },
  };
}

const pick = ({ raw, gzip, brotli }) => ({ raw, gzip, brotli });

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

  // The wasm's linear memory, read through the glue: initSync returns the instance's
  // exports (the instance node.js already made) without instantiating again.
  log(`wasm memory: ${MEMORY_CALLS.toLocaleString("en")} estimate() calls`);
  const glue = await import(pathToFileURL(join(pkg, "checkout_footprint.js")));
  const { memory } = glue.initSync({ module: readFileSync(join(pkg, "checkout_footprint_bg.wasm")) });
  const orders = pool();
  const invalid = { shipments: [{ from: { country: "XX" }, to: { country: "FR" }, items: [] }] };
  const call = (i) => {
    // One call in a hundred is an invalid order: the error path must not leak either.
    if (i % 100 === 99) {
      try {
        api.estimate(invalid);
      } catch {
        // expected
      }
    } else {
      api.estimate(orders[i % orders.length]);
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

async function chromium() {
  const browser = await launch();
  const server = await serve();
  try {
    log("wasm in Chromium: estimate() per size, estimateMany");
    const { page, problems } = await openPage(browser.context, `${server.url}/tests/js/pages/bench.html`);
    await page.waitForFunction(() => window.benchReady === true);
    const figures = await page.evaluate((options) => window.runBench(options), { ms: TIME_MS, batchSize: BATCH });
    await page.close();
    if (problems.length) throw new Error(`bench page: ${problems.join("; ")}`);

    log(`start-up in Chromium: ${LOADS} cold loads`);
    const loads = [];
    for (let i = 0; i < LOADS; i++) {
      const { page, problems } = await openPage(browser.context);
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await page.goto(`${server.url}/tests/js/pages/bench-startup.html`);
      await page.waitForFunction(() => window.startup !== undefined, null, { timeout: 30_000 });
      loads.push(await page.evaluate(() => window.startup));
      await page.close();
      if (problems.length) throw new Error(`start-up page: ${problems.join("; ")}`);
    }
    const pick = (key) => loads.map((l) => l[key]);
    const startup = {
      loads: LOADS,
      cache: "HTTP cache disabled through the DevTools protocol, a new page per load",
      importToRenderedMs: { median: median(pick("importToRenderedMs")), min: Math.min(...pick("importToRenderedMs")), max: Math.max(...pick("importToRenderedMs")) },
      importToFrameMs: { median: median(pick("importToFrameMs")) },
      navigationToRenderedMs: { median: median(pick("navigationToRenderedMs")) },
      shown: loads[0].text,
    };
    return { ...figures, startup };
  } finally {
    await server.close();
    await browser.close();
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
  lines.push(`${r.date}. ${r.quick ? "**Quick run (BENCH_QUICK=1): shorter timings and batches.**" : ""}`.trim(), "");
  lines.push("## Machine", "");
  lines.push("| | |", "|---|---|");
  lines.push(`| CPU | ${r.machine.cpu} |`, `| cores | ${r.machine.cores} |`, `| Node | ${r.machine.node} |`);
  lines.push(`| Chromium | ${r.machine.chromium} |`, `| rustc | ${r.machine.rustc} |`, "");

  lines.push("## Size", "");
  const verdict = size.budget.within ? "within" : "**OVER**";
  lines.push(
    `Budget: ${kb(size.budget.bytes)} KB gzip (1 KB = 1,000 bytes), compared with the ${size.budget.figure}: ` +
      `**${kb(size.budget.gzip)} KB**, ${verdict} the budget.`,
    "",
  );
  lines.push("What a shopper downloads (KB):", "");
  lines.push("| | raw | gzip -9 | brotli |", "|---|---:|---:|---:|");
  lines.push(row(".wasm", size.wasm));
  lines.push(row("JS, minified bundle (element, package, glue)", size.minified.js));
  lines.push(row(`JS, minified, words of the line, largest language (${size.minified.locale.file})`, size.minified.locale));
  lines.push(row("**total, minified, English**", size.minified.english));
  lines.push(row("**total, minified, largest language (the budget figure)**", size.minified.largestLocale));
  lines.push(row("details panel, minified: code (element-details.js, element-bar.js)", size.minified.details.code));
  lines.push(row(`details panel, minified: words, largest language (${size.minified.details.words.file})`, size.minified.details.words));
  lines.push(row("total, minified, largest language, details opened", size.minified.opened));
  lines.push(row("JS glue as published (checkout_footprint.js, index.js, error snippet)", size.published.glue));
  lines.push(row("element as published (element*.js it imports)", size.published.element));
  lines.push(row(`words of the line as published, largest language (${size.published.locale.file})`, size.published.locale));
  lines.push(row("total as published, English", size.published.english));
  lines.push(row("total as published, largest language", size.published.largestLocale));
  lines.push(row(`details panel as published (${size.published.details.files.join(", ")})`, size.published.details));
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
  lines.push("| shipments | native µs | Node wasm µs | × native | Chromium wasm µs | × native |", "|---:|---:|---:|---:|---:|---:|");
  for (const k of SIZES) {
    lines.push(
      `| ${k} | ${us(n.perCall[k].medianNs)} | ${us(r.node.perCall[k].nsPerCall)} | ${ratio(r.node, k)} | ` +
        `${us(r.chromium.perCall[k].nsPerCall)} | ${ratio(r.chromium, k)} |`,
    );
  }
  lines.push("", "## Batch throughput (one core)", "");
  lines.push(`Generated orders (1 to 3 shipments, a pool of ${POOL} cycled); native: \`Totals::add_order\` per order; wasm: one \`estimateMany\` call.`, "");
  lines.push("| | orders | seconds | orders/s |", "|---|---:|---:|---:|");
  lines.push(`| native | ${n.batch.orders.toLocaleString("en")} | ${n.batch.seconds.toFixed(2)} | ${rate(n.batch.ordersPerSecond)} |`);
  for (const [name, side] of [["Node wasm", r.node], ["Chromium wasm", r.chromium]]) {
    lines.push(`| ${name} | ${side.batch.orders.toLocaleString("en")} | ${side.batch.seconds.toFixed(2)} | ${rate(side.batch.ordersPerSecond)} |`);
  }
  lines.push(
    "",
    `Same orders on both sides: the pool's total is ${n.checksum.co2eKg} kg natively, ` +
      `${r.node.checksum.co2eKg} kg in Node, ${r.chromium.checksum.co2eKg} kg in Chromium.`,
    "",
  );
  const s = r.chromium.startup;
  lines.push("## Start-up in Chromium", "");
  lines.push(
    `From \`import("checkout-footprint/element")\` to the first footprint rendered (its first \`footprintchange\`), ` +
      `${s.loads} cold loads (${s.cache}): median **${s.importToRenderedMs.median.toFixed(1)} ms** ` +
      `(min ${s.importToRenderedMs.min.toFixed(1)}, max ${s.importToRenderedMs.max.toFixed(1)}); to the next frame ` +
      `${s.importToFrameMs.median.toFixed(1)} ms; from navigation ${s.navigationToRenderedMs.median.toFixed(1)} ms. ` +
      `Served from 127.0.0.1, so network time is nearly nil.`,
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
  log("size");
  report.size = await sizes();
  report.native = native();
  report.node = await nodeWasm();
  report.chromium = await chromium();
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
