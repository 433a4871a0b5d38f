//! Values across the boundary, and errors into `FootprintError`.

use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::{FootprintError, Value};

#[wasm_bindgen(module = "/src/js/error.js")]
extern "C" {
    #[wasm_bindgen(js_name = newFootprintError)]
    fn new_footprint_error(code: &str, path: &str, message: &str) -> JsValue;
}

/// Deepest nesting read: an order is 5 levels deep; anything far deeper is a mistake or
/// a cyclic object.
const MAX_DEPTH: usize = 32;
/// Most values read from one argument: the largest valid order (100 shipments of 1,000
/// item lines) holds about 500,000. The cap stops an object graph that shares
/// sub-objects many times over from taking forever to walk.
const MAX_VALUES: usize = 2_000_000;

/// The model's error as a thrown JS `FootprintError`.
pub(super) fn error(e: FootprintError) -> JsValue {
    new_footprint_error(e.code(), e.path(), &e.to_string())
}

/// Reads a JS value into the model's untyped [`Value`], seeing every own enumerable key
/// (so the model can refuse unknown ones). `root` names the value in errors ("order").
///
/// Keys whose value is `undefined` are left out, as JSON.stringify does. A getter that
/// throws, or nesting deeper than [`MAX_DEPTH`] (a cyclic object), is an
/// `invalid_input` error at the path where it happened.
pub(super) fn read(value: &JsValue, root: &str) -> Result<Value, JsValue> {
    let mut budget = MAX_VALUES;
    read_at(value, 0, &mut budget).map_err(|(mut segments, detail)| {
        segments.reverse();
        let mut path = String::new();
        for s in segments {
            match s {
                Segment::Key(k) if path.is_empty() => path = k,
                Segment::Key(k) => path = format!("{path}.{k}"),
                Segment::Index(i) => path = format!("{path}[{i}]"),
            }
        }
        let path = match (root, path.is_empty()) {
            (_, true) => root.to_string(),
            ("order", false) => path,
            (_, false) if path.starts_with('[') => format!("{root}{path}"),
            (_, false) => format!("{root}.{path}"),
        };
        error(FootprintError::Syntax { path, detail })
    })
}

enum Segment {
    Key(String),
    Index(u32),
}

/// An error met while reading: the path segments from the error outwards, and why.
type ReadError = (Vec<Segment>, String);

fn read_at(value: &JsValue, depth: usize, budget: &mut usize) -> Result<Value, ReadError> {
    if *budget == 0 {
        return Err((Vec::new(), "too many values to read".to_string()));
    }
    *budget -= 1;
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Value::String(s));
    }
    if value.is_function() {
        return Ok(Value::Other("a function"));
    }
    if value.is_symbol() {
        return Ok(Value::Other("a symbol"));
    }
    if value.is_bigint() {
        return Ok(Value::Other("a bigint"));
    }
    if !value.is_object() {
        return Ok(Value::Other("an unsupported value"));
    }
    if depth >= MAX_DEPTH {
        return Err((
            Vec::new(),
            "nested too deeply (a cyclic object?)".to_string(),
        ));
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for i in 0..array.length() {
            let item = Reflect::get_u32(value, i)
                .map_err(|thrown| (vec![Segment::Index(i)], thrown_reason(&thrown)))?;
            items.push(read_at(&item, depth + 1, budget).map_err(|(mut p, d)| {
                p.push(Segment::Index(i));
                (p, d)
            })?);
        }
        return Ok(Value::Array(items));
    }
    let keys = Object::keys(value.unchecked_ref::<Object>());
    let mut entries = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        let item = Reflect::get(value, &key)
            .map_err(|thrown| (vec![Segment::Key(name.clone())], thrown_reason(&thrown)))?;
        if item.is_undefined() {
            continue;
        }
        let item = read_at(&item, depth + 1, budget).map_err(|(mut p, d)| {
            p.push(Segment::Key(name.clone()));
            (p, d)
        })?;
        entries.push((name, item));
    }
    Ok(Value::Object(entries))
}

/// Why a getter threw, briefly.
fn thrown_reason(thrown: &JsValue) -> String {
    let message = match thrown.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => thrown.as_string().unwrap_or_default(),
    };
    format!(
        "reading it threw: {}",
        crate::model::order::truncate(&message)
    )
}

/// A result as a plain JS object (`null` rather than `undefined`, no Maps).
pub(super) fn write<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))
}
