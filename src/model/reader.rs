//! Reads typed fields out of a [`Value`], naming the path of every problem.
//!
//! Unknown keys are errors (a misspelled field must not pass silently); `null` counts
//! as absent, as an omitted key or `undefined` does in JavaScript. Paths are built as
//! [`Path`]s on the stack and written out only for an error.

use std::borrow::Cow;
use std::marker::PhantomData;

use super::codes::{position, Code};
use super::error::{ErrorKind, FootprintError};
use super::path::{short, Path};
use super::value::Value;

/// Most keys an input object may have (a shipment's).
const MAX_KEYS: usize = 8;

/// The fields of one input object whose keys are the codes of `K` (an enum declared with
/// [`super::codes::codes!`], one variant per key the format allows).
///
/// The typed methods only name the key; the work is done by [`Object`], which is not
/// generic, so that the wasm holds one copy of it rather than one per kind of object.
pub(crate) struct Fields<'a, K> {
    object: Object<'a>,
    keys: PhantomData<K>,
}

impl<'a, K: Code> Fields<'a, K> {
    /// `value` must be an object whose every key is a code of `K`.
    pub fn new(value: &'a Value<'a>, path: Path<'a>) -> Result<Self, FootprintError> {
        Ok(Fields {
            object: Object::new(value, path, K::CODES)?,
            keys: PhantomData,
        })
    }

    /// The value of `key`, or `None` when absent or null.
    #[inline]
    pub fn get(&self, key: K) -> Option<&'a Value<'a>> {
        self.object.get(key.index())
    }

    /// The value of a required `key`.
    #[inline]
    pub fn required(&self, key: K) -> Result<&'a Value<'a>, FootprintError> {
        self.object.required(key.index(), key.code())
    }

    /// An optional finite number.
    #[inline]
    pub fn number(&self, key: K) -> Result<Option<f64>, FootprintError> {
        self.object.number(key.index(), key.code())
    }

    /// A required finite number.
    #[inline]
    pub fn required_number(&self, key: K) -> Result<f64, FootprintError> {
        number(self.required(key)?, self.object.path.key(key.code()))
    }

    /// An optional string.
    #[inline]
    pub fn string(&self, key: K) -> Result<Option<&'a str>, FootprintError> {
        self.object.string(key.index(), key.code())
    }

    /// A required string.
    #[inline]
    pub fn required_string(&self, key: K) -> Result<&'a str, FootprintError> {
        string(self.required(key)?, self.object.path.key(key.code()))
    }

    /// An optional code.
    #[inline]
    pub fn code<T: Code>(&self, key: K) -> Result<Option<T>, FootprintError> {
        self.get(key)
            .map(|v| code(v, self.object.path.key(key.code())))
            .transpose()
    }

    /// A required code.
    #[inline]
    pub fn required_code<T: Code>(&self, key: K) -> Result<T, FootprintError> {
        code(self.required(key)?, self.object.path.key(key.code()))
    }

    /// The elements of the array `key`, or `None` when absent.
    #[inline]
    pub fn array(&self, key: K) -> Result<Option<&'a [Value<'a>]>, FootprintError> {
        self.object.array(key.index(), key.code())
    }
}

/// An input object with its entries indexed by the keys its format allows.
struct Object<'a> {
    path: Path<'a>,
    entries: &'a [(Cow<'a, str>, Value<'a>)],
    /// For each allowed key, the index of its entry (the last one if it repeats, as in
    /// JSON.parse), or `u32::MAX` when absent: found once, so that reading a field
    /// compares no text.
    slots: [u32; MAX_KEYS],
}

impl<'a> Object<'a> {
    fn new(value: &'a Value<'a>, path: Path<'a>, allowed: &[&str]) -> Result<Self, FootprintError> {
        let Value::Object(entries) = value else {
            return Err(wrong_type(path, "an object", value));
        };
        let mut slots = [u32::MAX; MAX_KEYS];
        for (i, (key, _)) in entries.iter().enumerate() {
            match allowed.iter().position(|a| same_key(a, key)) {
                Some(j) if j < MAX_KEYS => slots[j] = i as u32,
                _ => {
                    return Err(ErrorKind::UnknownField {
                        path: path.key(key).render(),
                        expected: one_of(allowed),
                    }
                    .into())
                }
            }
        }
        Ok(Object {
            path,
            entries,
            slots,
        })
    }

