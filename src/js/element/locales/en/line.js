// The words of the line of <checkout-footprint> in English, and of the figure each
// <checkout-footprint-option> shows: bundled into the element's own file (../../i18n.js),
// as English is also the fallback of a language whose words cannot load. The details
// panel's words are in details.js beside this file. Every language has the same keys; wording rules
// in ../../i18n.js.
export default {
  title: "Estimated delivery footprint",
  loading: "Estimating…",
  unavailable: "Not available",
  offer: "Add {amount} as a contribution to a climate project",
  option: "Estimated {mass}",
  lowest: "Lowest estimated delivery footprint",
  summary: "How this is estimated",
};
