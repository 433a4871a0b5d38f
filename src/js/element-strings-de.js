// The words of the line of <checkout-footprint> in German (title, offer, summary),
// imported by the element only when a page shows that language (see element-i18n.js).
// The details panel's words are in element-details-de.js. Same keys as the English
// words; wording rules in element-i18n.js.
export default {
  title: "Geschätzte Emissionen der Lieferung",
  loading: "Wird geschätzt…",
  unavailable: "Nicht verfügbar",
  offer: "{amount} als Beitrag zu einem Klimaprojekt hinzufügen",
  summary: "So wird geschätzt",
};
