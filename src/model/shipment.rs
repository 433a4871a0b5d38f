//! One shipment's footprint, stage by stage (METHODOLOGY.md §2, "Formulas"):
//!
//! - load: mass = sum(quantity x unit weight) + packaging mass, kg ([`load`]);
//! - first mile: a shared stop of a collection round ([`first_mile_kg`]);
//! - line haul = sum over legs of mass/1000 x distance x intensity / 1000 ([`line_haul`]);
//! - hubs = hubs crossed x kg CO2e per tonne x mass/1000 ([`hubs_kg`]);
//! - last mile: a stop of a delivery round, or a shared one ([`last_mile_kg`]);
//! - packaging = packaging mass x material factor ([`packaging`]);
//! - a carrier's own figures replace the stages or legs they cover ([`apply_carrier`]);
//! - co2eKg = the sum of the stages.
//!
//! Each stage gives low, central and high figures; the central ones are the stages, the
//! sums of the bounds the range.

use std::sync::Arc;

use super::avoided::avoided_kg_per_unit;
use super::bounds::Bounds;
use super::catalog;
use super::factors::{
    intensity_bounds, intensity_g_per_tkm, material_kg_per_kg, material_low_kg_per_kg,
};
use super::footprint::{
    Assumption, AssumptionCode, Chain, LegFootprint, Range, ShipmentFootprint, Site, StageRanges,
    Stages,
};
use super::hubs::hubs_kg;
use super::options::FactorSetId;
use super::order::{CarrierFigure, Condition, Material, Service, Shipment, Stage};
use super::rounds::{first_mile_kg, last_mile_kg};
use super::route::{plan, Plan, PlannedLeg};

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

/// The stages of a shipment, each with its bounds.
struct StageBounds {
    first_mile: Bounds,
    line_haul: Bounds,
    hubs: Bounds,
    last_mile: Bounds,
    packaging: Bounds,
}

/// The footprint of shipment `index` of an order, its assumptions added to `assumptions`.
/// The shipment is sent with `service` (its own, or the one a comparison asks for).
pub(crate) fn estimate_shipment(
    index: usize,
    s: &Shipment,
    service: Service,
    set: FactorSetId,
    assumptions: &mut Vec<Assumption>,
) -> ShipmentFootprint {
    let mut notes = Notes {
        shipment: index,
        list: assumptions,
    };
    let load = load(s, &mut notes);
    let mass_t = load.mass_kg / 1000.0;
    let plan = plan(s, service);
    if plan.chain != Chain::Given {
        note_default_chain(s, &plan, &mut notes);
    }
    let (mut legs, line_haul) = line_haul(s, &plan, mass_t, set);
    let mut stages = StageBounds {
        first_mile: first_mile_kg(set),
        line_haul,
        hubs: hubs_kg(plan.hubs, mass_t),
        last_mile: last_mile_kg(set, service),
        packaging: packaging(load.material, load.packaging_kg),
    };
    // `+ 0.0`: the sum of no figure is -0.0, which JavaScript would show as "-0".
    let mut primary_kg: f64 = legs
        .iter()
        .filter(|l| l.primary)
        .map(|l| l.co2e_kg)
        .sum::<f64>()
        + 0.0;
    if let Some(carrier) = &s.carrier {
        primary_kg = apply_carrier(carrier, &mut stages, &mut legs, primary_kg);
        if carrier.covers.len() > 1 {
            notes.add(
                AssumptionCode::CarrierSplit,
                None,
                "carrier",
                "The carrier's figure covers several stages: it is split across them \
                 in the proportions of the default estimate.",
            );
        }
    }

    let StageBounds {
        first_mile,
        line_haul,
        hubs,
        last_mile,
        packaging,
    } = stages;
    let parts = [first_mile, line_haul, hubs, last_mile, packaging];
    let sum = |f: fn(&Bounds) -> f64| parts.iter().map(f).sum::<f64>();
    ShipmentFootprint {
        id: s.id.clone(),
        service,
        chain: plan.chain,
        mass_kg: load.mass_kg,
        co2e_kg: sum(|b| b.central),
        range: Range {
            low_kg: sum(|b| b.low),
            high_kg: sum(|b| b.high),
        },
        stages: Stages {
            first_mile_kg: first_mile.central,
            line_haul_kg: line_haul.central,
            hubs_kg: hubs.central,
            last_mile_kg: last_mile.central,
            packaging_kg: packaging.central,
        },
        legs,
        hub_count: plan.hubs,
        primary_kg,
        primary_sources: primary_sources(s),
        avoided_co2e_kg: load.avoided_kg,
        stage_ranges: StageRanges {
            first_mile: range(first_mile),
            line_haul: range(line_haul),
            hubs: range(hubs),
            last_mile: range(last_mile),
            packaging: range(packaging),
        },
    }
}

