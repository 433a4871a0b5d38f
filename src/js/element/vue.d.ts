// Types of `import "checkout-footprint/vue"`: the same module as
// "checkout-footprint/element" (it registers <checkout-footprint>), and both elements
// declared to Vue 3's templates (vue-tsc, Vue - Official). <checkout-footprint-option>
// still needs `import "checkout-footprint/option"` to be registered.
import type { DefineComponent, HTMLAttributes } from "vue";
import type { FootprintErrorDetail, OffsetChangeDetail } from "./element.js";
import type { FactorSetName, Footprint, Order, Service } from "./index.js";

export * from "./element.js";
export type { CheckoutFootprintOptionElement } from "./option.js";

/** <checkout-footprint> in a Vue template: `:order`, `price-per-tonne`, `@offsetchange`. */
export interface CheckoutFootprintVueProps extends HTMLAttributes {
  order?: Order | null;
  locale?: string;
  currency?: string;
  pricePerTonne?: number | string;
  factorSet?: FactorSetName;
  offsetSelected?: boolean;
  /** `@footprintchange` */
  onFootprintchange?: (event: CustomEvent<Footprint>) => void;
  /** `@offsetchange` */
  onOffsetchange?: (event: CustomEvent<OffsetChangeDetail>) => void;
  /** `@footprinterror` */
  onFootprinterror?: (event: CustomEvent<FootprintErrorDetail>) => void;
}

/** <checkout-footprint-option> in a Vue template. */
export interface CheckoutFootprintOptionVueProps extends HTMLAttributes {
  service: Service;
  /** The id of the <checkout-footprint> to follow; absent: the first one. */
  for?: string;
  /** `@footprinterror` */
  onFootprinterror?: (event: CustomEvent<FootprintErrorDetail>) => void;
}

declare module "vue" {
  interface GlobalComponents {
    "checkout-footprint": DefineComponent<CheckoutFootprintVueProps>;
    "checkout-footprint-option": DefineComponent<CheckoutFootprintOptionVueProps>;
  }
}
