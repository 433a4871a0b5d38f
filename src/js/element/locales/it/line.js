// The words of the line of <checkout-footprint> in Italian, and of the figure each
// <checkout-footprint-option> shows: imported when a page shows Italian. The details panel's words
// are in details.js beside this file. Every language has the same keys; wording rules
// in ../../i18n.js.
export default {
  title: "Impronta stimata della consegna",
  loading: "Stima in corso…",
  unavailable: "Non disponibile",
  offer: "Contribuisci con {amount} a un progetto per il clima",
  option: "Stima: {mass}",
  lowest: "Impronta stimata della consegna più bassa",
  summary: "Come viene stimata",
};
