//! The estimate: an order's delivery footprint, per shipment and stage, with its
//! range, the offset price, avoided emissions and the assumptions made.
//!
//! Per shipment (METHODOLOGY.md, "Formulas"):
//! - mass = sum(quantity x unit weight) + packaging mass, kg;
//! - line haul = sum over legs of mass/1000 x distance x intensity / 1000;
//! - hubs = number of legs x 0.6 kg/t x mass/1000 (one transshipment after each leg);
//! - last mile = per parcel, by service;
//! - packaging = packaging mass x material factor;
//! - co2eKg = line haul + hubs + last mile + packaging.

use super::avoided::avoided_kg_per_unit;
use super::catalog;
use super::error::FootprintError;
use super::factors::{
    intensity_bounds, intensity_g_per_tkm, material_kg_per_kg, material_low_kg_per_kg,
    HUB_HIGH_KG_PER_T, HUB_KG_PER_T,
};
use super::footprint::{
    Assumption, Footprint, LegFootprint, Method, Range, ShipmentFootprint, Stages,
};
use super::geo::{self, Country};
use super::offset::offset;
use super::options::{FactorSetId, Options};
use super::order::{Condition, Material, Mode, Order, Place, Shipment};
use super::route::{adjusted_km, default_mode, last_mile_kg, place_distance};

/// The model's version; changes whenever a figure can change.
pub const MODEL_VERSION: &str = "1.0.0";
/// The standards the method follows.
pub const STANDARD: &str = "ISO 14083:2023; GLEC Framework v3.0";
/// Emissions scope: well-to-wheel.
pub const SCOPE: &str = "WTW";

/// Estimates the delivery footprint of `order`. Both arguments are validated first.
pub fn estimate(order: &Order, options: &Options) -> Result<Footprint, FootprintError> {
    order.validate()?;
    options.validate()?;
    let mut assumptions = Vec::new();
    let mut shipments = Vec::with_capacity(order.shipments.len());
    for (i, s) in order.shipments.iter().enumerate() {
        shipments.push(shipment(i, s, options.factor_set, &mut assumptions)?);
    }
    let co2e_kg: f64 = shipments.iter().map(|s| s.co2e_kg).sum();
    let range = Range {
        low_kg: shipments.iter().map(|s| s.range.low_kg).sum(),
        high_kg: shipments.iter().map(|s| s.range.high_kg).sum(),
    };
    let avoided_co2e_kg = shipments.iter().map(|s| s.avoided_co2e_kg).sum();
    Ok(Footprint {
        co2e_kg,
        range,
        shipments,
        offset: offset(co2e_kg, &options.currency, options.price_per_tonne),
        avoided_co2e_kg,
        assumptions,
        method: Method {
            standard: STANDARD.to_string(),
            factor_set: options.factor_set.name().to_string(),
            scope: SCOPE.to_string(),
            model_version: MODEL_VERSION.to_string(),
        },
    })
}

/// An item weight this many times its category's typical shipping mass is used as given
/// but flagged (`unusual_weight`): 171 for a phone is more likely grams than kilograms.
/// A judgement, not a sourced figure: far above any real variant of a category (a
/// 17-inch laptop is about 2 x the 13-inch one), far below a slip of units (1,000 x).
pub const UNUSUAL_WEIGHT_FACTOR: f64 = 20.0;

fn note(assumptions: &mut Vec<Assumption>, code: &str, path: String, message: &str) {
    assumptions.push(Assumption {
        code: code.to_string(),
        path,
        message: message.to_string(),
    });
}

/// The country of a validated place (an unknown code is still an error, not a panic).
fn place_country(place: &Place, path: &str) -> Result<&'static Country, FootprintError> {
    geo::country(&place.country).ok_or_else(|| FootprintError::UnknownCode {
        path: format!("{path}.country"),
        kind: "country",
        value: super::order::truncate(&place.country),
        hint: String::new(),
    })
}

/// Sums of a stage: low, central, high, kg CO2e.
#[derive(Default, Clone, Copy)]
struct Sum {
    low: f64,
    central: f64,
    high: f64,
}

impl Sum {
    fn add(&mut self, low: f64, central: f64, high: f64) {
        self.low += low;
        self.central += central;
        self.high += high;
    }
}

