// `require("checkout-footprint/option")` (Node.js >= 20.19): the ES module itself. Where
// there is no DOM it registers nothing and its class is undefined.
module.exports = require("./option.js");
