// Must NOT type-check: a misspelled option and a wrong factor set.
import { estimate } from "checkout-footprint";
const order = {
  shipments: [{ from: { country: "FR" }, to: { country: "FR" }, items: [{ category: "laptop" as const }] }],
};
estimate(order, { curency: "EUR" });
estimate(order, { factorSet: "glec-v2" });
