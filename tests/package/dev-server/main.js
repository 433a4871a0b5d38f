// An app on a dev server (Vite 7, Vite 8, webpack-dev-server) with no configuration for
// the package: the API, the element and the option element, imported by their names.
import { estimate, version } from "checkout-footprint";
import "checkout-footprint/element";
import "checkout-footprint/option";

const order = {
  shipments: [
    {
      id: "seller-17",
      from: { country: "FR", lat: 45.76, lon: 4.84 },
      to: { country: "DE" },
      service: "standard",
      items: [{ category: "smartphone", quantity: 1 }],
    },
  ],
};

const seen = { version: version(), api: estimate(order, { currency: "EUR" }), footprint: null, errors: [] };
window.seen = seen;
const el = document.querySelector("checkout-footprint");
el.addEventListener("footprintchange", (e) => (seen.footprint = e.detail));
el.addEventListener("footprinterror", (e) => seen.errors.push(e.detail));
document
  .querySelector("checkout-footprint-option")
  .addEventListener("footprinterror", (e) => seen.errors.push(e.detail));
el.order = order;
