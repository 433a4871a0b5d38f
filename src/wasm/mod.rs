//! The JavaScript boundary: the only code that knows wasm-bindgen.
//!
//! Inputs are walked key by key into the model's untyped `Value` ([`convert::read`]),
//! which the model's reader checks strictly; outputs cross as plain objects through
//! serde-wasm-bindgen's JSON-compatible serializer. Errors cross as `FootprintError`
//! (src/js/error.js).

mod convert;
mod types;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::{self, FootprintError, Options, Totals, Value};
use convert::{error, read, write};

/// Estimates the delivery footprint of one order.
#[wasm_bindgen(unchecked_return_type = "Footprint")]
pub fn estimate(
    #[wasm_bindgen(unchecked_param_type = "Order")] order: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = read_options(&options)?;
    let order = model::read_order(&read(&order, "order")?).map_err(error)?;
    let footprint = model::estimate(&order, &options).map_err(error)?;
    write(&footprint)
}

/// Totals over many orders in one call (a period's figure to offset). An invalid order
/// is counted and reported (the first one with its index and error); the valid ones
/// still add up. Orders are read one at a time, so a long list needs no more memory
/// than its largest order.
#[wasm_bindgen(js_name = estimateMany, unchecked_return_type = "Totals")]
pub fn estimate_many(
    #[wasm_bindgen(unchecked_param_type = "Order[]")] orders: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = read_options(&options)?;
    let Some(list) = orders.dyn_ref::<js_sys::Array>() else {
        return Err(error(FootprintError::WrongType {
            path: "orders".to_string(),
            detail: "expected an array of orders".to_string(),
        }));
    };
    let mut totals = Totals::new(&options);
    for (index, order) in list.iter().enumerate() {
        let order = read(&order, &format!("orders[{index}]"))?;
        totals.add_order(index, &order, &options);
    }
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

/// Options: `undefined` or `null` mean the defaults.
fn read_options(options: &JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let value: Value = read(options, "options")?;
    model::read_options(&value).map_err(error)
}
