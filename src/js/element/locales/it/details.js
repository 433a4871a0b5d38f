// The words of the details panel of <checkout-footprint> in Italian, imported with the
// panel's code (../../details.js) when the shopper is about to open it. Every language
// has the same keys; wording rules in ../../i18n.js. `chain_*` describe the default
// chain of a shipment without legs (footprint.shipments[i].chain), {hubs} its hubCount.
export default {
  range: "Intervallo: da {low} a {high}.",
  shipment: "Spedizione {n}",
  shipmentId: "Spedizione {n} ({id})",
  colon: ": ",
  stages: {
    firstMileKg: "Ritiro",
    lineHaulKg: "Trasporto principale",
    hubsKg: "Centri di smistamento",
    lastMileKg: "Consegna",
    packagingKg: "Imballaggio",
  },
  avoided:
    "Acquistare ricondizionato anziché nuovo ha evitato circa {mass} di emissioni di produzione. " +
    "Il dato è indicato a parte e non viene sottratto dalla stima della consegna.",
  contribution:
    "Il contributo è calcolato a {price} per tonnellata di CO₂e e sostiene un progetto per il clima. " +
    "Non elimina le emissioni di questa consegna.",
  primary: "Il {share} di questa stima si basa sui dati dei vettori ({sources}).",
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
    chain_road:
      "Una spedizione senza percorso è calcolata come ritirata da un giro in furgone, trasportata in autoarticolato (distanza in linea d'aria per la consueta deviazione stradale), smistata in {hubs} centri pacchi e consegnata da un giro in furgone.",
    chain_road_express:
      "Una spedizione espressa sotto gli 800\u00a0km senza percorso è calcolata come ritirata da un giro in furgone, trasportata in autocarro (distanza in linea d'aria per la consueta deviazione stradale), smistata in {hubs} centri pacchi e consegnata da un giro in furgone.",
    chain_air:
      "Una spedizione senza percorso è calcolata in aereo (distanza in linea d'aria più 95\u00a0km, aereo cargo oltre 1.500\u00a0km) con un tratto su strada a ogni estremità, smistata in {hubs} centri pacchi, ritirata e consegnata da giri in furgone.",
    carrier_split:
      "Il dato di un vettore che copre più fasi è ripartito tra esse nelle proporzioni della stima predefinita.",
  },
};
