// `make bench` in Chromium: the package as a page imports it, and the workload that
// scripts/bench.mjs also runs in Node. scripts/bench.mjs calls window.runBench().
import * as pkg from "/pkg/index.js";
import { runWorkload } from "./workload.js";

window.runBench = (options) => runWorkload(pkg, options);
window.benchReady = true;
