// Every language's words of <checkout-footprint> in one object, for tests and tooling:
// per language, the words of the line and those of the details panel together. The
// element itself does not import this module: it imports element-i18n.js, which loads a
// language's modules only when a page shows it.
import detailsDe from "./element-details-de.js";
import detailsEn from "./element-details-en.js";
import detailsEs from "./element-details-es.js";
import detailsFr from "./element-details-fr.js";
import detailsIt from "./element-details-it.js";
import detailsNl from "./element-details-nl.js";
import { resolveLocale as resolveTag } from "./element-i18n.js";
import de from "./element-strings-de.js";
import en from "./element-strings-en.js";
import es from "./element-strings-es.js";
import fr from "./element-strings-fr.js";
import it from "./element-strings-it.js";
import nl from "./element-strings-nl.js";

export { FACTOR_SET_NAMES, assumptionText } from "./element-details.js";
export { LANGUAGES, fill } from "./element-i18n.js";

/** The words per language, English first. */
export const STRINGS = {
  en: { ...en, ...detailsEn },
  fr: { ...fr, ...detailsFr },
  de: { ...de, ...detailsDe },
  es: { ...es, ...detailsEs },
  it: { ...it, ...detailsIt },
  nl: { ...nl, ...detailsNl },
};

/** `resolveLocale` of element-i18n.js, with the language's strings. */
export function resolveLocale(candidates) {
  const { tag, lang } = resolveTag(candidates);
  return { tag, lang, strings: STRINGS[lang] };
}
