// The words of the details panel of <checkout-footprint> in German, imported with
// the panel's code (element-details.js) when the shopper is about to open it (see
// element-i18n.js). Same keys as the English words; wording rules in element-i18n.js.
export default {
  range: "Bandbreite: {low} bis {high}.",
  shipment: "Sendung {n}",
  shipmentId: "Sendung {n} ({id})",
  colon: ": ",
  stages: { lineHaulKg: "Hauptlauf", hubsKg: "Umschlag", lastMileKg: "Letzte Meile", packagingKg: "Verpackung" },
  avoided:
    "Der Kauf eines generalüberholten statt eines neuen Geräts hat etwa {mass} Herstellungsemissionen vermieden. " +
    "Dieser Wert wird getrennt ausgewiesen und nicht von der Schätzung der Lieferung abgezogen.",
  contribution:
    "Der Beitrag wird mit {price} pro Tonne CO₂e berechnet und unterstützt ein Klimaprojekt. " +
    "Er beseitigt die Emissionen dieser Lieferung nicht.",
  assumptionsTitle: "Annahmen",
  method: "Methode: {standard}, Emissionsfaktoren {factorSet}, Well-to-Wheel, Modell {version}.",
  assumptions: {
    catalog_weight:
      "Ein Artikel ohne Gewichtsangabe wird mit dem typischen Versandgewicht seiner Kategorie " +
      "(Gerät im eigenen Karton) gerechnet.",
    unusual_weight:
      "Das Gewicht eines Artikels liegt weit über dem üblichen seiner Kategorie und wird wie angegeben gezählt; vielleicht wurde es in Gramm eingegeben.",
    default_packaging:
      "Eine Sendung ohne Verpackungsangabe wird mit einem Karton gerechnet, dem üblichen Karton ihres größten Artikels.",
    country_reference_point:
      "Eine Adresse ohne Koordinaten wird auf den Bezugspunkt ihres Landes (die größte Stadt) gesetzt; " +
      "der Bereich deckt die übliche Streuung der Adressen ab.",
    chain_truck_hgv:
      "Eine Sendung ohne Route wird per Sattelzug gerechnet (Luftlinie plus 5\u00a0%), " +
      "über einen Umschlagpunkt, dann die letzte Meile.",
    chain_truck_rigid:
      "Eine Expresssendung unter 800\u00a0km ohne Route wird per Lkw gerechnet (Luftlinie plus 5\u00a0%), " +
      "über einen Umschlagpunkt, dann die letzte Meile.",
    chain_air:
      "Eine Sendung ohne Route wird per Luftfracht gerechnet (Luftlinie plus 95\u00a0km), " +
      "über einen Umschlagpunkt, dann die letzte Meile.",
  },
};
