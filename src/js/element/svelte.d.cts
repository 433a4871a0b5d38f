// Types of `require("checkout-footprint/svelte")` (Node.js >= 20.19): those of
// "checkout-footprint/element", and the ES module's Svelte declarations.
export * from "./element.cjs";
export type {
  CheckoutFootprintSvelteProps,
  CheckoutFootprintOptionSvelteProps,
  CheckoutFootprintOptionElement,
} from "./svelte.js" with { "resolution-mode": "import" };
