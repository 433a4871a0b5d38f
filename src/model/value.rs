//! Untyped input, as it arrives: a JSON-like tree.
//!
//! The wasm boundary builds it by walking the caller's JavaScript object (src/wasm);
//! native callers parse JSON text into it ([`Value::from_json`]). The typed reader
//! ([`super::reader`]) then turns it into an [`super::order::Order`], checking every key
//! and naming the path of any problem.
//!
//! Why not serde's derived `Deserialize` straight from JavaScript: serde-wasm-bindgen
//! reads only the fields a struct names, so `deny_unknown_fields` has no effect through
//! it and a misspelled key would pass silently; and the derived code with path tracking
//! cost about 40 KB of wasm, which every shopper downloads. A tree read by one small
//! reader sees every key and costs a few KB.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::error::FootprintError;

/// A JSON-like value. Objects keep their keys in order; JavaScript values that JSON
/// cannot hold (functions, symbols, BigInts) arrive as [`Value::Other`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Any number, including NaN and the infinities, which the reader refuses.
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
    /// A value of another kind; the text names it ("a function", "a bigint").
    Other(&'static str),
}

impl Value {
    /// What kind of value this is, for error messages ("a string", "null").
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(n) if n.is_nan() => "NaN",
            Value::Number(n) if n.is_infinite() => "an infinite number",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
            Value::Other(kind) => kind,
        }
    }

    /// Parses JSON text. Only malformed JSON is an error here (`invalid_input` at
    /// `root`); what the text means is checked by the reader.
    pub fn from_json(json: &str, root: &str) -> Result<Value, FootprintError> {
        serde_json::from_str(json).map_err(|e| FootprintError::Syntax {
            path: root.to_string(),
            detail: e.to_string(),
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n as f64))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n as f64))
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Value, E> {
        Ok(Value::Number(n))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_string()))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            entries.push((key, value));
        }
        Ok(Value::Object(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_json_kind() {
        let v = Value::from_json(r#"{"a":[1,2.5,-3],"b":null,"c":true,"d":"x"}"#, "order").unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number(1.0),
                        Value::Number(2.5),
                        Value::Number(-3.0)
                    ])
                ),
                ("b".into(), Value::Null),
                ("c".into(), Value::Bool(true)),
                ("d".into(), Value::String("x".into())),
            ])
        );
    }

    #[test]
    fn malformed_json_is_invalid_input_at_the_root() {
        let e = Value::from_json("{", "options").unwrap_err();
        assert_eq!((e.code(), e.path()), ("invalid_input", "options"));
    }

    #[test]
    fn kinds_name_non_finite_numbers() {
        assert_eq!(Value::Number(f64::NAN).kind(), "NaN");
        assert_eq!(Value::Number(f64::INFINITY).kind(), "an infinite number");
        assert_eq!(Value::Other("a function").kind(), "a function");
    }
}
