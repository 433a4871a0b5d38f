//! Options of an estimate: currency and price of the offset, and the factor set.

use super::codes::codes;
use super::error::{ErrorKind, FootprintError};
use super::offset::Currency;
use super::path::{short, Path};
use super::reader::Fields;
use super::value::Value;

/// The company's reference offset price: 27 USD per tonne CO2e (METHODOLOGY.md §18, "The reference price").
pub const DEFAULT_PRICE_PER_TONNE: f64 = 27.0;
/// Highest accepted price per tonne, in major units of the currency. Far above any
/// carbon market price; a larger number is a units mistake (minor units given, say).
pub const MAX_PRICE_PER_TONNE: f64 = 1_000_000.0;

codes! {
    /// Which published set of emission factors to use.
    #[derive(Default)]
    pub enum FactorSetId ("factor set", "FactorSetName") {
        /// GLEC Framework v3.0 defaults (Smart Freight Centre, 2023), well-to-wheel.
        #[default]
        GlecV3 = "glec-v3",
        /// UK DESNZ/DEFRA GHG conversion factors 2025, freighting goods, TTW + WTT.
        Defra2025 = "defra-2025",
    }
}

codes! {
    /// The keys of the options object (checked against the TypeScript interface).
    pub enum OptionKey ("field", "Options") {
        Currency = "currency",
        PricePerTonne = "pricePerTonne",
        FactorSet = "factorSet",
    }
}

/// Validated options of an estimate; every field has a default.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Options {
    /// The currency of the offset price.
    pub currency: Currency,
    /// Offset price in major units of `currency` per tonne CO2e, 0 < p <= 1,000,000.
    pub price_per_tonne: f64,
    pub factor_set: FactorSetId,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            currency: Currency::USD,
            price_per_tonne: DEFAULT_PRICE_PER_TONNE,
            factor_set: FactorSetId::GlecV3,
        }
    }
}

/// Reads options from JSON text (`null` or `{}` for the defaults) and validates them.
pub fn parse_options(json: &str) -> Result<Options, FootprintError> {
    read_options(&Value::from_json(json, "options")?)
}

/// Reads options from an untyped value (`null` for the defaults) and validates them.
pub fn read_options(value: &Value) -> Result<Options, FootprintError> {
    if *value == Value::Null {
        return Ok(Options::default());
    }
    let path = Path::OPTIONS;
    let f = Fields::<OptionKey>::new(value, path)?;
    let defaults = Options::default();
    let currency = match f.string(OptionKey::Currency)? {
        None => defaults.currency,
        Some(code) => Currency::new(code).ok_or_else(|| {
            let upper = code.to_ascii_uppercase();
            let hint = if upper != code && Currency::new(&upper).is_some() {
                format!("; currency codes are upper case: \"{upper}\"")
            } else {
                String::new()
            };
            FootprintError::from(ErrorKind::InvalidCurrency {
                path: path.key("currency").render(),
                value: short(code).into_owned(),
                hint,
            })
        })?,
    };
    let price_per_tonne = match f.number(OptionKey::PricePerTonne)? {
        None => defaults.price_per_tonne,
        Some(p) if p > 0.0 && p <= MAX_PRICE_PER_TONNE => p,
        Some(p) => {
            return Err(ErrorKind::OutOfRange {
                path: path.key("pricePerTonne").render(),
                value: p,
                allowed: "0 < pricePerTonne <= 1000000",
            }
            .into())
        }
    };
    Ok(Options {
        currency,
        price_per_tonne,
        factor_set: f.code(OptionKey::FactorSet)?.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codes::Code;

    #[test]
    fn defaults_are_the_company_reference() {
        let o = parse_options("{}").unwrap();
        assert_eq!(o.currency.as_str(), "USD");
        assert_eq!(o.price_per_tonne, 27.0);
        assert_eq!(o.factor_set, FactorSetId::GlecV3);
        assert_eq!(o.factor_set.code(), "glec-v3");
        assert_eq!(parse_options("null").unwrap(), o);
    }

    #[test]
    fn errors_name_the_option() {
        let e = parse_options(r#"{"currency":"usd"}"#).unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            ("invalid_currency", "options.currency")
        );
        assert!(e.to_string().ends_with(
            r#"is not an ISO 4217 currency code; currency codes are upper case: "USD""#
        ));
        let e = parse_options(r#"{"currency":"XYZ"}"#).unwrap_err();
        assert!(e.to_string().ends_with("is not an ISO 4217 currency code"));
        let e = parse_options(r#"{"pricePerTonne":0}"#).unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            ("out_of_range", "options.pricePerTonne")
        );
        let e = parse_options(r#"{"pricePerTonne":1e7}"#).unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            ("out_of_range", "options.pricePerTonne")
        );
        let e = parse_options(r#"{"factorSet":"glec-v2"}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("unknown_code", "options.factorSet"));
        let e = parse_options(r#"{"curency":"EUR"}"#).unwrap_err();
        assert_eq!((e.code(), e.path()), ("unknown_field", "options.curency"));
        let e = parse_options(r#"{"pricePerTonne":"27"}"#).unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            ("wrong_type", "options.pricePerTonne")
        );
    }
}
