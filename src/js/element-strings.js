// Every language's words of <checkout-footprint> in one object, for tests and tooling.
// The element itself does not import this module: it imports element-i18n.js, which
// holds English and loads another language's module only when a page shows it.
import { EN, resolveLocale as resolveTag } from "./element-i18n.js";
import de from "./element-strings-de.js";
import es from "./element-strings-es.js";
import fr from "./element-strings-fr.js";
import it from "./element-strings-it.js";
import nl from "./element-strings-nl.js";

export { FACTOR_SET_NAMES, LANGUAGES, assumptionText, fill } from "./element-i18n.js";

/** The words per language, English first. */
export const STRINGS = { en: EN, fr, de, es, it, nl };

/** `resolveLocale` of element-i18n.js, with the language's strings. */
export function resolveLocale(candidates) {
  const { tag, lang } = resolveTag(candidates);
  return { tag, lang, strings: STRINGS[lang] };
}
