//! One shipment's footprint, stage by stage (METHODOLOGY.md, "Formulas"):
//!
//! - load: mass = sum(quantity x unit weight) + packaging mass, kg ([`load`]);
//! - line haul = sum over legs of mass/1000 x distance x intensity / 1000 ([`line_haul`]);
//! - hubs = number of legs x 0.6 kg/t x mass/1000 ([`hubs`]);
//! - last mile = per parcel, by service ([`last_mile_kg`]);
//! - packaging = packaging mass x material factor ([`packaging`]);
//! - co2eKg = line haul + hubs + last mile + packaging.
//!
//! Each stage gives low, central and high figures; the central ones are the stages, the
//! sums of the bounds the range.

use super::avoided::avoided_kg_per_unit;
use super::catalog;
use super::factors::{
    intensity_bounds, intensity_g_per_tkm, material_kg_per_kg, material_low_kg_per_kg,
    HUB_HIGH_KG_PER_T, HUB_KG_PER_T,
};
use super::footprint::{
    Assumption, AssumptionCode, LegFootprint, Range, ShipmentFootprint, Site, Stages,
};
use super::options::FactorSetId;
use super::order::{Condition, Material, Mode, Shipment};
use super::route::{adjusted_km, default_mode, last_mile_kg, place_distance, Bounds};

/// An item weight this many times its category's typical shipping mass is used as given
/// but flagged (`unusual_weight`): 171 for a phone is more likely grams than kilograms.
/// A judgement, not a sourced figure: far above any real variant of a category (a
/// 17-inch laptop is about 2 x the 13-inch one), far below a slip of units (1,000 x).
pub const UNUSUAL_WEIGHT_FACTOR: f64 = 20.0;

/// The assumptions of one shipment, as the stages record them.
struct Notes<'a> {
    shipment: usize,
    list: &'a mut Vec<Assumption>,
}

impl Notes<'_> {
    fn add(
        &mut self,
        code: AssumptionCode,
        item: Option<usize>,
        field: &'static str,
        message: &'static str,
    ) {
        self.list.push(Assumption {
            code,
            path: Site {
                shipment: self.shipment,
                item,
                field,
            },
            message,
        });
    }
}

/// The footprint of shipment `index` of an order, its assumptions added to `assumptions`.
pub(crate) fn estimate_shipment(
    index: usize,
    s: &Shipment,
    set: FactorSetId,
    assumptions: &mut Vec<Assumption>,
) -> ShipmentFootprint {
    let mut notes = Notes {
        shipment: index,
        list: assumptions,
    };
    let load = load(s, &mut notes);
    let mass_t = load.mass_kg / 1000.0;
    let (legs, line) = line_haul(s, mass_t, set, &mut notes);
    let hubs = hubs(legs.len(), mass_t);
    let last = last_mile_kg(s.service);
    let packaging = packaging(load.material, load.packaging_kg);

    let stages = Stages {
        line_haul_kg: line.central,
        hubs_kg: hubs.central,
        last_mile_kg: last.central,
        packaging_kg: packaging.central,
    };
    ShipmentFootprint {
        id: s.id.clone(),
        service: s.service,
        mass_kg: load.mass_kg,
        co2e_kg: stages.line_haul_kg + stages.hubs_kg + stages.last_mile_kg + stages.packaging_kg,
        range: Range {
            low_kg: line.low + hubs.low + last.low + packaging.low,
            high_kg: line.high + hubs.high + last.high + packaging.high,
        },
        stages,
        legs,
        avoided_co2e_kg: load.avoided_kg,
    }
}

/// What a parcel carries: its mass with packaging, the packaging, and the emissions its
/// refurbished items avoided.
struct Load {
    mass_kg: f64,
    material: Material,
    packaging_kg: f64,
    avoided_kg: f64,
}

