// The words of the details panel of <checkout-footprint> in Dutch, imported with the
// panel's code (../../details.js) when the shopper is about to open it. Every language
// has the same keys; wording rules in ../../i18n.js. `chain_*` describe the default
// chain of a shipment without legs (footprint.shipments[i].chain), {hubs} its hubCount.
export default {
  range: "Bandbreedte: {low} tot {high}.",
  shipment: "Zending {n}",
  shipmentId: "Zending {n} ({id})",
  colon: ": ",
  stages: {
    firstMileKg: "Ophalen",
    lineHaulKg: "Hoofdtransport",
    hubsKg: "Sorteercentra",
    lastMileKg: "Bezorging",
    packagingKg: "Verpakking",
  },
  avoided:
    "Door refurbished in plaats van nieuw te kopen is ongeveer {mass} aan productie-uitstoot vermeden. " +
    "Dit staat apart vermeld en wordt niet van de schatting van de bezorging afgetrokken.",
  contribution:
    "De bijdrage is berekend tegen {price} per ton CO₂e en steunt een klimaatproject. " +
    "Ze haalt de uitstoot van deze bezorging niet weg.",
  primary: "{share} van deze schatting is gebaseerd op cijfers van de vervoerders ({sources}).",
  assumptionsTitle: "Aannames",
  method: "Methode: {standard}, emissiefactoren {factorSet}, well-to-wheel, model {version}.",
  assumptions: {
    catalog_weight:
      "Een artikel zonder gewicht wordt gerekend met het gebruikelijke verzendgewicht van zijn categorie " +
      "(apparaat in eigen doos).",
    unusual_weight:
      "Het gewicht van een artikel ligt ver boven het gebruikelijke van zijn categorie en wordt geteld zoals opgegeven; misschien is het in grammen ingevoerd.",
    default_packaging:
      "Een zending zonder opgegeven verpakking wordt gerekend met één kartonnen doos, " +
      "de gebruikelijke doos van het grootste artikel.",
    country_reference_point:
      "Een adres zonder coördinaten wordt op het referentiepunt van het land gezet (de grootste stad); " +
      "de bandbreedte dekt de gebruikelijke spreiding van adressen.",
    chain_road:
      "Een zending zonder route wordt gerekend als opgehaald door een bestelbusronde, vervoerd per trekker-oplegger (hemelsbrede afstand maal de gebruikelijke omweg over de weg), gesorteerd in {hubs} pakketsorteercentra en bezorgd door een bestelbusronde.",
    chain_road_express:
      "Een expreszending onder 800\u00a0km zonder route wordt gerekend als opgehaald door een bestelbusronde, vervoerd per bakwagen (hemelsbrede afstand maal de gebruikelijke omweg over de weg), gesorteerd in {hubs} pakketsorteercentra en bezorgd door een bestelbusronde.",
    chain_air:
      "Een zending zonder route wordt gerekend per vliegtuig (hemelsbrede afstand plus 95\u00a0km, vrachtvliegtuig boven 1.500\u00a0km) met aan elk eind een stuk over de weg, gesorteerd in {hubs} pakketsorteercentra, opgehaald en bezorgd door bestelbusrondes.",
    carrier_split:
      "Het cijfer van een vervoerder dat meerdere fases dekt, wordt over die fases gespreid in de verhoudingen van de standaardschatting.",
  },
};
