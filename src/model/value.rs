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

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::error::{ErrorKind, FootprintError};

/// A JSON-like value. Objects keep their keys in order; JavaScript values that JSON
/// cannot hold (functions, symbols, BigInts) arrive as [`Value::Other`]. Strings and keys
/// borrow from the text they were read from where they can (`'a`), so reading an order
/// allocates no string for its keys and codes.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// Any number, including NaN and the infinities, which the reader refuses.
    Number(f64),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
    /// A value of another kind; the text names it ("a function", "a bigint").
    Other(&'static str),
}

impl<'a> Value<'a> {
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

    /// The same value, owning its strings (to keep it beyond the text it was read from).
    pub fn into_owned(self) -> Value<'static> {
        let owned = |s: Cow<'a, str>| Cow::Owned(s.into_owned());
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Number(n) => Value::Number(n),
            Value::String(s) => Value::String(owned(s)),
            Value::Array(items) => Value::Array(items.into_iter().map(Value::into_owned).collect()),
            Value::Object(entries) => Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (owned(k), v.into_owned()))
                    .collect(),
            ),
            Value::Other(kind) => Value::Other(kind),
        }
    }

    /// Parses JSON text. Only malformed JSON is an error here (`invalid_input` at
    /// `root`); what the text means is checked by the reader.
    pub fn from_json(json: &'a str, root: &str) -> Result<Value<'a>, FootprintError> {
        serde_json::from_str(json).map_err(|e| {
            ErrorKind::Syntax {
                path: root.to_string(),
                detail: e.to_string(),
            }
            .into()
        })
    }
}

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor(PhantomData))
    }
}

struct ValueVisitor<'de>(PhantomData<&'de ()>);

impl<'de> Visitor<'de> for ValueVisitor<'de> {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value<'de>, E> {
        Ok(Value::Number(n as f64))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value<'de>, E> {
        Ok(Value::Number(n as f64))
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Value<'de>, E> {
        Ok(Value::Number(n))
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Borrowed(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Owned(s.to_string())))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'de>, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<Key<'de>, Value<'de>>()? {
            entries.push((key.0, value));
        }
        Ok(Value::Object(entries))
    }
}

/// An object's key, borrowed from the text when it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::String(s) => Ok(Key(s)),
            _ => Err(de::Error::custom("a key that is not a string")),
        }
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
