// The package as a user gets it, for tests/js/package.test.mjs and frameworks*.test.mjs:
// the packed tarball, scratch projects under target/pkg-tests/ that install it (the
// framework tools resolve from the repository's node_modules, up the tree), the README's
// snippets, and servers run as child processes (scripts/bench.mjs uses those too).
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export const ROOT = new URL("../../../", import.meta.url).pathname;
export const BIN = join(ROOT, "node_modules/.bin");
export const SCRATCH = join(ROOT, "target/pkg-tests");
const FIXTURES = join(ROOT, "tests/package");

/** `npm pack` of pkg/ into target/pkg-tests/<dir>/; returns the tarball's path. */
export function packTarball(dir) {
  const out = join(SCRATCH, dir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync("npm", ["pack", "--pack-destination", out], { cwd: join(ROOT, "pkg"), stdio: "pipe" });
  return join(
    out,
    readdirSync(out).find((f) => f.endsWith(".tgz")),
  );
}

/**
 * target/pkg-tests/<name>/: the fixture tests/package/<fixture> (none: an empty ES module
 * project), with the tarball installed as a user installs it.
 */
export function project(name, tarball, fixture) {
  const dir = join(SCRATCH, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (fixture) cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  // Without a package.json of its own, npm would install into the repository's.
  if (!existsSync(join(dir, "package.json"))) {
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: `cf-${name}`, private: true, type: "module" }) + "\n",
    );
  }
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", "--no-package-lock", tarball], {
    cwd: dir,
    stdio: "pipe",
  });
  return dir;
}

export const readme = () => readFileSync(join(ROOT, "README.md"), "utf8");

/**
 * The code of the README's fenced block that follows `<!-- snippet: name -->`, exactly
 * as a reader copies it.
 */
export function snippet(name, text = readme()) {
  const at = text.indexOf(`<!-- snippet: ${name} -->`);
  if (at < 0) throw new Error(`README.md has no snippet "${name}"`);
  const block = /^( *)(`{3,})[^\n]*\n([\s\S]*?)\n\1\2$/m.exec(text.slice(at));
  if (!block) throw new Error(`README.md: no code block after the snippet "${name}"`);
  const indent = block[1];
  // A block inside a list item: its lines carry the item's indentation.
  return (
    block[3]
      .split("\n")
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join("\n") + "\n"
  );
}

/** A TCP port free on 127.0.0.1 now. */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * Starts `node script ...args` in `cwd` (in a process group of its own) and waits until
 * `url` answers 200. `stop()` ends that group: the server and what it started.
 */
export async function startServer(script, args, cwd, url, { timeout = 90_000, env } = {}) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise((ok) => child.once("exit", ok));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    const late = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, 5000);
    await exited;
    clearTimeout(late);
  };
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${url} did not answer within ${timeout} ms:\n${output}`);
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return { stop, output: () => output };
}

/** Runs `fn`, and tells the test's output how long it took. */
export async function timed(t, label, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    t.diagnostic(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}
