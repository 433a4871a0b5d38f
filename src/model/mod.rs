//! The emission model: pure Rust, no JavaScript types.
//!
//! Flow: an untyped [`Value`] (parsed JSON text, or what the wasm boundary read from a
//! JavaScript object) -> [`read_order`] / [`read_options`] (validated [`Order`] and
//! [`Options`]) -> [`estimate`] -> [`Footprint`]. The public items re-exported here are
//! the model's API; the wasm boundary uses nothing else.

pub mod avoided;
pub mod bounds;
pub mod catalog;
pub mod codes;
pub mod error;
pub mod estimate;
pub mod factors;
pub mod footprint;
pub mod geo;
pub mod hubs;
pub mod offset;
pub mod options;
pub mod order;
pub mod path;
pub mod read;
mod reader;
pub mod rounds;
pub mod route;
pub mod services;
mod shipment;
pub mod totals;
/// sin and cos for the wasm build (src/model/trig.rs); tested natively.
#[cfg(any(target_arch = "wasm32", test))]
mod trig;
pub mod value;

pub use codes::Code;
pub use error::{ErrorKind, FootprintError};
pub use estimate::{estimate, MODEL_VERSION};
pub use factors::{factor_set_info, FactorSetInfo};
pub use footprint::Footprint;
pub use options::{parse_options, read_options, FactorSetId, Options};
pub use order::{Order, Service};
pub use path::{short, Path};
pub use read::{parse_order, read_order};
pub use services::{estimate_services, read_services, ServiceComparison, ServiceFootprint};
pub use totals::{check_batch_len, estimate_many, estimate_many_json, Totals, MAX_ORDERS};
pub use value::Value;
