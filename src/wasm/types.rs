//! The package's TypeScript types: the one source of the .d.ts that wasm-bindgen writes.
//! Kept beside the exports they describe; tests/package/ts type-checks a consumer against them
//! and every shared vector's input and native output as typed literals.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");
