// The words of the line of <checkout-footprint> in English (title, offer, summary),
// imported by the element only when a page shows English, or another language whose
// module cannot load (see element-i18n.js). The details panel's words are in
// element-details-en.js. Every other language has the same keys; wording rules in
// element-i18n.js.
export default {
  title: "Estimated delivery footprint",
  loading: "Estimating…",
  unavailable: "Not available",
  offer: "Add {amount} as a contribution to a climate project",
  summary: "How this is estimated",
};
