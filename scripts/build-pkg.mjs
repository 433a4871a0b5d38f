#!/usr/bin/env node
// Builds the npm package into pkg/: the wasm module by wasm-pack (web target, no
// downloads), then the JS entry points, the element and the manifest.
//
//   node scripts/build-pkg.mjs
//
// Fails at once when wasm-opt or the wasm-bindgen CLI matching Cargo.lock is missing,
// rather than letting wasm-pack skip the optimiser or fetch a tool.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
const output = (cmd, args) => execFileSync(cmd, args, { cwd: root, encoding: "utf8" }).trim();
const fail = (message) => {
  console.error(`build-pkg: ${message}`);
  process.exit(1);
};

// 1. The tools wasm-pack would otherwise skip or download.
const lock = readFileSync(join(root, "Cargo.lock"), "utf8");
const bindgen = /name = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)?.[1];
if (!bindgen) fail("wasm-bindgen is not in Cargo.lock");
let cli = "";
try {
  cli = output("wasm-bindgen", ["--version"]);
} catch {
  fail("wasm-bindgen CLI not found on PATH; run scripts/setup");
}
if (cli !== `wasm-bindgen ${bindgen}`) fail(`${cli} found, Cargo.lock needs ${bindgen}; run scripts/setup`);
try {
  output("wasm-opt", ["--version"]);
} catch {
  fail("wasm-opt not found on PATH (node_modules/.bin from the binaryen package); run scripts/setup");
}

// 2. The wasm module and its JS glue.
rmSync(pkg, { recursive: true, force: true });
run("wasm-pack", [
  "build", "--mode", "no-install", "--release", "--target", "web", "--no-pack",
  "--out-dir", "pkg", "--out-name", "checkout_footprint",
]);
for (const f of [".gitignore", "package.json"]) rmSync(join(pkg, f), { force: true });

// 3. The JS files of src/js. The wasm imports src/js/error.js as a snippet; every entry
// point must import that same file so that `instanceof FootprintError` holds. The
// element's stylesheets (`export const CSS = \`...\`;` in element-styles.js and
// element-details.js) are minified here: bundlers leave CSS inside a JS string as it is.
const snippets = join(pkg, "snippets");
const crateDir = readdirSync(snippets).find((d) => d.startsWith("checkout-footprint-"));
if (!crateDir) fail("no snippets/checkout-footprint-* directory in pkg/");
const errorModule = `./snippets/${crateDir}/src/js/error.js`;
if (!existsSync(join(pkg, errorModule))) fail(`${errorModule} missing`);
copyFileSync(join(root, "src/js/error.d.ts"), join(pkg, errorModule.replace(/\.js$/, ".d.ts")));
for (const name of readdirSync(join(root, "src/js"))) {
  if (name.startsWith("error.") || !/\.(js|d\.ts)$/.test(name)) continue;
  let text = readFileSync(join(root, "src/js", name), "utf8").replaceAll('"./error.js"', `"${errorModule}"`);
  if (/^export const CSS = `/m.test(text)) text = minifyCss(name, text);
  writeFileSync(join(pkg, name), text);
}

/** `source` (the file `name`) with the CSS of its `export const CSS = \`...\`;` minified. */
function minifyCss(name, source) {
  const literal = /^export const CSS = `([^`$\\]*)`;$/m;
  const css = literal.exec(source)?.[1];
  if (css === undefined) fail(`${name}: CSS is not a plain template literal (no \`, $ or \\ inside)`);
  const min = transformSync(css, { loader: "css", minify: true }).code.trim();
  if (/[`$\\]/.test(min)) fail(`${name}: the minified CSS holds a character a template literal would change`);
  return source.replace(literal, () => `export const CSS = \`${min}\`;`);
}

// 4. The manifest: pkg.json's fields, the crate's version; and what the package says of
// itself without the wasm (its version, the factor sets' descriptions from the model's
// one source, src/model/factor_sets.json), so that those texts are not in every download.
const manifest = JSON.parse(readFileSync(join(root, "pkg.json"), "utf8"));
const version = /^version = "([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
const factorSets = JSON.parse(readFileSync(join(root, "src/model/factor_sets.json"), "utf8"));
writeFileSync(
  join(pkg, "package-info.js"),
  "// Written by scripts/build-pkg.mjs from Cargo.toml and src/model/factor_sets.json.\n" +
    `const VERSION = ${JSON.stringify(version)};\n` +
    `const FACTOR_SETS = ${JSON.stringify(factorSets, null, 2)};\n\n` +
    "/** The package version. */\nexport function version() {\n  return VERSION;\n}\n\n" +
    "/** The factor sets this version knows: name, description, sources (a fresh copy). */\n" +
    "export function factorSets() {\n  return structuredClone(FACTOR_SETS);\n}\n",
);
const { name, ...rest } = manifest;
writeFileSync(join(pkg, "package.json"), JSON.stringify({ name, version, ...rest }, null, 2) + "\n");
for (const f of ["README.md", "METHODOLOGY.md", "LICENSE-MIT", "LICENSE-APACHE"]) {
  if (existsSync(join(root, f))) copyFileSync(join(root, f), join(pkg, f));
}
console.log(`build-pkg: pkg/ holds checkout-footprint ${version}`);