/// The items (catalog weight when none is given) and the packaging (the heaviest
/// default box among the items when none is given).
fn load(s: &Shipment, notes: &mut Notes) -> Load {
    let mut items_kg = 0.0;
    let mut avoided_kg = 0.0;
    let mut default_box = catalog::entry(s.items[0].category);
    for (j, item) in s.items.iter().enumerate() {
        let entry = catalog::entry(item.category);
        let unit_kg = match item.weight_kg {
            Some(w) => {
                if w > UNUSUAL_WEIGHT_FACTOR * entry.shipping_kg() {
                    notes.add(
                        AssumptionCode::UnusualWeight,
                        Some(j),
                        "weightKg",
                        "Over 20 times the category's usual mass: used as given (grams?).",
                    );
                }
                w
            }
            None => {
                notes.add(
                    AssumptionCode::CatalogWeight,
                    Some(j),
                    "weightKg",
                    "No weightKg: the category's typical shipping mass is used.",
                );
                entry.shipping_kg()
            }
        };
        let quantity = f64::from(item.quantity);
        items_kg += quantity * unit_kg;
        if item.condition == Condition::Refurbished {
            avoided_kg += quantity * avoided_kg_per_unit(item.category);
        }
        if entry.packaging_kg > default_box.packaging_kg {
            default_box = entry;
        }
    }
    let (material, packaging_kg) = match s.packaging {
        Some(p) => (p.material, p.weight_kg),
        None => {
            notes.add(
                AssumptionCode::DefaultPackaging,
                None,
                "packaging",
                "No packaging: the heaviest default box among the items is used.",
            );
            (default_box.packaging_material, default_box.packaging_kg)
        }
    };
    Load {
        mass_kg: items_kg + packaging_kg,
        material,
        packaging_kg,
        avoided_kg,
    }
}

/// The legs of the line haul and their emissions: the explicit legs as given, or the
/// service's default leg between the two places.
fn line_haul(
    s: &Shipment,
    mass_t: f64,
    set: FactorSetId,
    notes: &mut Notes,
) -> (Vec<LegFootprint>, Bounds) {
    let mut line = Bounds::ZERO;
    if let Some(given) = &s.legs {
        let legs = given
            .iter()
            .map(|leg| {
                let d = leg.distance_km;
                let intensity = intensity_g_per_tkm(set, leg.mode, d);
                let tonne_km = mass_t * d;
                let co2e_kg = tonne_km * intensity / 1000.0;
                let (lo, hi) = intensity_bounds(leg.mode, d);
                line.add(tonne_km * lo / 1000.0, co2e_kg, tonne_km * hi / 1000.0);
                LegFootprint {
                    mode: leg.mode,
                    gcd_km: None,
                    distance_km: d,
                    tonne_km,
                    intensity_g_per_tkm: intensity,
                    co2e_kg,
                }
            })
            .collect();
        return (legs, line);
    }

    for (place, field) in [(&s.from, "from"), (&s.to, "to")] {
        if place.point.is_none() {
            notes.add(
                AssumptionCode::CountryReferencePoint,
                None,
                field,
                "No coordinates: the country's reference point (largest city) is used; \
                 the range covers the spread of addresses.",
            );
        }
    }
    let gcd = place_distance(&s.from, &s.to);
    let road_linked = s.from.country.road_linked(s.to.country);
    let mode = default_mode(s.service, road_linked, gcd.central);
    notes.add(
        AssumptionCode::DefaultChain,
        None,
        "legs",
        match mode {
            Mode::Air if road_linked => {
                "No legs: express over 800 km, by air (GCD + 95 km), a hub, last mile."
            }
            Mode::Air => "No legs: no road link, by air (GCD + 95 km), a hub, last mile.",
            Mode::TruckRigid => {
                "No legs: express under 800 km, by rigid truck (GCD x 1.05), a hub, last mile."
            }
            _ => "No legs: by articulated truck (GCD x 1.05), a hub, last mile.",
        },
    );
    let distance_km = adjusted_km(mode, gcd.central);
    let intensity = intensity_g_per_tkm(set, mode, distance_km);
    let tonne_km = mass_t * distance_km;
    let co2e_kg = tonne_km * intensity / 1000.0;
    // Range: every factor set at the low, central and high distance.
    let (mut lo, mut hi) = (co2e_kg, co2e_kg);
    for g in [gcd.low, gcd.central, gcd.high] {
        let d = adjusted_km(mode, g);
        let (ilo, ihi) = intensity_bounds(mode, d);
        lo = lo.min(mass_t * d * ilo / 1000.0);
        hi = hi.max(mass_t * d * ihi / 1000.0);
    }
    line.add(lo, co2e_kg, hi);
    let leg = LegFootprint {
        mode,
        gcd_km: Some(gcd.central),
        distance_km,
        tonne_km,
        intensity_g_per_tkm: intensity,
        co2e_kg,
    };
    (vec![leg], line)
}

/// One hub transshipment after each leg: between legs and before the last mile.
fn hubs(legs: usize, mass_t: f64) -> Bounds {
    let hubs = legs as f64;
    let central = hubs * HUB_KG_PER_T * mass_t;
    Bounds {
        low: central,
        central,
        high: hubs * HUB_HIGH_KG_PER_T * mass_t,
    }
}

/// The outer packaging's material.
fn packaging(material: Material, kg: f64) -> Bounds {
    let central = kg * material_kg_per_kg(material);
    Bounds {
        low: kg * material_low_kg_per_kg(material),
        central,
        high: central,
    }
}
