// Types of `import "checkout-footprint/element"`, which registers <checkout-footprint>.
import type { FactorSetName, Footprint, Order } from "./index.js";

/**
 * `offsetchange`: the contribution to add changed: the shopper ticked or unticked it, its
 * amount changed while ticked, or it stopped (or started again) applying as the estimate
 * became unavailable (or available again).
 */
export interface OffsetChangeDetail {
  selected: boolean;
  /** The contribution in minor units of `currency` (cents); add it to the order when selected. */
  amountMinor: number;
  currency: string;
}

/**
 * `footprinterror`: the order was invalid or the package could not load (the line then
 * says "Not available"); or, with path "details", the details panel's code or words
 * could not load (the line stays; opening the panel again tries again). On a
 * <checkout-footprint-option>, path "service": its `service` is not one of the model's.
 */
export interface FootprintErrorDetail {
  /** A FootprintError code; "load_failed" when a file could not load; "render_failed", "internal". */
  code: string;
  message: string;
  /** The offending field, "details" or "service", or null. */
  path: string | null;
}

/**
 * The element's events. They bubble and are composed, so they are declared for every
 * element and the document (GlobalEventHandlersEventMap, below): `addEventListener` of
 * the element, an ancestor or the document gives each listener its `detail` type.
 */
export interface CheckoutFootprintEventMap extends HTMLElementEventMap {
  footprintchange: CustomEvent<Footprint>;
  offsetchange: CustomEvent<OffsetChangeDetail>;
  footprinterror: CustomEvent<FootprintErrorDetail>;
}

/**
 * <checkout-footprint> as JSX-style templates write it (React 19, Svelte 5): `order` as a
 * property, the primitives by their attribute names (so that server HTML carries them),
 * handlers in lower case, as these frameworks listen for the name after "on".
 */
export interface CheckoutFootprintAttributes {
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

/**
 * The <checkout-footprint> element. The module exports its class where there is a DOM;
 * where there is none (server rendering, Node) importing it registers nothing and the
 * exported value is undefined, so use it as a type there.
 */
export class CheckoutFootprintElement extends HTMLElement {
  /** The order to estimate; null shows nothing. */
  order: Order | null;
  /**
   * BCP 47 tag (attribute `locale`); absent: the closest `lang`, the page's, the browser's
   * language, then "en". A language without words of its own is shown in English.
   */
  locale: string;
  /** ISO 4217 code of the contribution (attribute `currency`); default "USD". */
  currency: string;
  /** Price per tonne CO2e in major units (attribute `price-per-tonne`); default 27. */
  pricePerTonne: number;
  /** Attribute `factor-set`; default "glec-v3". */
  factorSet: FactorSetName;
  /** Whether the contribution is ticked (attribute `offset-selected`). */
  offsetSelected: boolean;
  /** The last footprint shown, or null. */
  readonly footprint: Footprint | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "checkout-footprint": CheckoutFootprintElement;
  }
  interface GlobalEventHandlersEventMap {
    footprintchange: CustomEvent<Footprint>;
    offsetchange: CustomEvent<OffsetChangeDetail>;
    footprinterror: CustomEvent<FootprintErrorDetail>;
  }
}
