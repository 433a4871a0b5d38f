//! Transport intensities per mode in two published sets, and packaging materials.
//!
//! Every figure is well-to-wheel (WTW = well-to-tank + tank-to-wheel), in g CO2e per
//! tonne-km for transport. Sources are listed in METHODOLOGY.md (§3, §18). "GLEC v3" =
//! GLEC Framework v3.0 (Smart Freight Centre, 2023; April 2024 printing, whose page
//! numbers are cited); "DEFRA 2025" = UK DESNZ/DEFRA GHG conversion factors 2025,
//! "Freighting goods" (TTW) plus "WTT - delivery vehicles and freight", by row ID.
//! Collection and delivery rounds are in [`super::rounds`], hubs in [`super::hubs`].

use serde::{Deserialize, Serialize};

use super::codes::Code;

use super::options::FactorSetId;
use super::order::{Material, Mode};

/// Air legs shorter than this are short haul, longer ones long haul, km (GLEC v3 p.36 and
/// Table 1 p.85; applied to DEFRA's short- and long-haul rows too).
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
/// losses and fuel supply upstream (METHODOLOGY.md §3.1).
pub const EU_GRID_G_PER_KWH: f64 = 250.0;
/// Battery-electric van: 1.1 kWh/tkm x 250 g/kWh = 275 g CO2e/tkm.
const GLEC_ELECTRIC_VAN: f64 = GLEC_EVAN_KWH_PER_TKM * EU_GRID_G_PER_KWH;
/// Electric cargo bike: 5 g CO2e per vehicle-km (top of the 0-5 g operator range in
/// METHODOLOGY.md §18; GLEC v3 p.48: count the full activity distance) over an average load of
/// 0.05 t (a third of a typical 150 kg payload) = 100 g CO2e/tkm. Model choice,
/// the same in both sets (DEFRA has no cargo-bike factor).
const CARGO_BIKE: f64 = 5.0 / 0.05;
/// Urban truck 3.5-7.5 t, starting-point value (GLEC v3 p.91).
const GLEC_TRUCK_RIGID: f64 = 315.0;
/// Heavy goods vehicle > 20 t, starting-point value (GLEC v3 p.91).
const GLEC_TRUCK_HGV: f64 = 115.0;
/// Rail freight, EU average, traction unknown (GLEC v3 p.88).
const GLEC_RAIL: f64 = 16.0;
/// Rail freight, EU average, electric traction at the 2020 EU generating mix (GLEC v3 p.88).
const GLEC_RAIL_ELECTRIC: f64 = 7.0;
/// Rail freight, EU average, diesel traction (GLEC v3 p.88).
const GLEC_RAIL_DIESEL: f64 = 30.0;
/// Air freight, unknown aircraft (55% belly, 45% freighter), short haul < 1500 km and
/// long haul (GLEC v3 Table 1, p.85).
const GLEC_AIR: [f64; 2] = [1359.0, 817.0];
/// Air freight on freighters, short and long haul (GLEC v3 Table 1, p.85).
const GLEC_AIR_FREIGHTER: [f64; 2] = [1509.0, 629.0];
/// Air freight in passenger aircraft bellies, short and long haul (GLEC v3 Table 1, p.85).
const GLEC_AIR_BELLY: [f64; 2] = [1237.0, 971.0];
/// Deep-sea container, dry: 89.0 g CO2e per TEU-km (GLEC v3 Table 16, p.99, distance
/// adjustment included) over 10 t of cargo per TEU (the average-load convention of
/// GLEC v3 and the Clean Cargo method) = 8.9 g CO2e/tkm.
const GLEC_SEA: f64 = 89.0 / 10.0;

// ---- DEFRA 2025 (alternative set): TTW row + WTT row, kg -> g ----------------------

