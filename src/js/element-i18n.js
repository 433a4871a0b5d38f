// How <checkout-footprint> picks its language, and its words: English here, each other
// language in a module of its own (element-strings-fr.js, ...) that the element imports
// only when a page shows that language, so that a shopper downloads one language's
// words, not six. element-strings.js gathers them all (for tests and tooling).
//
// Wording follows EU Directive 2024/825 (empowering consumers for the green transition):
// the widget states an estimate and offers a contribution to a climate project. It never
// claims that a delivery is neutral, compensated or cancelled out, in any language; the
// element tests scan every string of every language for such words.
//
// Placeholders are `{name}`; the values (already formatted by Intl) are put in with
// `fill`, and the result only ever goes into textContent.

/** English: the fallback for any other language, and for one whose module cannot load. */
export const EN = {
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
};

/**
 * The other languages' modules. Static specifiers, so that bundlers (Vite, webpack)
 * emit each as a chunk of its own and browsers load it from next to this file.
 */
const IMPORTS = {
  fr: () => import("./element-strings-fr.js"),
  de: () => import("./element-strings-de.js"),
  es: () => import("./element-strings-es.js"),
  it: () => import("./element-strings-it.js"),
  nl: () => import("./element-strings-nl.js"),
};

/** The languages with their own strings. */
export const LANGUAGES = ["en", ...Object.keys(IMPORTS)];

const loaded = { en: EN };
const loading = {};

/** The strings of `lang` when they are already loaded (English always is), else undefined. */
export function loadedStrings(lang) {
  return Object.hasOwn(loaded, lang) ? loaded[lang] : undefined;
}

/**
 * The strings of `lang`, imported once per page; null when `lang` has none or its
 * module cannot load (the caller then shows English). Never rejects.
 */
export function loadStrings(lang) {
  const ready = loadedStrings(lang);
  if (ready) return Promise.resolve(ready);
  if (!Object.hasOwn(IMPORTS, lang)) return Promise.resolve(null);
  loading[lang] ??= IMPORTS[lang]().then(
    (module) => (loaded[lang] = module.default),
    () => {
      delete loading[lang];
      return null;
    },
  );
  return loading[lang];
}

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
 * what Intl formats with, `lang` the strings' language (see `loadStrings`). A tag of a language without
 * strings falls back to English, formatted as English, so the sentence and its numbers
 * agree.
 */
export function resolveLocale(candidates) {
  for (const candidate of candidates) {
    const tag = canonical(candidate);
    if (!tag) continue;
    const lang = tag.split("-")[0].toLowerCase();
    if (LANGUAGES.includes(lang)) return { tag, lang };
    return { tag: "en", lang: "en" };
  }
  return { tag: "en", lang: "en" };
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
