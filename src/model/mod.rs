//! The emission model: pure Rust, no JavaScript types.
//!
//! Flow: JSON text or Rust values -> [`order::Order`] and [`options::Options`]
//! (validated) -> [`estimate::estimate`] -> [`footprint::Footprint`].

pub mod avoided;
pub mod catalog;
pub mod error;
pub mod estimate;
pub mod factors;
pub mod footprint;
pub mod geo;
pub mod offset;
pub mod options;
pub mod order;
pub(crate) mod reader;
pub mod route;
pub mod totals;
/// sin and cos for the wasm build (src/model/trig.rs); tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod trig;
pub mod value;

pub use error::FootprintError;
pub use estimate::{estimate, MODEL_VERSION};
pub use factors::{factor_set_info, FactorSetInfo};
pub use footprint::Footprint;
pub use options::{parse_options, read_options, FactorSetId, Options};
pub use order::{parse_order, read_order, Order};
pub use totals::{estimate_many, estimate_many_json, Totals};
pub use value::Value;
