//! The JavaScript boundary: the only code that knows wasm-bindgen.
//!
//! Inputs are walked key by key into the model's untyped `Value` ([`convert::read`]),
//! which the model's reader checks strictly; outputs cross as plain objects written
//! field by field ([`write()`]). Errors cross as `FootprintError`
//! (src/js/error.js).

mod convert;
mod types;
mod write;

use wasm_bindgen::prelude::*;

use crate::model::{self, FootprintError, Options, Totals, Value};
use convert::{error, read};
use write::write;

/// Talc rather than the default dlmalloc: the same job in a few KB less of wasm.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
    let orders = read_batch(&orders)?;
    let mut totals = Totals::new(&options);
    for (index, order) in orders.enumerate() {
        // An order that cannot even be read (a cyclic one, a getter that throws) is
        // counted like any other invalid order, with its path inside the order.
        match order.and_then(|order| convert::read_value(&order, "order")) {
            Ok(order) => totals.add_order(index, &order, &options),
            Err(e) => totals.add_invalid(index, e),
        }
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

/// The orders of a batch, one at a time: the batch must be an array of at most
/// [`model::totals::MAX_ORDERS`]. Read through Reflect, so that a Proxy that throws
/// gives an error, for the batch (its `length`) or for one order (an element).
fn read_batch(
    orders: &JsValue,
) -> Result<impl Iterator<Item = Result<JsValue, FootprintError>> + '_, JsValue> {
    let batch_error = |detail: String| {
        error(FootprintError::Syntax {
            path: "orders".to_string(),
            detail,
        })
    };
    if !convert::is_array(orders).map_err(|e| batch_error(convert::thrown_reason(&e)))? {
        return Err(error(FootprintError::WrongType {
            path: "orders".to_string(),
            detail: "expected an array of orders".to_string(),
        }));
    }
    let length = js_sys::Reflect::get(orders, &JsValue::from_str("length"))
        .map_err(|e| batch_error(convert::thrown_reason(&e)))?
        .as_f64()
        .unwrap_or(0.0) as u32;
    model::totals::check_batch_len(length as usize).map_err(error)?;
    Ok((0..length).map(move |i| {
        js_sys::Reflect::get_u32(orders, i).map_err(|e| FootprintError::Syntax {
            path: "order".to_string(),
            detail: convert::thrown_reason(&e),
        })
    }))
}

/// Options: `undefined` or `null` mean the defaults.
fn read_options(options: &JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let value: Value = read(options, "options")?;
    model::read_options(&value).map_err(error)
}
