// A CommonJS consumer of the framework entry points (module nodenext): their .d.cts
// resolve, and give the element's class and each framework's props.
import react = require("checkout-footprint/react");
import vue = require("checkout-footprint/vue");
import svelte = require("checkout-footprint/svelte");
import type { CheckoutFootprintReactProps } from "checkout-footprint/react";
import type { CheckoutFootprintVueProps } from "checkout-footprint/vue";
import type { CheckoutFootprintSvelteProps, OffsetChangeDetail } from "checkout-footprint/svelte";

export const classes = [react.CheckoutFootprintElement, vue.CheckoutFootprintElement, svelte.CheckoutFootprintElement];
export const props: [CheckoutFootprintReactProps, CheckoutFootprintVueProps, CheckoutFootprintSvelteProps] = [
  { "factor-set": "defra-2025" },
  { factorSet: "glec-v3" },
  { "price-per-tonne": 27 },
];
export const detail: OffsetChangeDetail = { selected: true, amountMinor: 2, currency: "EUR" };
