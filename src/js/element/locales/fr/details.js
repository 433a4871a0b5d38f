// The words of the details panel of <checkout-footprint> in French, imported with the
// panel's code (../../details.js) when the shopper is about to open it. Every language
// has the same keys; wording rules in ../../i18n.js. `chain_*` describe the default
// chain of a shipment without legs (footprint.shipments[i].chain), {hubs} its hubCount.
export default {
  range: "Fourchette\u00a0: de {low} à {high}.",
  shipment: "Envoi {n}",
  shipmentId: "Envoi {n} ({id})",
  colon: "\u00a0: ",
  stages: {
    firstMileKg: "Collecte",
    lineHaulKg: "Transport principal",
    hubsKg: "Plateformes de tri",
    lastMileKg: "Livraison",
    packagingKg: "Emballage",
  },
  avoided:
    "Acheter reconditionné plutôt que neuf a évité environ {mass} d'émissions de fabrication. " +
    "Ce chiffre est indiqué à part et n'est pas déduit de l'estimation de la livraison.",
  contribution:
    "La contribution est calculée à {price} par tonne de CO₂e et soutient un projet pour le climat. " +
    "Elle ne supprime pas les émissions de cette livraison.",
  primary: "{share} de cette estimation repose sur les chiffres des transporteurs ({sources}).",
  assumptionsTitle: "Hypothèses",
  method: "Méthode\u00a0: {standard}, facteurs d'émission {factorSet}, du puits à la roue, modèle {version}.",
  assumptions: {
    catalog_weight:
      "Un article sans poids est compté au poids d'expédition typique de sa catégorie (appareil dans sa boîte).",
    unusual_weight:
      "Le poids d'un article dépasse de loin celui de sa catégorie et est compté tel quel\u00a0; il a peut-être été saisi en grammes.",
    default_packaging:
      "Un envoi sans emballage précisé est compté avec un carton, la boîte habituelle de son plus grand article.",
    country_reference_point:
      "Une adresse sans coordonnées est placée au point de référence de son pays (sa plus grande ville)\u00a0; " +
      "la fourchette couvre la dispersion habituelle des adresses.",
    chain_road:
      "Un envoi sans itinéraire est compté comme collecté par une tournée de camionnette, transporté par camion articulé (distance à vol d'oiseau multipliée par le détour routier habituel), trié dans {hubs} plateformes de colis et livré par une tournée de camionnette.",
    chain_road_express:
      "Un envoi express de moins de 800\u00a0km sans itinéraire est compté comme collecté par une tournée de camionnette, transporté par camion porteur (distance à vol d'oiseau multipliée par le détour routier habituel), trié dans {hubs} plateformes de colis et livré par une tournée de camionnette.",
    chain_air:
      "Un envoi sans itinéraire est compté par avion (distance à vol d'oiseau plus 95\u00a0km, avion cargo au-delà de 1\u202f500\u00a0km) avec un trajet routier à chaque bout, trié dans {hubs} plateformes de colis, collecté et livré par des tournées de camionnette.",
    carrier_split:
      "Le chiffre d'un transporteur qui couvre plusieurs étapes est réparti entre elles dans les proportions de l'estimation par défaut.",
  },
};
