// The storefront's checkout: the element, imported on demand.
import { start } from "./start.js";

await start(() => import("checkout-footprint/element"));
