//! Reads typed fields out of a [`Value`], naming the path of every problem.
//!
//! Unknown keys are errors (a misspelled field must not pass silently); `null` counts
//! as absent, as an omitted key or `undefined` does in JavaScript. Paths are built as
//! [`Path`]s on the stack and written out only for an error.

use std::borrow::Cow;

use super::codes::{position, Code};
use super::error::FootprintError;
use super::path::{short, Path};
use super::value::Value;

/// The fields of one input object, checked against the keys its format allows.
pub(crate) struct Fields<'a> {
    path: Path<'a>,
    entries: &'a [(Cow<'a, str>, Value<'a>)],
}

impl<'a> Fields<'a> {
    /// `value` must be an object whose every key is in `allowed`.
    pub fn new(
        value: &'a Value<'a>,
        path: Path<'a>,
        allowed: &[&str],
    ) -> Result<Self, FootprintError> {
        let Value::Object(entries) = value else {
            return Err(wrong_type(path, "an object", value));
        };
        if let Some((key, _)) = entries.iter().find(|(k, _)| !allowed.contains(&k.as_ref())) {
            return Err(FootprintError::UnknownField {
                path: path.key(key).render(),
                expected: one_of(allowed),
            });
        }
        Ok(Fields { path, entries })
    }

    /// The value of `key`, or `None` when absent or null. The last one wins if a key
    /// repeats (as in JSON.parse).
    pub fn get(&self, key: &str) -> Option<&'a Value<'a>> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k.as_ref() == key)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null))
    }

    /// The value of a required `key`.
    pub fn required(&self, key: &str) -> Result<&'a Value<'a>, FootprintError> {
        self.get(key).ok_or_else(|| FootprintError::MissingField {
            path: self.path.key(key).render(),
        })
    }

    /// An optional finite number.
    pub fn number(&self, key: &str) -> Result<Option<f64>, FootprintError> {
        self.get(key)
            .map(|v| number(v, self.path.key(key)))
            .transpose()
    }

    /// A required finite number.
    pub fn required_number(&self, key: &str) -> Result<f64, FootprintError> {
        number(self.required(key)?, self.path.key(key))
    }

    /// An optional string.
    pub fn string(&self, key: &str) -> Result<Option<&'a str>, FootprintError> {
        self.get(key)
            .map(|v| string(v, self.path.key(key)))
            .transpose()
    }

    /// A required string.
    pub fn required_string(&self, key: &str) -> Result<&'a str, FootprintError> {
        string(self.required(key)?, self.path.key(key))
    }

    /// An optional code.
    pub fn code<T: Code>(&self, key: &str) -> Result<Option<T>, FootprintError> {
        self.get(key)
            .map(|v| code(v, self.path.key(key)))
            .transpose()
    }

    /// A required code.
    pub fn required_code<T: Code>(&self, key: &str) -> Result<T, FootprintError> {
        code(self.required(key)?, self.path.key(key))
    }

    /// The elements of the array `key`, or `None` when absent.
    pub fn array(&self, key: &str) -> Result<Option<&'a [Value<'a>]>, FootprintError> {
        self.get(key)
            .map(|v| array(v, self.path.key(key)))
            .transpose()
    }
}

/// A finite number (NaN and the infinities are refused as wrong types).
pub(crate) fn number(value: &Value, path: Path) -> Result<f64, FootprintError> {
    match value {
        Value::Number(n) if n.is_finite() => Ok(*n),
        _ => Err(wrong_type(path, "a finite number", value)),
    }
}

/// A string.
pub(crate) fn string<'v>(value: &'v Value<'_>, path: Path) -> Result<&'v str, FootprintError> {
    match value {
        Value::String(s) => Ok(s),
        _ => Err(wrong_type(path, "a string", value)),
    }
}