/// Vans, average (up to 3.5 t), diesel: 0.63130 (27_303_3102_14_1) + 0.15095
/// (28_906_3102_14_1) kg CO2e/tkm.
const DEFRA_VAN: f64 = (0.63130 + 0.15095) * 1000.0;
/// Vans, average, battery electric: 0.21992 (27_303_3108_14_1) + WTT 0.05633
/// (28_906_3108_14_1) + UK electricity T&D for EVs 0.02084 (14_303_3108_14_1).
const DEFRA_ELECTRIC_VAN: f64 = (0.21992 + 0.05633 + 0.02084) * 1000.0;
/// HGV (all diesel), rigid > 3.5-7.5 t, average laden: 0.52761 (27_304_3112_14_1) +
/// 0.12296 (28_907_3112_14_1).
const DEFRA_TRUCK_RIGID: f64 = (0.52761 + 0.12296) * 1000.0;
/// HGV (all diesel), all HGVs, average laden: 0.10163 (27_304_3140_14_1) + 0.02359
/// (28_907_3140_14_1).
const DEFRA_TRUCK_HGV: f64 = (0.10163 + 0.02359) * 1000.0;
/// Rail, freight train (no split by traction): 0.02779 (27_315_3151_14_1) + 0.00691
/// (28_911_3151_14_1).
const DEFRA_RAIL: f64 = (0.02779 + 0.00691) * 1000.0;
/// Freight flights without radiative forcing (no split by aircraft): short haul 0.75539
/// (27_317_3155_14_1) + 0.20515 (28_913_3155_14_1); long haul 0.53130
/// (27_317_3157_14_1) + 0.13516 (28_913_3157_14_1).
const DEFRA_AIR: [f64; 2] = [(0.75539 + 0.20515) * 1000.0, (0.53130 + 0.13516) * 1000.0];
/// Cargo ship, container ship, average: 0.01612 (27_320_3235_14_1) + 0.00365
/// (28_916_3235_14_1).
const DEFRA_SEA: f64 = (0.01612 + 0.00365) * 1000.0;

// ---- Packaging ------------------------------------------------------------------

/// Corrugated board, primary material, kg CO2e per kg (DEFRA 2025, material use).
pub const CARDBOARD_KG_PER_KG: f64 = 1.2;
/// Corrugated board, closed-loop recycled, kg CO2e per kg (DEFRA 2025): the low bound.
pub const CARDBOARD_LOW_KG_PER_KG: f64 = 1.098;
/// LDPE film, kg CO2e per kg (DEFRA 2025, material use).
pub const PLASTIC_FILM_KG_PER_KG: f64 = 2.965;

/// Well-to-wheel intensity of `mode` in `set`, g CO2e per tonne-km, for a leg of
/// `distance_km` (which only matters for air: short or long haul).
pub fn intensity_g_per_tkm(set: FactorSetId, mode: Mode, distance_km: f64) -> f64 {
    let haul = usize::from(distance_km >= AIR_SHORT_HAUL_MAX_KM);
    match set {
        FactorSetId::GlecV3 => match mode {
            Mode::Van => GLEC_VAN,
            Mode::ElectricVan => GLEC_ELECTRIC_VAN,
            Mode::CargoBike => CARGO_BIKE,
            Mode::TruckRigid => GLEC_TRUCK_RIGID,
            Mode::TruckHgv => GLEC_TRUCK_HGV,
            Mode::Rail => GLEC_RAIL,
            Mode::RailElectric => GLEC_RAIL_ELECTRIC,
            Mode::RailDiesel => GLEC_RAIL_DIESEL,
            Mode::Air => GLEC_AIR[haul],
            Mode::AirFreighter => GLEC_AIR_FREIGHTER[haul],
            Mode::AirBelly => GLEC_AIR_BELLY[haul],
            Mode::Sea => GLEC_SEA,
        },
        FactorSetId::Defra2025 => match mode {
            Mode::Van => DEFRA_VAN,
            Mode::ElectricVan => DEFRA_ELECTRIC_VAN,
            Mode::CargoBike => CARGO_BIKE,
            Mode::TruckRigid => DEFRA_TRUCK_RIGID,
            Mode::TruckHgv => DEFRA_TRUCK_HGV,
            Mode::Rail | Mode::RailElectric | Mode::RailDiesel => DEFRA_RAIL,
            Mode::Air | Mode::AirFreighter | Mode::AirBelly => DEFRA_AIR[haul],
            Mode::Sea => DEFRA_SEA,
        },
    }
}

