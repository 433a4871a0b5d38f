//! The estimate of an order: each shipment by its stages ([`super::shipment`]), then
//! the order's totals, the offset price and the method.
//!
//! The order and options are validated types, so nothing here can fail.

use super::codes::Fixed;
use super::footprint::{Footprint, Method, Range};
use super::offset::offset;
use super::options::Options;
use super::order::{Order, Service};
use super::shipment::estimate_shipment;

/// The model's version; changes whenever a figure can change.
pub const MODEL_VERSION: &str = "2.0.0";
/// The standards the method follows.
pub const STANDARD: &str = "ISO 14083:2023; GLEC Framework v3.0";
/// Emissions scope: well-to-wheel.
pub const SCOPE: &str = "WTW";

/// Estimates the delivery footprint of `order`.
pub fn estimate(order: &Order, options: &Options) -> Footprint {
    estimate_as(order, options, None)
}

/// Estimates the delivery footprint of `order`, every shipment sent with `service` when
/// one is given (see [`super::services`]).
pub(crate) fn estimate_as(order: &Order, options: &Options, service: Option<Service>) -> Footprint {
    // Room for the usual assumptions of a shipment given by countries and categories.
    let mut assumptions = Vec::with_capacity(6 * order.shipments.len());
    let shipments: Vec<_> = order
        .shipments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let service = service.unwrap_or(s.service);
            estimate_shipment(i, s, service, options.factor_set, &mut assumptions)
        })
        .collect();
    let co2e_kg: f64 = shipments.iter().map(|s| s.co2e_kg).sum();
    let range = Range {
        low_kg: shipments.iter().map(|s| s.range.low_kg).sum(),
        high_kg: shipments.iter().map(|s| s.range.high_kg).sum(),
    };
    let avoided_co2e_kg = shipments.iter().map(|s| s.avoided_co2e_kg).sum();
    let primary_kg: f64 = shipments.iter().map(|s| s.primary_kg).sum();
    Footprint {
        co2e_kg,
        range,
        shipments,
        offset: offset(co2e_kg, options.currency, options.price_per_tonne),
        avoided_co2e_kg,
        assumptions,
        method: Method {
            standard: Fixed(STANDARD),
            factor_set: options.factor_set,
            scope: Fixed(SCOPE),
            model_version: Fixed(MODEL_VERSION),
            primary_share: if co2e_kg > 0.0 {
                (primary_kg / co2e_kg).min(1.0)
            } else {
                0.0
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::footprint::{AssumptionCode, Chain};
    use crate::model::order::Mode;
    use crate::model::read::parse_order;

    fn run(json: &str) -> Footprint {
        estimate(&parse_order(json).unwrap(), &Options::default())
    }

    fn one(shipment: &str) -> Footprint {
        run(&format!(r#"{{"shipments":[{shipment}]}}"#))
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
            let sum =
                st.first_mile_kg + st.line_haul_kg + st.hubs_kg + st.last_mile_kg + st.packaging_kg;
            assert!((sum - s.co2e_kg).abs() < 1e-15);
            assert!(s.range.low_kg <= s.co2e_kg && s.co2e_kg <= s.range.high_kg);
            let legs: f64 = s.legs.iter().map(|l| l.co2e_kg).sum();
            assert!((legs - st.line_haul_kg).abs() < 1e-15);
            total += s.co2e_kg;
        }
        assert_eq!(total, f.co2e_kg);
        assert_eq!(f.method.model_version.0, MODEL_VERSION);
        assert_eq!(f.method.scope.0, "WTW");
        assert_eq!(f.method.primary_share, 0.0);
        assert_eq!(f.avoided_co2e_kg, 90.0 + 45.0 * 27.0 / 24.6);
        assert_eq!(f.shipments[0].chain, Chain::Road);
        assert_eq!(f.shipments[0].hub_count, 3);
        assert_eq!(f.shipments[1].chain, Chain::Air);
        assert_eq!(f.shipments[1].legs[1].mode, Mode::AirFreighter);
    }

    #[test]
    fn a_weight_in_grams_is_flagged_not_refused() {
        let f = run(
            r#"{"shipments":[{"from":{"country":"FR"},"to":{"country":"FR"},
            "items":[{"category":"smartphone","weightKg":171},{"category":"laptop","weightKg":1.4}]}]}"#,
        );
        let flagged: Vec<_> = f
            .assumptions
            .iter()
            .filter(|a| a.code == AssumptionCode::UnusualWeight)
            .map(|a| a.path.to_string())
            .collect();
        assert_eq!(flagged, ["shipments[0].items[0].weightKg"]);
    }

    #[test]
    fn explicit_legs_are_exact() {
        let f = one(r#"{"from":{"country":"FR"},"to":{"country":"FR"},
            "items":[{"category":"laptop","weightKg":2}],
            "packaging":{"material":"cardboard","weightKg":0.5},
            "legs":[{"mode":"truck_hgv","distanceKm":400},{"mode":"van","distanceKm":30}]}"#);
        let s = &f.shipments[0];
        assert_eq!(s.legs[0].co2e_kg, 0.0025 * 400.0 * 115.0 / 1000.0);
        assert_eq!(s.legs[1].co2e_kg, 0.0025 * 30.0 * 803.0 / 1000.0);
        assert_eq!(s.legs[0].gcd_km, None);
        assert_eq!((s.chain, s.hub_count), (Chain::Given, 3));
        assert_eq!(s.stages.hubs_kg, 3.0 * 4.35 * 0.0025);
        assert!(f
            .assumptions
            .iter()
            .all(|a| a.code != AssumptionCode::CountryReferencePoint));
    }

    const PARCEL: &str = r#""from":{"country":"FR"},"to":{"country":"FR"},"items":[{"category":"laptop","weightKg":1.0}],"packaging":{"material":"cardboard","weightKg":0.3}"#;

    #[test]
    fn a_carrier_figure_replaces_the_stages_it_covers() {
        let default = one(&format!("{{{PARCEL}}}")).shipments.remove(0);
        let f = one(&format!(
            r#"{{{PARCEL},"carrier":{{"kgPerParcel":0.35,"covers":["first_mile","line_haul","hubs","last_mile"],"source":"Carrier report 2025, p.12"}}}}"#
        ));
        let s = &f.shipments[0];
        let st = s.stages;
        let transport = st.first_mile_kg + st.line_haul_kg + st.hubs_kg + st.last_mile_kg;
        assert!((transport - 0.35).abs() < 1e-15);
        // Split in the default's proportions.
        let d = default.stages;
        let d_transport = d.first_mile_kg + d.line_haul_kg + d.hubs_kg + d.last_mile_kg;
        assert!((st.last_mile_kg / 0.35 - d.last_mile_kg / d_transport).abs() < 1e-12);
        assert_eq!(st.packaging_kg, d.packaging_kg);
        assert_eq!(s.primary_kg, 0.35);
        assert_eq!(&*s.primary_sources[0], "Carrier report 2025, p.12");
        assert!(s.legs.iter().all(|l| l.primary));
        assert!((f.method.primary_share - 0.35 / s.co2e_kg).abs() < 1e-15);
        // Declared figures carry no spread; packaging still does.
        assert!((s.range.high_kg - s.range.low_kg - (d.packaging_kg - 0.3 * 1.098)).abs() < 1e-12);
        assert!(f
            .assumptions
            .iter()
            .any(|a| a.code == AssumptionCode::CarrierSplit));
    }

    #[test]
    fn a_carrier_figure_for_one_stage_needs_no_split() {
        let f = one(&format!(
            r#"{{{PARCEL},"carrier":{{"kgPerParcel":0.1,"covers":["last_mile","last_mile"],"source":"s"}}}}"#
        ));
        let s = &f.shipments[0];
        assert_eq!(s.stages.last_mile_kg, 0.1);
        assert!(s.legs.iter().all(|l| !l.primary));
        assert!(f
            .assumptions
            .iter()
            .all(|a| a.code != AssumptionCode::CarrierSplit));
    }

    #[test]
    fn a_carrier_intensity_replaces_a_legs_default() {
        let f = one(
            r#"{"from":{"country":"FR"},"to":{"country":"FR"},"items":[{"category":"laptop","weightKg":1.0}],
            "packaging":{"material":"cardboard","weightKg":0.25},
            "legs":[{"mode":"air","distanceKm":4800,"carrier":{"intensityGPerTkm":563,"source":"GLEC v3 p.110"}},
                    {"mode":"rail_diesel","distanceKm":400}]}"#,
        );
        let s = &f.shipments[0];
        assert!(s.legs[0].primary && !s.legs[1].primary);
        assert_eq!(s.legs[0].intensity_g_per_tkm, 563.0);
        assert_eq!(s.legs[0].co2e_kg, 0.00125 * 4800.0 * 563.0 / 1000.0);
        assert_eq!(s.legs[1].intensity_g_per_tkm, 30.0);
        assert_eq!(s.primary_kg, s.legs[0].co2e_kg);
    }

    #[test]
    fn a_carrier_figure_on_a_zero_line_haul_is_kept_whole() {
        let f = one(
            r#"{"from":{"country":"FR","lat":48.0,"lon":2.0},"to":{"country":"FR","lat":48.0,"lon":2.0},
            "items":[{"category":"laptop"}],"carrier":{"kgPerParcel":0.2,"covers":["line_haul"],"source":"s"}}"#,
        );
        assert_eq!(f.shipments[0].stages.line_haul_kg, 0.2);
        assert_eq!(f.shipments[0].legs[0].co2e_kg, 0.2);
        assert_eq!(f.shipments[0].primary_kg, 0.2);
    }
}
