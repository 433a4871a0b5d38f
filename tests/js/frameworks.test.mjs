// A frontend developer's first hour, in Chromium, from the packed tarball: dev servers
// with no configuration (Vite 7, Vite 8, webpack-dev-server); the README's plain page,
// Content-Security-Policy and charging recipes verbatim; React 19 server rendering and
// hydration; and the Custom Elements Manifest against the live elements.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launch, openPage, serve } from "./lib/browser.mjs";
import { BIN, freePort, packTarball, project, ROOT, SCRATCH, snippet, startServer, timed } from "./lib/package.mjs";

let tarball, browser, site;

before(async () => {
  tarball = packTarball("frameworks-browser");
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** An empty project with the tarball installed, its root served as a site (pages are added to it). */
function recipes() {
  if (!site) {
    site = project("recipes", tarball);
    // A site has its icon: the README's pages do not name one, so Chromium asks for this.
    writeFileSync(join(site, "favicon.ico"), "");
  }
  return site;
}

/** The package as the scratch projects have it, loaded in Node. */
const nodePackage = () => import(join(recipes(), "node_modules/checkout-footprint/node.js"));

/** Waits until the page's first <checkout-footprint> shows a footprint; returns what it shows. */
async function footprintShown(page, selector = "checkout-footprint") {
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector(s);
      return el?.footprint && el.shadowRoot.querySelector(".card")?.dataset.state === "ready";
    },
    selector,
    { timeout: 30_000 },
  );
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    return { footprint: el.footprint, value: el.shadowRoot.querySelector("[part=value]").textContent };
  }, selector);
}

// 1. Dev servers, with no configuration for the package.

/** The order of tests/package/dev-server/main.js. */
const DEV_ORDER = {
  shipments: [
    {
      id: "seller-17",
      from: { country: "FR", lat: 45.76, lon: 4.84 },
      to: { country: "DE" },
      service: "standard",
      items: [{ category: "smartphone", quantity: 1 }],
    },
  ],
};

let devProject = null;
/** A fresh copy of the dev-server app with the tarball installed (installed once). */
function devApp(name) {
  devProject ??= project("dev-server", tarball, "dev-server");
  const dir = join(SCRATCH, name);
  cpSync(devProject, dir, { recursive: true });
  return dir;
}

