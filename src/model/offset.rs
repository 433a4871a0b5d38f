//! The price of offsetting an amount of CO2e, in integer minor units of a currency.
//!
//! Rule (METHODOLOGY.md §18, ISO 4217): amounts are rounded up, never down, so nothing
//! is under-covered, and a non-zero footprint never shows a zero price.
//!
//! The computation is exact integer arithmetic: the footprint is taken in micrograms
//! (rounded up) and the price in millionths of a major unit per tonne (rounded to the
//! nearest), so `amountMinor = ceil(co2e_ug * price_micro * 10^exponent / 10^18)`,
//! computed in `u128` with no float rounding of money.

use serde::Serialize;

/// ISO 4217 codes whose minor unit is not the usual 1/100 (ISO 4217, "List One",
/// amendment 179, 2025): zero-decimal and three- and four-decimal currencies.
const NOT_TWO_DECIMALS: [([u8; 3], u32); 26] = [
    (*b"BHD", 3),
    (*b"BIF", 0),
    (*b"CLF", 4),
    (*b"CLP", 0),
    (*b"DJF", 0),
    (*b"GNF", 0),
    (*b"IQD", 3),
    (*b"ISK", 0),
    (*b"JOD", 3),
    (*b"JPY", 0),
    (*b"KMF", 0),
    (*b"KRW", 0),
    (*b"KWD", 3),
    (*b"LYD", 3),
    (*b"OMR", 3),
    (*b"PYG", 0),
    (*b"RWF", 0),
    (*b"TND", 3),
    (*b"UGX", 0),
    (*b"UYI", 0),
    (*b"UYW", 4),
    (*b"VND", 0),
    (*b"VUV", 0),
    (*b"XAF", 0),
    (*b"XOF", 0),
    (*b"XPF", 0),
];

/// Active ISO 4217 currency codes with two decimals (ISO 4217 "List One", amendment
/// 179, 2025; funds codes and precious metals left out), sorted for binary search. Byte
/// arrays rather than `&str`: no pointer and length per code in the wasm data.
const TWO_DECIMALS: [[u8; 3]; 132] = [
    *b"AED", *b"AFN", *b"ALL", *b"AMD", *b"AOA", *b"ARS", *b"AUD", *b"AWG", *b"AZN", *b"BAM",
    *b"BBD", *b"BDT", *b"BGN", *b"BMD", *b"BND", *b"BOB", *b"BRL", *b"BSD", *b"BTN", *b"BWP",
    *b"BYN", *b"BZD", *b"CAD", *b"CDF", *b"CHF", *b"CNY", *b"COP", *b"CRC", *b"CUP", *b"CVE",
    *b"CZK", *b"DKK", *b"DOP", *b"DZD", *b"EGP", *b"ERN", *b"ETB", *b"EUR", *b"FJD", *b"FKP",
    *b"GBP", *b"GEL", *b"GHS", *b"GIP", *b"GMD", *b"GTQ", *b"GYD", *b"HKD", *b"HNL", *b"HTG",
    *b"HUF", *b"IDR", *b"ILS", *b"INR", *b"IRR", *b"JMD", *b"KES", *b"KGS", *b"KHR", *b"KPW",
    *b"KYD", *b"KZT", *b"LAK", *b"LBP", *b"LKR", *b"LRD", *b"LSL", *b"MAD", *b"MDL", *b"MGA",
    *b"MKD", *b"MMK", *b"MNT", *b"MOP", *b"MRU", *b"MUR", *b"MVR", *b"MWK", *b"MXN", *b"MYR",
    *b"MZN", *b"NAD", *b"NGN", *b"NIO", *b"NOK", *b"NPR", *b"NZD", *b"PAB", *b"PEN", *b"PGK",
    *b"PHP", *b"PKR", *b"PLN", *b"QAR", *b"RON", *b"RSD", *b"RUB", *b"SAR", *b"SBD", *b"SCR",
    *b"SDG", *b"SEK", *b"SGD", *b"SHP", *b"SLE", *b"SOS", *b"SRD", *b"SSP", *b"STN", *b"SVC",
    *b"SYP", *b"SZL", *b"THB", *b"TJS", *b"TMT", *b"TOP", *b"TRY", *b"TTD", *b"TWD", *b"TZS",
    *b"UAH", *b"USD", *b"UYU", *b"UZS", *b"VES", *b"WST", *b"XCD", *b"XCG", *b"YER", *b"ZAR",
    *b"ZMW", *b"ZWG",
];

/// The number of decimals of an ISO 4217 currency, or `None` for an unknown code.
/// Codes are upper case, as ISO 4217 writes them.
pub fn currency_exponent(code: &str) -> Option<u32> {
    let code = code.as_bytes();
    if let Some((_, e)) = NOT_TWO_DECIMALS.iter().find(|(c, _)| c == code) {
        return Some(*e);
    }
    TWO_DECIMALS
        .binary_search_by(|c| c.as_slice().cmp(code))
        .ok()
        .map(|_| 2)
}

/// An active ISO 4217 currency, with its number of decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    code: [u8; 3],
    exponent: u8,
}

impl Currency {
    /// US dollars, the currency of the reference price.
    pub const USD: Currency = Currency {
        code: *b"USD",
        exponent: 2,
    };

    /// The currency with this ISO 4217 code (upper case), if it is an active one.
    pub fn new(code: &str) -> Option<Currency> {
        let exponent = currency_exponent(code)?;
        let code: [u8; 3] = code.as_bytes().try_into().ok()?;
        Some(Currency {
            code,
            exponent: exponent as u8,
        })
    }

    /// The ISO 4217 code.
    pub fn as_str(&self) -> &str {
        // Only ASCII upper-case codes from the tables above are ever stored.
        std::str::from_utf8(&self.code).unwrap_or("")
    }

    /// Decimals of the minor unit: 2 for EUR, 0 for JPY, 3 for KWD.
    pub fn exponent(&self) -> u32 {
        u32::from(self.exponent)
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What offsetting a footprint costs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Offset {
    /// ISO 4217 code.
    pub currency: Currency,
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
pub fn offset(co2e_kg: f64, currency: Currency, price_per_tonne: f64) -> Offset {
    let exponent = currency.exponent();
    let amount_minor = amount_minor(co2e_kg, price_per_tonne, exponent);
    Offset {
        currency,
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
    fn currencies_keep_their_code_and_decimals() {
        let kwd = Currency::new("KWD").unwrap();
        assert_eq!((kwd.as_str(), kwd.exponent()), ("KWD", 3));
        assert_eq!(Currency::new("USD"), Some(Currency::USD));
        assert_eq!(Currency::new("usd"), None);
        assert_eq!(Currency::new("USDX"), None);
        assert_eq!(offset(1000.0, kwd, 8.3).amount, 8.3);
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
