// The words of the line of <checkout-footprint> in Italian (title, offer, summary),
// imported by the element only when a page shows that language (see element-i18n.js).
// The details panel's words are in element-details-it.js. Same keys as the English
// words; wording rules in element-i18n.js.
export default {
  title: "Impronta stimata della consegna",
  loading: "Stima in corso…",
  unavailable: "Non disponibile",
  offer: "Aggiungi {amount} come contributo a un progetto per il clima",
  summary: "Come viene stimata",
};
