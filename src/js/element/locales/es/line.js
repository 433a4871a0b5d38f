// The words of the line of <checkout-footprint> in Spanish, and of the figure each
// <checkout-footprint-option> shows: imported when a page shows Spanish. The details panel's words
// are in details.js beside this file. Every language has the same keys; wording rules
// in ../../i18n.js.
export default {
  title: "Huella estimada del envío",
  loading: "Calculando…",
  unavailable: "No disponible",
  offer: "Aportar {amount} a un proyecto climático",
  option: "Estimación: {mass}",
  lowest: "Menor huella estimada del envío",
  summary: "Cómo se estima",
};
