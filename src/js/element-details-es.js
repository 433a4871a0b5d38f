// The words of the details panel of <checkout-footprint> in Spanish, imported with
// the panel's code (element-details.js) when the shopper is about to open it (see
// element-i18n.js). Same keys as the English words; wording rules in element-i18n.js.
export default {
  range: "Intervalo: de {low} a {high}.",
  shipment: "Envío {n}",
  shipmentId: "Envío {n} ({id})",
  colon: ": ",
  stages: {
    lineHaulKg: "Transporte principal",
    hubsKg: "Centros logísticos",
    lastMileKg: "Última milla",
    packagingKg: "Embalaje",
  },
  avoided:
    "Comprar reacondicionado en lugar de nuevo evitó unos {mass} de emisiones de fabricación. " +
    "Se indica aparte y no se resta de la estimación del envío.",
  contribution:
    "La contribución se calcula a {price} por tonelada de CO₂e y apoya un proyecto climático. " +
    "No elimina las emisiones de este envío.",
  assumptionsTitle: "Supuestos",
  method: "Método: {standard}, factores de emisión {factorSet}, del pozo a la rueda, modelo {version}.",
  assumptions: {
    catalog_weight:
      "Un artículo sin peso se cuenta con el peso de envío típico de su categoría (dispositivo en su caja).",
    unusual_weight:
      "El peso de un artículo supera con mucho el habitual de su categoría y se cuenta tal cual; quizá se indicó en gramos.",
    default_packaging:
      "Un envío sin embalaje indicado se cuenta con una caja de cartón, la habitual de su artículo más grande.",
    country_reference_point:
      "Una dirección sin coordenadas se sitúa en el punto de referencia de su país (su ciudad más grande); " +
      "el intervalo cubre la dispersión habitual de las direcciones.",
    chain_truck_hgv:
      "Un envío sin ruta se cuenta en camión articulado (distancia en línea recta más un 5\u00a0%), " +
      "por un centro logístico y luego la última milla.",
    chain_truck_rigid:
      "Un envío exprés de menos de 800\u00a0km sin ruta se cuenta en camión rígido " +
      "(distancia en línea recta más un 5\u00a0%), por un centro logístico y luego la última milla.",
    chain_air:
      "Un envío sin ruta se cuenta por avión (distancia en línea recta más 95\u00a0km), " +
      "por un centro logístico y luego la última milla.",
  },
};
