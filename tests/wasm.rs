//! The JavaScript boundary in headless Chromium (wasm-pack test --headless --chrome):
//! what crosses it, and how bad input comes back as a `FootprintError`.
#![cfg(target_arch = "wasm32")]

use checkout_footprint::wasm::{estimate, estimate_many, estimate_services};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/src/js/api/error.js")]
extern "C" {
    type FootprintError;
}

#[wasm_bindgen(inline_js = r#"
export function order(extra) {
  return Object.assign({ shipments: [{
    id: "seller-17",
    from: { country: "FR", lat: 45.76, lon: 4.84 },
    to: { country: "DE" },
    items: [{ category: "smartphone" }],
  }] }, extra);
}
export function withItem(item) {
  const o = order({}); o.shipments[0].items = [item]; return o;
}
export function withThrowingGetter() {
  const o = order({});
  Object.defineProperty(o.shipments[0], "to", { enumerable: true, get() { throw new Error("boom"); } });
  return o;
}
export function cyclic() { const o = order({}); o.shipments[0].self = o; return o; }
export function get(value, path) { return path.split(".").reduce((v, k) => v?.[k], value); }
export function has(value, key) { return Object.prototype.hasOwnProperty.call(value, key); }
"#)]
extern "C" {
    fn order(extra: JsValue) -> JsValue;
    #[wasm_bindgen(js_name = withItem)]
    fn with_item(item: JsValue) -> JsValue;
    #[wasm_bindgen(js_name = withThrowingGetter)]
    fn with_throwing_getter() -> JsValue;
    fn cyclic() -> JsValue;
    fn get(value: &JsValue, path: &str) -> JsValue;
    fn has(value: &JsValue, key: &str) -> bool;
}

fn json(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("test JSON")
}

/// The thrown value must be a FootprintError with this code and path.
fn assert_error(result: Result<JsValue, JsValue>, code: &str, path: &str) {
    let err = result.expect_err("expected a FootprintError");
    assert!(
        err.is_instance_of::<FootprintError>(),
        "not a FootprintError: {err:?}"
    );
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "code").as_string().as_deref(), Some(code));
    assert_eq!(get(&err, "path").as_string().as_deref(), Some(path));
    let message = get(&err, "message").as_string().unwrap_or_default();
    assert!(
        message.starts_with(path),
        "message {message:?} does not name {path}"
    );
}

#[wasm_bindgen_test]
fn a_valid_order_gives_a_plain_object_with_nulls() {
    let f = estimate(order(JsValue::NULL), JsValue::UNDEFINED).unwrap();
    let kg = get(&f, "co2eKg").as_f64().unwrap();
    assert!(kg > 0.0 && kg.is_finite());
    assert_eq!(
        get(&f, "offset.currency").as_string().as_deref(),
        Some("USD")
    );
    assert!(get(&f, "offset.amountMinor").as_f64().unwrap() >= 1.0);
    // json_compatible: plain objects, and null rather than undefined.
    let legs = get(&f, "shipments.0.legs.0");
    assert!(has(&legs, "gcdKm"));
    assert_eq!(
        get(&f, "shipments.0.id").as_string().as_deref(),
        Some("seller-17")
    );
    assert!(
        js_sys::Object::get_prototype_of(&f)
            == js_sys::Object::get_prototype_of(&js_sys::Object::new())
    );
}

