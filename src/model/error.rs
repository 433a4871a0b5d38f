//! The one error type of the model.
//!
//! Every error names the offending field by its `path` in the caller's terms
//! (`shipments[1].items[0].weightKg`, `options.currency`) and carries a stable
//! machine-readable `code` (see [`FootprintError::code`]). Callers branch on the code,
//! never on the message text, which may be reworded.

use std::fmt;

use thiserror::Error;

/// Why an order or options object was refused: the [`ErrorKind`], boxed, so that a
/// `Result` of the reader is as small as its value (in the wasm, every `?` would
/// otherwise copy the large error around).
#[derive(Debug, Clone, PartialEq)]
pub struct FootprintError(Box<ErrorKind>);

impl From<ErrorKind> for FootprintError {
    fn from(kind: ErrorKind) -> Self {
        FootprintError(Box::new(kind))
    }
}

impl FootprintError {
    /// What was wrong, with its details.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// The stable machine-readable code of this error.
    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// The path of the offending field, in the caller's (camelCase) terms.
    pub fn path(&self) -> &str {
        self.0.path()
    }

    /// Every code an error can carry, in declaration order.
    pub const CODES: &'static [&'static str] = ErrorKind::CODES;
}

impl fmt::Display for FootprintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for FootprintError {}

/// What was wrong with an order or options object.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ErrorKind {
    /// The input is not well-formed JSON (or, from JavaScript, could not be turned into it).
    #[error("{path}: not valid input: {detail}")]
    Syntax { path: String, detail: String },

    /// A value has the wrong JSON type (a string where a number is expected, ...).
    #[error("{path}: {detail}")]
    WrongType { path: String, detail: String },

    /// A key that the format does not have (often a misspelling); `expected` lists the
    /// keys the object may have.
    #[error("{path}: unknown field; expected one of: {expected}")]
    UnknownField { path: String, expected: String },

    /// A required key is absent.
    #[error("{path}: missing required field")]
    MissingField { path: String },

    /// A code (country, category, service, mode, material, factor set) that is not known.
    #[error("{path}: unknown {kind} {}{hint}", Quoted(.value))]
    UnknownCode {
        path: String,
        kind: &'static str,
        value: String,
        hint: String,
    },

    /// A number outside its allowed range. The message leaves the value out: the
    /// caller has it, and printing floats would add kilobytes to the wasm.
    #[error("{path}: out of range; allowed: {allowed}")]
    OutOfRange {
        path: String,
        value: f64,
        allowed: &'static str,
    },

    /// Only one of a place's `lat` and `lon` was given.
    #[error("{path}: lat and lon must be given together or not at all")]
    IncompleteCoordinates { path: String },

    /// A list or a text that must hold at least one element is empty.
    #[error("{path}: must not be empty")]
    Empty { path: String },

    /// A list (or a text) longer than the model accepts; `unit` says what is counted
    /// ("entries", "characters").
    #[error("{path}: holds {len} {unit}; at most {max} are accepted")]
    TooMany {
        path: String,
        len: usize,
        max: usize,
        unit: &'static str,
    },

    /// A currency that is not an active ISO 4217 code; `hint`, a likely fix or "".
    #[error("{path}: {} is not an ISO 4217 currency code{hint}", Quoted(.value))]
    InvalidCurrency {
        path: String,
        value: String,
        hint: String,
    },
}

/// A value quoted in a message: `"FR"`, with `\`, `"` and control characters escaped as
/// `Debug` escapes them (`\n`, `\u{1b}`). Not `{:?}` itself: its Unicode tables cost about
/// 4 KB of gzipped wasm; other characters are shown as they are.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c if c.is_control() => write!(f, "\\u{{{:x}}}", c as u32)?,
                c => fmt::Write::write_char(f, c)?,
            }
        }
        f.write_str("\"")
    }
}

/// Gives every variant its stable code, in one list: [`ErrorKind::code`] and
/// [`ErrorKind::CODES`] come from it (and tests/contract.rs checks the TypeScript
/// union `FootprintErrorCode` against `CODES`). A variant missing here does not compile.
macro_rules! error_codes {
    ($($variant:ident => $code:literal,)+) => {
        impl ErrorKind {
            /// The stable machine-readable code of this error.
            pub fn code(&self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $code,)+
                }
            }

            /// The path of the offending field, in the caller's (camelCase) terms.
            pub fn path(&self) -> &str {
                match self {
                    $(Self::$variant { path, .. } => path,)+
                }
            }

            /// Every code this type can carry, in declaration order.
            pub const CODES: &'static [&'static str] = &[$($code),+];
        }
    };
}

error_codes! {
    Syntax => "invalid_input",
    WrongType => "wrong_type",
    UnknownField => "unknown_field",
    MissingField => "missing_field",
    UnknownCode => "unknown_code",
    OutOfRange => "out_of_range",
    IncompleteCoordinates => "incomplete_coordinates",
    Empty => "empty",
    TooMany => "too_many",
    InvalidCurrency => "invalid_currency",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_has_a_listed_code() {
        let samples = [
            FootprintError::from(ErrorKind::Empty { path: "a".into() }),
            ErrorKind::TooMany {
                path: "a".into(),
                len: 2,
                max: 1,
                unit: "entries",
            }
            .into(),
            ErrorKind::InvalidCurrency {
                path: "a".into(),
                value: "X".into(),
                hint: String::new(),
            }
            .into(),
        ];
        for e in samples {
            let e: FootprintError = e;
            assert!(FootprintError::CODES.contains(&e.code()));
            assert_eq!(e.path(), "a");
        }
    }

    #[test]
    fn quoted_values_escape_as_debug_does() {
        for value in [
            "FR",
            "a\"b\\c",
            "tab\there\nnew\r\0",
            "\u{1b}[0m\u{7f}\u{85}",
            "Türkiye €",
        ] {
            let e = FootprintError::from(ErrorKind::InvalidCurrency {
                path: "p".into(),
                value: value.into(),
                hint: String::new(),
            });
            assert_eq!(
                e.to_string(),
                format!("p: {value:?} is not an ISO 4217 currency code")
            );
        }
    }

    #[test]
    fn messages_start_with_the_path() {
        let e = FootprintError::from(ErrorKind::OutOfRange {
            path: "shipments[0].items[0].weightKg".into(),
            value: -1.0,
            allowed: "0 < weightKg <= 1000",
        });
        assert_eq!(
            e.to_string(),
            "shipments[0].items[0].weightKg: out of range; allowed: 0 < weightKg <= 1000"
        );
    }
}
