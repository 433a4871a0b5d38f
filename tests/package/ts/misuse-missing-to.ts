// Must NOT type-check: a shipment without `to`.
import { estimate } from "checkout-footprint";
estimate({ shipments: [{ from: { country: "FR" }, items: [{ category: "laptop" }] }] });
