// The words of the line of <checkout-footprint> in Dutch (title, offer, summary),
// imported by the element only when a page shows that language (see element-i18n.js).
// The details panel's words are in element-details-nl.js. Same keys as the English
// words; wording rules in element-i18n.js.
export default {
  title: "Geschatte uitstoot van de bezorging",
  loading: "Bezig met schatten…",
  unavailable: "Niet beschikbaar",
  offer: "{amount} toevoegen als bijdrage aan een klimaatproject",
  summary: "Hoe dit wordt geschat",
};
