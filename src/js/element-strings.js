// The words <checkout-footprint> shows, per language, and how its locale is chosen.
//
// Wording follows EU Directive 2024/825 (empowering consumers for the green transition):
// the widget states an estimate and offers a contribution to a climate project. It never
// claims that a delivery is neutral, compensated or cancelled out, in any language; the
// element tests scan every string below for such words.
//
// Placeholders are `{name}`; the values (already formatted by Intl) are put in with
// `fill`, and the result only ever goes into textContent.

/** English first: the fallback for any missing language or key. */
export const STRINGS = {
  en: {
    title: "Estimated delivery footprint",
    loading: "Estimating…",
    unavailable: "Not available",
    offer: "Add {amount} as a contribution to a climate project",
    summary: "How this is estimated",
    range: "Likely range: {low} to {high}.",
    shipment: "Shipment {n}",
    shipmentId: "Shipment {n} ({id})",
    stages: { lineHaulKg: "Line haul", hubsKg: "Hubs", lastMileKg: "Last mile", packagingKg: "Packaging" },
    avoided:
      "Buying refurbished rather than new avoided about {mass} of manufacturing emissions. " +
      "This is shown apart and not subtracted from the delivery estimate.",
    contribution:
      "The contribution is priced at {price} per tonne of CO₂e and supports a climate project. " +
      "It does not remove the emissions of this delivery.",
    assumptionsTitle: "Assumptions",
    method: "Method: {standard}, {factorSet} emission factors, well-to-wheel, model {version}.",
    assumptions: {
      catalog_weight:
        "An item without a weight is counted at the typical shipping weight of its category (device in its own box).",
      default_packaging:
        "A shipment without packaging details is counted with one cardboard box, the usual box for its largest item.",
      country_reference_point:
        "An address without coordinates is placed at its country's reference point (its largest city); " +
        "the range covers the usual spread of addresses.",
      chain_truck_hgv:
        "A shipment without a route is counted as going by articulated truck (straight-line distance plus 5%), " +
        "through one hub, then the last mile.",
      chain_truck_rigid:
        "An express shipment under 800 km without a route is counted as going by rigid truck " +
        "(straight-line distance plus 5%), through one hub, then the last mile.",
      chain_air:
        "A shipment without a route is counted as going by air (straight-line distance plus 95 km), " +
        "through one hub, then the last mile.",
    },
  },
  fr: {
    title: "Empreinte estimée de la livraison",
    loading: "Estimation…",
    unavailable: "Non disponible",
    offer: "Ajouter {amount} en contribution à un projet pour le climat",
    summary: "Comment cette estimation est faite",
    range: "Fourchette probable\u00a0: de {low} à {high}.",
    shipment: "Envoi {n}",
    shipmentId: "Envoi {n} ({id})",
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
  },
  de: {
    title: "Geschätzte Emissionen der Lieferung",
    loading: "Wird geschätzt…",
    unavailable: "Nicht verfügbar",
    offer: "{amount} als Beitrag zu einem Klimaprojekt hinzufügen",
    summary: "So wird geschätzt",
    range: "Wahrscheinlicher Bereich: {low} bis {high}.",
    shipment: "Sendung {n}",
    shipmentId: "Sendung {n} ({id})",
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
  },
  es: {
    title: "Huella estimada del envío",
    loading: "Calculando…",
    unavailable: "No disponible",
    offer: "Añadir {amount} como contribución a un proyecto climático",
    summary: "Cómo se estima",
    range: "Intervalo probable: de {low} a {high}.",
    shipment: "Envío {n}",
    shipmentId: "Envío {n} ({id})",
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
  },
  it: {
    title: "Impronta stimata della consegna",
    loading: "Stima in corso…",
    unavailable: "Non disponibile",
    offer: "Aggiungi {amount} come contributo a un progetto per il clima",
    summary: "Come viene stimata",
    range: "Intervallo probabile: da {low} a {high}.",
    shipment: "Spedizione {n}",
    shipmentId: "Spedizione {n} ({id})",
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
  },
  nl: {
    title: "Geschatte uitstoot van de bezorging",
    loading: "Bezig met schatten…",
    unavailable: "Niet beschikbaar",
    offer: "{amount} toevoegen als bijdrage aan een klimaatproject",
    summary: "Hoe dit wordt geschat",
    range: "Waarschijnlijke bandbreedte: {low} tot {high}.",
    shipment: "Zending {n}",
    shipmentId: "Zending {n} ({id})",
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
  },
};

/** The languages with their own strings. */
export const LANGUAGES = Object.keys(STRINGS);

/** Display names of the factor sets; an unknown name is shown as it is. */
export const FACTOR_SET_NAMES = { "glec-v3": "GLEC v3", "defra-2025": "DEFRA 2025" };

/** `template` with each `{name}` replaced by `values[name]` (plain text, never HTML). */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The canonical form of a BCP 47 tag, or null when it is not one. */
function canonical(tag) {
  if (typeof tag !== "string" || tag.trim() === "") return null;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The locale to show, from the first valid tag among `candidates` (the element's
 * `locale` attribute, the closest `lang`, the document's, the browser's): `tag` is
 * what Intl formats with, `lang` the strings' language. A tag of a language without
 * strings falls back to English, formatted as English, so the sentence and its numbers
 * agree.
 */
export function resolveLocale(candidates) {
  for (const candidate of candidates) {
    const tag = canonical(candidate);
    if (!tag) continue;
    const lang = tag.split("-")[0].toLowerCase();
    if (lang in STRINGS) return { tag, lang, strings: STRINGS[lang] };
    return { tag: "en", lang: "en", strings: STRINGS.en };
  }
  return { tag: "en", lang: "en", strings: STRINGS.en };
}

/**
 * The plain-words text of an assumption in `strings`, or null (then the model's own
 * English message is shown). `default_chain` depends on the mode the model chose,
 * read from the shipment's first leg.
 */
export function assumptionText(strings, assumption, footprint) {
  const table = strings.assumptions ?? {};
  if (assumption.code !== "default_chain") return table[assumption.code] ?? null;
  const index = /^shipments\[(\d+)\]/.exec(assumption.path ?? "")?.[1];
  const mode = footprint.shipments?.[Number(index)]?.legs?.[0]?.mode;
  const key = mode === "truck_hgv" || mode === "truck_rigid" || mode === "air" ? `chain_${mode}` : null;
  return (key && table[key]) ?? null;
}
