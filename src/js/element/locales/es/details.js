// The words of the details panel of <checkout-footprint> in Spanish, imported with the
// panel's code (../../details.js) when the shopper is about to open it. Every language
// has the same keys; wording rules in ../../i18n.js. `chain_*` describe the default
// chain of a shipment without legs (footprint.shipments[i].chain), {hubs} its hubCount.
export default {
  range: "Intervalo: de {low} a {high}.",
  shipment: "Envío {n}",
  shipmentId: "Envío {n} ({id})",
  colon: ": ",
  stages: {
    firstMileKg: "Recogida",
    lineHaulKg: "Transporte principal",
    hubsKg: "Centros de clasificación",
    lastMileKg: "Entrega",
    packagingKg: "Embalaje",
  },
  avoided:
    "Comprar reacondicionado en lugar de nuevo evitó unos {mass} de emisiones de fabricación. " +
    "Se indica aparte y no se resta de la estimación del envío.",
  contribution:
    "La contribución se calcula a {price} por tonelada de CO₂e y apoya un proyecto climático. " +
    "No elimina las emisiones de este envío.",
  primary: "El {share} de esta estimación se basa en las cifras de los transportistas ({sources}).",
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
    chain_road:
      "Un envío sin ruta se calcula como recogido en una ruta de furgoneta, transportado en camión articulado (distancia en línea recta por el rodeo habitual por carretera), clasificado en {hubs} centros de paquetería y entregado en una ruta de furgoneta.",
    chain_road_express:
      "Un envío urgente de menos de 800\u00a0km sin ruta se calcula como recogido en una ruta de furgoneta, transportado en camión rígido (distancia en línea recta por el rodeo habitual por carretera), clasificado en {hubs} centros de paquetería y entregado en una ruta de furgoneta.",
    chain_air:
      "Un envío sin ruta se calcula por avión (distancia en línea recta más 95\u00a0km, avión de carga a partir de 1500\u00a0km) con un tramo por carretera en cada extremo, clasificado en {hubs} centros de paquetería, recogido y entregado en rutas de furgoneta.",
    carrier_split:
      "La cifra de un transportista que abarca varias etapas se reparte entre ellas en las proporciones de la estimación por defecto.",
  },
};
