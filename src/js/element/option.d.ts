// Types of `import "checkout-footprint/option"`, which registers <checkout-footprint-option>.
import type { FootprintErrorDetail } from "./element.js";
import type { Service, ServiceFootprint } from "./index.js";

/** The option's event, typed on every element and the document by element.d.ts. */
export interface CheckoutFootprintOptionEventMap extends HTMLElementEventMap {
  footprinterror: CustomEvent<FootprintErrorDetail>;
}

/** <checkout-footprint-option> as JSX-style templates write it (React 19, Svelte 5). */
export interface CheckoutFootprintOptionAttributes {
  service: Service;
  /** The id of the <checkout-footprint> to follow; absent: the first one. */
  for?: string;
  onfootprinterror?: (event: CustomEvent<FootprintErrorDetail>) => void;
}

/**
 * <checkout-footprint-option service="express">: one delivery option's estimated
 * footprint, from the <checkout-footprint> its `for` names (an id), else the first one in
 * the same document or shadow root. Place it inside the option's label, or reference it
 * from the radio with aria-describedby.
 */
export class CheckoutFootprintOptionElement extends HTMLElement {
  /** The delivery service this option shows (attribute `service`). */
  service: Service;
  /** The id of the <checkout-footprint> to follow (attribute `for`); "" for the first one. */
  htmlFor: string;
  /** This service's estimate, or null while there is none. */
  readonly footprint: ServiceFootprint | null;
  /** Whether this service has the lowest estimate of the options shown (each of them on a tie). */
  readonly lowest: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    "checkout-footprint-option": CheckoutFootprintOptionElement;
  }
}
