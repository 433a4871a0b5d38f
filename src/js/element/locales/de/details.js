// The words of the details panel of <checkout-footprint> in German, imported with the
// panel's code (../../details.js) when the shopper is about to open it. Every language
// has the same keys; wording rules in ../../i18n.js. `chain_*` describe the default
// chain of a shipment without legs (footprint.shipments[i].chain), {hubs} its hubCount.
export default {
  range: "Bandbreite: {low} bis {high}.",
  shipment: "Sendung {n}",
  shipmentId: "Sendung {n} ({id})",
  colon: ": ",
  stages: {
    firstMileKg: "Abholung",
    lineHaulKg: "Hauptlauf",
    hubsKg: "Paketzentren",
    lastMileKg: "Zustellung",
    packagingKg: "Verpackung",
  },
  avoided:
    "Der Kauf eines generalüberholten statt eines neuen Geräts hat etwa {mass} Herstellungsemissionen vermieden. " +
    "Dieser Wert wird getrennt ausgewiesen und nicht von der Schätzung der Lieferung abgezogen.",
  contribution:
    "Der Beitrag wird mit {price} pro Tonne CO₂e berechnet und unterstützt ein Klimaprojekt. " +
    "Er beseitigt die Emissionen dieser Lieferung nicht.",
  primary: "{share} dieser Schätzung beruhen auf Angaben der Transportunternehmen ({sources}).",
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
      "die Bandbreite deckt die übliche Streuung der Adressen ab.",
    chain_road:
      "Eine Sendung ohne Route wird so gerechnet: Abholung auf einer Transporter-Tour, Sattelzug (Luftlinie mal üblicher Straßenumweg), {hubs} Paketzentren, Zustellung auf einer Transporter-Tour.",
    chain_road_express:
      "Eine Expresssendung unter 800\u00a0km ohne Route wird so gerechnet: Abholung auf einer Transporter-Tour, Lkw (Luftlinie mal üblicher Straßenumweg), {hubs} Paketzentren, Zustellung auf einer Transporter-Tour.",
    chain_air:
      "Eine Sendung ohne Route wird per Flugzeug gerechnet (Luftlinie plus 95\u00a0km, über 1.500\u00a0km im Frachtflugzeug), mit einer Straßenstrecke an jedem Ende, {hubs} Paketzentren, Abholung und Zustellung auf Transporter-Touren.",
    carrier_split:
      "Die Angabe eines Transportunternehmens für mehrere Abschnitte wird im Verhältnis der Standardschätzung auf sie aufgeteilt.",
  },
};
