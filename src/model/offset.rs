//! The price of offsetting an amount of CO2e, in integer minor units of a currency.
//!
//! Rule (FACTS.md, "Money and offsets"): amounts are rounded up, never down, so nothing
//! is under-covered, and a non-zero footprint never shows a zero price.
//!
//! The computation is exact integer arithmetic: the footprint is taken in micrograms
//! (rounded up) and the price in millionths of a major unit per tonne (rounded to the
//! nearest), so `amountMinor = ceil(co2e_ug * price_micro * 10^exponent / 10^21)`,
//! computed in `u128` with no float rounding of money.

use serde::Serialize;

/// ISO 4217 codes whose minor unit is not the usual 1/100 (ISO 4217, "List One",
/// amendment 179, 2025): zero-decimal and three- and four-decimal currencies.
const NOT_TWO_DECIMALS: [(&str, u32); 26] = [
    ("BHD", 3),
    ("BIF", 0),
    ("CLF", 4),
    ("CLP", 0),
    ("DJF", 0),
    ("GNF", 0),
    ("IQD", 3),
    ("ISK", 0),
    ("JOD", 3),
    ("JPY", 0),
    ("KMF", 0),
    ("KRW", 0),
    ("KWD", 3),
    ("LYD", 3),
    ("OMR", 3),
    ("PYG", 0),
    ("RWF", 0),
    ("TND", 3),
    ("UGX", 0),
    ("UYI", 0),
    ("UYW", 4),
    ("VND", 0),
    ("VUV", 0),
    ("XAF", 0),
    ("XOF", 0),
    ("XPF", 0),
];

/// Active ISO 4217 currency codes with two decimals (ISO 4217 "List One", amendment
/// 179, 2025; funds codes and precious metals left out), sorted for binary search.
const TWO_DECIMALS: [&str; 132] = [
    "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN",
    "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY",
    "COP", "CRC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
    "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR",
    "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK",
    "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP",
    "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
    "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY",
    "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD", "XCG", "YER", "ZAR",
    "ZMW", "ZWG",
];

/// The number of decimals of an ISO 4217 currency, or `None` for an unknown code.
/// Codes are upper case, as ISO 4217 writes them.
pub fn currency_exponent(code: &str) -> Option<u32> {
    if let Some((_, e)) = NOT_TWO_DECIMALS.iter().find(|(c, _)| *c == code) {
        return Some(*e);
    }
    TWO_DECIMALS.binary_search(&code).ok().map(|_| 2)
}

/// What offsetting a footprint costs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Offset {
    /// ISO 4217 code.
    pub currency: String,
    /// The price in minor units (cents), rounded up; at least 1 for any footprint > 0.
    pub amount_minor: u64,
    /// `amountMinor` in major units, for display only (format it with Intl).
    pub amount: f64,
    /// The price used, in major units per tonne CO2e.
    pub price_per_tonne: f64,
}

/// Micrograms per kilogram, the resolution at which the footprint is priced.
const UG_PER_KG: f64 = 1e9;
/// Millionths of a major unit: the resolution of the price per tonne.
const PRICE_SCALE: f64 = 1e6;
/// ug per tonne (1e12) times the price scale (1e6).
const DIVISOR: u128 = 1_000_000_000_000_000_000;

/// The offset of `co2e_kg` at `price_per_tonne` major units of `currency`.
///
/// `currency` must be a code that [`currency_exponent`] knows (options are validated
/// before); an unknown code is priced with two decimals rather than panicking.
pub fn offset(co2e_kg: f64, currency: &str, price_per_tonne: f64) -> Offset {
    let exponent = currency_exponent(currency).unwrap_or(2);
    let amount_minor = amount_minor(co2e_kg, price_per_tonne, exponent);
    Offset {
        currency: currency.to_string(),
        amount_minor,
        amount: amount_minor as f64 / 10f64.powi(exponent as i32),
        price_per_tonne,
    }
}

/// `ceil(co2e_kg / 1000 * price_per_tonne * 10^exponent)` in exact integers, at least 1
/// when both the footprint and the price are positive.
pub fn amount_minor(co2e_kg: f64, price_per_tonne: f64, exponent: u32) -> u64 {
    if !(co2e_kg > 0.0 && price_per_tonne > 0.0) {
        return 0;
    }
    // `as` saturates on overflow and maps NaN to 0; the inputs are finite and bounded.
    let co2e_ug = (co2e_kg * UG_PER_KG).ceil() as u128;
    let price_micro = ((price_per_tonne * PRICE_SCALE).round() as u128).max(1);
    let scaled = co2e_ug
        .saturating_mul(price_micro)
        .saturating_mul(10u128.pow(exponent));
    let minor = scaled.div_ceil(DIVISOR).max(1);
    u64::try_from(minor).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_decimal_table_is_sorted() {
        assert!(TWO_DECIMALS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn exponents_follow_iso_4217() {
        assert_eq!(currency_exponent("USD"), Some(2));
        assert_eq!(currency_exponent("EUR"), Some(2));
        assert_eq!(currency_exponent("JPY"), Some(0));
        assert_eq!(currency_exponent("KRW"), Some(0));
        assert_eq!(currency_exponent("KWD"), Some(3));
        assert_eq!(currency_exponent("BHD"), Some(3));
        assert_eq!(currency_exponent("usd"), None);
        assert_eq!(currency_exponent("XXX"), None);
    }

    #[test]
    fn one_tonne_at_27_usd_is_2700_cents() {
        assert_eq!(amount_minor(1000.0, 27.0, 2), 2700);
    }

    #[test]
    fn rounds_up_and_never_shows_zero() {
        // 0.1 kg at 27 USD/t = 0.27 cents -> 1 cent.
        assert_eq!(amount_minor(0.1, 27.0, 2), 1);
        // 1 g still costs one minor unit.
        assert_eq!(amount_minor(0.001, 27.0, 0), 1);
        // 10 kg at 27 USD/t = 27 cents exactly: no spurious extra cent.
        assert_eq!(amount_minor(10.0, 27.0, 2), 27);
        assert_eq!(amount_minor(0.0, 27.0, 2), 0);
    }

    #[test]
    fn three_decimal_currency() {
        // 12.5 kg at 8.3 KWD/t = 0.10375 KWD = 103.75 fils -> 104.
        assert_eq!(amount_minor(12.5, 8.3, 3), 104);
    }
}
