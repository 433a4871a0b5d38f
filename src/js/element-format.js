// Numbers and money for <checkout-footprint>, formatted by Intl only.

const cache = new Map();

/** A cached Intl.NumberFormat (building one is the slow part). */
function numberFormat(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** The subscript unit that follows a mass. */
export const CO2E = "CO\u2082e";

/**
 * A mass of CO2e in a readable unit: grams under 1 kg, kilograms from 1 kg, two
 * significant digits (the estimate is not more precise than that), e.g. "520 g CO₂e",
 * "1.2 kg CO₂e", "1,2 kg CO₂e".
 */
export function formatMass(kg, locale) {
  const value = Number.isFinite(kg) && kg > 0 ? kg : 0;
  const digits = { maximumSignificantDigits: 2, style: "unit", unitDisplay: "short" };
  const grams = value * 1000;
  // 999.6 g rounds to "1,000 g": show it as 1 kg instead.
  const inGrams = Number(grams.toPrecision(2)) < 1000;
  const text = inGrams
    ? numberFormat(locale, { ...digits, unit: "gram" }).format(grams)
    : numberFormat(locale, { ...digits, unit: "kilogram" }).format(value);
  return `${text}\u00a0${CO2E}`;
}

/** The number of decimals Intl uses for `currency` (JPY 0, EUR 2, KWD 3). */
export function currencyDigits(currency, locale) {
  return numberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
}

/** An amount in minor units (cents) of `currency`, e.g. 4 EUR cents as "€0.04". */
export function formatMinor(amountMinor, currency, locale) {
  const f = numberFormat(locale, { style: "currency", currency });
  return f.format(amountMinor / 10 ** f.resolvedOptions().maximumFractionDigits);
}

/** An amount in major units of `currency`, e.g. a price per tonne "€27.00". */
export function formatMajor(amount, currency, locale) {
  return numberFormat(locale, { style: "currency", currency }).format(amount);
}
