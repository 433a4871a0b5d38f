// The words of the line of <checkout-footprint> in Dutch, and of the figure each
// <checkout-footprint-option> shows: imported when a page shows Dutch. The details panel's words
// are in details.js beside this file. Every language has the same keys; wording rules
// in ../../i18n.js.
export default {
  title: "Geschatte uitstoot van de bezorging",
  loading: "Bezig met schatten…",
  unavailable: "Niet beschikbaar",
  offer: "{amount} toevoegen als bijdrage aan een klimaatproject",
  option: "Geschat: {mass}",
  lowest: "Laagste geschatte uitstoot van de bezorging",
  summary: "Hoe dit wordt geschat",
};
