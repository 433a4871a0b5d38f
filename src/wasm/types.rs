//! The package's TypeScript types: the one source of the .d.ts that wasm-bindgen writes.
//! Kept beside the exports they describe; tests/ts type-checks a consumer against them
//! and checks every shared vector's input and output against them.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");
