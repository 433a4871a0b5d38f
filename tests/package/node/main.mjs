// A Node project using the installed package as the README shows: import, then call.
// Reads vectors (JSON) on stdin, prints their outcomes (JSON) on stdout.
import { estimate, FootprintError } from "checkout-footprint";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const outcomes = JSON.parse(input).map((v) => {
  try {
    return { footprint: estimate(v.order, v.options) };
  } catch (e) {
    return { error: { code: e.code, path: e.path, message: e.message, isFootprintError: e instanceof FootprintError } };
  }
});
process.stdout.write(JSON.stringify(outcomes));
