// The words of the line of <checkout-footprint> in German, and of the figure each
// <checkout-footprint-option> shows: imported when a page shows German. The details panel's words
// are in details.js beside this file. Every language has the same keys; wording rules
// in ../../i18n.js.
export default {
  title: "Geschätzte Emissionen der Lieferung",
  loading: "Wird geschätzt…",
  unavailable: "Nicht verfügbar",
  offer: "{amount} als Beitrag zu einem Klimaprojekt hinzufügen",
  option: "Geschätzt: {mass}",
  lowest: "Niedrigste geschätzte Emissionen der Lieferung",
  summary: "So wird geschätzt",
};
