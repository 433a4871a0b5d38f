//! Emission factors: transport intensities per mode in two published sets, hub
//! handling and packaging materials.
//!
//! Every figure is well-to-wheel (WTW = well-to-tank + tank-to-wheel), in g CO2e per
//! tonne-km for transport. Sources are listed in METHODOLOGY.md (§3, §18),
//! "Factors". "GLEC v3" = GLEC Framework v3.0 (Smart Freight Centre, 2023);
//! "DEFRA 2025" = UK DESNZ/DEFRA GHG conversion factors 2025, freighting goods.

use serde::Serialize;

use super::codes::Code;
use super::options::FactorSetId;
use super::order::{Material, Mode};

/// Air legs shorter than this are short haul, longer ones long haul, km (GLEC v3).
pub const AIR_SHORT_HAUL_MAX_KM: f64 = 1500.0;

// ---- GLEC v3 (default set) -------------------------------------------------------

/// Diesel van < 3.5 t: WTT 187 + TTW 616 at a 36% combined load/empty factor
/// (GLEC v3 Table 7, p.91).
const GLEC_VAN: f64 = 803.0;
/// Battery-electric van energy use, kWh per tonne-km at 31% load (GLEC v3 Table 10,
/// p.93).
pub const GLEC_EVAN_KWH_PER_TKM: f64 = 1.1;
/// EU-27 grid electricity, g CO2e per kWh, WTW, chosen round value: the EEA indicator
/// "Greenhouse gas emission intensity of electricity generation" gives 281 g in 2018
/// and a fall of 19% from 2022 to 2023 (generation only); 250 g leaves room for grid
/// losses and fuel supply upstream (METHODOLOGY.md, "Electric van").
pub const EU_GRID_G_PER_KWH: f64 = 250.0;
/// Battery-electric van: 1.1 kWh/tkm x 250 g/kWh = 275 g CO2e/tkm.
const GLEC_ELECTRIC_VAN: f64 = GLEC_EVAN_KWH_PER_TKM * EU_GRID_G_PER_KWH;
/// Electric cargo bike: 5 g CO2e per vehicle-km (top of the 0-5 g operator range in
/// METHODOLOGY.md §18; GLEC v3 p.48: count the full activity distance) over an average load of
/// 0.05 t (a third of a typical 150 kg payload) = 100 g CO2e/tkm. Model choice,
/// the same in both sets (DEFRA has no cargo-bike factor).
const CARGO_BIKE: f64 = 5.0 / 0.05;
/// Rigid truck 3.5-7.5 t, starting-point value (GLEC v3 p.91).
const GLEC_TRUCK_RIGID: f64 = 315.0;
/// Articulated truck / HGV > 20 t, starting-point value (GLEC v3 p.91).
const GLEC_TRUCK_HGV: f64 = 115.0;
/// Rail freight, EU, traction unknown (GLEC v3 p.88).
const GLEC_RAIL: f64 = 16.0;
/// Air freight short haul (< 1500 km), unknown aircraft type (GLEC v3 Table 1, p.85).
const GLEC_AIR_SHORT: f64 = 1359.0;
/// Air freight long haul, unknown aircraft type (GLEC v3 Table 1, p.85).
const GLEC_AIR_LONG: f64 = 817.0;
/// Deep-sea container, dry: 89.0 g CO2e per TEU-km (GLEC v3 Table 16, p.99, distance
/// adjustment included) over 10 t of cargo per TEU (the average-load convention of
/// GLEC v3 and the Clean Cargo method) = 8.9 g CO2e/tkm.
const GLEC_SEA: f64 = 89.0 / 10.0;

// ---- DEFRA 2025 (alternative set), TTW + WTT --------------------------------------

