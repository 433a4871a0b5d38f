//! The price of offsetting an amount of CO2e, in integer minor units of a currency.
//!
//! Rule (METHODOLOGY.md §18, ISO 4217): amounts are rounded up, never down, so nothing
//! is under-covered, and a non-zero footprint never shows a zero price.
//!
//! The computation is exact integer arithmetic: the footprint is taken in micrograms
//! (rounded up) and the price in millionths of a major unit per tonne (rounded to the
//! nearest), so `amountMinor = ceil(co2e_ug * price_micro * 10^exponent / 10^18)`,
//! computed in 128-bit integers (divided by hand, see `div_1e18`) with no float rounding
//! of money.

use serde::Serialize;

/// ISO 4217 codes whose minor unit is not the usual 1/100 (ISO 4217, "List One",
/// amendment 179, 2025), each followed by its number of decimals: zero-decimal and
/// three- and four-decimal currencies. One string rather than an array of `&str`: no
/// pointer and length per code in the wasm data, and a code is a slice of it.
const OTHER_DECIMALS: &str = "BHD3BIF0CLF4CLP0DJF0GNF0IQD3ISK0JOD3JPY0KMF0KRW0KWD3LYD3OMR3PYG0RWF0TND3UGX0UYI0UYW4VND0VUV0XAF0XOF0XPF0";

/// Active ISO 4217 currency codes with two decimals (ISO 4217 "List One", amendment
/// 179, 2025; funds codes and precious metals left out), three letters each, sorted for
/// binary search.
const TWO_DECIMALS: &str = concat!(
    "AEDAFNALLAMDAOAARSAUDAWGAZNBAMBBDBDTBGNBMDBNDBOBBRLBSDBTNBWP",
    "BYNBZDCADCDFCHFCNYCOPCRCCUPCVECZKDKKDOPDZDEGPERNETBEURFJDFKP",
    "GBPGELGHSGIPGMDGTQGYDHKDHNLHTGHUFIDRILSINRIRRJMDKESKGSKHRKPW",
    "KYDKZTLAKLBPLKRLRDLSLMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMYR",
    "MZNNADNGNNIONOKNPRNZDPABPENPGKPHPPKRPLNQARRONRSDRUBSARSBDSCR",
    "SDGSEKSGDSHPSLESOSSRDSSPSTNSVCSYPSZLTHBTJSTMTTOPTRYTTDTWDTZS",
    "UAHUSDUYUUZSVESWSTXCDXCGYERZARZMWZWG",
);

/// The currency with this code (upper case) and its number of decimals, as a slice of
/// the tables above, or `None` for a code that is not an active ISO 4217 one.
fn lookup(code: &str) -> Option<(&'static str, u32)> {
    // `get` rather than indexing: a slice that cannot fail needs no panic message (the
    // one of str slicing costs about 4 KB gzip of the .wasm).
    let other = (0..OTHER_DECIMALS.len() / 4).find_map(|i| {
        let entry = OTHER_DECIMALS.get(i * 4..i * 4 + 4)?;
        let (letters, digit) = entry.split_at_checked(3)?;
        (letters == code).then(|| (letters, u32::from(digit.as_bytes()[0] - b'0')))
    });
    if other.is_some() {
        return other;
    }
    let (mut low, mut high) = (0, TWO_DECIMALS.len() / 3);
    while low < high {
        let mid = (low + high) / 2;
        let entry = TWO_DECIMALS.get(mid * 3..mid * 3 + 3)?;
        match entry.cmp(code) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return Some((entry, 2)),
        }
    }
    None
}

/// The number of decimals of an ISO 4217 currency, or `None` for an unknown code.
/// Codes are upper case, as ISO 4217 writes them.
pub fn currency_exponent(code: &str) -> Option<u32> {
    lookup(code).map(|(_, exponent)| exponent)
}

/// An active ISO 4217 currency, with its number of decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    /// A slice of the tables above: only active codes are ever stored.
    code: &'static str,
    exponent: u8,
}

