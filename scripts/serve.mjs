#!/usr/bin/env node
// A static file server for the demo and the browser tests, on 127.0.0.1 only.
//
//   node scripts/serve.mjs [--port 8080] [--root .] [--csp "default-src 'self'; ..."]
//
// Sends .wasm as application/wasm (streaming instantiation needs it) and never reaches
// the network. `/` goes to /www/. With --csp, every HTML page is sent with that
// Content-Security-Policy header. Paths under /__blocked__/ always answer 404, for tests
// of a missing .wasm.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    root: { type: "string", default: "." },
    csp: { type: "string" },
  },
});
const root = resolve(values.root);
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

export function startServer({ port, root, csp }) {
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
    const headers = { "content-type": type, "cache-control": "no-store" };
    if (csp && type.startsWith("text/html")) headers["content-security-policy"] = csp;
    res.writeHead(200, headers);
    createReadStream(target).pipe(res);
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer({ port: Number(values.port), root, csp: values.csp });
  console.log(`serving ${root} on http://127.0.0.1:${server.address().port}/ (Ctrl-C stops)`);
}
