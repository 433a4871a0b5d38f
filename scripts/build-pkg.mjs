#!/usr/bin/env node
// Builds the npm package into pkg/: the wasm module by wasm-pack (web target, no
// downloads) into target/wasm-pack/, then src/js bundled by esbuild into the files a
// browser or a bundler loads, and the manifest.
//
//   node scripts/build-pkg.mjs
//
// Fails at once when wasm-opt or the wasm-bindgen CLI matching Cargo.lock is missing,
// rather than letting wasm-pack skip the optimiser or fetch a tool.
//
// What pkg/ holds, and why (docs/ARCHITECTURE.md has the map):
//   checkout_footprint_bg.wasm + package.js
//                     the whole API's wasm and its glue (with FootprintError): one instance
//   index.js          the browser API: fetches the .wasm, instantiates, exports the functions
//   node.js, node.cjs the Node API: reads the .wasm from disk (no top-level await)
//   element_bg.wasm   the checkout build (`--no-default-features`: estimate and
//                     estimateServices, no estimateMany), which is what the element loads
//   element.js        <checkout-footprint> with the checkout build's glue, one file, which
//                     fetches element_bg.wasm on first connection, beside the words
//   option.js         <checkout-footprint-option>, for storefronts that show a figure per
//                     delivery option
//   details.js        the details panel's code, imported when the shopper is about to open it
//   locales/<lang>/   the words: line.js with the element, details.js with the panel
//   *.dev.js          index.js and element.js with the .wasm's bytes inline (wasm.dev.js,
//                     element-wasm.dev.js), for dev servers that move the package's files
//                     (the "development" export condition: Vite, webpack, Vitest)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transformSync } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const wasmOut = join(root, "target/wasm-pack");
const elementWasmOut = join(root, "target/wasm-pack-element");
const js = join(root, "src/js");
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

// 2. The wasm modules and their JS glue: the whole API into target/wasm-pack/, the
// element's checkout build into target/wasm-pack-element/.
for (const [dir, features] of [
  [wasmOut, []],
  [elementWasmOut, ["--", "--no-default-features"]],
]) {
  rmSync(dir, { recursive: true, force: true });
  run("wasm-pack", [
    "build",
    "--mode",
    "no-install",
    "--release",
    "--target",
    "web",
    "--no-pack",
    "--out-dir",
    dir,
    "--out-name",
    "checkout_footprint",
    ...features,
  ]);
}

// 3. src/js bundled: one file per entry point, nothing shared but package.js (imported,
// never inlined) so that a page holds one instance of the wasm module.
rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg);
const version = /^version = "([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
const LANGUAGES = readdirSync(join(js, "element/locales"));

/**
 * How src/js maps onto pkg/ for one of the two wasm builds: the glue comes from `glue`
 * (target/wasm-pack, target/wasm-pack-element), its snippets are src/js's and src/wasm's own files (so
 * FootprintError is one class), and the API's glue module (src/js/api/package.js) stays
 * a file of its own, `pkgFile`, that its entry points import; the element's
 * (src/js/element/package.js) is bundled into element.js. The panel and the words are
 * imported from next to the element. `wasmFile`: the build's .wasm in pkg/; `devWasm`:
 * the module that replaces wasm-source.js.
 */
const layout = ({ glue, pkgFile, wasmFile, devWasm }) => ({
  name: "layout",
  setup(b) {
    if (pkgFile) b.onResolve({ filter: /^\.\/package\.js$/ }, () => ({ path: `./${pkgFile}`, external: true }));
    b.onResolve({ filter: /^\.\/details\.js$/ }, () => ({ path: "./details.js", external: true }));
    b.onResolve({ filter: /^\.\/checkout_footprint\.js$/ }, () => ({ path: join(glue, "checkout_footprint.js") }));
    // The glue's default .wasm (used when init() is given none) is the build's own file:
    // element_bg.wasm for the element's glue, so that bundlers copy no other .wasm.
    b.onLoad({ filter: /target\/wasm-pack[^/]*\/checkout_footprint\.js$/ }, (a) => {
      const glueText = readFileSync(a.path, "utf8");
      const from = "new URL('checkout_footprint_bg.wasm', import.meta.url)";
      if (!glueText.includes(from)) fail(`${a.path}: the glue's default .wasm URL changed`);
      return { contents: glueText.replace(from, `new URL('${wasmFile}', import.meta.url)`), loader: "js" };
    });
    b.onResolve({ filter: /^\.\/snippets\/[^/]+\// }, (a) => ({
      path: join(root, a.path.split("/").slice(3).join("/")),
    }));
    if (devWasm) {
      b.onResolve({ filter: /(^|\/)wasm-source\.js$/ }, () => ({ path: `./${devWasm}`, external: true }));
    }
    // Bundlers leave CSS inside a JS string as it is: minify each `const ...CSS = \`...\``.
    b.onLoad({ filter: /src\/js\/element\/[^/]+\.js$/ }, (a) => ({
      contents: minifyCss(a.path, readFileSync(a.path, "utf8")),
      loader: "js",
    }));
  },
});

/** `source` with the CSS of each `const NAME_CSS = \`...\`;` (no `, $ or \ inside) minified. */
function minifyCss(name, source) {
  return source.replace(/^((?:export )?const \w*CSS = )`([^`]*)`;$/gm, (whole, head, css) => {
    if (/[$\\]/.test(css)) fail(`${name}: CSS must be a plain template literal (no \`, $ or \\ inside)`);
    const min = transformSync(css, { loader: "css", minify: true }).code.trim();
    if (/[`$\\]/.test(min)) fail(`${name}: the minified CSS holds a character a template literal would change`);
    return `${head}\`${min}\`;`;
  });
}

