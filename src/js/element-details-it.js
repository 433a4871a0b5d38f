// The words of the details panel of <checkout-footprint> in Italian, imported with
// the panel's code (element-details.js) when the shopper is about to open it (see
// element-i18n.js). Same keys as the English words; wording rules in element-i18n.js.
export default {
  range: "Intervallo: da {low} a {high}.",
  shipment: "Spedizione {n}",
  shipmentId: "Spedizione {n} ({id})",
  colon: ": ",
  stages: {
    lineHaulKg: "Trasporto principale",
    hubsKg: "Hub",
    lastMileKg: "Ultimo miglio",
    packagingKg: "Imballaggio",
  },
  avoided:
    "Acquistare ricondizionato anziché nuovo ha evitato circa {mass} di emissioni di produzione. " +
    "Il dato è indicato a parte e non viene sottratto dalla stima della consegna.",
  contribution:
    "Il contributo è calcolato a {price} per tonnellata di CO₂e e sostiene un progetto per il clima. " +
    "Non elimina le emissioni di questa consegna.",
  assumptionsTitle: "Ipotesi",
  method: "Metodo: {standard}, fattori di emissione {factorSet}, dal pozzo alla ruota, modello {version}.",
  assumptions: {
    catalog_weight:
      "Un articolo senza peso è calcolato con il peso di spedizione tipico della sua categoria " +
      "(dispositivo nella sua scatola).",
    unusual_weight:
      "Il peso di un articolo è molto superiore a quello tipico della sua categoria ed è contato così com'è; forse è stato inserito in grammi.",
    default_packaging:
      "Una spedizione senza imballaggio indicato è calcolata con una scatola di cartone, " +
      "quella abituale del suo articolo più grande.",
    country_reference_point:
      "Un indirizzo senza coordinate è collocato nel punto di riferimento del suo paese (la città più grande); " +
      "l'intervallo copre la dispersione abituale degli indirizzi.",
    chain_truck_hgv:
      "Una spedizione senza percorso è calcolata su autoarticolato (distanza in linea d'aria più il 5%), " +
      "attraverso un hub, poi l'ultimo miglio.",
    chain_truck_rigid:
      "Una spedizione espressa sotto gli 800\u00a0km senza percorso è calcolata su autocarro " +
      "(distanza in linea d'aria più il 5%), attraverso un hub, poi l'ultimo miglio.",
    chain_air:
      "Una spedizione senza percorso è calcolata per via aerea (distanza in linea d'aria più 95\u00a0km), " +
      "attraverso un hub, poi l'ultimo miglio.",
  },
};
