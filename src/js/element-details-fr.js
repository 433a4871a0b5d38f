// The words of the details panel of <checkout-footprint> in French, imported with
// the panel's code (element-details.js) when the shopper is about to open it (see
// element-i18n.js). Same keys as the English words; wording rules in element-i18n.js.
export default {
  range: "Fourchette\u00a0: de {low} à {high}.",
  shipment: "Envoi {n}",
  shipmentId: "Envoi {n} ({id})",
  colon: "\u00a0: ",
  stages: {
    lineHaulKg: "Transport principal",
    hubsKg: "Plateformes",
    lastMileKg: "Dernier kilomètre",
    packagingKg: "Emballage",
  },
  avoided:
    "Acheter reconditionné plutôt que neuf a évité environ {mass} d'émissions de fabrication. " +
    "Ce chiffre est indiqué à part et n'est pas déduit de l'estimation de la livraison.",
  contribution:
    "La contribution est calculée à {price} par tonne de CO₂e et soutient un projet pour le climat. " +
    "Elle ne supprime pas les émissions de cette livraison.",
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
    chain_truck_hgv:
      "Un envoi sans itinéraire est compté par camion articulé (distance à vol d'oiseau plus 5\u00a0%), " +
      "via une plateforme, puis le dernier kilomètre.",
    chain_truck_rigid:
      "Un envoi express de moins de 800\u00a0km sans itinéraire est compté par camion porteur " +
      "(distance à vol d'oiseau plus 5\u00a0%), via une plateforme, puis le dernier kilomètre.",
    chain_air:
      "Un envoi sans itinéraire est compté par avion (distance à vol d'oiseau plus 95\u00a0km), " +
      "via une plateforme, puis le dernier kilomètre.",
  },
};