fn range(b: Bounds) -> Range {
    Range {
        low_kg: b.low,
        high_kg: b.high,
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

/// The assumptions of a default chain: where the places stand, and the chain itself.
fn note_default_chain(s: &Shipment, plan: &Plan, notes: &mut Notes) {
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
    let message = match (plan.chain, plan.hubs) {
        (Chain::Air, _) => {
            "No legs: collection round, road feeder, flight (great-circle distance + 95 km; \
             freighter over 1,500 km), road feeder, 4 parcel hubs, delivery round."
        }
        (Chain::RoadExpress, _) => {
            "No legs: express under 800 km: collection round, rigid truck (great-circle \
             distance x road circuity), parcel hubs, delivery round."
        }
        (_, 2) => {
            "No legs: collection round, articulated truck (great-circle distance x road \
             circuity), 2 parcel hubs, delivery round."
        }
        _ => {
            "No legs: collection round, articulated truck (great-circle distance x road \
             circuity), 3 parcel hubs (one where the networks hand over), delivery round."
        }
    };
    notes.add(AssumptionCode::DefaultChain, None, "legs", message);
}

/// The legs of the line haul and their emissions.
fn line_haul(
    s: &Shipment,
    plan: &Plan,
    mass_t: f64,
    set: FactorSetId,
) -> (Vec<LegFootprint>, Bounds) {
    let mut total = Bounds::ZERO;
    let mut legs = Vec::with_capacity(plan.len());
    for (k, planned) in plan.legs().enumerate() {
        let planned = &planned;
        let carrier = s.legs.as_ref().and_then(|given| given[k].carrier.as_ref());
        let (leg, bounds) = match carrier {
            Some(c) => {
                let leg = leg_footprint(planned, mass_t, c.intensity_g_per_tkm, true);
                (leg, Bounds::exact(leg.co2e_kg))
            }
            None => default_leg(planned, mass_t, set),
        };
        total.add(bounds);
        legs.push(leg);
    }
    (legs, total)
}

fn leg_footprint(planned: &PlannedLeg, mass_t: f64, intensity: f64, primary: bool) -> LegFootprint {
    let distance_km = planned.distance.central;
    let tonne_km = mass_t * distance_km;
    LegFootprint {
        mode: planned.mode,
        gcd_km: planned.gcd_km,
        distance_km,
        tonne_km,
        intensity_g_per_tkm: intensity,
        co2e_kg: tonne_km * intensity / 1000.0,
        primary,
    }
}

/// A leg at the factor set's intensity; its bounds are the lowest and highest emissions
/// over its low, central and high distance and the intensities of every set (and, for
/// a default flight, every aircraft).
fn default_leg(planned: &PlannedLeg, mass_t: f64, set: FactorSetId) -> (LegFootprint, Bounds) {
    let intensity = intensity_g_per_tkm(set, planned.mode, planned.distance.central);
    let leg = leg_footprint(planned, mass_t, intensity, false);
    let (mut low, mut high) = (leg.co2e_kg, leg.co2e_kg);
    let d = planned.distance;
    if planned.spread.iter().all(|m| !m.is_air()) {
        // Only flights change intensity with distance: one look-up serves all three.
        let (lo, hi) = intensity_bounds(planned.spread, d.central);
        low = low.min(mass_t * d.low * lo / 1000.0);
        high = high.max(mass_t * d.high * hi / 1000.0);
    } else {
        for km in [d.low, d.central, d.high] {
            let (lo, hi) = intensity_bounds(planned.spread, km);
            low = low.min(mass_t * km * lo / 1000.0);
            high = high.max(mass_t * km * hi / 1000.0);
        }
    }
    let central = leg.co2e_kg;
    (leg, Bounds { low, central, high })
}

/// The stage of a carrier figure's set.
fn stage_of(stages: &mut StageBounds, stage: Stage) -> &mut Bounds {
    match stage {
        Stage::FirstMile => &mut stages.first_mile,
        Stage::LineHaul => &mut stages.line_haul,
        Stage::Hubs => &mut stages.hubs,
        Stage::LastMile => &mut stages.last_mile,
    }
}

/// Puts the carrier's per-parcel figure in place of the stages it covers: split across
/// them in the proportions of their default estimates (all of it in the first covered
/// stage if their defaults are all 0, as a line haul between two identical points is),
/// and exact (a declared figure has no spread here). Legs covered are scaled with the
/// line haul and marked primary. Returns the shipment's primary kg.
fn apply_carrier(
    carrier: &CarrierFigure,
    stages: &mut StageBounds,
    legs: &mut [LegFootprint],
    primary_legs_kg: f64,
) -> f64 {
    use super::codes::Code;
    let covered: f64 = Stage::ALL
        .iter()
        .filter(|&&stage| carrier.covers.contains(stage))
        .map(|&stage| stage_of(stages, stage).central)
        .sum();
    let k = if covered > 0.0 {
        carrier.kg_per_parcel / covered
    } else {
        0.0
    };
    let mut first = true;
    for &stage in Stage::ALL {
        if carrier.covers.contains(stage) {
            let b = stage_of(stages, stage);
            let share = if covered > 0.0 {
                b.central * k
            } else if first {
                carrier.kg_per_parcel
            } else {
                0.0
            };
            *b = Bounds::exact(share);
            first = false;
        }
    }
    if carrier.covers.contains(Stage::LineHaul) {
        for leg in legs.iter_mut() {
            leg.co2e_kg *= k;
            leg.intensity_g_per_tkm *= k;
            leg.primary = true;
        }
        // Legs of no length (two identical points) carry the figure in the first one,
        // so that the legs still add up to the line haul.
        if legs.iter().all(|l| l.co2e_kg == 0.0) {
            if let Some(first) = legs.first_mut() {
                first.co2e_kg = stages.line_haul.central;
            }
        }
        carrier.kg_per_parcel
    } else {
        carrier.kg_per_parcel + primary_legs_kg
    }
}

/// Where the shipment's carrier figures come from: the per-parcel figure's source, then
/// each leg's, as given.
fn primary_sources(s: &Shipment) -> Vec<Arc<str>> {
    let mut sources = Vec::new();
    if let Some(c) = &s.carrier {
        sources.push(c.source.clone());
    }
    for leg in s.legs.iter().flatten() {
        if let Some(c) = &leg.carrier {
            sources.push(c.source.clone());
        }
    }
    sources
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
