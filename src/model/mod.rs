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
pub mod route;
pub mod totals;

pub use error::FootprintError;
pub use estimate::{estimate, MODEL_VERSION};
pub use factors::{factor_set_info, FactorSetInfo};
pub use footprint::Footprint;
pub use options::{parse_options, FactorSetId, Options};
pub use order::{parse_order, Order};
pub use totals::{estimate_many_json, Totals};