/** Opens the dev-server app and checks the API, the element and the option element. */
async function checkDevPage(url) {
  const { estimate, estimateServices } = await nodePackage();
  const { page, problems } = await openPage(browser.context, url);
  try {
    await page.waitForFunction(() => window.seen?.footprint || window.seen?.errors.length, null, { timeout: 60_000 });
    const seen = await page.evaluate(() => window.seen);
    assert.deepEqual(seen.errors, []);
    const expected = estimate(DEV_ORDER, { currency: "EUR" });
    assert.deepEqual(seen.api, expected, "the API's estimate in the page is the package's in Node");
    assert.deepEqual(seen.footprint, expected, "footprintchange carries the same estimate");
    await page.waitForFunction(() => {
      const option = document.querySelector("checkout-footprint-option");
      return option.shadowRoot.querySelector(".option")?.dataset.state === "ready";
    });
    const shown = await page.evaluate(() => {
      const el = document.querySelector("checkout-footprint");
      const option = document.querySelector("checkout-footprint-option");
      return {
        state: el.shadowRoot.querySelector(".card").dataset.state,
        value: el.shadowRoot.querySelector("[part=value]").textContent,
        figure: option.shadowRoot.querySelector("[part=figure]").textContent,
        optionKg: option.footprint?.co2eKg,
      };
    });
    assert.equal(shown.state, "ready");
    assert.match(shown.value, /^\d+(\.\d)? k?g\u00a0CO₂e$/);
    assert.match(shown.figure, /\d.*CO₂e/);
    const express = estimateServices(DEV_ORDER, { currency: "EUR" }, ["express"]).services[0];
    assert.equal(shown.optionKg, express.co2eKg, "the option shows the express estimate");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
}

/** Runs a dev server (node script, args) in `dir` on a free port while `check(url)` runs. */
async function withDevServer(t, label, script, args, dir, check, readyPath = "") {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await timed(t, `${label}: server ready`, () =>
    startServer(script, [...args, "--host", "127.0.0.1", "--port", String(port)], dir, url + readyPath),
  );
  try {
    await timed(t, `${label}: page to footprint`, () => check(url));
  } finally {
    await server.stop();
  }
}

for (const [major, bin] of [
  ["7", join(ROOT, "node_modules/vite/bin/vite.js")],
  ["8", join(ROOT, "node_modules/vite8/bin/vite.js")],
]) {
  test(`Vite ${major}: dev server with no configuration, then a production build`, async (t) => {
    const { version } = JSON.parse(readFileSync(join(bin, "../../package.json"), "utf8"));
    assert.equal(version.split(".")[0], major, `${bin} is Vite ${version}`);
    const dir = devApp(`dev-vite${major}`);
    await withDevServer(t, `Vite ${version} dev`, bin, ["--strictPort", "--clearScreen", "false"], dir, checkDevPage);
    if (major === "8") {
      // Vite 7's build is in package.test.mjs; Vite 8's, here.
      await timed(t, "Vite 8 build", () => execFileSync(process.execPath, [bin, "build"], { cwd: dir, stdio: "pipe" }));
      assert.ok(
        readdirSync(join(dir, "dist/assets")).some((f) => f.endsWith(".wasm")),
        "the .wasm is emitted",
      );
      // Served under the README's policy for a bundled page.
      const csp = "script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
      const server = await serve({ root: join(dir, "dist"), csp });
      try {
        await timed(t, "Vite 8 build: page to footprint", () => checkDevPage(`${server.url}/index.html`));
      } finally {
        await server.close();
      }
    }
  });
}

test("webpack-dev-server: no configuration for the package", async (t) => {
  const dir = devApp("dev-webpack");
  const args = ["serve", "--config", "webpack.config.js"];
  await withDevServer(t, "webpack-dev-server", join(BIN, "webpack"), args, dir, checkDevPage, "main.js");
});

// 2. The README's recipes, verbatim.

test("README, a plain page and the option element: the snippets as they are", async () => {
  const dir = recipes();
  const { estimate, estimateServices } = await nodePackage();
  writeFileSync(join(dir, "plain.html"), snippet("plain-page"));
  // The option element's fragment, in a page that maps both names and sets the order.
  const order = DEV_ORDER;
  writeFileSync(
    join(dir, "option.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="importmap">{"imports":{"checkout-footprint/element":"/node_modules/checkout-footprint/element.js",
"checkout-footprint/option":"/node_modules/checkout-footprint/option.js"}}</script></head><body>
${snippet("option")}
<script type="module">document.querySelector("checkout-footprint").order = ${JSON.stringify(order)};</script>
</body></html>\n`,
  );
  const server = await serve({ root: dir });
  try {
    const plain = await openPage(browser.context, `${server.url}/plain.html`);
    const { footprint } = await footprintShown(plain.page);
    const shownOrder = await plain.page.evaluate(() => document.querySelector("checkout-footprint").order);
    assert.deepEqual(footprint, estimate(shownOrder, { currency: "EUR", pricePerTonne: 27 }));
    assert.deepEqual(plain.problems, []);
    await plain.page.close();

    const options = await openPage(browser.context, `${server.url}/option.html`);
    await footprintShown(options.page);
    await options.page.waitForFunction(() =>
      [...document.querySelectorAll("checkout-footprint-option")].every((o) => o.footprint),
    );
    const shown = await options.page.evaluate(() =>
      [...document.querySelectorAll("checkout-footprint-option")].map((o) => ({
        service: o.service,
        co2eKg: o.footprint.co2eKg,
        lowest: o.lowest,
        figure: o.shadowRoot.querySelector("[part=figure]").textContent,
        describes: document.querySelector(`[aria-describedby="${o.id}"]`)?.value,
      })),
    );
    const comparison = estimateServices(order, { currency: "EUR" }, ["standard", "express"]);
    assert.deepEqual(
      shown.map(({ service, co2eKg, lowest, describes }) => ({ service, co2eKg, lowest, describes })),
      comparison.services.map((s) => ({
        service: s.service,
        co2eKg: s.co2eKg,
        lowest: comparison.lowest.includes(s.service),
        describes: s.service,
      })),
    );
    for (const { figure } of shown) assert.match(figure, /^Estimated \d.*CO₂e$/);
    assert.deepEqual(options.problems, []);
    await options.page.close();
  } finally {
    await server.close();
  }
});

/** Opens `path` on `server`, recording every Content-Security-Policy violation from the start. */
async function openRecordingViolations(server, path) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${server.url}${path}`);
  return { page, problems, violations: () => page.evaluate(() => window.violations) };
}

test("README, Content-Security-Policy: the page, module and policy as written; no violation", async (t) => {
  const dir = recipes();
  const html = snippet("csp-page");
  const policy = snippet("csp-policy").trim();
  writeFileSync(join(dir, "csp.html"), html);
  writeFileSync(join(dir, "checkout.js"), snippet("csp-module"));
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, "the policy allows no inline script or eval");
  const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1];
  const hash = createHash("sha256").update(map, "utf8").digest("base64");
  assert.ok(policy.includes(`'sha256-${hash}'`), `the policy lacks the import map's hash 'sha256-${hash}'`);

  const check = async (csp, page, expectWorking) => {
    const server = await serve({ root: dir, csp });
    const opened = await openRecordingViolations(server, page);
    try {
      if (expectWorking) {
        await footprintShown(opened.page);
        // Open the details too: their code and words are modules loaded on demand.
        await opened.page.locator("checkout-footprint summary").click();
        await opened.page.waitForFunction(() =>
          document.querySelector("checkout-footprint").shadowRoot.querySelector("[part=shipment]"),
        );
      } else {
        await opened.page.waitForTimeout(1500);
      }
      return { violations: await opened.violations(), problems: opened.problems, page: opened.page };
    } finally {
      await server.close();
    }
  };

  const ok = await timed(t, "CSP page to footprint", () => check(policy, "/csp.html", true));
  assert.deepEqual(ok.violations, []);
  assert.deepEqual(ok.problems, []);
  await ok.page.close();

  // With a nonce instead of the hash, on the import map and the module script.
  writeFileSync(join(dir, "csp-nonce.html"), html.replaceAll("<script type=", '<script nonce="r4nd0m" type='));
  const nonce = policy.replace(
    /'self' 'wasm-unsafe-eval' 'sha256-[^']+'/,
    "'nonce-r4nd0m' 'strict-dynamic' 'wasm-unsafe-eval'",
  );
  assert.notEqual(nonce, policy);
  const withNonce = await check(nonce, "/csp-nonce.html", true);
  assert.deepEqual([withNonce.violations, withNonce.problems], [[], []]);
  await withNonce.page.close();

  // The listener does see violations: without 'wasm-unsafe-eval', and with a changed map.
  const noWasm = await check(policy.replace(" 'wasm-unsafe-eval'", ""), "/csp.html", false);
  assert.ok(
    noWasm.violations.some((v) => v.startsWith("script-src")),
    JSON.stringify(noWasm.violations),
  );
  assert.equal(
    await noWasm.page.evaluate(
      () => document.querySelector("checkout-footprint").shadowRoot.querySelector(".card").dataset.state,
    ),
    "error",
  );
  await noWasm.page.close();
  writeFileSync(join(dir, "csp-changed.html"), html.replace('{"imports":', '{ "imports":'));
  const changed = await check(policy, "/csp-changed.html", false);
  assert.ok(
    changed.violations.some((v) => v.startsWith("script-src")),
    JSON.stringify(changed.violations),
  );
  assert.equal(await changed.page.evaluate(() => customElements.get("checkout-footprint")), undefined);
  await changed.page.close();
});

