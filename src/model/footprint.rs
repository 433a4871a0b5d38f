//! The result of an estimate. Its `Serialize` derives are the one source of the
//! result's field names (camelCase, as the JavaScript contract names them): the wasm
//! boundary writes results through them, and tests/contract.rs checks the TypeScript
//! interfaces against what they produce.
//!
//! All masses of CO2e are in kg, distances in km. Figures are central estimates unless
//! named `low`/`high`.

use std::sync::Arc;

use std::fmt;

use serde::{Serialize, Serializer};

use super::codes::{codes, Fixed};
use super::offset::Offset;
use super::options::FactorSetId;
use super::order::{Mode, Service};

/// The delivery footprint of one order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Footprint {
    /// Total well-to-wheel emissions of delivering the order, central estimate.
    pub co2e_kg: f64,
    /// Plausible bounds of `co2eKg` (see METHODOLOGY.md, "Range").
    pub range: Range,
    /// One entry per shipment, in the order given.
    pub shipments: Vec<ShipmentFootprint>,
    /// What offsetting `co2eKg` costs.
    pub offset: Offset,
    /// Emissions avoided by buying refurbished rather than new; reported apart, never
    /// subtracted from `co2eKg`.
    pub avoided_co2e_kg: f64,
    /// What was assumed where the order said nothing, and why.
    pub assumptions: Vec<Assumption>,
    pub method: Method,
}

/// Low and high bounds of an estimate, kg CO2e.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Range {
    pub low_kg: f64,
    pub high_kg: f64,
}

/// The footprint of one shipment (parcel).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShipmentFootprint {
    /// The shipment's `id` as given, or `null`.
    pub id: Option<Arc<str>>,
    pub service: Service,
    /// The transport chain: a default one (road, express road, air) or the given legs.
    pub chain: Chain,
    /// Transported mass: items and packaging, kg.
    pub mass_kg: f64,
    pub co2e_kg: f64,
    pub range: Range,
    pub stages: Stages,
    /// The transport legs of the line haul (the rounds are in `stages`).
    pub legs: Vec<LegFootprint>,
    /// Parcel sorting hubs crossed.
    pub hub_count: u32,
    /// The part of `co2eKg` that comes from the carrier's own figures (primary data).
    pub primary_kg: f64,
    /// Where those figures come from, as the order gave them.
    pub primary_sources: Vec<Arc<str>>,
    /// Refurbished against new for this parcel's items, kg CO2e.
    pub avoided_co2e_kg: f64,
    /// Each stage's low and high bounds, kg CO2e, for Rust callers (tests/validation.rs
    /// compares published figures with parts of the estimate); not in the JavaScript
    /// result, whose `range` is their sum.
    #[serde(skip)]
    pub stage_ranges: StageRanges,
}

/// The low and high bounds of each stage of a shipment, kg CO2e.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct StageRanges {
    pub first_mile: Range,
    pub line_haul: Range,
    pub hubs: Range,
    pub last_mile: Range,
    pub packaging: Range,
}

codes! {
    /// The transport chain of a shipment.
    pub enum Chain ("chain", "Chain") {
        /// Collection, parcel hubs, articulated truck, delivery.
        Road = "road",
        /// Express under 800 km: collection, hubs, rigid truck, delivery.
        RoadExpress = "road_express",
        /// Collection, hubs, road feeder, flight, road feeder, delivery.
        Air = "air",
        /// The legs the order gave.
        Given = "given",
    }
}

/// A shipment's emissions by stage, kg CO2e; they add up to the shipment's `co2eKg`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stages {
    /// Collection from the seller.
    pub first_mile_kg: f64,
    pub line_haul_kg: f64,
    pub hubs_kg: f64,
    /// Delivery to the shopper's door, pickup point or locker.
    pub last_mile_kg: f64,
    pub packaging_kg: f64,
}

/// One transport leg of the line haul.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegFootprint {
    pub mode: Mode,
    /// Great-circle distance before adjustment, km; `null` for an explicit leg.
    pub gcd_km: Option<f64>,
    /// Distance used: adjusted GCD, or the explicit leg's distance as given, km.
    pub distance_km: f64,
    /// Transported mass (tonnes) x distance (km).
    pub tonne_km: f64,
    /// Well-to-wheel intensity, g CO2e per tonne-km: the mode's in the factor set, or
    /// the carrier's when `primary`.
    pub intensity_g_per_tkm: f64,
    pub co2e_kg: f64,
    /// Whether the figure is the carrier's own (primary data) rather than a default.
    pub primary: bool,
}

codes! {
    /// What the model assumed (METHODOLOGY.md, "Assumption codes").
    pub enum AssumptionCode ("assumption", "AssumptionCode") {
        /// An item without `weightKg`: its category's typical shipping mass.
        CatalogWeight = "catalog_weight",
        /// A given weight far above its category's: used as given, flagged.
        UnusualWeight = "unusual_weight",
        /// A shipment without `packaging`: the heaviest default box among its items.
        DefaultPackaging = "default_packaging",
        /// A place without coordinates: its country's reference point.
        CountryReferencePoint = "country_reference_point",
        /// A shipment without `legs`: the service's default chain.
        DefaultChain = "default_chain",
        /// A carrier's figure covering several stages, split across them in the
        /// proportions of the default estimate.
        CarrierSplit = "carrier_split",
    }
}

/// Something the model assumed, with the field it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assumption {
    pub code: AssumptionCode,
    /// The field the assumption stands in for (`shipments[0].items[1].weightKg`).
    pub path: Site,
    /// Plain-English explanation.
    pub message: &'static str,
}

/// Written as `{ code, path, shipment, message }`: the shipment's index, so that a
/// reader need not parse the path.
impl Serialize for Assumption {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Assumption", 4)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("path", &self.path)?;
        out.serialize_field("shipment", &self.path.shipment)?;
        out.serialize_field("message", &Fixed(self.message))?;
        out.end()
    }
}

/// A field of an order's shipment, written `shipments[i]` + `.items[j]` + `.field`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Site {
    pub shipment: usize,
    pub item: Option<usize>,
    /// The field's name ("weightKg", "packaging", "from").
    pub field: &'static str,
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "shipments[{}]", self.shipment)?;
        if let Some(item) = self.item {
            write!(f, ".items[{item}]")?;
        }
        write!(f, ".{}", self.field)
    }
}

impl Serialize for Site {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// How the figures were made.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Method {
    /// `ISO 14083:2023; GLEC Framework v3.0`.
    pub standard: Fixed,
    /// The factor set used (`glec-v3`, `defra-2025`).
    pub factor_set: FactorSetId,
    /// Always `WTW` (well-to-wheel).
    pub scope: Fixed,
    /// This crate's model version; changes whenever a figure can change.
    pub model_version: Fixed,
    /// The share of `co2eKg` computed from carriers' own figures (primary data, as
    /// ISO 14083 asks to report), 0 to 1; the rest uses the factor set's defaults.
    pub primary_share: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_read_as_paths() {
        let item = Site {
            shipment: 1,
            item: Some(0),
            field: "weightKg",
        };
        assert_eq!(item.to_string(), "shipments[1].items[0].weightKg");
        let shipment = Site {
            shipment: 0,
            item: None,
            field: "packaging",
        };
        assert_eq!(
            serde_json::to_string(&shipment).unwrap(),
            r#""shipments[0].packaging""#
        );
    }
}
