// A frontend developer's first hour, in their tools, from the packed tarball: the React,
// Vue and Svelte typings with the README's snippets verbatim (tsc, vue-tsc,
// svelte-check) and misuses that must not type-check; @arethetypeswrong/cli and publint;
// the README's unit-test recipes run by Vitest and Jest; and every link of the README.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { BIN, packTarball, project, readme, ROOT, snippet, timed } from "./lib/package.mjs";

let tarball;
before(() => {
  tarball = packTarball("frameworks-tools");
});

/** Runs a tool from node_modules/.bin in `cwd`; returns { status, output }. */
function run(tool, args, cwd, env = {}) {
  const r = spawnSync(join(BIN, tool), args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
    timeout: 300_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** The 1-based numbers of the lines of `file` that carry an "error" marker comment. */
function markedLines(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => (/(\/\/|<!--) error\b/.test(line) ? [i + 1] : []));
}

/**
 * A type-checker's verdict on a project: it must fail, on the marked lines of the misuse
 * file and on no other line of any file.
 */
function assertOnlyMisuses(result, errors, misuseFile) {
  assert.notEqual(result.status, 0, `the misuses type-checked:\n${result.output}`);
  const elsewhere = errors.filter((e) => e.file !== misuseFile);
  assert.deepEqual(elsewhere, [], `errors outside ${misuseFile}:\n${result.output}`);
  const lines = [...new Set(errors.map((e) => e.line))].sort((a, b) => a - b);
  assert.deepEqual(lines, markedLines(misuseFile), `errors on other lines than the marked ones:\n${result.output}`);
}

/** `file(line,col): error TSxxxx` lines of tsc and vue-tsc with --pretty false. */
const tscErrors = (output, dir) =>
  [...output.matchAll(/^(.+?)\((\d+),\d+\): error TS\d+/gm)].map((m) => ({
    file: join(dir, m[1]),
    line: Number(m[2]),
  }));

/** The pkg/ entries of a framework's typings: fails early, and says why, when missing. */
function assertFrameworkEntries() {
  const manifest = JSON.parse(readFileSync(join(ROOT, "pkg/package.json"), "utf8"));
  for (const fw of ["react", "vue", "svelte"]) {
    assert.ok(
      manifest.exports[`./${fw}`] && existsSync(join(ROOT, `pkg/${fw}.d.ts`)),
      `pkg/ has no "./${fw}" entry point: the package must ship ${fw}.d.ts and ${fw}.d.cts ` +
        `(src/js/element/) and export them (pkg.json)`,
    );
  }
}

test("React 19: the README's snippets type-check (strict, skipLibCheck false); misuses do not", async (t) => {
  assertFrameworkEntries();
  const dir = project("typings-react", tarball, "typings/react");
  writeFileSync(join(dir, "src/Footprint.tsx"), snippet("react"));
  writeFileSync(join(dir, "src/Hydrated.tsx"), snippet("ssr-react"));
  writeFileSync(join(dir, "src/Delivery.tsx"), snippet("option-react"));
  const result = await timed(t, "tsc", () => run("tsc", ["-p", "tsconfig.json", "--pretty", "false"], dir));
  assertOnlyMisuses(result, tscErrors(result.output, dir), join(dir, "src/Misuse.tsx"));
  // The CommonJS doors (.d.cts) of the three entry points, as `require` sees them.
  const cjs = await timed(t, "tsc, CommonJS", () => run("tsc", ["-p", "tsconfig.cjs.json", "--pretty", "false"], dir));
  assert.equal(cjs.status, 0, cjs.output);
});

test("Vue 3: the README's snippet type-checks with vue-tsc; misuses do not", async (t) => {
  assertFrameworkEntries();
  const dir = project("typings-vue", tarball, "typings/vue");
  writeFileSync(join(dir, "src/Footprint.vue"), snippet("vue"));
  const result = await timed(t, "vue-tsc", () =>
    run("vue-tsc", ["-p", "tsconfig.json", "--noEmit", "--pretty", "false"], dir),
  );
  assertOnlyMisuses(result, tscErrors(result.output, dir), join(dir, "src/Misuse.vue"));
});

test("Svelte 5: the README's snippet passes svelte-check; misuses do not", async (t) => {
  assertFrameworkEntries();
  const dir = project("typings-svelte", tarball, "typings/svelte");
  writeFileSync(join(dir, "src/Footprint.svelte"), snippet("svelte"));
  const result = await timed(t, "svelte-check", () =>
    run("svelte-check", ["--tsconfig", "./tsconfig.json", "--output", "machine"], dir),
  );
  const errors = [...result.output.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ /gm)].map((m) => ({
    file: join(dir, m[1]),
    line: Number(m[2]),
  }));
  assert.match(result.output, / 0 WARNINGS /, result.output);
  assertOnlyMisuses(result, errors, join(dir, "src/Misuse.svelte"));
});

