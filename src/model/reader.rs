//! Reads typed fields out of a [`Value`], naming the path of every problem.
//!
//! Unknown keys are errors (a misspelled field must not pass silently); `null` counts
//! as absent, as an omitted key or `undefined` does in JavaScript.

use super::error::FootprintError;
use super::order::truncate;
use super::value::Value;

/// The fields of one input object, checked against the keys its format allows.
pub(crate) struct Fields<'a> {
    path: &'a str,
    entries: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    /// `value` must be an object whose every key is in `allowed`. `path` is the
    /// object's own path ("" for the top level of an order, named "order" in errors).
    pub fn new(value: &'a Value, path: &'a str, allowed: &[&str]) -> Result<Self, FootprintError> {
        let Value::Object(entries) = value else {
            return Err(wrong_type(path, "an object", value));
        };
        if let Some((key, _)) = entries.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
            return Err(FootprintError::UnknownField {
                path: join_key(path, key),
                expected: one_of(&mut allowed.iter().copied()),
            });
        }
        Ok(Fields { path, entries })
    }

    /// The path of field `key`.
    pub fn path(&self, key: &str) -> String {
        join(self.path, key)
    }

    /// The value of `key`, or `None` when absent or null. The last one wins if a key
    /// repeats (as in JSON.parse).
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null))
    }

    /// The value of a required `key`.
    pub fn required(&self, key: &str) -> Result<&'a Value, FootprintError> {
        self.get(key).ok_or_else(|| FootprintError::MissingField {
            path: self.path(key),
        })
    }

    /// An optional finite number.
    pub fn number(&self, key: &str) -> Result<Option<f64>, FootprintError> {
        self.get(key)
            .map(|v| number(v, &self.path(key)))
            .transpose()
    }

    /// A required finite number.
    pub fn required_number(&self, key: &str) -> Result<f64, FootprintError> {
        number(self.required(key)?, &self.path(key))
    }

    /// An optional string.
    pub fn string(&self, key: &str) -> Result<Option<&'a str>, FootprintError> {
        self.get(key)
            .map(|v| string(v, &self.path(key)))
            .transpose()
    }

    /// An optional code from `table`.
    pub fn code<T: Copy>(
        &self,
        key: &str,
        kind: &'static str,
        table: &[(&'static str, T)],
    ) -> Result<Option<T>, FootprintError> {
        self.get(key)
            .map(|v| code(v, &self.path(key), kind, table))
            .transpose()
    }

    /// A required code from `table`.
    pub fn required_code<T: Copy>(
        &self,
        key: &str,
        kind: &'static str,
        table: &[(&'static str, T)],
    ) -> Result<T, FootprintError> {
        code(self.required(key)?, &self.path(key), kind, table)
    }

    /// Reads each element of the array `key` with `read(element, its path)`.
    pub fn list<T>(
        &self,
        key: &str,
        read: impl Fn(&Value, &str) -> Result<T, FootprintError>,
    ) -> Result<Option<Vec<T>>, FootprintError> {
        let Some(value) = self.get(key) else {
            return Ok(None);
        };
        let path = self.path(key);
        let Value::Array(elements) = value else {
            return Err(wrong_type(&path, "an array", value));
        };
        elements
            .iter()
            .enumerate()
            .map(|(i, e)| read(e, &format!("{path}[{i}]")))
            .collect::<Result<Vec<T>, _>>()
            .map(Some)
    }
}

/// A finite number (NaN and the infinities are refused as wrong types).
pub(crate) fn number(value: &Value, path: &str) -> Result<f64, FootprintError> {
    match value {
        Value::Number(n) if n.is_finite() => Ok(*n),
        _ => Err(wrong_type(path, "a finite number", value)),
    }
}

/// A string.
pub(crate) fn string<'a>(value: &'a Value, path: &str) -> Result<&'a str, FootprintError> {
    match value {
        Value::String(s) => Ok(s),
        _ => Err(wrong_type(path, "a string", value)),
    }
}

/// A code of `kind` from `table` (case-sensitive, as the codes are documented).
pub(crate) fn code<T: Copy>(
    value: &Value,
    path: &str,
    kind: &'static str,
    table: &[(&'static str, T)],
) -> Result<T, FootprintError> {
    let text = string(value, path)?;
    match table.iter().find(|(name, _)| *name == text) {
        Some((_, found)) => Ok(*found),
        None => Err(unknown_code(
            path,
            kind,
            text,
            &mut table.iter().map(|(name, _)| *name),
        )),
    }
}

/// The error for an unknown code, listing the known ones. Not generic, so that each
/// table's `code` stays small in the wasm.
fn unknown_code(
    path: &str,
    kind: &'static str,
    text: &str,
    names: &mut dyn Iterator<Item = &str>,
) -> FootprintError {
    FootprintError::UnknownCode {
        path: path.to_string(),
        kind,
        value: truncate(text),
        hint: format!("; expected one of: {}", one_of(names)),
    }
}

/// "a, b, c", by hand: `join` costs about 1 KB of wasm.
fn one_of(names: &mut dyn Iterator<Item = &str>) -> String {
    let mut list = String::new();
    for (i, name) in names.enumerate() {
        if i > 0 {
            list.push_str(", ");
        }
        list.push_str(name);
    }
    list
}

/// "{path}: expected {expected}, got {kind}".
pub(crate) fn wrong_type(path: &str, expected: &str, got: &Value) -> FootprintError {
    FootprintError::WrongType {
        path: if path.is_empty() { "order" } else { path }.to_string(),
        detail: format!("expected {expected}, got {}", got.kind()),
    }
}

/// `parent.field`, or `field` alone at the top.
pub(crate) fn join(parent: &str, field: &str) -> String {
    if parent.is_empty() {
        field.to_string()
    } else {
        format!("{parent}.{field}")
    }
}

/// The path of an input's own key under `parent`: `parent.key` for a plain name, else
/// `parent["key"]` (an empty key, one with dots, brackets, spaces...), so that no path
/// is empty or reads as another one. A long key is shortened.
pub(crate) fn join_key(parent: &str, key: &str) -> String {
    let name_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let plain = key
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii_digit() && name_char(c))
        && key.chars().all(name_char);
    let key = truncate(key);
    if plain {
        join(parent, &key)
    } else {
        format!("{parent}[{}]", super::error::Quoted(&key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(json: &str) -> Value {
        Value::from_json(json, "t").unwrap()
    }

    #[test]
    fn unknown_keys_are_refused_with_their_path() {
        let v = obj(r#"{"a":1,"bee":2}"#);
        let e = Fields::new(&v, "x", &["a"]).err().unwrap();
        assert_eq!((e.code(), e.path()), ("unknown_field", "x.bee"));
    }

    #[test]
    fn keys_that_are_not_plain_names_are_bracketed() {
        let e = Fields::new(&obj(r#"{"":1}"#), "", &[]).err().unwrap();
        assert_eq!((e.code(), e.path()), ("unknown_field", r#"[""]"#));
        let e = Fields::new(&obj(r#"{"a.b":1}"#), "x", &[]).err().unwrap();
        assert_eq!(e.path(), r#"x["a.b"]"#);
        assert_eq!(join_key("x", "0"), r#"x["0"]"#);
        assert_eq!(join_key("", "__proto__"), "__proto__");
        assert_eq!(join_key("", "$a_1"), "$a_1");
    }

    #[test]
    fn null_is_absent_and_required_fields_say_so() {
        let v = obj(r#"{"a":null}"#);
        let f = Fields::new(&v, "", &["a"]).unwrap();
        assert_eq!(f.number("a").unwrap(), None);
        let e = f.required("a").unwrap_err();
        assert_eq!((e.code(), e.path()), ("missing_field", "a"));
    }

    #[test]
    fn wrong_types_name_what_was_expected_and_found() {
        let v = obj(r#"{"n":"1"}"#);
        let f = Fields::new(&v, "p", &["n"]).unwrap();
        let e = f.number("n").unwrap_err();
        assert_eq!(e.to_string(), "p.n: expected a finite number, got a string");
        let e = number(&Value::Number(f64::NAN), "w").unwrap_err();
        assert_eq!(e.to_string(), "w: expected a finite number, got NaN");
        let e = Fields::new(&Value::Array(vec![]), "", &[]).err().unwrap();
        assert_eq!(e.to_string(), "order: expected an object, got an array");
    }

    #[test]
    fn codes_list_the_known_ones() {
        let e = code(
            &Value::String("b".into()),
            "k",
            "thing",
            &[("a", 1), ("c", 2)],
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"k: unknown thing "b"; expected one of: a, c"#
        );
    }
}