const common = {
  absWorkingDir: root,
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  outdir: pkg,
  external: ["node:*", "./locales/*"],
  define: { CHECKOUT_FOOTPRINT_VERSION: JSON.stringify(version) },
  legalComments: "none",
  logLevel: "warning",
};
const at = (list) => list.map(([from, to]) => ({ in: join(js, from), out: to }));
const api = { glue: wasmOut, pkgFile: "package.js", wasmFile: "checkout_footprint_bg.wasm" };
const element = { glue: elementWasmOut, pkgFile: null, wasmFile: "element_bg.wasm" };
const builds = [
  [
    api,
    [
      ["api/package.js", "package"],
      ["api/index.js", "index"],
      ["api/node.js", "node"],
    ],
  ],
  [
    element,
    [
      ["element/element.js", "element"],
      ["element/option.js", "option"],
      ["element/details.js", "details"],
      ...LANGUAGES.flatMap((lang) => [
        [`element/locales/${lang}/line.js`, `locales/${lang}/line`],
        [`element/locales/${lang}/details.js`, `locales/${lang}/details`],
      ]),
    ],
  ],
  [{ ...api, devWasm: "wasm.dev.js" }, [["api/index.js", "index.dev"]]],
  [{ ...element, devWasm: "element-wasm.dev.js" }, [["element/element.js", "element.dev"]]],
];
for (const [target, entries] of builds) {
  await build({ ...common, entryPoints: at(entries), plugins: [layout(target)] });
}

// The .wasm files' bytes, for the development entry points.
for (const [dir, file, entry] of [
  [wasmOut, "wasm.dev.js", "index.dev.js"],
  [elementWasmOut, "element-wasm.dev.js", "element.dev.js"],
]) {
  const bytes = readFileSync(join(dir, "checkout_footprint_bg.wasm")).toString("base64");
  writeFileSync(
    join(pkg, file),
    `// The bytes of a .wasm, for ${entry}: a dev server that moves the package's files (Vite 7\n` +
      "// pre-bundling) cannot serve the .wasm from next to them. Production builds never load it.\n" +
      `const text = "${bytes}";\n` +
      "const bytes =\n" +
      '  typeof (/** @type {any} */ (Uint8Array).fromBase64) === "function"\n' +
      "    ? /** @type {any} */ (Uint8Array).fromBase64(text)\n" +
      "    : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));\n\n" +
      "/** The .wasm's bytes, for `init({ module_or_path })`. */\n" +
      "export function wasmSource() {\n  return bytes;\n}\n",
  );
}

// 4. The .wasm, the declarations, the CommonJS doors.
copyFileSync(join(wasmOut, "checkout_footprint_bg.wasm"), join(pkg, "checkout_footprint_bg.wasm"));
copyFileSync(join(elementWasmOut, "checkout_footprint_bg.wasm"), join(pkg, "element_bg.wasm"));
copyFileSync(join(wasmOut, "checkout_footprint.d.ts"), join(pkg, "checkout_footprint.d.ts"));
for (const [from, to] of [
  ["api/index.d.ts", "index.d.ts"],
  ["api/index.d.cts", "index.d.cts"],
  ["api/error.d.ts", "error.d.ts"],
  ["api/node.cjs", "node.cjs"],
  ["element/element.d.ts", "element.d.ts"],
  ["element/element.d.cts", "element.d.cts"],
  ["element/element.cjs", "element.cjs"],
  ["element/option.d.ts", "option.d.ts"],
  ["element/option.d.cts", "option.d.cts"],
  ["element/option.cjs", "option.cjs"],
  ["element/react.d.ts", "react.d.ts"],
  ["element/react.d.cts", "react.d.cts"],
  ["element/vue.d.ts", "vue.d.ts"],
  ["element/vue.d.cts", "vue.d.cts"],
  ["element/svelte.d.ts", "svelte.d.ts"],
  ["element/svelte.d.cts", "svelte.d.cts"],
]) {
  copyFileSync(join(js, from), join(pkg, to));
}

// The Custom Elements Manifest, from the elements' JSDoc (custom-elements-manifest.config.mjs),
// its paths those of the package's files.
run(join(root, "node_modules/.bin/cem"), ["analyze", "--config", "custom-elements-manifest.config.mjs"]);
const cem = readFileSync(join(root, "target/cem/custom-elements.json"), "utf8").replaceAll("src/js/element/", "");
writeFileSync(join(pkg, "custom-elements.json"), cem);

// Every file the bundles import must be there, and nothing else may be.
const made = new Set(readdirSync(pkg, { recursive: true }).map((f) => String(f)));
for (const f of made) if (/chunk-/.test(f)) fail(`esbuild split out ${f}; entry points must share only package.js`);
for (const lang of LANGUAGES) if (!made.has(`locales/${lang}/line.js`)) fail(`no locales/${lang}/line.js`);

// 5. The manifest: pkg.json's fields and the crate's version; the docs and licences.
const manifest = JSON.parse(readFileSync(join(root, "pkg.json"), "utf8"));
const { name, ...rest } = manifest;
writeFileSync(join(pkg, "package.json"), JSON.stringify({ name, version, ...rest }, null, 2) + "\n");
for (const f of ["README.md", "METHODOLOGY.md", "LICENSE-MIT", "LICENSE-APACHE"]) {
  if (existsSync(join(root, f))) copyFileSync(join(root, f), join(pkg, f));
}
console.log(`build-pkg: pkg/ holds checkout-footprint ${version}`);
