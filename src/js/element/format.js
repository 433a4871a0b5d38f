// Numbers and money for <checkout-footprint>, formatted by Intl only.

const cache = new Map();

/**
 * A cached Intl.NumberFormat (building one is the slow part).
 * @param {string} locale
 * @param {Intl.NumberFormatOptions} options
 */
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
 * "1.2 kg CO₂e", "1,2 kg CO₂e", "84 kg CO₂e"; from 1 to 10 kg always one decimal, so
 * that 1.04 kg reads "1.0 kg CO₂e", not "1 kg CO₂e".
 * @param {number} kg
 * @param {string} locale
 */
export function formatMass(kg, locale) {
  const value = Number.isFinite(kg) && kg > 0 ? kg : 0;
  const grams = value * 1000;
  /** @type {Intl.NumberFormatOptions} */
  const unit = { style: "unit", unitDisplay: "short" };
  let text;
  // 999.6 g rounds to "1,000 g": show it as "1.0 kg" instead; and 9.96 kg as "10 kg".
  if (Number(grams.toPrecision(2)) < 1000) {
    text = numberFormat(locale, { ...unit, unit: "gram", maximumSignificantDigits: 2 }).format(grams);
  } else if (Number(value.toFixed(1)) < 10) {
    const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    text = numberFormat(locale, { ...unit, unit: "kilogram", ...oneDecimal }).format(value);
  } else {
    text = numberFormat(locale, { ...unit, unit: "kilogram", maximumSignificantDigits: 2 }).format(value);
  }
  return `${text}\u00a0${CO2E}`;
}

/**
 * The number of decimals Intl uses for `currency` (JPY 0, EUR 2, KWD 3).
 * @param {string} currency
 * @param {string} locale
 */
export function currencyDigits(currency, locale) {
  return numberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
}

/**
 * An amount in minor units (cents) of `currency`, e.g. 4 EUR cents as "€0.04".
 * @param {number} amountMinor
 * @param {string} currency
 * @param {string} locale
 */
export function formatMinor(amountMinor, currency, locale) {
  const f = numberFormat(locale, { style: "currency", currency });
  return f.format(amountMinor / 10 ** f.resolvedOptions().maximumFractionDigits);
}

/**
 * An amount in major units of `currency`, e.g. a price per tonne "€27.00".
 * @param {number} amount
 * @param {string} currency
 * @param {string} locale
 */
export function formatMajor(amount, currency, locale) {
  return numberFormat(locale, { style: "currency", currency }).format(amount);
}

/**
 * A share (0 to 1) as a whole percentage, e.g. 0.4 as "40%" or "40 %".
 * @param {number} share
 * @param {string} locale
 */
export function formatPercent(share, locale) {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}