/// Lowest and highest intensity over every factor set of each of `modes`, g CO2e per
/// tonne-km: the spread of an explicit leg (one mode) or of a default air leg (which
/// aircraft carried it is not known).
pub fn intensity_bounds(modes: &[Mode], distance_km: f64) -> (f64, f64) {
    let mut bounds = (f64::INFINITY, f64::NEG_INFINITY);
    for &set in FactorSetId::ALL {
        for &mode in modes {
            let v = intensity_g_per_tkm(set, mode, distance_km);
            bounds = (bounds.0.min(v), bounds.1.max(v));
        }
    }
    bounds
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FactorSetInfo {
    /// The name to pass as `options.factorSet`.
    pub name: String,
    pub description: String,
    pub sources: Vec<String>,
}

/// The description of every factor set, default first: where its figures come from,
/// including what it takes from the other set because it publishes none of its own.
/// The one source is src/model/factor_sets.json, which the npm package's `factorSets()`
/// returns as it is (src/js/api/info.js imports it), so that these texts are not in the
/// wasm.
pub const FACTOR_SETS_JSON: &str = include_str!("factor_sets.json");

/// Every factor set, default first (parsed from [`FACTOR_SETS_JSON`]).
pub fn factor_set_info() -> Vec<FactorSetInfo> {
    serde_json::from_str(FACTOR_SETS_JSON).unwrap_or_default()
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
        assert_eq!(g(Mode::RailElectric, 100.0), 7.0);
        assert_eq!(g(Mode::RailDiesel, 100.0), 30.0);
        assert!((g(Mode::ElectricVan, 1.0) - 275.0).abs() < 1e-9);
        assert_eq!(g(Mode::CargoBike, 1.0), 100.0);
        assert_eq!(g(Mode::Air, 1499.0), 1359.0);
        assert_eq!(g(Mode::Air, 1500.0), 817.0);
        assert_eq!(g(Mode::AirFreighter, 1499.0), 1509.0);
        assert_eq!(g(Mode::AirFreighter, 6000.0), 629.0);
        assert_eq!(g(Mode::AirBelly, 6000.0), 971.0);
        assert!((g(Mode::Sea, 1.0) - 8.9).abs() < 1e-12);
    }

    #[test]
    fn defra_values_are_ttw_plus_wtt() {
        let d = |m, km| intensity_g_per_tkm(FactorSetId::Defra2025, m, km);
        assert!((d(Mode::TruckHgv, 1.0) - 125.22).abs() < 1e-9);
        assert!((d(Mode::TruckRigid, 1.0) - 650.57).abs() < 1e-9);
        assert!((d(Mode::Van, 1.0) - 782.25).abs() < 1e-9);
        assert!((d(Mode::ElectricVan, 1.0) - 297.09).abs() < 1e-9);
        assert!((d(Mode::Air, 100.0) - 960.54).abs() < 1e-9);
        assert!((d(Mode::AirFreighter, 5000.0) - 666.46).abs() < 1e-9);
        assert_eq!(d(Mode::RailElectric, 1.0), d(Mode::Rail, 1.0));
        assert!((d(Mode::Sea, 1.0) - 19.77).abs() < 1e-9);
    }

    #[test]
    fn bounds_bracket_every_set() {
        for &mode in Mode::ALL {
            for km in [10.0, 1499.0, 1500.0, 9000.0] {
                let (lo, hi) = intensity_bounds(&[mode], km);
                for &set in FactorSetId::ALL {
                    let v = intensity_g_per_tkm(set, mode, km);
                    assert!(lo <= v && v <= hi && lo > 0.0);
                }
            }
        }
        let all_aircraft = [Mode::Air, Mode::AirFreighter, Mode::AirBelly];
        assert_eq!(intensity_bounds(&all_aircraft, 6000.0), (629.0, 971.0));
        assert_eq!(intensity_bounds(&all_aircraft, 600.0).1, 1509.0);
    }

    #[test]
    fn every_set_is_described() {
        let info: Vec<FactorSetInfo> = serde_json::from_str(FACTOR_SETS_JSON).expect("valid JSON");
        assert_eq!(info, factor_set_info());
        assert_eq!(info.len(), FactorSetId::ALL.len());
        for (i, s) in info.iter().enumerate() {
            assert_eq!(s.name, FactorSetId::ALL[i].code());
            assert!(!s.sources.is_empty() && !s.description.is_empty());
        }
        assert!(info[1].description.contains("GLEC set's"));
    }
}
