// The storefront's checkout with a figure beside each delivery option.
import { start } from "./start.js";

await start(() => Promise.all([import("checkout-footprint/element"), import("checkout-footprint/option")]));
