// Types of `require("checkout-footprint/option")`: the ES module's declarations.
type M = typeof import("./option.js", { with: { "resolution-mode": "import" } });
export declare const CheckoutFootprintOptionElement: M["CheckoutFootprintOptionElement"];
export type CheckoutFootprintOptionElement = import("./option.js", {
  with: { "resolution-mode": "import" },
}).CheckoutFootprintOptionElement;
export type { CheckoutFootprintOptionEventMap } from "./option.js" with { "resolution-mode": "import" };