/// An array's elements.
pub(crate) fn array<'v, 'a>(
    value: &'v Value<'a>,
    path: Path,
) -> Result<&'v [Value<'a>], FootprintError> {
    match value {
        Value::Array(elements) => Ok(elements),
        _ => Err(wrong_type(path, "an array", value)),
    }
}

/// A code of `T` (case-sensitive, as the codes are documented).
pub(crate) fn code<T: Code>(value: &Value, path: Path) -> Result<T, FootprintError> {
    let text = string(value, path)?;
    match position(T::CODES, text) {
        Some(i) => Ok(T::ALL[i]),
        None => Err(unknown_code(path, T::KIND, text, T::CODES)),
    }
}

/// The error for an unknown code, listing the known ones. Not generic, so that each
/// enum's `code` stays small in the wasm.
fn unknown_code(path: Path, kind: &'static str, text: &str, codes: &[&str]) -> FootprintError {
    FootprintError::UnknownCode {
        path: path.render(),
        kind,
        value: short(text).into_owned(),
        hint: format!("; expected one of: {}", one_of(codes)),
    }
}

/// "a, b, c", by hand: `join` costs about 1 KB of wasm.
pub(crate) fn one_of(names: &[&str]) -> String {
    let mut list = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            list.push_str(", ");
        }
        list.push_str(name);
    }
    list
}

/// "{path}: expected {expected}, got {kind}".
pub(crate) fn wrong_type(path: Path, expected: &str, got: &Value) -> FootprintError {
    FootprintError::WrongType {
        path: path.render(),
        detail: format!("expected {expected}, got {}", got.kind()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(json: &str) -> Value<'_> {
        Value::from_json(json, "t").unwrap()
    }

    #[test]
    fn unknown_keys_are_refused_with_their_path() {
        let v = obj(r#"{"a":1,"bee":2}"#);
        let e = Fields::new(&v, Path::OPTIONS, &["a"]).err().unwrap();
        assert_eq!((e.code(), e.path()), ("unknown_field", "options.bee"));
        assert_eq!(
            e.to_string(),
            "options.bee: unknown field; expected one of: a"
        );
    }

    #[test]
    fn keys_that_are_not_plain_names_are_bracketed() {
        let e = Fields::new(&obj(r#"{"":1}"#), Path::ORDER, &[])
            .err()
            .unwrap();
        assert_eq!((e.code(), e.path()), ("unknown_field", r#"[""]"#));
        let e = Fields::new(&obj(r#"{"a.b":1}"#), Path::OPTIONS, &[])
            .err()
            .unwrap();
        assert_eq!(e.path(), r#"options["a.b"]"#);
    }

    #[test]
    fn null_is_absent_and_required_fields_say_so() {
        let v = obj(r#"{"a":null}"#);
        let f = Fields::new(&v, Path::ORDER, &["a"]).unwrap();
        assert_eq!(f.number("a").unwrap(), None);
        let e = f.required("a").unwrap_err();
        assert_eq!((e.code(), e.path()), ("missing_field", "a"));
    }

    #[test]
    fn wrong_types_name_what_was_expected_and_found() {
        let v = obj(r#"{"n":"1"}"#);
        let f = Fields::new(&v, Path::OPTIONS, &["n"]).unwrap();
        let e = f.number("n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "options.n: expected a finite number, got a string"
        );
        let e = number(&Value::Number(f64::NAN), Path::ORDER.key("w")).unwrap_err();
        assert_eq!(e.to_string(), "w: expected a finite number, got NaN");
        let e = Fields::new(&Value::Array(vec![]), Path::ORDER, &[])
            .err()
            .unwrap();
        assert_eq!(e.to_string(), "order: expected an object, got an array");
    }

    #[test]
    fn codes_list_the_known_ones() {
        use crate::model::order::Material;
        let e = code::<Material>(&Value::String("wood".into()), Path::ORDER.key("k")).unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"k: unknown material "wood"; expected one of: cardboard, plastic_film"#
        );
    }
}
