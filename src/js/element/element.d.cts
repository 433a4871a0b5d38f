// Types of `require("checkout-footprint/element")`: the ES module's declarations.
type M = typeof import("./element.js", { with: { "resolution-mode": "import" } });
export declare const CheckoutFootprintElement: M["CheckoutFootprintElement"];
export type CheckoutFootprintElement = import("./element.js", {
  with: { "resolution-mode": "import" },
}).CheckoutFootprintElement;
export type { CheckoutFootprintEventMap, FootprintErrorDetail, OffsetChangeDetail } from "./element.js" with {
  "resolution-mode": "import",
};
