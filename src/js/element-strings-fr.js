// The words of the line of <checkout-footprint> in French (title, offer, summary),
// imported by the element only when a page shows that language (see element-i18n.js).
// The details panel's words are in element-details-fr.js. Same keys as the English
// words; wording rules in element-i18n.js.
export default {
  title: "Empreinte estimée de la livraison",
  loading: "Estimation…",
  unavailable: "Non disponible",
  offer: "Ajouter {amount} en contribution à un projet pour le climat",
  summary: "Comment cette estimation est faite",
};
