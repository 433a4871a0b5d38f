// How <checkout-footprint> picks its language, and its words. Each language, English
// included, has two modules of its own: the words of the line (element-strings-fr.js,
// ...), which the element imports when a page shows that language, and those of the
// details panel (element-details-fr.js, ...), imported with the panel's code when the
// shopper is about to open it. So a shopper downloads one language's words, not six, and
// the panel's only when about to open it. English is the fallback for a language whose
// line words cannot load. element-strings.js gathers them all (for tests and tooling).
//
// Wording follows EU Directive 2024/825 (empowering consumers for the green transition):
// the widget states an estimate and offers a contribution to a climate project. It never
// claims that a delivery is neutral, compensated or cancelled out, in any language; the
// element tests scan every string of every language for such words.
//
// Placeholders are `{name}`; the values (already formatted by Intl) are put in with
// `fill`, and the result only ever goes into textContent.

/**
 * The languages' modules. Static specifiers, so that bundlers (Vite, webpack) emit each
 * as a chunk of its own and browsers load it from next to this file.
 */
const LINE = {
  en: () => import("./element-strings-en.js"),
  fr: () => import("./element-strings-fr.js"),
  de: () => import("./element-strings-de.js"),
  es: () => import("./element-strings-es.js"),
  it: () => import("./element-strings-it.js"),
  nl: () => import("./element-strings-nl.js"),
};
const DETAILS = {
  en: () => import("./element-details-en.js"),
  fr: () => import("./element-details-fr.js"),
  de: () => import("./element-details-de.js"),
  es: () => import("./element-details-es.js"),
  it: () => import("./element-details-it.js"),
  nl: () => import("./element-details-nl.js"),
};

/** The languages with their own strings. */
export const LANGUAGES = Object.keys(LINE);

/**
 * The words of `table`, each language imported once per page: `loaded(lang)` gives them
 * when they are already there (else undefined); `load(lang)` gives them, or null when
 * `lang` has none or its module cannot load (a later call tries again), and never rejects.
 */
function words(table) {
  const loaded = {};
  const loading = {};
  const ready = (lang) => (Object.hasOwn(loaded, lang) ? loaded[lang] : undefined);
  const load = (lang) => {
    if (ready(lang)) return Promise.resolve(ready(lang));
    if (!Object.hasOwn(table, lang)) return Promise.resolve(null);
    loading[lang] ??= table[lang]().then(
      (module) => (loaded[lang] = module.default),
      () => {
        delete loading[lang];
        return null;
      },
    );
    return loading[lang];
  };
  return { loaded: ready, load };
}

const line = words(LINE);
const details = words(DETAILS);

/** The words of the line in `lang` when they are already loaded, else undefined. */
export const loadedStrings = line.loaded;
/** The words of the line in `lang`; null when it has none or they cannot load. */
export const loadStrings = line.load;
/** The words of the details panel in `lang` when they are already loaded, else undefined. */
export const loadedDetailsStrings = details.loaded;
/** The words of the details panel in `lang`; null when it has none or they cannot load. */
export const loadDetailsStrings = details.load;

/**
 * The words of the line to show for `lang`: `{ lang, strings }` of that language, or of
 * English when its module cannot load; null when neither can load. Never rejects.
 */
export async function loadWords(lang) {
  const strings = await loadStrings(lang);
  if (strings) return { lang, strings };
  const english = lang === "en" ? null : await loadStrings("en");
  return english ? { lang: "en", strings: english } : null;
}

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
 * what Intl formats with, `lang` the strings' language (see `loadStrings`). A tag of a
 * language without strings falls back to English, formatted as English, so the sentence
 * and its numbers agree.
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
