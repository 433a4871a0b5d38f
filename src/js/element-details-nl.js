// The words of the details panel of <checkout-footprint> in Dutch, imported with
// the panel's code (element-details.js) when the shopper is about to open it (see
// element-i18n.js). Same keys as the English words; wording rules in element-i18n.js.
export default {
  range: "Bandbreedte: {low} tot {high}.",
  shipment: "Zending {n}",
  shipmentId: "Zending {n} ({id})",
  colon: ": ",
  stages: {
    lineHaulKg: "Hoofdtransport",
    hubsKg: "Overslag",
    lastMileKg: "Laatste kilometer",
    packagingKg: "Verpakking",
  },
  avoided:
    "Door refurbished in plaats van nieuw te kopen is ongeveer {mass} aan productie-uitstoot vermeden. " +
    "Dit staat apart vermeld en wordt niet van de schatting van de bezorging afgetrokken.",
  contribution:
    "De bijdrage is berekend tegen {price} per ton CO₂e en steunt een klimaatproject. " +
    "Ze haalt de uitstoot van deze bezorging niet weg.",
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
    chain_truck_hgv:
      "Een zending zonder route wordt gerekend per trekker met oplegger (hemelsbrede afstand plus 5%), " +
      "via één overslagpunt, dan de laatste kilometer.",
    chain_truck_rigid:
      "Een expreszending onder 800\u00a0km zonder route wordt gerekend per bakwagen " +
      "(hemelsbrede afstand plus 5%), via één overslagpunt, dan de laatste kilometer.",
    chain_air:
      "Een zending zonder route wordt gerekend per vliegtuig (hemelsbrede afstand plus 95\u00a0km), " +
      "via één overslagpunt, dan de laatste kilometer.",
  },
};