fn shipment(
    i: usize,
    s: &Shipment,
    set: FactorSetId,
    assumptions: &mut Vec<Assumption>,
) -> Result<ShipmentFootprint, FootprintError> {
    let path = format!("shipments[{i}]");
    let from_path = format!("{path}.from");
    let to_path = format!("{path}.to");
    let cf = place_country(&s.from, &from_path)?;
    let ct = place_country(&s.to, &to_path)?;

    // Mass: items (catalog when no weight) and packaging.
    let mut items_kg = 0.0;
    let mut avoided = 0.0;
    // The default box: the heaviest default box among the items.
    let mut default_box: Option<catalog::Entry> = None;
    for (j, item) in s.items.iter().enumerate() {
        let entry = catalog::entry(item.category);
        let unit_kg = match item.weight_kg {
            Some(w) => {
                if w > UNUSUAL_WEIGHT_FACTOR * entry.shipping_kg() {
                    note(
                        assumptions,
                        "unusual_weight",
                        format!("{path}.items[{j}].weightKg"),
                        "Over 20 times the category's usual mass: used as given (grams?).",
                    );
                }
                w
            }
            None => {
                note(
                    assumptions,
                    "catalog_weight",
                    format!("{path}.items[{j}].weightKg"),
                    "No weightKg: the category's typical shipping mass is used.",
                );
                entry.shipping_kg()
            }
        };
        items_kg += item.quantity() * unit_kg;
        if item.condition() == Condition::Refurbished {
            avoided += item.quantity() * avoided_kg_per_unit(item.category);
        }
        let heavier = match default_box {
            Some(b) => entry.packaging_kg > b.packaging_kg,
            None => true,
        };
        if heavier {
            default_box = Some(entry);
        }
    }
    let (material, packaging_kg) = match (&s.packaging, default_box) {
        (Some(p), _) => (p.material, p.weight_kg),
        (None, Some(b)) => {
            note(
                assumptions,
                "default_packaging",
                format!("{path}.packaging"),
                "No packaging: the heaviest default box among the items is used.",
            );
            (b.packaging_material, b.packaging_kg)
        }
        // Unreachable for a validated shipment (at least one item); no packaging then.
        (None, None) => (Material::Cardboard, 0.0),
    };
    let mass_kg = items_kg + packaging_kg;
    let mass_t = mass_kg / 1000.0;

    // Line haul.
    let mut line = Sum::default();
    let mut legs = Vec::new();
    match &s.legs {
        Some(given) => {
            for leg in given {
                let d = leg.distance_km;
                let intensity = intensity_g_per_tkm(set, leg.mode, d);
                let tonne_km = mass_kg / 1000.0 * d;
                let co2e_kg = tonne_km * intensity / 1000.0;
                let (lo, hi) = intensity_bounds(leg.mode, d);
                line.add(tonne_km * lo / 1000.0, co2e_kg, tonne_km * hi / 1000.0);
                legs.push(LegFootprint {
                    mode: leg.mode,
                    gcd_km: None,
                    distance_km: d,
                    tonne_km,
                    intensity_g_per_tkm: intensity,
                    co2e_kg,
                });
            }
        }
        None => {
            for (p, place_path) in [(&s.from, &from_path), (&s.to, &to_path)] {
                if p.lat.is_none() || p.lon.is_none() {
                    note(
                        assumptions,
                        "country_reference_point",
                        place_path.clone(),
                        "No coordinates: the country's reference point (largest city) is used; \
                         the range covers the spread of addresses.",
                    );
                }
            }
            let gcd = place_distance(&s.from, cf, &s.to, ct);
            let road_linked = cf.road_linked(ct);
            let mode = default_mode(s.service, road_linked, gcd.central);
            note(
                assumptions,
                "default_chain",
                format!("{path}.legs"),
                match mode {
                    Mode::Air if road_linked => {
                        "No legs: express over 800 km, by air (GCD + 95 km), a hub, last mile."
                    }
                    Mode::Air => {
                        "No legs: no road link, by air (GCD + 95 km), a hub, last mile."
                    }
                    Mode::TruckRigid => {
                        "No legs: express under 800 km, by rigid truck (GCD x 1.05), a hub, last mile."
                    }
                    _ => {
                        "No legs: by articulated truck (GCD x 1.05), a hub, last mile."
                    }
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
            legs.push(LegFootprint {
                mode,
                gcd_km: Some(gcd.central),
                distance_km,
                tonne_km,
                intensity_g_per_tkm: intensity,
                co2e_kg,
            });
        }
    }

    // One hub transshipment after each leg: between legs and before the last mile.
    let hubs = legs.len() as f64;
    let hubs_kg = hubs * HUB_KG_PER_T * mass_t;
    let hubs_high = hubs * HUB_HIGH_KG_PER_T * mass_t;

    let last = last_mile_kg(s.service);

    let packaging_co2e = packaging_kg * material_kg_per_kg(material);
    let packaging_low = packaging_kg * material_low_kg_per_kg(material);

    let stages = Stages {
        line_haul_kg: line.central,
        hubs_kg,
        last_mile_kg: last.central,
        packaging_kg: packaging_co2e,
    };
    let co2e_kg = stages.line_haul_kg + stages.hubs_kg + stages.last_mile_kg + stages.packaging_kg;
    let range = Range {
        low_kg: line.low + hubs_kg + last.low + packaging_low,
        high_kg: line.high + hubs_high + last.high + packaging_co2e,
    };
    Ok(ShipmentFootprint {
        id: s.id.clone(),
        service: s.service,
        mass_kg,
        co2e_kg,
        range,
        stages,
        legs,
        avoided_co2e_kg: avoided,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::order::parse_order;

    fn run(json: &str) -> Footprint {
        estimate(&parse_order(json).unwrap(), &Options::default()).unwrap()
    }

    #[test]
    fn stages_add_up_and_range_brackets() {
        let f = run(r#"{"shipments":[
            {"from":{"country":"FR"},"to":{"country":"DE"},"items":[{"category":"laptop"}]},
            {"from":{"country":"US"},"to":{"country":"FR"},"service":"express",
             "items":[{"category":"smartphone","quantity":2}]}]}"#);
        let mut total = 0.0;
        for s in &f.shipments {
            let st = s.stages;
            let sum = st.line_haul_kg + st.hubs_kg + st.last_mile_kg + st.packaging_kg;
            assert_eq!(sum, s.co2e_kg);
            assert!(s.range.low_kg <= s.co2e_kg && s.co2e_kg <= s.range.high_kg);
            total += s.co2e_kg;
        }
        assert_eq!(total, f.co2e_kg);
        assert_eq!(f.method.model_version, MODEL_VERSION);
        assert_eq!(f.method.scope, "WTW");
        assert_eq!(f.avoided_co2e_kg, 90.0 + 45.0 * 27.0 / 24.6);
        assert_eq!(f.shipments[1].legs[0].mode, Mode::Air);
    }

    #[test]
    fn a_weight_in_grams_is_flagged_not_refused() {
        let json = r#"{"shipments":[{"from":{"country":"FR"},"to":{"country":"FR"},
            "items":[{"category":"smartphone","weightKg":171},{"category":"laptop","weightKg":1.4}]}]}"#;
        let f = estimate(
            &crate::model::parse_order(json).unwrap(),
            &Options::default(),
        )
        .unwrap();
        let flagged: Vec<_> = f
            .assumptions
            .iter()
            .filter(|a| a.code == "unusual_weight")
            .map(|a| a.path.as_str())
            .collect();
        assert_eq!(flagged, ["shipments[0].items[0].weightKg"]);
    }

    #[test]
    fn explicit_legs_are_exact() {
        let f = run(
            r#"{"shipments":[{"from":{"country":"FR"},"to":{"country":"FR"},
            "items":[{"category":"laptop","weightKg":2}],
            "packaging":{"material":"cardboard","weightKg":0.5},
            "legs":[{"mode":"truck_hgv","distanceKm":400},{"mode":"van","distanceKm":30}]}]}"#,
        );
        let s = &f.shipments[0];
        assert_eq!(s.legs[0].co2e_kg, 2.5 / 1000.0 * 400.0 * 115.0 / 1000.0);
        assert_eq!(s.legs[1].co2e_kg, 2.5 / 1000.0 * 30.0 * 803.0 / 1000.0);
        assert_eq!(s.legs[0].gcd_km, None);
        assert_eq!(s.stages.hubs_kg, 2.0 * 0.6 * 0.0025);
        assert!(f
            .assumptions
            .iter()
            .all(|a| a.code != "country_reference_point"));
    }

    #[test]
    fn invalid_options_are_refused() {
        let order = parse_order(
            r#"{"shipments":[{"from":{"country":"FR"},"to":{"country":"FR"},
            "items":[{"category":"laptop"}]}]}"#,
        )
        .unwrap();
        let options = Options {
            currency: "usd".into(),
            ..Options::default()
        };
        let e = estimate(&order, &options).unwrap_err();
        assert_eq!(e.code(), "invalid_currency");
    }
}
