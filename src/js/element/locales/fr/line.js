// The words of the line of <checkout-footprint> in French, and of the figure each
// <checkout-footprint-option> shows: imported when a page shows French. The details panel's words
// are in details.js beside this file. Every language has the same keys; wording rules
// in ../../i18n.js.
export default {
  title: "Empreinte estimée de la livraison",
  loading: "Estimation…",
  unavailable: "Non disponible",
  offer: "Ajouter {amount} en contribution à un projet pour le climat",
  option: "Estimation\u00a0: {mass}",
  lowest: "Plus faible empreinte estimée de la livraison",
  summary: "Comment cette estimation est faite",
};