#[wasm_bindgen_test]
fn options_change_currency_and_factor_set() {
    let f = estimate(
        order(JsValue::NULL),
        json(r#"{"currency":"JPY","pricePerTonne":4000,"factorSet":"defra-2025"}"#),
    )
    .unwrap();
    assert_eq!(
        get(&f, "offset.currency").as_string().as_deref(),
        Some("JPY")
    );
    assert_eq!(
        get(&f, "method.factorSet").as_string().as_deref(),
        Some("defra-2025")
    );
    let amount = get(&f, "offset.amount").as_f64().unwrap();
    assert_eq!(amount, get(&f, "offset.amountMinor").as_f64().unwrap());
}

#[wasm_bindgen_test]
fn a_misspelled_field_is_refused_with_its_path() {
    let o = with_item(json(r#"{"category":"laptop","weightKgs":2}"#));
    assert_error(
        estimate(o, JsValue::UNDEFINED),
        "unknown_field",
        "shipments[0].items[0].weightKgs",
    );
}

#[wasm_bindgen_test]
fn non_finite_numbers_are_wrong_types() {
    let item = json(r#"{"category":"laptop"}"#);
    js_sys::Reflect::set(&item, &"weightKg".into(), &f64::NAN.into()).unwrap();
    assert_error(
        estimate(with_item(item), JsValue::UNDEFINED),
        "wrong_type",
        "shipments[0].items[0].weightKg",
    );
    let item = json(r#"{"category":"laptop"}"#);
    js_sys::Reflect::set(&item, &"weightKg".into(), &f64::INFINITY.into()).unwrap();
    assert_error(
        estimate(with_item(item), JsValue::UNDEFINED),
        "wrong_type",
        "shipments[0].items[0].weightKg",
    );
}

#[wasm_bindgen_test]
fn getters_that_throw_and_cycles_are_errors_not_exceptions() {
    assert_error(
        estimate(with_throwing_getter(), JsValue::UNDEFINED),
        "invalid_input",
        "shipments[0].to",
    );
    let err = estimate(cyclic(), JsValue::UNDEFINED).expect_err("a cyclic order");
    assert!(err.is_instance_of::<FootprintError>());
    assert_eq!(
        get(&err, "code").as_string().as_deref(),
        Some("invalid_input")
    );
    let path = get(&err, "path").as_string().unwrap_or_default();
    assert!(
        path.starts_with("shipments[0].self.shipments[0].self"),
        "{path}"
    );
}

#[wasm_bindgen_test]
fn undefined_fields_are_absent_and_null_optional_fields_too() {
    let item = json(r#"{"category":"laptop","quantity":null}"#);
    js_sys::Reflect::set(&item, &"weightKg".into(), &JsValue::UNDEFINED).unwrap();
    assert!(estimate(with_item(item), JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn functions_and_bigints_are_wrong_types() {
    let item = json(r#"{"category":"laptop"}"#);
    js_sys::Reflect::set(
        &item,
        &"weightKg".into(),
        &js_sys::BigInt::from(2u32).into(),
    )
    .unwrap();
    assert_error(
        estimate(with_item(item), JsValue::UNDEFINED),
        "wrong_type",
        "shipments[0].items[0].weightKg",
    );
}

#[wasm_bindgen_test]
fn bad_options_name_the_option() {
    assert_error(
        estimate(order(JsValue::NULL), json(r#"{"currency":"usd"}"#)),
        "invalid_currency",
        "options.currency",
    );
    assert_error(
        estimate(order(JsValue::NULL), json(r#"{"pricePerTonne":-1}"#)),
        "out_of_range",
        "options.pricePerTonne",
    );
}

#[wasm_bindgen_test]
fn not_an_object_is_an_error() {
    assert_error(
        estimate(JsValue::UNDEFINED, JsValue::UNDEFINED),
        "wrong_type",
        "order",
    );
    assert_error(
        estimate(JsValue::from_str("order"), JsValue::UNDEFINED),
        "wrong_type",
        "order",
    );
}

#[wasm_bindgen_test]
fn the_module_keeps_working_after_errors() {
    let before = get(
        &estimate(order(JsValue::NULL), JsValue::UNDEFINED).unwrap(),
        "co2eKg",
    );
    for _ in 0..50 {
        let _ = estimate(cyclic(), JsValue::UNDEFINED);
        let _ = estimate(json(r#"{"shipments":[]}"#), JsValue::UNDEFINED);
    }
    let after = get(
        &estimate(order(JsValue::NULL), JsValue::UNDEFINED).unwrap(),
        "co2eKg",
    );
    assert_eq!(before.as_f64(), after.as_f64());
}

#[wasm_bindgen_test]
fn estimate_many_counts_invalid_orders_and_keeps_the_valid_totals() {
    let batch = js_sys::Array::new();
    batch.push(&order(JsValue::NULL));
    batch.push(&json(r#"{"shipments":[]}"#));
    batch.push(&order(JsValue::NULL));
    let one = get(
        &estimate(order(JsValue::NULL), JsValue::UNDEFINED).unwrap(),
        "co2eKg",
    );
    let t = estimate_many(batch.into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&t, "orders").as_f64(), Some(2.0));
    assert_eq!(get(&t, "invalidOrders").as_f64(), Some(1.0));
    assert_eq!(get(&t, "firstInvalid.index").as_f64(), Some(1.0));
    assert_eq!(
        get(&t, "firstInvalid.code").as_string().as_deref(),
        Some("empty")
    );
    let total = get(&t, "co2eKg").as_f64().unwrap();
    assert!((total - 2.0 * one.as_f64().unwrap()).abs() < 1e-12);
    assert_error(
        estimate_many(json("{}"), JsValue::UNDEFINED),
        "wrong_type",
        "orders",
    );
}

// ---- serde-wasm-bindgen: the reference for results, and why it does not read input ----

use checkout_footprint::model::{self, Code};
use serde::Serialize;

#[wasm_bindgen(inline_js = r#"
export function attempt(f) { try { f(); return null; } catch (e) { return e; } }
export function stringify(v) { return JSON.stringify(v); }
"#)]
extern "C" {
    /// What `f()` throws, or null.
    fn attempt(f: &Closure<dyn FnMut()>) -> JsValue;
    fn stringify(value: &JsValue) -> String;
}

/// `value` as serde-wasm-bindgen's JSON-compatible serializer makes it.
fn reference<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("serde-wasm-bindgen serializes every result")
}

const TWO_SHIPMENTS: &str = r#"{"shipments":[
  {"id":"séller-1","from":{"country":"FR","lat":45.76,"lon":4.84},"to":{"country":"DE"},"items":[{"category":"smartphone"}]},
  {"from":{"country":"US"},"to":{"country":"JP"},"service":"express","items":[{"category":"laptop","quantity":2,"weightKg":1.4}],
   "legs":[{"mode":"truck_hgv","distanceKm":120},{"mode":"air","distanceKm":10800}]}]}"#;

/// The results leave through the model's `Serialize` derives, as a tape: exactly the
/// objects serde-wasm-bindgen makes of the same values (keys, their order, numbers, null
/// for None), compared as JSON text.
#[wasm_bindgen_test]
fn results_are_exactly_what_serde_wasm_bindgen_makes() {
    let options = json(r#"{"currency":"KWD","pricePerTonne":8.3}"#);
    let ours = estimate(json(TWO_SHIPMENTS), options).unwrap();
    let order = model::parse_order(TWO_SHIPMENTS).unwrap();
    let options = model::parse_options(r#"{"currency":"KWD","pricePerTonne":8.3}"#).unwrap();
    let theirs = reference(&model::estimate(&order, &options));
    assert_eq!(stringify(&ours), stringify(&theirs));

    let ours =
        estimate_services(json(TWO_SHIPMENTS), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    let services = model::order::Service::ALL;
    let theirs = reference(&model::estimate_services(
        &order,
        &model::Options::default(),
        services,
    ));
    assert_eq!(stringify(&ours), stringify(&theirs));

    let batch = js_sys::Array::new();
    batch.push(&json(TWO_SHIPMENTS));
    batch.push(&json(r#"{"shipments":[]}"#));
    let ours = estimate_many(batch.into(), JsValue::UNDEFINED).unwrap();
    let text = format!("[{TWO_SHIPMENTS},{{\"shipments\":[]}}]");
    let values = model::Value::from_json(&text, "orders").unwrap();
    let totals = model::estimate_many(&values, &model::Options::default()).unwrap();
    assert_eq!(stringify(&ours), stringify(&reference(&totals)));
}

/// Why the input is not read with `serde_wasm_bindgen::from_value`: a misspelled key
/// passes it silently even with `deny_unknown_fields`, where the boundary refuses it.
#[wasm_bindgen_test]
fn serde_wasm_bindgen_lets_a_misspelled_key_pass() {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Place {
        country: String,
    }
    let place = json(r#"{"country":"FR","contry":"DE"}"#);
    assert!(serde_wasm_bindgen::from_value::<Place>(place).is_ok());
    let o = with_item(json(r#"{"category":"laptop","wieghtKg":2}"#));
    assert_error(
        estimate(o, JsValue::UNDEFINED),
        "unknown_field",
        "shipments[0].items[0].wieghtKg",
    );
}

/// ... and a getter that throws escapes it as the getter's own exception, not as an
/// error naming the field, where the boundary gives `invalid_input` at its path.
#[wasm_bindgen_test]
fn serde_wasm_bindgen_lets_a_throwing_getter_escape() {
    let order = with_throwing_getter();
    let read = order.clone();
    let closure = Closure::new(move || {
        let _ = serde_wasm_bindgen::from_value::<serde_json::Value>(read.clone());
    });
    let thrown = attempt(&closure);
    assert!(thrown.is_instance_of::<js_sys::Error>(), "{thrown:?}");
    assert!(!thrown.is_instance_of::<FootprintError>());
    assert_eq!(get(&thrown, "message").as_string().as_deref(), Some("boom"));
    assert_error(
        estimate(order, JsValue::UNDEFINED),
        "invalid_input",
        "shipments[0].to",
    );
}

#[wasm_bindgen_test]
fn estimate_services_compares_and_names_the_lowest() {
    let c = estimate_services(
        order(JsValue::NULL),
        JsValue::UNDEFINED,
        json(r#"["express","locker","express"]"#),
    )
    .unwrap();
    assert_eq!(get(&c, "services.length").as_f64(), Some(2.0));
    assert_eq!(
        get(&c, "services.0.service").as_string().as_deref(),
        Some("express")
    );
    assert_eq!(get(&c, "lowest.0").as_string().as_deref(), Some("locker"));
    assert_error(
        estimate_services(
            order(JsValue::NULL),
            JsValue::UNDEFINED,
            json(r#"["drone"]"#),
        ),
        "unknown_code",
        "services[0]",
    );
    assert_error(
        estimate_services(order(JsValue::NULL), JsValue::UNDEFINED, json("[]")),
        "empty",
        "services",
    );
    assert_error(
        estimate_services(
            json(r#"{"shipments":[]}"#),
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
        ),
        "empty",
        "shipments",
    );
}
