//! Options of an estimate: currency and price of the offset, and the factor set.

use super::error::FootprintError;
use super::offset::currency_exponent;
use super::order::truncate;
use super::reader::Fields;
use super::value::Value;

/// The company's reference offset price: 27 USD per tonne CO2e (METHODOLOGY.md §18, "The reference price").
pub const DEFAULT_PRICE_PER_TONNE: f64 = 27.0;
/// The currency of the reference price.
pub const DEFAULT_CURRENCY: &str = "USD";
/// Highest accepted price per tonne, in major units of the currency. Far above any
/// carbon market price; a larger number is a units mistake (minor units given, say).
pub const MAX_PRICE_PER_TONNE: f64 = 1_000_000.0;

/// Which published set of emission factors to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FactorSetId {
    /// GLEC Framework v3.0 defaults (Smart Freight Centre, 2023), well-to-wheel.
    #[default]
    GlecV3,
    /// UK DESNZ/DEFRA GHG conversion factors 2025, freighting goods, TTW + WTT.
    Defra2025,
}

/// Factor set names as options and results spell them.
pub const FACTOR_SETS: [(&str, FactorSetId); 2] = [
    ("glec-v3", FactorSetId::GlecV3),
    ("defra-2025", FactorSetId::Defra2025),
];

impl FactorSetId {
    /// Every factor set, in a stable order.
    pub const ALL: [FactorSetId; 2] = [FactorSetId::GlecV3, FactorSetId::Defra2025];

    /// The name used in options and results.
    pub fn name(self) -> &'static str {
        super::order::code_name(&FACTOR_SETS, self)
    }
}

/// Options of an estimate; every field has a default.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// ISO 4217 code of the offset price, upper case.
    pub currency: String,
    /// Offset price in major units of `currency` per tonne CO2e.
    pub price_per_tonne: f64,
    pub factor_set: FactorSetId,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            currency: DEFAULT_CURRENCY.to_string(),
            price_per_tonne: DEFAULT_PRICE_PER_TONNE,
            factor_set: FactorSetId::GlecV3,
        }
    }
}

impl Options {
    /// Checks every field; errors carry paths under `options`.
    pub fn validate(&self) -> Result<(), FootprintError> {
        if currency_exponent(&self.currency).is_none() {
            return Err(FootprintError::InvalidCurrency {
                path: "options.currency".to_string(),
                value: truncate(&self.currency),
            });
        }
        let p = self.price_per_tonne;
        if !(p.is_finite() && p > 0.0 && p <= MAX_PRICE_PER_TONNE) {
            return Err(FootprintError::OutOfRange {
                path: "options.pricePerTonne".to_string(),
                value: p,
                allowed: "0 < pricePerTonne <= 1000000",
            });
        }
        Ok(())
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
    let f = Fields::new(
        value,
        "options",
        &["currency", "pricePerTonne", "factorSet"],
    )?;
    let defaults = Options::default();
    let options = Options {
        currency: match f.string("currency")? {
            Some(c) => c.to_string(),
            None => defaults.currency,
        },
        price_per_tonne: f
            .number("pricePerTonne")?
            .unwrap_or(defaults.price_per_tonne),
        factor_set: f
            .code("factorSet", "factor set", &FACTOR_SETS)?
            .unwrap_or(defaults.factor_set),
    };
    options.validate()?;
    Ok(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_company_reference() {
        let o = parse_options("{}").unwrap();
        assert_eq!(o.currency, "USD");
        assert_eq!(o.price_per_tonne, 27.0);
        assert_eq!(o.factor_set, FactorSetId::GlecV3);
        assert_eq!(parse_options("null").unwrap(), o);
    }

    #[test]
    fn errors_name_the_option() {
        let e = parse_options(r#"{"currency":"usd"}"#).unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            ("invalid_currency", "options.currency")
        );
        let e = parse_options(r#"{"pricePerTonne":0}"#).unwrap_err();
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
