// Every language's words of <checkout-footprint> in one object, for tests: per language,
// the words of the line and those of the details panel together, read from the sources
// (src/js/element/locales/<lang>/), which the package bundles as they are.
import { assumptionText, FACTOR_SET_NAMES } from "../../../src/js/element/details.js";
import { fill, LANGUAGES, resolveLocale as resolveTag } from "../../../src/js/element/i18n.js";

export { assumptionText, FACTOR_SET_NAMES, fill, LANGUAGES };

/** The words per language, English first. */
export const STRINGS = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (lang) => {
      const line = (await import(`../../../src/js/element/locales/${lang}/line.js`)).default;
      const details = (await import(`../../../src/js/element/locales/${lang}/details.js`)).default;
      return [lang, { ...line, ...details }];
    }),
  ),
);

/** `resolveLocale` of i18n.js, with the language's strings. */
export function resolveLocale(candidates) {
  const { tag, lang } = resolveTag(candidates);
  return { tag, lang, strings: STRINGS[lang] };
}
