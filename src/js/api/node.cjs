// checkout-footprint for `require()` (Node.js >= 20.19): the ES module itself, so that
// `import` and `require` share one instance of the wasm module.
module.exports = require("./node.js");