test("@arethetypeswrong/cli (strict profile) and publint (strict) find nothing in the tarball", async (t) => {
  const attw = await timed(t, "attw", () => run("attw", [tarball, "--format", "json"], ROOT));
  const report = JSON.parse(attw.output.slice(attw.output.indexOf("{")));
  assert.deepEqual(report.analysis.problems, [], attw.output);
  assert.deepEqual(Object.keys(report.problems ?? {}), [], attw.output);
  assert.equal(attw.status, 0, attw.output);
  const entries = Object.keys(report.analysis.entrypoints).sort();
  const exported = Object.keys(JSON.parse(readFileSync(join(ROOT, "pkg/package.json"), "utf8")).exports);
  assert.deepEqual(entries, exported.map((e) => (e === "." ? "." : e)).sort(), "attw checked every entry point");

  const publint = await timed(t, "publint", () => run("publint", ["run", "--strict", tarball], ROOT));
  assert.equal(publint.status, 0, publint.output);
  assert.match(publint.output, /All good!/, publint.output);
});

test("Unit tests: the README's Vitest test passes with no configuration (jsdom)", async (t) => {
  const dir = project("unit-vitest", tarball);
  writeFileSync(join(dir, "checkout.test.js"), snippet("vitest"));
  const result = await timed(t, "vitest run", () => run("vitest", ["run"], dir));
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /Tests\s+2 passed \(2\)/, result.output);
});

test("Unit tests: the README's Jest setup runs the same test (jsdom, ES modules)", async (t) => {
  const dir = project("unit-jest", tarball);
  writeFileSync(join(dir, "jest.config.js"), snippet("jest-config"));
  writeFileSync(join(dir, "jest.setup.js"), snippet("jest-setup"));
  // "The test is the same as Vitest's, with `import { expect, test } from "@jest/globals";`
  // in place of the first two lines."
  const [first, second, ...rest] = snippet("vitest").split("\n");
  assert.equal(first, "// @vitest-environment jsdom");
  assert.equal(second, 'import { expect, test } from "vitest";');
  writeFileSync(join(dir, "checkout.test.js"), ['import { expect, test } from "@jest/globals";', ...rest].join("\n"));
  const result = await timed(t, "jest", () =>
    run("jest", ["--ci", "--no-watchman", "--cacheDirectory", join(dir, ".jest-cache")], dir, {
      NODE_OPTIONS: "--experimental-vm-modules",
    }),
  );
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /Tests:\s+2 passed, 2 total/, result.output);
});

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown) {
  const seen = new Map();
  const out = new Set();
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, "").matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

test("README: every link works on the registry's page", () => {
  const text = readme();
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""));
  assert.equal(
    execFileSync("tar", ["-xzOf", tarball, "package/README.md"], { encoding: "utf8" }),
    text,
    "the tarball's README.md is not README.md (pkg/ is older: make pkg)",
  );
  const repository = JSON.parse(readFileSync(join(ROOT, "pkg.json"), "utf8"))
    .repository.url.replace(/^git\+/, "")
    .replace(/\.git$/, "");
  // Links and images outside code: [text](target), ![alt](target), href= and src=.
  const prose = text.replace(/^ *(`{3,})[\s\S]*?^ *\1$/gm, "").replace(/`[^`\n]*`/g, "");
  const targets = [
    ...[...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...prose.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
  ];
  assert.ok(targets.length > 10, `only ${targets.length} links found`);
  const problems = [];
  for (const target of targets) {
    const [path, anchor] = target.split("#");
    if (/^[a-z][a-z+.-]*:/i.test(target)) {
      // Into the repository: the file must be there, under its path.
      if (target.startsWith(`${repository}/`)) {
        const m = new RegExp(`^${repository.replace(/[.]/g, "\\.")}/(?:blob|raw)/main/([^#?]+)`).exec(target);
        if (!m) problems.push(`${target}: not <repository>/blob/main/<path> or <repository>/raw/main/<path>`);
        else if (!existsSync(join(ROOT, m[1]))) problems.push(`${target}: no ${m[1]} in the repository`);
      } else if (!/^https:\/\//.test(target)) {
        problems.push(`${target}: not https`);
      }
      continue;
    }
    if (path === "") {
      if (!anchors(text).has(anchor)) problems.push(`${target}: no such heading in README.md`);
      continue;
    }
    if (!listing.includes(path)) {
      problems.push(`${target}: ${path} is not in the tarball (link to ${repository}/blob/main/${path})`);
      continue;
    }
    if (anchor && path.endsWith(".md")) {
      const file = execFileSync("tar", ["-xzOf", tarball, `package/${path}`], { encoding: "utf8" });
      if (!anchors(file).has(anchor)) problems.push(`${target}: no such heading in ${path}`);
    }
  }
  assert.deepEqual(problems, []);
});
