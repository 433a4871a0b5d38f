// Types of `import "checkout-footprint/svelte"`: the same module as
// "checkout-footprint/element" (it registers <checkout-footprint>), and both elements
// declared to Svelte 5's templates (svelte-check, the Svelte extension).
// <checkout-footprint-option> still needs `import "checkout-footprint/option"` to be
// registered.
import type { HTMLAttributes } from "svelte/elements";
import type { CheckoutFootprintAttributes, CheckoutFootprintElement } from "./element.js";
import type { CheckoutFootprintOptionAttributes, CheckoutFootprintOptionElement } from "./option.js";

export * from "./element.js";
export type { CheckoutFootprintOptionElement } from "./option.js";

/** <checkout-footprint> in Svelte 5: `{order}`, `price-per-tonne={27}`, `onoffsetchange={...}`. */
export interface CheckoutFootprintSvelteProps
  extends HTMLAttributes<CheckoutFootprintElement>, CheckoutFootprintAttributes {}

/** <checkout-footprint-option> in Svelte 5. */
export interface CheckoutFootprintOptionSvelteProps
  extends HTMLAttributes<CheckoutFootprintOptionElement>, CheckoutFootprintOptionAttributes {}

declare module "svelte/elements" {
  interface SvelteHTMLElements {
    "checkout-footprint": CheckoutFootprintSvelteProps;
    "checkout-footprint-option": CheckoutFootprintOptionSvelteProps;
  }
}
