// Must NOT type-check: "phone" is not a category.
import { estimate } from "checkout-footprint";
estimate({ shipments: [{ from: { country: "FR" }, to: { country: "FR" }, items: [{ category: "phone" }] }] });
