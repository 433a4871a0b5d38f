// Types of `import "checkout-footprint/react"`: the same module as
// "checkout-footprint/element" (it registers <checkout-footprint>), and both elements
// declared to React 19's JSX. <checkout-footprint-option> still needs
// `import "checkout-footprint/option"` to be registered.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { CheckoutFootprintAttributes, CheckoutFootprintElement } from "./element.js";
import type { CheckoutFootprintOptionAttributes, CheckoutFootprintOptionElement } from "./option.js";

export * from "./element.js";
export type { CheckoutFootprintOptionElement } from "./option.js";

/**
 * <checkout-footprint> in React 19. `order` is set as a property (never in server HTML);
 * the primitives go by their attribute names, so that server rendering writes them too.
 * Handlers are in lower case: React 19 listens for the name after "on" as written.
 */
export interface CheckoutFootprintReactProps
  extends
    DetailedHTMLProps<HTMLAttributes<CheckoutFootprintElement>, CheckoutFootprintElement>,
    CheckoutFootprintAttributes {}

/** <checkout-footprint-option> in React 19. */
export interface CheckoutFootprintOptionReactProps
  extends
    DetailedHTMLProps<HTMLAttributes<CheckoutFootprintOptionElement>, CheckoutFootprintOptionElement>,
    CheckoutFootprintOptionAttributes {}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "checkout-footprint": CheckoutFootprintReactProps;
      "checkout-footprint-option": CheckoutFootprintOptionReactProps;
    }
  }
}
