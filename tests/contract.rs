//! One source for the JavaScript contract. The TypeScript declarations the package ships
//! (src/wasm/types.d.ts, src/js/api/error.d.ts) are written by hand for their documentation,
//! and checked here against the Rust that defines each name: every union of codes
//! against its enum's codes, the error codes against `FootprintError::CODES`, every
//! input interface against the keys the reader accepts, and every result interface
//! against the keys the `Serialize` derives write. A name changed on one side only
//! fails here.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use checkout_footprint::model::footprint::{AssumptionCode, Chain};
use checkout_footprint::model::order::{Category, Condition, Material, Mode, Service, Stage};
use checkout_footprint::model::{
    estimate, estimate_many_json, estimate_services, factor_set_info, options, parse_options,
    parse_order, read, Code, FactorSetId, FootprintError,
};
use serde_json::Value;

fn declarations(file: &str) -> String {
    fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).expect(file)
}

/// The string literals of `export type {name} = | "a" | "b";` in `text`.
fn union(text: &str, name: &str) -> Vec<String> {
    let start = text
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("no type {name}"));
    let body = &text[start..];
    let body = &body[..body.find(';').expect("a union ends with ;")];
    body.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The field names of `export interface {name} { ... }` in `text`, in order.
fn interface(text: &str, name: &str) -> Vec<String> {
    let start = text
        .find(&format!("export interface {name} "))
        .unwrap_or_else(|| panic!("no interface {name}"));
    let body = &text[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("/**") && !l.starts_with('*') && !l.is_empty())
        .filter_map(|l| l.split(':').next())
        .map(|field| field.trim_end_matches('?').to_string())
        .collect()
}

fn check_codes<T: Code>(types: &str) {
    assert_eq!(union(types, T::TS_TYPE), T::CODES, "type {}", T::TS_TYPE);
}

#[test]
fn every_union_of_codes_is_the_rust_enum() {
    let types = declarations("src/wasm/types.d.ts");
    check_codes::<Service>(&types);
    check_codes::<Category>(&types);
    check_codes::<Condition>(&types);
    check_codes::<Material>(&types);
    check_codes::<Mode>(&types);
    check_codes::<FactorSetId>(&types);
    check_codes::<AssumptionCode>(&types);
    check_codes::<Stage>(&types);
    check_codes::<Chain>(&types);
}

#[test]
fn error_codes_are_the_rust_error_codes() {
    let errors = declarations("src/js/api/error.d.ts");
    assert_eq!(union(&errors, "FootprintErrorCode"), FootprintError::CODES);
}

#[test]
fn input_interfaces_list_the_keys_the_reader_accepts() {
    let types = declarations("src/wasm/types.d.ts");
    fn check<K: Code>(types: &str) {
        assert_eq!(
            interface(types, K::TS_TYPE),
            K::CODES,
            "interface {}",
            K::TS_TYPE
        );
    }
    check::<read::OrderKey>(&types);
    check::<read::ShipmentKey>(&types);
    check::<read::PlaceKey>(&types);
    check::<read::ItemKey>(&types);
    check::<read::PackagingKey>(&types);
    check::<read::LegKey>(&types);
    check::<read::CarrierKey>(&types);
    check::<read::LegCarrierKey>(&types);
    check::<options::OptionKey>(&types);
}

/// The keys of the object at `value`, in order.
fn keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

#[test]
fn result_interfaces_list_the_keys_the_model_writes() {
    let types = declarations("src/wasm/types.d.ts");
    let order = parse_order(
        r#"{"shipments":[{"id":"a","from":{"country":"FR"},"to":{"country":"DE"},
            "items":[{"category":"laptop"}]}]}"#,
    )
    .unwrap();
    let f = serde_json::to_value(estimate(&order, &parse_options("{}").unwrap())).unwrap();
    let shipment = &f["shipments"][0];
    let totals =
        estimate_many_json(r#"[{"shipments":[]}]"#, &parse_options("{}").unwrap()).unwrap();
    let totals = serde_json::to_value(totals).unwrap();
    let factor_set = serde_json::to_value(factor_set_info()).unwrap()[0].clone();
    let comparison = serde_json::to_value(estimate_services(
        &order,
        &parse_options("{}").unwrap(),
        Service::ALL,
    ))
    .unwrap();
    for (name, value) in [
        ("Footprint", &f),
        ("Range", &f["range"]),
        ("ShipmentFootprint", shipment),
        ("Stages", &shipment["stages"]),
        ("LegFootprint", &shipment["legs"][0]),
        ("Offset", &f["offset"]),
        ("Assumption", &f["assumptions"][0]),
        ("Method", &f["method"]),
        ("Totals", &totals),
        ("InvalidOrder", &totals["firstInvalid"]),
        ("FactorSetInfo", &factor_set),
        ("ServiceComparison", &comparison),
        ("ServiceFootprint", &comparison["services"][0]),
    ] {
        assert_eq!(interface(&types, name), keys(value), "interface {name}");
    }
}

#[test]
fn the_parsers_find_what_they_look_for() {
    let text = "export type T =\n  | \"a\"\n  | \"b_c\";\nexport interface I {\n  /** doc: x */\n  x: number;\n  y?: T | null;\n}\n";
    assert_eq!(union(text, "T"), ["a", "b_c"]);
    assert_eq!(interface(text, "I"), ["x", "y"]);
}
