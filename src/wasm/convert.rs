//! Values across the boundary, and errors into `FootprintError`.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::{FootprintError, Value};

#[wasm_bindgen(module = "/src/js/error.js")]
extern "C" {
    #[wasm_bindgen(js_name = newFootprintError)]
    fn new_footprint_error(code: &str, path: &str, message: &str) -> JsValue;
}

// `Array.isArray` and `Object.keys` throw for a revoked Proxy, and `Object.keys` runs a
// Proxy's `ownKeys` trap: imported with `catch` (js-sys's own bindings are not), so
// that what they throw becomes an `invalid_input` error like a throwing getter.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    pub(super) fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// Deepest nesting read: an order is 5 levels deep; anything far deeper is a mistake or
/// a cyclic object.
const MAX_DEPTH: usize = 32;
/// Most values read from one argument. The largest valid order holds about 408,000: 100
/// shipments of 4,080 (the shipment, its id, service, two places of 4, packaging of 3,
/// 1,000 item lines of 4, 20 legs of 3 and their two arrays); a `null` takes the place
/// of a field, so nulls add none. The cap stops an object graph that shares
/// sub-objects many times over (a few lines of JavaScript make one of 2^30 values)
/// from taking seconds to walk: past it, the argument is refused as a whole.
const MAX_VALUES: usize = 500_000;
const TOO_MANY_VALUES: &str =
    "more values than an order can hold (one object shared many times over?)";

/// The model's error as a thrown JS `FootprintError`.
pub(super) fn error(e: FootprintError) -> JsValue {
    new_footprint_error(e.code(), e.path(), &e.to_string())
}

/// Reads a JS value into the model's untyped [`Value`], seeing every own enumerable key
/// (so the model can refuse unknown ones). `root` names the value in errors ("order").
///
/// Keys whose value is `undefined` are left out, as JSON.stringify does. A getter or
/// Proxy trap that throws, or nesting deeper than [`MAX_DEPTH`] (a cyclic object), is
/// an `invalid_input` error at the path where it happened; more than [`MAX_VALUES`]
/// values is one at `root`.
pub(super) fn read(value: &JsValue, root: &str) -> Result<Value, JsValue> {
    read_value(value, root).map_err(error)
}

/// [`read`], with the model's error.
pub(super) fn read_value(value: &JsValue, root: &str) -> Result<Value, FootprintError> {
    if value.is_undefined() {
        // Named as such: `estimate()` with no order says "got undefined", not "got null".
        return Ok(Value::Other("undefined"));
    }
    let mut budget = MAX_VALUES;
    read_at(value, 0, &mut budget).map_err(|(mut segments, detail)| {
        if detail == TOO_MANY_VALUES {
            // Where the walk stopped says nothing about the input: refuse it whole.
            segments.clear();
        }
        segments.reverse();
        let mut path = String::new();
        for s in segments {
            match s {
                Segment::Key(k) => path = crate::model::reader::join_key(&path, &k),
                Segment::Index(i) => path = format!("{path}[{i}]"),
            }
        }
        let path = match (root, path.is_empty()) {
            (_, true) => root.to_string(),
            ("order", false) => path,
            (_, false) if path.starts_with('[') => format!("{root}{path}"),
            (_, false) => format!("{root}.{path}"),
        };
        FootprintError::Syntax { path, detail }
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
        return Err((Vec::new(), TOO_MANY_VALUES.to_string()));
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
    let thrown = |thrown: JsValue| (Vec::new(), thrown_reason(&thrown));
    if is_array(value).map_err(thrown)? {
        // Through Reflect: a Proxy's `length` may throw or be anything. A huge length
        // (`a.length = 2 ** 32 - 1`) costs no memory up front: the budget stops the walk.
        let length = Reflect::get(value, &JsValue::from_str("length")).map_err(thrown)?;
        let length = length.as_f64().unwrap_or(0.0) as u32;
        let mut items = Vec::with_capacity((length as usize).min(*budget));
        for i in 0..length {
            let item = Reflect::get_u32(value, i)
                .map_err(|thrown| (vec![Segment::Index(i)], thrown_reason(&thrown)))?;
            items.push(read_at(&item, depth + 1, budget).map_err(|(mut p, d)| {
                p.push(Segment::Index(i));
                (p, d)
            })?);
        }
        return Ok(Value::Array(items));
    }
    let keys = object_keys(value).map_err(thrown)?;
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

/// Why a getter threw, briefly: the thrown value's `message`, or the thrown string. Read
/// through Reflect, as the thrown value may be a Proxy or have a throwing `message`.
pub(super) fn thrown_reason(thrown: &JsValue) -> String {
    let message = Reflect::get(thrown, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| thrown.as_string())
        .unwrap_or_default();
    format!(
        "reading it threw: {}",
        crate::model::order::truncate(&message)
    )
}
