// Types of `import "checkout-footprint/svelte"`: the same module as
// "checkout-footprint/element" (it registers <checkout-footprint>), and both elements
// declared to Svelte 5's templates (svelte-check, the Svelte extension).
// <checkout-footprint-option> still needs `import "checkout-footprint/option"` to be
// registered.
import type { HTMLAttributes } from "svelte/elements";
import type { CheckoutFootprintElement, FootprintErrorDetail, OffsetChangeDetail } from "./element.js";
import type { FactorSetName, Footprint, Order, Service } from "./index.js";
import type { CheckoutFootprintOptionElement } from "./option.js";

export * from "./element.js";
export type { CheckoutFootprintOptionElement } from "./option.js";

/** <checkout-footprint> in Svelte 5: `{order}`, `price-per-tonne={27}`, `onoffsetchange={...}`. */
export interface CheckoutFootprintSvelteProps extends HTMLAttributes<CheckoutFootprintElement> {
  order?: Order | null;
  locale?: string;
  currency?: string;
  "price-per-tonne"?: number | string;
  "factor-set"?: FactorSetName;
  "offset-selected"?: boolean;
  onfootprintchange?: (event: CustomEvent<Footprint>) => void;
  onoffsetchange?: (event: CustomEvent<OffsetChangeDetail>) => void;
  onfootprinterror?: (event: CustomEvent<FootprintErrorDetail>) => void;
}

/** <checkout-footprint-option> in Svelte 5. */
export interface CheckoutFootprintOptionSvelteProps extends HTMLAttributes<CheckoutFootprintOptionElement> {
  service: Service;
  /** The id of the <checkout-footprint> to follow; absent: the first one. */
  for?: string;
  onfootprinterror?: (event: CustomEvent<FootprintErrorDetail>) => void;
}

declare module "svelte/elements" {
  interface SvelteHTMLElements {
    "checkout-footprint": CheckoutFootprintSvelteProps;
    "checkout-footprint-option": CheckoutFootprintOptionSvelteProps;
  }
}
