//! Inputs kept from fuzzing (tests/fuzz-regressions/*.json), run through the same
//! native path and invariants as the `json_text` fuzz target (fuzz/src, included here).
//!
//! Each file holds `order` (the text given to `parse_order`, JSON or not), `options`
//! (text for `parse_options`, or null for the defaults) and `expect`: `{"code": "ok"}`
//! for an accepted order (every footprint invariant is checked), or the error's
//! `{"code", "path"}`.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod fuzz;

use std::fs;
use std::path::PathBuf;

use serde_json::Value;

#[test]
fn every_kept_input_still_gives_its_outcome() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the regression inputs are missing");
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let case: Value = serde_json::from_str(&fs::read_to_string(file).unwrap()).unwrap();
        let order = case["order"].as_str().expect("order is text");
        let text = match case["options"].as_str() {
            Some(options) => format!("{order}{}{options}", fuzz::SEPARATOR),
            None => order.to_string(),
        };
        let expected = (
            case["expect"]["code"].as_str().unwrap().to_string(),
            case["expect"]["path"].as_str().unwrap_or("").to_string(),
        );
        // A broken invariant panics: report it with the file's name.
        let outcome = std::panic::catch_unwind(|| fuzz::run_text(&text));
        match outcome {
            Ok((code, path)) if (code.to_string(), path.clone()) == expected => {}
            Ok((code, path)) => failures.push(format!(
                "{name}: got {code} at {path:?}, expected {expected:?}"
            )),
            Err(_) => failures.push(format!("{name}: an invariant broke (see the panic above)")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
