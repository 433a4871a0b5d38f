//! checkout-footprint: the greenhouse-gas footprint of delivering a checkout order.
//!
//! [`model`] is pure Rust: it validates an order, estimates the well-to-wheel emissions
//! of delivering it per ISO 14083:2023 and the GLEC Framework v3.0, and prices their
//! offset. The `wasm` module (built for `wasm32` only) is the JavaScript boundary of the
//! npm package. See METHODOLOGY.md for the method and every factor's source.

pub mod model;

/// The JavaScript boundary (wasm32 only); public for the wasm-bindgen tests.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
