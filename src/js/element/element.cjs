// `require("checkout-footprint/element")` (Node.js >= 20.19): the ES module itself. Where
// there is no DOM it registers nothing and its classes are undefined.
module.exports = require("./element.js");
