// A Vite app using the package as the README shows.
import * as footprint from "checkout-footprint";
import "checkout-footprint/element";

window.footprint = footprint;
document.body.dataset.ready = customElements.get("checkout-footprint") ? "1" : "no-element";
