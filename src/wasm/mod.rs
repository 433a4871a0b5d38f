//! The JavaScript boundary: the only code that knows wasm-bindgen.
//!
//! Inputs cross as JSON text (see [`convert::read`] for why) and are parsed by the
//! model's strict reader; outputs cross as plain objects through serde-wasm-bindgen's
//! JSON-compatible serializer. Errors cross as `FootprintError` (src/js/error.js).

mod convert;
mod types;

use wasm_bindgen::prelude::*;

use crate::model::{self, totals};
use convert::{read, read_options, write};

/// Estimates the delivery footprint of one order.
#[wasm_bindgen(unchecked_return_type = "Footprint")]
pub fn estimate(
    #[wasm_bindgen(unchecked_param_type = "Order")] order: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = read_options(&options)?;
    let order = read(&order, "", model::parse_order)?;
    let footprint = model::estimate(&order, &options).map_err(convert::error)?;
    write(&footprint)
}

/// Totals over many orders in one call (a period's figure to offset). An invalid order
/// is counted and reported (the first one with its index and error); the valid ones
/// still add up.
#[wasm_bindgen(js_name = estimateMany, unchecked_return_type = "Totals")]
pub fn estimate_many(
    #[wasm_bindgen(unchecked_param_type = "Order[]")] orders: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = read_options(&options)?;
    if !js_sys::Array::is_array(&orders) {
        return Err(convert::error(model::FootprintError::WrongType {
            path: "orders".to_string(),
            detail: "expected an array of orders".to_string(),
        }));
    }
    let totals = read(&orders, "orders", |json| {
        totals::estimate_many_json(json, &options)
    })?;
    write(&totals)
}

/// The package version (also the crate's).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The factor sets this version knows: name, description, sources.
#[wasm_bindgen(js_name = factorSets, unchecked_return_type = "FactorSetInfo[]")]
pub fn factor_sets() -> Result<JsValue, JsValue> {
    write(&model::factors::factor_set_info())
}
