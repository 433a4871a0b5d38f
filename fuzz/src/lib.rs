//! Shared by the fuzz targets: the invariants every estimate keeps (also included by
//! tests/fuzz_regressions.rs in the main crate) and the text format of an input.

pub mod invariants;

use checkout_footprint::model::{
    estimate, estimate_many_json, parse_options, parse_order, Options,
};

/// The separator between the order and the options in one input of `json_text`: NUL
/// never appears in valid JSON text (control characters are escaped in strings).
pub const SEPARATOR: char = '\0';

/// Runs one text input (`order` [NUL `options`]) through the whole native path and
/// checks every invariant; returns the outcome's code (`"ok"` or an error code) for
/// the regression tests.
pub fn run_text(text: &str) -> (&'static str, String) {
    let (order_text, options_text) = match text.split_once(SEPARATOR) {
        Some((o, p)) => (o, Some(p)),
        None => (text, None),
    };
    let options = match options_text.map(parse_options) {
        None => Options::default(),
        Some(Ok(options)) => options,
        Some(Err(e)) => {
            invariants::check_error(&e);
            // Options are read before the order, as estimate() does from JavaScript.
            return (e.code(), e.path().to_string());
        }
    };
    // A batch: the same text as an array of orders.
    if order_text.trim_start().starts_with('[') {
        match estimate_many_json(order_text, &options) {
            Ok(totals) => {
                let len = serde_json::from_str::<Vec<serde_json::Value>>(order_text)
                    .map(|v| v.len())
                    .expect("a batch that parsed as orders is a JSON array");
                invariants::check_totals(&totals, len);
            }
            Err(e) => invariants::check_error(&e),
        }
    }
    match parse_order(order_text) {
        Ok(order) => {
            let f = estimate(&order, &options);
            invariants::check_footprint(&f, &options, order.shipments.len());
            ("ok", String::new())
        }
        Err(e) => {
            invariants::check_error(&e);
            (e.code(), e.path().to_string())
        }
    }
}
