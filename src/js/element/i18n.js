// How <checkout-footprint> picks its language, and its words. Each language, English
// included, has a folder locales/<lang>/ with two modules: the words of the line
// (line.js), imported when a page shows that language, and those of the details panel
// (details.js), imported with the panel's code when the shopper is about to open it. So
// a shopper downloads one language's words, not six, and the panel's only when about to
// open it. English is the fallback for a language whose line words cannot load.
//
// Wording follows EU Directive 2024/825 (empowering consumers for the green transition):
// the widget states an estimate and offers a contribution to a climate project. It never
// claims that a delivery is neutral, compensated or cancelled out, in any language; the
// element tests scan every string of every language for such words.
//
// English's line words are part of the element's file: the fallback needs no request, and
// an English page waits for no words. Placeholders are `{name}`; the values (already formatted by Intl) are put in with
// `fill`, and the result only ever goes into textContent.

// "../element/locales/...", not "./locales/...": the build bundles this one file into the
// element's (scripts/build-pkg.mjs leaves every "./locales/*" import a file of its own).
import english from "../element/locales/en/line.js";

/**
 * The languages with words of their own: adding one is a folder locales/<lang>/ (line.js
 * and details.js, the same keys as English) and its code here.
 */
export const LANGUAGES = ["en", "fr", "de", "es", "it", "nl"];

/** Languages written right to left: the element's direction follows its language. */
const RIGHT_TO_LEFT = ["ar", "fa", "he", "ur"];

/**
 * The writing direction of `lang`, for the element's `dir`.
 * @param {string} lang
 * @returns {"ltr" | "rtl"}
 */
export function direction(lang) {
  return RIGHT_TO_LEFT.includes(lang) ? "rtl" : "ltr";
}

/**
 * The words that `importWords(lang)` imports, each language imported once per page: `loaded(lang)` gives them
 * when they are already there (else undefined); `load(lang)` gives them, or null when
 * `lang` has none or its module cannot load (a later call tries again), and never rejects.
 * @param {(lang: string) => Promise<{ default: any }>} importWords
 * @param {Record<string, any>} [preloaded] words already there, by language
 */
function words(importWords, preloaded = {}) {
  /** @type {Record<string, any>} */
  const loaded = { ...preloaded };
  /** @type {Record<string, Promise<any>>} */
  const loading = {};
  /** @param {string} lang */
  const ready = (lang) => (Object.hasOwn(loaded, lang) ? loaded[lang] : undefined);
  /** @param {string} lang @returns {Promise<any>} */
  const load = (lang) => {
    if (ready(lang)) return Promise.resolve(ready(lang));
    if (!LANGUAGES.includes(lang)) return Promise.resolve(null);
    loading[lang] ??= importWords(lang).then(
      (/** @type {{ default: any }} */ module) => (loaded[lang] = module.default),
      () => {
        delete loading[lang];
        return null;
      },
    );
    return loading[lang];
  };
  return { loaded: ready, load };
}

// Template literals, so that one list names the languages: bundlers (Vite, webpack, the
// esbuild of scripts/build-pkg.mjs) make each folder's file a module of its own, loaded
// from next to the element.
const line = words((lang) => import(`./locales/${lang}/line.js`), { en: english });
const details = words((lang) => import(`./locales/${lang}/details.js`));

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
 * @param {string} lang
 * @returns {Promise<{ lang: string, strings: any } | null>}
 */
export async function loadWords(lang) {
  const strings = await loadStrings(lang);
  if (strings) return { lang, strings };
  const english = lang === "en" ? null : await loadStrings("en");
  return english ? { lang: "en", strings: english } : null;
}

/**
 * `template` with each `{name}` replaced by `values[name]` (plain text, never HTML).
 * @param {string} template
 * @param {Record<string, unknown>} values
 */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (/** @type {string} */ whole, /** @type {string} */ name) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The canonical form of a BCP 47 tag, or null when it is not one.
 * @param {unknown} tag
 */
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
 * @param {unknown[]} candidates
 * @returns {{ tag: string, lang: string }}
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
