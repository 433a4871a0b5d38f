//! The shared test vectors (tests/vectors/*.json), checked against the native model.
//!
//! Each file holds an `order`, optional `options`, and either `expected` (a partial
//! Footprint: every key present must match; numbers within the relative `tolerance`,
//! absolute for an expected 0; arrays of equal length, element-wise) or `error`
//! (`{code, path}`). The JavaScript tests read the same files.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::PathBuf;

use checkout_footprint::model::order::MAX_SHIPMENTS;
use checkout_footprint::model::{estimate, parse_options, parse_order, Options};
use serde_json::Value;

fn vector_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("vectors")
}

/// Compares `actual` against the partial `expected`, collecting mismatches.
fn matches(expected: &Value, actual: &Value, tol: f64, path: &str, errors: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => matches(ev, av, tol, &format!("{path}.{k}"), errors),
                    None => errors.push(format!("{path}.{k}: missing in the result")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                errors.push(format!(
                    "{path}: {} elements expected, {} found",
                    e.len(),
                    a.len()
                ));
                return;
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                matches(ev, av, tol, &format!("{path}[{i}]"), errors);
            }
        }
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (
                e.as_f64().unwrap_or(f64::NAN),
                a.as_f64().unwrap_or(f64::NAN),
            );
            let ok = if e == 0.0 {
                a.abs() <= tol
            } else {
                ((a - e) / e).abs() <= tol
            };
            if !ok {
                errors.push(format!("{path}: expected {e}, found {a}"));
            }
        }
        (e, a) => {
            if e != a {
                errors.push(format!("{path}: expected {e}, found {a}"));
            }
        }
    }
}

fn check(file: &PathBuf) -> Vec<String> {
    let text = fs::read_to_string(file).expect("readable vector");
    let v: Value = serde_json::from_str(&text).expect("vector is JSON");
    let mut errors = Vec::new();
    for key in ["name", "description", "order"] {
        if v.get(key).is_none() {
            errors.push(format!("vector lacks {key:?}"));
        }
    }
    let order_text = v["order"].to_string();
    let result = parse_order(&order_text).and_then(|order| {
        let options = match v.get("options") {
            Some(o) => parse_options(&o.to_string())?,
            None => Options::default(),
        };
        Ok(estimate(&order, &options))
    });
    match (v.get("expected"), v.get("error"), result) {
        (Some(expected), None, Ok(footprint)) => {
            let tol = v["tolerance"].as_f64().expect("a numeric tolerance");
            let actual = serde_json::to_value(&footprint).expect("serializable");
            matches(expected, &actual, tol, "", &mut errors);
        }
        (Some(_), None, Err(e)) => errors.push(format!("unexpected error {}: {e}", e.code())),
        (None, Some(err), Err(e)) => {
            if err["code"] != e.code() || err["path"] != e.path() {
                errors.push(format!(
                    "expected error {} at {}, got {} at {}",
                    err["code"],
                    err["path"],
                    e.code(),
                    e.path()
                ));
            }
        }
        (None, Some(err), Ok(_)) => errors.push(format!("expected error {err}, got a result")),
        _ => errors.push("a vector has exactly one of `expected` and `error`".into()),
    }
    errors
}

#[test]
fn every_vector_matches() {
    let mut files: Vec<PathBuf> = fs::read_dir(vector_dir())
        .expect("tests/vectors exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 22, "only {} vectors", files.len());
    let mut failures = Vec::new();
    for f in &files {
        for e in check(f) {
            failures.push(format!("{}: {e}", f.display()));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn vector_names_match_their_files() {
    for entry in fs::read_dir(vector_dir()).expect("tests/vectors exists") {
        let path = entry.expect("entry").path();
        let v: Value =
            serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("json");
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        assert_eq!(v["name"], stem, "{}", path.display());
    }
}

#[test]
fn too_many_shipments_are_refused() {
    let one =
        r#"{"from":{"country":"FR"},"to":{"country":"DE"},"items":[{"category":"smartphone"}]}"#;
    let many = vec![one; MAX_SHIPMENTS + 1].join(",");
    let e = parse_order(&format!(r#"{{"shipments":[{many}]}}"#)).unwrap_err();
    assert_eq!((e.code(), e.path()), ("too_many", "shipments"));
    let ok = vec![one; MAX_SHIPMENTS].join(",");
    let order = parse_order(&format!(r#"{{"shipments":[{ok}]}}"#)).unwrap();
    let f = estimate(&order, &Options::default());
    assert_eq!(f.shipments.len(), MAX_SHIPMENTS);
}

#[test]
fn too_many_items_are_refused() {
    let item = r#"{"category":"smartphone"}"#;
    let items = vec![item; 1001].join(",");
    let json = format!(
        r#"{{"shipments":[{{"from":{{"country":"FR"}},"to":{{"country":"DE"}},"items":[{items}]}}]}}"#
    );
    let e = parse_order(&json).unwrap_err();
    assert_eq!((e.code(), e.path()), ("too_many", "shipments[0].items"));
}

#[test]
fn the_matcher_detects_differences() {
    let mut errors = Vec::new();
    let e: Value = serde_json::json!({"a": 1.0, "b": [1, 2], "c": "x", "z": 0});
    let a: Value =
        serde_json::json!({"a": 1.0 + 1e-12, "b": [1, 2], "c": "x", "z": 1e-12, "extra": 5});
    matches(&e, &a, 1e-9, "", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    let a: Value = serde_json::json!({"a": 1.1, "b": [1], "c": "y", "z": 0});
    matches(&e, &a, 1e-9, "", &mut errors);
    assert_eq!(errors.len(), 3, "{errors:?}");
}