test("README, charging: the page's listener and the server's check, as written", async (t) => {
  const dir = recipes();
  writeFileSync(join(dir, "charge.js"), snippet("charge-browser"));
  writeFileSync(join(dir, "contribution.js"), snippet("charge-server"));
  writeFileSync(
    join(dir, "charge.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="importmap">{"imports":{"checkout-footprint/element":"/node_modules/checkout-footprint/element.js"}}</script>
</head><body><checkout-footprint currency="EUR" price-per-tonne="27"></checkout-footprint>
<script type="module">import "checkout-footprint/element";</script>
<script type="module" src="/charge.js"></script></body></html>\n`,
  );
  const { contributionToCharge } = await import(join(dir, "contribution.js"));
  const { estimate, FootprintError } = await nodePackage();
  const options = { currency: "EUR", pricePerTonne: 27 };
  const orderA = DEV_ORDER;
  const orderB = {
    shipments: [
      ...DEV_ORDER.shipments,
      { id: "seller-4", from: { country: "DE" }, to: { country: "DE" }, items: [{ category: "monitor", quantity: 2 }] },
    ],
  };
  const a = estimate(orderA, options);
  const b = estimate(orderB, options);
  assert.notEqual(a.offset.amountMinor, b.offset.amountMinor, "the two orders must cost differently");

  const server = await serve({ root: dir });
  const { page, problems } = await openPage(browser.context);
  const sent = [];
  await page.route("**/cart/contribution", async (route) => {
    assert.equal(route.request().method(), "PUT");
    sent.push(route.request().postDataJSON());
    await route.fulfill({ status: 204 });
  });
  const setOrder = (order) => page.evaluate((o) => (document.querySelector("checkout-footprint").order = o), order);
  const nextSent = async (n) => {
    for (let i = 0; i < 100 && sent.length < n; i++) await page.waitForTimeout(50);
    assert.equal(sent.length, n, JSON.stringify(sent));
    return sent[n - 1];
  };
  try {
    await timed(t, "charging page", async () => {
      await page.goto(`${server.url}/charge.html`);
      await setOrder(orderA);
      await footprintShown(page);
      await page.waitForTimeout(200);
      assert.equal(sent.length, 0, "nothing is sent before the shopper ticks");
      await page.locator("checkout-footprint input[type=checkbox]").check();
      const ticked = await nextSent(1);
      assert.deepEqual(ticked, {
        selected: true,
        amountMinor: a.offset.amountMinor,
        currency: "EUR",
        modelVersion: a.method.modelVersion,
      });

      // The order changes while ticked: the new amount is sent.
      await setOrder(orderB);
      const changed = await nextSent(2);
      assert.deepEqual(changed, { ...ticked, amountMinor: b.offset.amountMinor });

      // The server charges what the shopper last saw, recomputed from the order it holds.
      assert.deepEqual(contributionToCharge(orderB, options, changed), {
        charge: { amountMinor: b.offset.amountMinor, currency: "EUR", modelVersion: b.method.modelVersion },
      });
      // An amount the shopper saw for another cart, or from another model: asked again.
      const confirm = {
        charge: null,
        confirm: { amountMinor: b.offset.amountMinor, currency: "EUR", modelVersion: b.method.modelVersion },
      };
      assert.deepEqual(contributionToCharge(orderB, options, ticked), confirm);
      assert.deepEqual(contributionToCharge(orderB, options, { ...changed, modelVersion: "0.9.0" }), confirm);
      assert.deepEqual(contributionToCharge(orderB, { ...options, pricePerTonne: 30 }, changed).charge, null);
      assert.throws(
        () => contributionToCharge({ shipments: [] }, options, changed),
        (e) => e instanceof FootprintError && e.code === "empty",
      );

      // Unticked: sent, and nothing is charged.
      await page.locator("checkout-footprint input[type=checkbox]").uncheck();
      const unticked = await nextSent(3);
      assert.equal(unticked.selected, false);
      assert.deepEqual(contributionToCharge(orderB, options, unticked), { charge: null });
      assert.deepEqual(contributionToCharge(orderB, options, undefined), { charge: null });
    });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    await server.close();
  }
});

// 3. React 19: server rendering and hydration.

test("React 19: renderToString, then hydrateRoot with the README's component", async (t) => {
  const dir = project("ssr-react", tarball, "ssr-react");
  writeFileSync(join(dir, "src/Hydrated.tsx"), snippet("ssr-react"));
  const rule = snippet("reserve-height").trim();
  const reservedRem = Number(/min-height: ([\d.]+)rem/.exec(rule)?.[1]);
  assert.ok(reservedRem > 0, rule);
  const template = join(dir, "index.html");
  writeFileSync(template, readFileSync(template, "utf8").replace("/* the README's rule */", rule));
  // React's development builds, which report hydration mismatches.
  const env = { ...process.env, NODE_ENV: "development" };
  const vite = join(ROOT, "node_modules/vite/bin/vite.js");
  await timed(t, "Vite build, client and server", () => {
    execFileSync(process.execPath, [vite, "build", "--outDir", "dist/client"], { cwd: dir, env, stdio: "pipe" });
    execFileSync(process.execPath, [vite, "build", "--ssr", "src/entry-server.tsx", "--outDir", "dist/server"], {
      cwd: dir,
      env,
      stdio: "pipe",
    });
  });
  const { render } = await import(join(dir, "dist/server/entry-server.js"));
  const body = render();
  // The server HTML holds the element with its attributes (primitives), and no order.
  assert.match(body, /<checkout-footprint currency="EUR" price-per-tonne="27"><\/checkout-footprint>/, body);
  const html = readFileSync(join(dir, "dist/client/index.html"), "utf8");
  assert.ok(html.includes(rule), "the page carries the README's rule");
  writeFileSync(join(dir, "dist/client/page.html"), html.replace("<!--app-->", body));

  const server = await serve({ root: join(dir, "dist/client") });
  try {
    // Before any script runs, the line's height is reserved.
    const blocked = await browser.context.newPage();
    await blocked.route("**/*.js", (route) => route.abort());
    await blocked.goto(`${server.url}/page.html`);
    const before = await blocked.evaluate(() => {
      const el = document.querySelector("checkout-footprint");
      return { defined: el.matches(":defined"), height: el.getBoundingClientRect().height };
    });
    await blocked.close();
    assert.deepEqual(before, { defined: false, height: reservedRem * 16 });

    const { page } = await openPage(browser.context);
    const messages = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
    await timed(t, "hydration to footprint", async () => {
      await page.goto(`${server.url}/page.html`);
      const { footprint } = await footprintShown(page);
      const { estimate } = await nodePackage();
      const order = await page.evaluate(() => document.querySelector("checkout-footprint").order);
      assert.deepEqual(footprint, estimate(order, { currency: "EUR", pricePerTonne: 27 }));
    });
    const after = await page.evaluate(
      () => document.querySelector("checkout-footprint").getBoundingClientRect().height,
    );
    assert.equal(after, before.height, "the README's rule reserves the element's own height: no layout shift");
    // The listener set in the ref callback reaches React state.
    await page.locator("checkout-footprint input[type=checkbox]").check();
    await page.waitForFunction(() => document.querySelector("#contribution").textContent.startsWith("true "));
    const text = await page.locator("#contribution").textContent();
    const amount = await page.evaluate(() => document.querySelector("checkout-footprint").footprint.offset.amountMinor);
    assert.equal(text, `true ${amount} EUR`);
    assert.deepEqual(await page.evaluate(() => window.recoverableErrors), []);
    assert.deepEqual(messages, [], "no hydration warning, no error");
    await page.close();
  } finally {
    await server.close();
  }
});

// 4. The Custom Elements Manifest (read by IDEs, Storybook, linters) against the elements.

/**
 * The --checkout-footprint-* properties a stylesheet reads: directly, or through the
 * private `--_x: var(--checkout-footprint-y, …)` aliases that its rules use.
 */
function customPropertiesUsed(css) {
  const aliases = new Map();
  for (const [, alias, prop] of css.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--checkout-footprint-[\w-]+)/g)) {
    aliases.set(alias, prop);
  }
  const used = new Set();
  const direct = css.replace(/--_[\w-]+\s*:\s*var\(\s*--checkout-footprint-[\w-]+/g, "");
  for (const [, prop] of direct.matchAll(/var\(\s*(--checkout-footprint-[\w-]+)/g)) used.add(prop);
  for (const [, alias] of css.matchAll(/var\(\s*(--_[\w-]+)\s*\)/g))
    if (aliases.has(alias)) used.add(aliases.get(alias));
  return used;
}

const sorted = (values) => [...new Set(values)].sort();

test("Custom Elements Manifest: tags, attributes, fields, events, parts and custom properties are the elements'", async (t) => {
  const dir = recipes();
  const pkgDir = join(dir, "node_modules/checkout-footprint");
  const { customElements: file } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  assert.equal(file, "custom-elements.json", 'package.json names the manifest ("customElements")');
  const manifest = JSON.parse(readFileSync(join(pkgDir, file), "utf8"));
  const declared = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement).map((decl) => ({ module, decl })),
  );
  assert.deepEqual(sorted(declared.map((d) => d.decl.tagName)), ["checkout-footprint", "checkout-footprint-option"]);
  const mismatches = [];
  // Nothing but what the modules export (a local variable read as a declaration is noise
  // in an IDE's completion).
  for (const module of manifest.modules) {
    const exported = new Set((module.exports ?? []).map((e) => e.declaration?.name));
    const stray = (module.declarations ?? []).filter((d) => !exported.has(d.name)).map((d) => `${d.kind} ${d.name}`);
    if (stray.length > 0) mismatches.push(`${module.path}: declarations it does not export: ${stray.join(", ")}`);
  }
  for (const { module, decl } of declared) {
    const definition = module.exports.find((e) => e.kind === "custom-element-definition");
    assert.deepEqual([definition?.name, definition?.declaration.name], [decl.tagName, decl.name], module.path);
    assert.ok(
      module.exports.some((e) => e.kind === "js" && e.name === decl.name),
      `${module.path} exports ${decl.name}`,
    );
  }

  // The sources: the parts they name, the events they dispatch, the custom properties they read.
  const sources = join(ROOT, "src/js/element");
  const fromSources = {
    "checkout-footprint": { parts: [], events: [] },
    "checkout-footprint-option": { parts: [], events: [] },
  };
  const literalProperties = [];
  for (const name of readdirSync(sources).filter((f) => f.endsWith(".js"))) {
    const text = readFileSync(join(sources, name), "utf8");
    const into = fromSources[name === "option.js" ? "checkout-footprint-option" : "checkout-footprint"];
    for (const [, part] of text.matchAll(/\bnode\(\s*"[^"]*",\s*"[^"]*",\s*"([\w-]+)"\s*\)/g)) into.parts.push(part);
    for (const [, part] of text.matchAll(/setAttribute\(\s*"part",\s*"([\w-]+)"\s*\)/g)) into.parts.push(part);
    for (const [, type] of text.matchAll(/#emit\(\s*"([\w-]+)"/g)) into.events.push(type);
    for (const [, type] of text.matchAll(/new CustomEvent\(\s*"([\w-]+)"/g)) into.events.push(type);
    for (const [, prop] of text.matchAll(/var\(\s*(--checkout-footprint-[\w-]+)/g)) literalProperties.push(prop);
  }

  // The live elements, from the tarball, in Chromium: every event they dispatch while an
  // order is shown, ticked, detailed and made invalid, and every part and stylesheet.
  const server = await serve({ root: dir });
  const { page, problems } = await openPage(browser.context);
  try {
    await page.addInitScript(() => {
      window.dispatched = [];
      const dispatch = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (event) {
        if (event instanceof CustomEvent && this.localName?.startsWith("checkout-footprint")) {
          window.dispatched.push([this.localName, event.type]);
        }
        return dispatch.call(this, event);
      };
    });
    writeFileSync(
      join(dir, "blank.html"),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>\n',
    );
    await page.goto(`${server.url}/blank.html`);
    const modules = declared.map((d) => d.module.path);
    const allProperties = sorted([
      ...literalProperties,
      ...declared.flatMap(({ decl }) => (decl.cssProperties ?? []).map((p) => p.name)),
    ]);
    const live = await timed(t, "manifest: live elements", () =>
      page.evaluate(
        async ({ modules, declared, properties }) => {
          const out = {};
          for (const [i, path] of modules.entries()) {
            const exported = await import(`/node_modules/checkout-footprint/${path}`);
            const { tagName, name, attributes = [] } = declared[i];
            const cls = customElements.get(tagName);
            const accessors = Object.entries(Object.getOwnPropertyDescriptors(cls.prototype))
              .filter(([, d]) => d.get)
              .map(([key, d]) => ({ name: key, readonly: !d.set }));
            // Each attribute shows through its field.
            const probe = document.createElement(tagName);
            const reflected = attributes.map((a) => {
              const sample =
                a.type?.text === "number"
                  ? "30"
                  : a.type?.text === "boolean"
                    ? ""
                    : a.type?.text === "FactorSetName"
                      ? "defra-2025"
                      : "fr";
              probe.setAttribute(a.name, sample);
              return [a.name, a.fieldName, probe[a.fieldName]];
            });
            out[tagName] = {
              sameClass: exported[name] === cls,
              observed: cls.observedAttributes,
              accessors,
              reflected,
            };
          }
          const el = document.createElement("checkout-footprint");
          el.id = "fp";
          el.setAttribute("currency", "EUR");
          const express = Object.assign(document.createElement("checkout-footprint-option"), {
            service: "express",
            htmlFor: "fp",
          });
          const unknown = Object.assign(document.createElement("checkout-footprint-option"), {
            service: "drone",
            htmlFor: "fp",
          });
          document.body.append(el, express, unknown);
          const ready = () =>
            new Promise((ok) => {
              const check = () =>
                el.shadowRoot.querySelector(".card").dataset.state === "ready" ? ok() : setTimeout(check, 20);
              check();
            });
          el.order = {
            shipments: [{ from: { country: "FR" }, to: { country: "DE" }, items: [{ category: "laptop" }] }],
          };
          await ready();
          el.shadowRoot.querySelector("input[type=checkbox]").click();
          el.shadowRoot.querySelector("summary").click();
          await new Promise((ok) => {
            const check = () => (el.shadowRoot.querySelector("[part=assumptions]") ? ok() : setTimeout(check, 20));
            check();
          });
          const parts = (node) =>
            [...node.shadowRoot.querySelectorAll("[part]")].flatMap((n) => n.getAttribute("part").split(/\s+/));
          // A rule's text, with the shorthands whose value holds a var(): cssText leaves
          // those out (`font: var(--x)` serializes as empty longhands).
          const SHORTHANDS = [
            "font",
            "background",
            "border",
            "border-radius",
            "margin",
            "padding",
            "outline",
            "gap",
            "transition",
          ];
          const text = (rules) =>
            [...rules]
              .map((r) =>
                r.style
                  ? `${r.cssText} ${SHORTHANDS.map((p) => `${p}: ${r.style.getPropertyValue(p)};`).join(" ")}`
                  : text(r.cssRules ?? []),
              )
              .join("\n");
          const css = (node) =>
            node.shadowRoot.adoptedStyleSheets.map((s) => text(s.cssRules)).join("\n") +
            [...node.shadowRoot.querySelectorAll("style")].map((s) => text(s.sheet.cssRules)).join("\n");
          out["checkout-footprint"].parts = parts(el);
          out["checkout-footprint"].css = css(el);
          out["checkout-footprint-option"].parts = parts(express);
          out["checkout-footprint-option"].css = css(express);
          // What the stylesheet text cannot tell (Chromium drops a var() from a shorthand
          // whose longhand a later declaration sets: `font: var(…); line-height: …`): does
          // setting the property change a computed style in the shadow tree?
          const LOOKS = [
            "color",
            "backgroundColor",
            "borderTopColor",
            "fontSize",
            "fontFamily",
            "minHeight",
            "borderTopLeftRadius",
            "accentColor",
            "fill",
          ];
          const look = (node) =>
            JSON.stringify(
              [node, ...node.shadowRoot.querySelectorAll("*")].map((n) => LOOKS.map((k) => getComputedStyle(n)[k])),
            );
          const sample = (prop) =>
            /color|background|accent/.test(prop) ? "rgb(1, 2, 3)" : /font/.test(prop) ? "31px serif" : "321px";
          for (const [tag, node] of [
            ["checkout-footprint", el],
            ["checkout-footprint-option", express],
          ]) {
            out[tag].affects = properties.filter((prop) => {
              const before = look(node);
              node.style.setProperty(prop, sample(prop));
              const changed = look(node) !== before;
              node.style.removeProperty(prop);
              return changed;
            });
          }
          el.order = { shipments: [] };
          await new Promise((ok) => setTimeout(ok, 100));
          out.dispatched = window.dispatched;
          return out;
        },
        { modules, declared: declared.map((d) => d.decl), properties: allProperties },
      ),
    );
    assert.deepEqual(problems, []);

    const same = (what, actual, expected) => {
      if (JSON.stringify(sorted(actual)) !== JSON.stringify(sorted(expected))) {
        mismatches.push(
          `${what}: the manifest says ${JSON.stringify(sorted(expected))}, the element ${JSON.stringify(sorted(actual))}`,
        );
      }
    };
    for (const { decl } of declared) {
      const tag = decl.tagName;
      const el = live[tag];
      assert.ok(el.sameClass, `${tag}: the module's export ${decl.name} is the registered class`);
      same(
        `${tag} attributes`,
        el.observed,
        (decl.attributes ?? []).map((a) => a.name),
      );
      for (const [attribute, field, value] of el.reflected) {
        const expected =
          { locale: "fr", "price-per-tonne": 30, "factor-set": "defra-2025", "offset-selected": true }[attribute] ??
          "fr";
        if (value !== expected)
          mismatches.push(`${tag}: attribute ${attribute} does not show through the field ${field} (${value})`);
      }
      const fields = (decl.members ?? []).filter(
        (m) => m.kind === "field" && !m.static && !m.privacy && !m.name.startsWith("#"),
      );
      same(
        `${tag} fields`,
        el.accessors.map((a) => `${a.name}${a.readonly ? " (read-only)" : ""}`),
        fields.map((f) => `${f.name}${f.readonly ? " (read-only)" : ""}`),
      );
      const events = (decl.events ?? []).map((e) => e.name);
      same(`${tag} events dispatched (sources)`, fromSources[tag].events, events);
      const fired = live.dispatched.filter(([t]) => t === tag).map(([, type]) => type);
      for (const type of new Set(fired))
        if (!events.includes(type)) mismatches.push(`${tag}: dispatched ${type}, not in the manifest`);
      const parts = (decl.cssParts ?? []).map((p) => p.name);
      same(`${tag} parts (sources)`, fromSources[tag].parts, parts);
      same(`${tag} parts (live shadow root)`, el.parts, parts);
      const properties = (decl.cssProperties ?? []).map((p) => p.name);
      same(`${tag} custom properties (live)`, [...customPropertiesUsed(el.css), ...el.affects], properties);
    }
    // Every event the manifest names was seen, so the scenario above is not vacuous.
    same(
      "events seen",
      live.dispatched.map(([tag, type]) => `${tag} ${type}`),
      declared.flatMap(({ decl }) => (decl.events ?? []).map((e) => `${decl.tagName} ${e.name}`)),
    );
    const documented = declared.flatMap(({ decl }) => (decl.cssProperties ?? []).map((p) => p.name));
    for (const prop of new Set(literalProperties)) {
      if (!documented.includes(prop)) mismatches.push(`${prop} is read in src/js/element/ but not in the manifest`);
    }
    const minHeight = declared[0].decl.cssProperties?.find(
      (p) => p.name === "--checkout-footprint-min-height",
    )?.default;
    const rule = snippet("reserve-height");
    if (!rule.includes(`min-height: ${minHeight};`))
      mismatches.push(`the README's reserved height is not the element's ${minHeight}`);
    assert.deepEqual(mismatches, []);
  } finally {
    await page.close();
    await server.close();
  }
});