/// Van, average (DEFRA 2025, freighting goods, vans: average).
const DEFRA_VAN: f64 = 782.0;
/// Battery-electric van, UK grid (DEFRA 2025).
const DEFRA_ELECTRIC_VAN: f64 = 276.0;
/// Rigid HGV 3.5-7.5 t: DEFRA 2025 gives 528 g TTW; WTT is added with GLEC's diesel
/// van WTW/TTW ratio 803/616 (GLEC v3 Table 7): 528 x 803 / 616 = 688.3 g WTW.
const DEFRA_TRUCK_RIGID: f64 = 528.0 * 803.0 / 616.0;
/// All HGVs, average laden (DEFRA 2025).
const DEFRA_TRUCK_HGV: f64 = 125.0;
/// Rail freight (DEFRA 2025).
const DEFRA_RAIL: f64 = 35.0;
/// Air freight short haul, without radiative forcing (DEFRA 2025).
const DEFRA_AIR_SHORT: f64 = 960.0;
/// Air freight long haul, without radiative forcing (DEFRA 2025).
const DEFRA_AIR_LONG: f64 = 666.0;
/// Container ship, average (DEFRA 2025).
const DEFRA_SEA: f64 = 20.0;

// ---- Hubs and packaging -----------------------------------------------------------

/// Ambient transshipment hub, kg CO2e per tonne handled (GLEC v3 Table 3, p.87).
pub const HUB_KG_PER_T: f64 = 0.6;
/// Ambient storage + transshipment, kg CO2e per tonne (GLEC v3 Table 3, p.87): the high
/// bound of the hub stage (the parcel may wait at the hub).
pub const HUB_HIGH_KG_PER_T: f64 = 2.1;

/// Corrugated board, primary material, kg CO2e per kg (DEFRA 2025, material use).
pub const CARDBOARD_KG_PER_KG: f64 = 1.2;
/// Corrugated board, closed-loop recycled, kg CO2e per kg (DEFRA 2025): the low bound.
pub const CARDBOARD_LOW_KG_PER_KG: f64 = 1.098;
/// LDPE film, kg CO2e per kg (DEFRA 2025, material use).
pub const PLASTIC_FILM_KG_PER_KG: f64 = 2.965;

/// Well-to-wheel intensity of `mode` in `set`, g CO2e per tonne-km, for a leg of
/// `distance_km` (which only matters for air: short or long haul).
pub fn intensity_g_per_tkm(set: FactorSetId, mode: Mode, distance_km: f64) -> f64 {
    let long_haul = distance_km >= AIR_SHORT_HAUL_MAX_KM;
    match set {
        FactorSetId::GlecV3 => match mode {
            Mode::Van => GLEC_VAN,
            Mode::ElectricVan => GLEC_ELECTRIC_VAN,
            Mode::CargoBike => CARGO_BIKE,
            Mode::TruckRigid => GLEC_TRUCK_RIGID,
            Mode::TruckHgv => GLEC_TRUCK_HGV,
            Mode::Rail => GLEC_RAIL,
            Mode::Air if long_haul => GLEC_AIR_LONG,
            Mode::Air => GLEC_AIR_SHORT,
            Mode::Sea => GLEC_SEA,
        },
        FactorSetId::Defra2025 => match mode {
            Mode::Van => DEFRA_VAN,
            Mode::ElectricVan => DEFRA_ELECTRIC_VAN,
            Mode::CargoBike => CARGO_BIKE,
            Mode::TruckRigid => DEFRA_TRUCK_RIGID,
            Mode::TruckHgv => DEFRA_TRUCK_HGV,
            Mode::Rail => DEFRA_RAIL,
            Mode::Air if long_haul => DEFRA_AIR_LONG,
            Mode::Air => DEFRA_AIR_SHORT,
            Mode::Sea => DEFRA_SEA,
        },
    }
}

/// Lowest and highest intensity of `mode` over every factor set, g CO2e per tonne-km.
pub fn intensity_bounds(mode: Mode, distance_km: f64) -> (f64, f64) {
    FactorSetId::ALL
        .iter()
        .map(|s| intensity_g_per_tkm(*s, mode, distance_km))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        })
}

/// Central emission factor of a packaging material, kg CO2e per kg.
pub fn material_kg_per_kg(material: Material) -> f64 {
    match material {
        Material::Cardboard => CARDBOARD_KG_PER_KG,
        Material::PlasticFilm => PLASTIC_FILM_KG_PER_KG,
    }
}

/// Low bound of a packaging material's factor, kg CO2e per kg.
pub fn material_low_kg_per_kg(material: Material) -> f64 {
    match material {
        Material::Cardboard => CARDBOARD_LOW_KG_PER_KG,
        Material::PlasticFilm => PLASTIC_FILM_KG_PER_KG,
    }
}

