// Each line marked "error" must fail to type-check, and no other.
import "checkout-footprint/react";
import "checkout-footprint/option";

export const misuses = [
  <checkout-footprint order={42} />, // error: not an Order
  <checkout-footprint factor-set="glec-v9" />, // error: no such factor set
  <checkout-footprint currency={5} />, // error: a string
  <checkout-footprint onoffsetchange={(e) => e.detail.nope} />, // error: no such detail
  <checkout-footprint-option service="drone" />, // error: no such service
  <checkout-footprint-option for="footprint" />, // error: service missing
  <checkout-footprint-option service="locker" for="footprint" onfootprinterror={(e) => e.detail.path} />,
];
