// The package as a user gets it: `npm pack`, installed from the tarball into scratch
// Node, TypeScript, Vite and webpack projects (tests/package/*), used as the README
// shows, with the shared vectors run through each.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launch, openPage, ROOT, serve } from "./lib/browser.mjs";
import { BIN, packTarball, project as install } from "./lib/package.mjs";
import { check, loadVectors, runInPage } from "./lib/vectors.mjs";

const vectors = loadVectors();
let tarball, browser;

/** Fixture tests/package/<name> in a scratch folder, with the tarball installed. */
const project = (name) => install(`package-${name}`, tarball, name);

before(async () => {
  tarball = packTarball("package");
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the tarball holds the entry points, types, elements, both wasm builds, words and licences", () => {
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
  const expected = [
    "package.json",
    "index.js",
    "index.dev.js",
    "index.d.ts",
    "index.d.cts",
    "node.js",
    "node.cjs",
    "package.js",
    "error.d.ts",
    "checkout_footprint.d.ts",
    "checkout_footprint_bg.wasm",
    "wasm.dev.js",
    "element.js",
    "element.dev.js",
    "element.cjs",
    "element.d.ts",
    "element.d.cts",
    "element_bg.wasm",
    "element-wasm.dev.js",
    "option.js",
    "option.cjs",
    "option.d.ts",
    "option.d.cts",
    "details.js",
    "react.d.ts",
    "react.d.cts",
    "vue.d.ts",
    "vue.d.cts",
    "svelte.d.ts",
    "svelte.d.cts",
    "custom-elements.json",
    "README.md",
    "METHODOLOGY.md",
    "LICENSE-MIT",
    "LICENSE-APACHE",
    ...["en", "fr", "de", "es", "it", "nl"].flatMap((lang) => [
      `locales/${lang}/line.js`,
      `locales/${lang}/details.js`,
    ]),
  ];
  for (const f of expected) assert.ok(listing.includes(`package/${f}`), `${f} missing from the tarball`);
  const extra = listing.filter((f) => !expected.includes(f.replace(/^package\//, "")));
  assert.deepEqual(extra, [], "nothing else ships (no test helper, no source map, no stray file)");
});

test("Node: import from the package, every vector", () => {
  const dir = project("node");
  const out = execFileSync("node", ["main.mjs"], { cwd: dir, input: JSON.stringify(vectors), encoding: "utf8" });
  const outcomes = JSON.parse(out);
  vectors.forEach((v, i) => assert.deepEqual(check(v, outcomes[i]), [], v.file));
  const cjs = JSON.parse(execFileSync("node", ["main.cjs"], { cwd: dir, encoding: "utf8" }));
  assert.ok(cjs.co2eKg > 0);
  assert.equal(execFileSync("node", ["element.mjs"], { cwd: dir, encoding: "utf8" }).trim(), "ok");
});

test("TypeScript: a consumer and every vector type-check with --strict; misuses do not", () => {
  const dir = project("node");
  cpSync(join(ROOT, "tests/package/ts"), dir, { recursive: true });
  const run = (file) =>
    spawnSync(
      join(BIN, "tsc"),
      [
        "--noEmit",
        "--strict",
        "--exactOptionalPropertyTypes",
        "--noUncheckedIndexedAccess",
        "--target",
        "es2022",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--lib",
        "es2022,dom",
        file,
      ],
      { cwd: dir, encoding: "utf8" },
    );
  const ok = run("consumer.ts");
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const expectations = {
    "misuse-category.ts": /'"phone"' is not assignable/,
    "misuse-missing-to.ts": /Property 'to' is missing/,
    "misuse-options.ts": /'curency' does not exist[\s\S]*'"glec-v2"' is not assignable/,
  };
  for (const [file, error] of Object.entries(expectations)) {
    const r = run(file);
    assert.notEqual(r.status, 0, `${file} type-checked but must not`);
    assert.match(r.stdout, error, file);
  }

  // Every valid vector's order and options, and the native result, as typed literals:
  // an output field the types lack, or a type field the output lacks, fails here.
  const native = JSON.parse(readFileSync(join(ROOT, "target/vectors-native.json"), "utf8"));
  const lines = ['import type { Footprint, Options, Order } from "checkout-footprint";'];
  vectors
    .filter((v) => v.expected)
    .forEach((v, i) => {
      lines.push(`export const order${i}: Order = ${JSON.stringify(v.order)};`);
      if (v.options) lines.push(`export const options${i}: Options = ${JSON.stringify(v.options)};`);
      lines.push(`export const footprint${i}: Footprint = ${JSON.stringify(native[v.file].footprint)};`);
    });
  writeFileSync(join(dir, "vectors.ts"), lines.join("\n") + "\n");
  const typed = run("vectors.ts");
  assert.equal(typed.status, 0, typed.stdout + typed.stderr);
});

/** Builds a browser project, serves its dist/, and runs every vector in Chromium. */
async function browserProject(name, build) {
  const dir = project(name);
  build(dir);
  const server = await serve({ root: join(dir, "dist") });
  try {
    const { page, problems, requests } = await openPage(browser.context, `${server.url}/index.html`);
    await page.waitForSelector("body[data-ready]", { state: "attached" });
    assert.equal(await page.evaluate(() => document.body.dataset.ready), "1", "the element did not register");
    const outcomes = await page.evaluate(runInPage, vectors);
    vectors.forEach((v, i) => assert.deepEqual(check(v, outcomes[i]), [], `${name}: ${v.file}`));
    assert.deepEqual(problems, []);
    assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 1, "the .wasm is fetched once");
    await page.close();
  } finally {
    await server.close();
  }
}

test("Vite 7: build, then every vector in Chromium", async () => {
  await browserProject("vite", (dir) => execFileSync(join(BIN, "vite"), ["build"], { cwd: dir, stdio: "pipe" }));
});

test("webpack 5: build, then every vector in Chromium", async () => {
  await browserProject("webpack", (dir) => {
    execFileSync(join(BIN, "webpack"), ["--config", "webpack.config.js"], { cwd: dir, stdio: "pipe" });
    cpSync(join(dir, "index.html"), join(dir, "dist/index.html"));
  });
});