/// A factor set as the JavaScript `factorSets()` export describes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FactorSetInfo {
    /// The name to pass as `options.factorSet`.
    pub name: String,
    pub description: String,
    pub sources: Vec<String>,
}

/// Every factor set, default first.
pub fn factor_set_info() -> Vec<FactorSetInfo> {
    let common = [
        "GLEC Framework v3.0, Table 3 p.87: hub transshipment 0.6 kg CO2e per tonne",
        "GLEC Framework v3.0, pp.108-110: last mile 0.087 kg CO2e per parcel",
        "DEFRA 2025 material use: corrugated board 1.2, LDPE film 2.965 kg CO2e per kg",
    ];
    let set = |name: FactorSetId, description: &str, own: &[&str]| FactorSetInfo {
        name: name.code().to_string(),
        description: description.to_string(),
        sources: own
            .iter()
            .chain(common.iter())
            .map(|s| s.to_string())
            .collect(),
    };
    vec![
        set(
            FactorSetId::GlecV3,
            "GLEC Framework v3.0 default well-to-wheel intensities (ISO 14083:2023); the default",
            &[
                "GLEC Framework v3.0 (Smart Freight Centre, 2023): Table 1 p.85 (air), p.88 (rail), p.91 and Table 7 (road), Table 10 p.93 (electric van), Table 16 p.99 (sea)",
                "EEA, Greenhouse gas emission intensity of electricity generation in Europe (EU-27 grid, 250 g CO2e/kWh chosen)",
            ],
        ),
        set(
            FactorSetId::Defra2025,
            "UK DESNZ/DEFRA GHG conversion factors 2025, freighting goods, TTW + WTT, air without radiative forcing",
            &["UK DESNZ/DEFRA Greenhouse gas reporting: conversion factors 2025, freighting goods"],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glec_values() {
        let g = |m, d| intensity_g_per_tkm(FactorSetId::GlecV3, m, d);
        assert_eq!(g(Mode::TruckHgv, 100.0), 115.0);
        assert_eq!(g(Mode::TruckRigid, 100.0), 315.0);
        assert_eq!(g(Mode::Van, 100.0), 803.0);
        assert_eq!(g(Mode::Rail, 100.0), 16.0);
        assert!((g(Mode::ElectricVan, 1.0) - 275.0).abs() < 1e-9);
        assert_eq!(g(Mode::CargoBike, 1.0), 100.0);
        assert_eq!(g(Mode::Air, 1499.0), 1359.0);
        assert_eq!(g(Mode::Air, 1500.0), 817.0);
        assert!((g(Mode::Sea, 1.0) - 8.9).abs() < 1e-12);
    }

    #[test]
    fn defra_values() {
        let d = |m, km| intensity_g_per_tkm(FactorSetId::Defra2025, m, km);
        assert_eq!(d(Mode::TruckHgv, 1.0), 125.0);
        assert!((d(Mode::TruckRigid, 1.0) - 688.285_714).abs() < 1e-5);
        assert_eq!(d(Mode::Air, 100.0), 960.0);
        assert_eq!(d(Mode::Air, 5000.0), 666.0);
    }

    #[test]
    fn bounds_bracket_every_set() {
        for &mode in Mode::ALL {
            for km in [10.0, 1499.0, 1500.0, 9000.0] {
                let (lo, hi) = intensity_bounds(mode, km);
                for &set in FactorSetId::ALL {
                    let v = intensity_g_per_tkm(set, mode, km);
                    assert!(lo <= v && v <= hi && lo > 0.0);
                }
            }
        }
    }

    #[test]
    fn every_set_is_described() {
        let info = factor_set_info();
        assert_eq!(info.len(), FactorSetId::ALL.len());
        for (i, s) in info.iter().enumerate() {
            assert_eq!(s.name, FactorSetId::ALL[i].code());
            assert!(!s.sources.is_empty());
        }
        let json = serde_json::to_value(&info[0]).unwrap();
        assert!(json.get("sources").is_some() && json.get("description").is_some());
    }
}
