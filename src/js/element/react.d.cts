// Types of `require("checkout-footprint/react")` (Node.js >= 20.19): those of
// "checkout-footprint/element", and the ES module's React declarations.
export * from "./element.cjs";
export type {
  CheckoutFootprintReactProps,
  CheckoutFootprintOptionReactProps,
  CheckoutFootprintOptionElement,
} from "./react.js" with { "resolution-mode": "import" };
