#!/usr/bin/env node
// A static file server for the demo and the browser tests, on 127.0.0.1 only.
//
//   node scripts/serve.mjs [--port 8080] [--root .] [--csp "default-src 'self'; ..."] [--gzip]
//
// Sends .wasm as application/wasm (streaming instantiation needs it) and never reaches
// the network. `/` goes to /www/. With --csp, every HTML page is sent with that
// Content-Security-Policy header; with --gzip, every answer is compressed when the
// browser accepts it, as a production server does (the demo and `make bench` use it).
// Paths under /__blocked__/ always answer 404, for tests of a missing .wasm.
//
// Imported (tests, scripts/bench.mjs), it only exports startServer.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { constants, gzipSync } from "node:zlib";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};

/** Compressed bodies by file, kept while the file is unchanged, as a static server keeps them. */
const compressed = new Map();

/** `file` gzipped (level 9), computed once per version of the file. */
function gzipped(file) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}:${mtimeMs}:${size}`;
  let body = compressed.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION });
    compressed.set(key, body);
  }
  return body;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: a free one); resolves to the listening server.
 * @param {{ port: number, root: string, csp?: string, gzip?: boolean }} options
 */
export function startServer({ port, root, csp, gzip = false }) {
  root = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let path = decodeURIComponent(url.pathname);
    if (path === "/") {
      res.writeHead(302, { location: "/www/" }).end();
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || path.startsWith("/__blocked__/")) {
      res.writeHead(404).end("not found");
      return;
    }
    let target = file;
    try {
      if (statSync(target).isDirectory()) target = join(target, "index.html");
      statSync(target);
    } catch {
      res.writeHead(404).end("not found");
      return;
    }
    const type = types[extname(target)] ?? "application/octet-stream";
    const headers = { "content-type": type, "cache-control": "no-store", vary: "accept-encoding" };
    if (csp && type.startsWith("text/html")) headers["content-security-policy"] = csp;
    if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && type !== "image/png") {
      const body = gzipped(target);
      res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": body.length }).end(body);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(target).pipe(res);
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8080" },
      root: { type: "string", default: "." },
      csp: { type: "string" },
      gzip: { type: "boolean", default: false },
    },
  });
  const server = await startServer({
    port: Number(values.port),
    root: values.root,
    csp: values.csp,
    gzip: values.gzip,
  });
  console.log(`serving ${resolve(values.root)} on http://127.0.0.1:${server.address().port}/ (Ctrl-C stops)`);
}
