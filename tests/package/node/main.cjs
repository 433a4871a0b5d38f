// CommonJS: require() of the package (Node >= 20.19 loads its ES module synchronously).
const { estimate, version } = require("checkout-footprint");
const f = estimate({ shipments: [{ from: { country: "FR" }, to: { country: "FR" }, items: [{ category: "smartphone" }] }] });
console.log(JSON.stringify({ version: version(), co2eKg: f.co2eKg }));
