// Seeds fuzz/corpus/json_text with every shared test vector (tests/vectors/*.json) and
// every kept regression input (tests/fuzz-regressions/*.json), as `order` NUL `options`.
// Run from the repository root: node fuzz/seed-corpus.mjs
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const out = "fuzz/corpus/json_text";
mkdirSync(out, { recursive: true });
mkdirSync("fuzz/corpus/structured_order", { recursive: true });
let n = 0;
for (const file of readdirSync("tests/vectors").filter((f) => f.endsWith(".json"))) {
  const v = JSON.parse(readFileSync(join("tests/vectors", file), "utf8"));
  const text = JSON.stringify(v.order) + (v.options ? "\0" + JSON.stringify(v.options) : "");
  writeFileSync(join(out, `vector-${file.replace(/\.json$/, "")}`), text);
  n++;
}
for (const file of readdirSync("tests/fuzz-regressions").filter((f) => f.endsWith(".json"))) {
  const r = JSON.parse(readFileSync(join("tests/fuzz-regressions", file), "utf8"));
  const text = r.order + (r.options === null || r.options === undefined ? "" : "\0" + r.options);
  writeFileSync(join(out, `regression-${file.replace(/\.json$/, "")}`), text);
  n++;
}
console.log(`seeded ${n} inputs into ${out}`);