impl Currency {
    /// US dollars, the currency of the reference price.
    pub const USD: Currency = Currency {
        code: "USD",
        exponent: 2,
    };

    /// The currency with this ISO 4217 code (upper case), if it is an active one.
    pub fn new(code: &str) -> Option<Currency> {
        let (code, exponent) = lookup(code)?;
        Some(Currency {
            code,
            exponent: exponent as u8,
        })
    }

    /// The ISO 4217 code.
    pub fn as_str(&self) -> &'static str {
        self.code
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
#[cfg(test)]
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
    let (quotient, inexact) = div_1e18(scaled);
    let minor = (quotient + u128::from(inexact)).max(1);
    u64::try_from(minor).unwrap_or(u64::MAX)
}

/// `(x / 10^18, whether a remainder was left)`: two long divisions by 10^9 over 32-bit
/// limbs, in 64-bit arithmetic. The same as `x.div_ceil(DIVISOR)` once the flag is
/// added, but wasm has no 128-bit division: the general one the compiler would link
/// (`u128_div_rem`) costs 0.8 KB of the .wasm (0.3 KB gzip).
fn div_1e18(x: u128) -> (u128, bool) {
    let (q1, r1) = div_1e9(x);
    let (q2, r2) = div_1e9(q1);
    (q2, r1 || r2)
}

/// `(x / 10^9, x % 10^9 != 0)` by schoolbook division, one 32-bit limb at a time: each
/// partial dividend is below 10^9 * 2^32, so it fits in a u64.
fn div_1e9(x: u128) -> (u128, bool) {
    const D: u64 = 1_000_000_000;
    let mut quotient = 0u128;
    let mut rest = 0u64;
    for shift in [96, 64, 32, 0] {
        let part = (rest << 32) | ((x >> shift) as u64 & 0xFFFF_FFFF);
        quotient |= u128::from(part / D) << shift;
        rest = part % D;
    }
    (quotient, rest != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_division_is_div_ceil() {
        let cases = [
            0u128,
            1,
            DIVISOR - 1,
            DIVISOR,
            DIVISOR + 1,
            3 * DIVISOR,
            u64::MAX as u128,
            (u64::MAX as u128) * 999_999_999_999,
            u128::MAX / 7,
            u128::MAX,
        ];
        // And a spread of others (xorshift), over every magnitude.
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let spread = (0..20_000).map(|i| ((next() as u128) << 64 | next() as u128) >> (i % 128));
        for x in cases.into_iter().chain(spread) {
            let (q, inexact) = div_1e18(x);
            assert_eq!(q + u128::from(inexact), x.div_ceil(DIVISOR), "{x}");
            assert_eq!(q, x / DIVISOR, "{x}");
        }
    }

    #[test]
    fn tables_hold_three_letter_codes_and_two_decimals_are_sorted() {
        assert_eq!(TWO_DECIMALS.len() % 3, 0);
        assert_eq!(OTHER_DECIMALS.len() % 4, 0);
        let two: Vec<&str> = (0..TWO_DECIMALS.len() / 3)
            .map(|i| &TWO_DECIMALS[i * 3..i * 3 + 3])
            .collect();
        assert!(two.windows(2).all(|w| w[0] < w[1]));
        assert!(two
            .iter()
            .all(|c| c.bytes().all(|b| b.is_ascii_uppercase())));
        for i in 0..OTHER_DECIMALS.len() / 4 {
            let entry = &OTHER_DECIMALS.as_bytes()[i * 4..i * 4 + 4];
            assert!(entry[..3].iter().all(u8::is_ascii_uppercase) && entry[3].is_ascii_digit());
            assert_eq!(
                lookup(&OTHER_DECIMALS[i * 4..i * 4 + 3]).unwrap().1,
                u32::from(entry[3] - b'0')
            );
        }
        for code in two {
            assert_eq!(lookup(code), Some((code, 2)));
        }
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