    fn get(&self, index: usize) -> Option<&'a Value<'a>> {
        let i = *self.slots.get(index)?;
        self.entries
            .get(i as usize)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null))
    }

    fn required(&self, index: usize, name: &str) -> Result<&'a Value<'a>, FootprintError> {
        self.get(index).ok_or_else(|| {
            ErrorKind::MissingField {
                path: self.path.key(name).render(),
            }
            .into()
        })
    }

    fn number(&self, index: usize, name: &str) -> Result<Option<f64>, FootprintError> {
        self.get(index)
            .map(|v| number(v, self.path.key(name)))
            .transpose()
    }

    fn string(&self, index: usize, name: &str) -> Result<Option<&'a str>, FootprintError> {
        self.get(index)
            .map(|v| string(v, self.path.key(name)))
            .transpose()
    }

    fn array(&self, index: usize, name: &str) -> Result<Option<&'a [Value<'a>]>, FootprintError> {
        self.get(index)
            .map(|v| array(v, self.path.key(name)))
            .transpose()
    }
}

/// Whether two keys are equal, rejecting most differing ones by length and first byte
/// before comparing the rest: most candidates differ at once.
fn same_key(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.first() == b.first() && a == b
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
    ErrorKind::UnknownCode {
        path: path.render(),
        kind,
        value: short(text).into_owned(),
        hint: format!("; expected one of: {}", one_of(codes)),
    }
    .into()
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
    ErrorKind::WrongType {
        path: path.render(),
        detail: format!("expected {expected}, got {}", got.kind()),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codes::codes;

    codes! {
        /// The keys of a test object.
        enum Key ("field", "T") {
            A = "a",
            N = "n",
        }
    }

    fn obj(json: &str) -> Value<'_> {
        Value::from_json(json, "t").unwrap()
    }

    #[test]
    fn unknown_keys_are_refused_with_their_path() {
        let v = obj(r#"{"a":1,"bee":2}"#);
        let e = Fields::<Key>::new(&v, Path::OPTIONS).err().unwrap();
        assert_eq!((e.code(), e.path()), ("unknown_field", "options.bee"));
        assert_eq!(
            e.to_string(),
            "options.bee: unknown field; expected one of: a, n"
        );
    }

    #[test]
    fn keys_that_are_not_plain_names_are_bracketed() {
        let e = Fields::<Key>::new(&obj(r#"{"":1}"#), Path::ORDER)
            .err()
            .unwrap();
        assert_eq!((e.code(), e.path()), ("unknown_field", r#"[""]"#));
        let e = Fields::<Key>::new(&obj(r#"{"a.b":1}"#), Path::OPTIONS)
            .err()
            .unwrap();
        assert_eq!(e.path(), r#"options["a.b"]"#);
    }

    #[test]
    fn the_last_of_a_repeated_key_wins_and_null_is_absent() {
        let v = obj(r#"{"a":1,"a":2,"n":null}"#);
        let f = Fields::<Key>::new(&v, Path::ORDER).unwrap();
        assert_eq!(f.number(Key::A).unwrap(), Some(2.0));
        assert_eq!(f.number(Key::N).unwrap(), None);
        let e = f.required(Key::N).unwrap_err();
        assert_eq!((e.code(), e.path()), ("missing_field", "n"));
    }

    #[test]
    fn wrong_types_name_what_was_expected_and_found() {
        let v = obj(r#"{"n":"1"}"#);
        let f = Fields::<Key>::new(&v, Path::OPTIONS).unwrap();
        let e = f.number(Key::N).unwrap_err();
        assert_eq!(
            e.to_string(),
            "options.n: expected a finite number, got a string"
        );
        let e = number(&Value::Number(f64::NAN), Path::ORDER.key("w")).unwrap_err();
        assert_eq!(e.to_string(), "w: expected a finite number, got NaN");
        let e = Fields::<Key>::new(&Value::Array(vec![]), Path::ORDER)
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
