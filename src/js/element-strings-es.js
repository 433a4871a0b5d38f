// The words of the line of <checkout-footprint> in Spanish (title, offer, summary),
// imported by the element only when a page shows that language (see element-i18n.js).
// The details panel's words are in element-details-es.js. Same keys as the English
// words; wording rules in element-i18n.js.
export default {
  title: "Huella estimada del envío",
  loading: "Calculando…",
  unavailable: "No disponible",
  offer: "Añadir {amount} como contribución a un proyecto climático",
  summary: "Cómo se estima",
};
