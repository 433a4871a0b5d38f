//! Values across the boundary, and errors into `FootprintError`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::model::{self, FootprintError, Options};

#[wasm_bindgen(module = "/src/js/error.js")]
extern "C" {
    #[wasm_bindgen(js_name = newFootprintError)]
    fn new_footprint_error(code: &str, path: &str, message: &str) -> JsValue;

    #[wasm_bindgen(js_name = toJson, catch)]
    fn to_json(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// The model's error as a thrown JS `FootprintError`.
pub(super) fn error(e: FootprintError) -> JsValue {
    new_footprint_error(e.code(), e.path(), &e.to_string())
}

/// Reads a JS value through JSON text and the model's strict parser `parse`.
///
/// Why JSON text: serde-wasm-bindgen reads only the fields a struct names, so
/// `deny_unknown_fields` has no effect through it and a misspelled key would pass
/// silently; serde_json enforces it and reports the path of every error. JSON.stringify
/// also settles getters, `toJSON` and cycles on the JS side, where a throw is caught here.
pub(super) fn read<T>(
    value: &JsValue,
    root: &str,
    parse: impl FnOnce(&str) -> Result<T, FootprintError>,
) -> Result<T, JsValue> {
    let shown_root = if root.is_empty() { "order" } else { root };
    let json = match to_json(value) {
        Ok(json) => json,
        Err(thrown) => {
            let reason = match thrown.dyn_ref::<js_sys::Error>() {
                Some(e) => String::from(e.message()),
                None => thrown.as_string().unwrap_or_default(),
            };
            return Err(error(FootprintError::Syntax {
                path: shown_root.to_string(),
                detail: format!(
                    "cannot be read as JSON ({})",
                    model::order::truncate(&reason)
                ),
            }));
        }
    };
    let Some(json) = json.as_string() else {
        // JSON.stringify gives undefined for undefined, functions and symbols.
        return Err(error(FootprintError::WrongType {
            path: shown_root.to_string(),
            detail: "expected an object".to_string(),
        }));
    };
    parse(&json).map_err(error)
}

/// Options: `undefined` or `null` mean the defaults.
pub(super) fn read_options(options: &JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    read(options, "options", model::parse_options)
}

/// A result as a plain JS object (`null` rather than `undefined`, no Maps).
pub(super) fn write<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))
}
