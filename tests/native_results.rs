//! Writes the native result of every shared vector to target/vectors-native.json, which
//! the JS tests (tests/js/api.test.mjs) compare with the wasm build's, to 1e-9 relative.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use checkout_footprint::model::{estimate, parse_options, parse_order, Options};
use serde_json::{json, Value};

#[test]
fn write_native_results_of_every_vector() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut results = BTreeMap::new();
    for entry in fs::read_dir(root.join("tests/vectors")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let vector: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let outcome = parse_order(&vector["order"].to_string()).and_then(|order| {
            let options = match vector.get("options") {
                Some(o) => parse_options(&o.to_string())?,
                None => Options::default(),
            };
            Ok(estimate(&order, &options))
        });
        let result = match outcome {
            Ok(f) => json!({ "footprint": f }),
            Err(e) => json!({ "error": { "code": e.code(), "path": e.path() } }),
        };
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        results.insert(name, result);
    }
    assert!(results.len() >= 20, "expected the shared vectors");
    let out = root.join("target");
    fs::create_dir_all(&out).unwrap();
    let text = serde_json::to_string_pretty(&results).unwrap();
    fs::write(out.join("vectors-native.json"), text).unwrap();
}
