//! The result of an estimate, as the JavaScript contract names it (camelCase).
//!
//! All masses of CO2e are in kg, distances in km. Figures are central estimates unless
//! named `low`/`high`.

use serde::Serialize;

use super::offset::Offset;
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
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
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
    pub id: Option<String>,
    pub service: Service,
    /// Transported mass: items and packaging, kg.
    pub mass_kg: f64,
    pub co2e_kg: f64,
    pub range: Range,
    pub stages: Stages,
    /// The transport legs of the line haul (the last mile is in `stages.lastMileKg`).
    pub legs: Vec<LegFootprint>,
    /// Refurbished against new for this parcel's items, kg CO2e.
    pub avoided_co2e_kg: f64,
}

/// A shipment's emissions by stage, kg CO2e; they add up to the shipment's `co2eKg`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stages {
    pub line_haul_kg: f64,
    pub hubs_kg: f64,
    pub last_mile_kg: f64,
    pub packaging_kg: f64,
}

/// One transport leg of the line haul.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegFootprint {
    pub mode: Mode,
    /// Great-circle distance before adjustment, km; `null` for an explicit leg.
    pub gcd_km: Option<f64>,
    /// Distance used: adjusted GCD, or the explicit leg's distance as given, km.
    pub distance_km: f64,
    /// Transported mass (tonnes) x distance (km).
    pub tonne_km: f64,
    /// Well-to-wheel intensity of the mode in the factor set, g CO2e per tonne-km.
    pub intensity_g_per_tkm: f64,
    pub co2e_kg: f64,
}

/// Something the model assumed, with the field it stands for.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assumption {
    /// Stable code (`country_reference_point`, `catalog_weight`, ...).
    pub code: String,
    /// The field the assumption stands in for.
    pub path: String,
    /// Plain-English explanation.
    pub message: String,
}

/// How the figures were made.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Method {
    /// `ISO 14083:2023; GLEC Framework v3.0`.
    pub standard: String,
    /// The factor set's name (`glec-v3`, `defra-2025`).
    pub factor_set: String,
    /// Always `WTW` (well-to-wheel).
    pub scope: String,
    /// This crate's model version; changes whenever a figure can change.
    pub model_version: String,
}
