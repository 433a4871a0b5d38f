//! The JavaScript boundary: the only code that knows wasm-bindgen.
//!
//! Each export reads its arguments through the tape ([`tape`], [`js::read`]): JavaScript
//! walks the object once and the model's reader checks it strictly; the result leaves
//! through the model's `Serialize` derives, again as one tape ([`js::write`]). Bad input
//! crosses as a thrown `FootprintError` (src/js/api/error.js).
//!
//! Why not serde-wasm-bindgen for both ways, as the design first planned: it cannot keep
//! the reader's guarantees (unknown keys pass its `from_value` silently, a throwing
//! getter or a cyclic object escapes as a plain exception), and writing results with it
//! costs one boundary call per field, about 8 µs more of a two-shipment estimate in
//! Chromium, and 3.3 KB more gzip of the .wasm (docs/ARCHITECTURE.md, "Size and speed
//! ledger"). tests/wasm.rs shows both cases against it, and checks that the results here
//! are exactly what its JSON-compatible serializer makes.
//!
//! The `batch` feature (on by default) adds `estimateMany`; the element's build leaves it
//! out (scripts/build-pkg.mjs).

mod js;
mod tape;
mod types;

use wasm_bindgen::prelude::*;

use crate::model::{self, Code, Options, Path};
#[cfg(feature = "batch")]
use crate::model::{ErrorKind, Totals};
use js::{error, read_value, write};

/// Talc rather than the default dlmalloc: the same job in 2.7 KB less gzip of wasm.
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
    let order =
        read_value(&order, Path::ORDER, |order| model::read_order(&order?)).map_err(error)?;
    write(&model::estimate(&order, &options))
}

/// The footprint of one order under each of several delivery services (default: all
/// four), and which is lowest: one call, the same model, options and order.
#[wasm_bindgen(js_name = estimateServices, unchecked_return_type = "ServiceComparison")]
pub fn estimate_services(
    #[wasm_bindgen(unchecked_param_type = "Order")] order: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Service[]")] services: JsValue,
) -> Result<JsValue, JsValue> {
    let options = read_options(&options)?;
    let order =
        read_value(&order, Path::ORDER, |order| model::read_order(&order?)).map_err(error)?;
    let services = if services.is_undefined() || services.is_null() {
        model::Service::ALL.to_vec()
    } else {
        read_value(&services, Path::root("services"), |list| {
            model::read_services(&list?)
        })
        .map_err(error)?
    };
    write(&model::estimate_services(&order, &options, &services))
}

/// Totals over many orders in one call (a period's figure to offset). An invalid order
/// is counted and reported (the first one with its index and error); the valid ones
/// still add up. Orders are read up to 1,024 at a time (fewer when they are large), so
/// a long list needs no more memory than one such part of it.
#[cfg(feature = "batch")]
#[wasm_bindgen(js_name = estimateMany, unchecked_return_type = "Totals")]
pub fn estimate_many(
    #[wasm_bindgen(unchecked_param_type = "Order[]")] orders: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let options = read_options(&options)?;
    let length = batch_length(&orders)?;
    let mut totals = Totals::new(&options);
    let mut start = 0;
    while start < length {
        // Read a part of the batch at a time, in one call. An order that cannot even be
        // read (a cyclic one, a getter that throws) is counted like any other invalid
        // order, with its path inside the order.
        start += js::read_orders(
            &orders,
            start,
            (length - start).min(1024),
            |index, order| match order {
                Ok(order) => totals.add_order(index as usize, &order, &options),
                Err(e) => totals.add_invalid(index as usize, e),
            },
        );
    }
    write(&totals)
}

/// The length of a batch, which must be an array of at most [`model::MAX_ORDERS`]. Read
/// through Reflect, so that a Proxy that throws gives an error.
#[cfg(feature = "batch")]
fn batch_length(orders: &JsValue) -> Result<u32, JsValue> {
    let batch_error = |thrown: JsValue| {
        error(
            ErrorKind::Syntax {
                path: "orders".to_string(),
                detail: js::thrown_reason(&thrown),
            }
            .into(),
        )
    };
    if !js::is_array(orders).map_err(batch_error)? {
        return Err(error(
            ErrorKind::WrongType {
                path: "orders".to_string(),
                detail: "expected an array of orders".to_string(),
            }
            .into(),
        ));
    }
    let length = js::get(orders, "length").map_err(batch_error)?;
    let length = length.as_f64().unwrap_or(0.0) as u32;
    model::check_batch_len(length as usize).map_err(error)?;
    Ok(length)
}

/// Options: `undefined` or `null` mean the defaults.
fn read_options(options: &JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    read_value(options, Path::OPTIONS, |options| {
        model::read_options(&options?)
    })
    .map_err(error)
}
