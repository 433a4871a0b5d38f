// Types of `require("checkout-footprint/vue")` (Node.js >= 20.19): those of
// "checkout-footprint/element", and the ES module's Vue declarations.
export * from "./element.cjs";
export type {
  CheckoutFootprintVueProps,
  CheckoutFootprintOptionVueProps,
  CheckoutFootprintOptionElement,
} from "./vue.js" with { "resolution-mode": "import" };
