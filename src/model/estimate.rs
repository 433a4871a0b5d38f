//! The estimate of an order: each shipment by its stages ([`super::shipment`]), then
//! the order's totals, the offset price and the method.
//!
//! The order and options are validated types, so nothing here can fail.

use super::footprint::{Footprint, Method, Range};
use super::offset::offset;
use super::options::Options;
use super::order::Order;
use super::shipment::estimate_shipment;

/// The model's version; changes whenever a figure can change.
pub const MODEL_VERSION: &str = "1.0.0";
/// The standards the method follows.
pub const STANDARD: &str = "ISO 14083:2023; GLEC Framework v3.0";
/// Emissions scope: well-to-wheel.
pub const SCOPE: &str = "WTW";

/// Estimates the delivery footprint of `order`.
pub fn estimate(order: &Order, options: &Options) -> Footprint {
    // Room for the usual assumptions of a shipment given by countries and categories.
    let mut assumptions = Vec::with_capacity(6 * order.shipments.len());
    let shipments: Vec<_> = order
        .shipments
        .iter()
        .enumerate()
        .map(|(i, s)| estimate_shipment(i, s, options.factor_set, &mut assumptions))
        .collect();
    let co2e_kg: f64 = shipments.iter().map(|s| s.co2e_kg).sum();
    let range = Range {
        low_kg: shipments.iter().map(|s| s.range.low_kg).sum(),
        high_kg: shipments.iter().map(|s| s.range.high_kg).sum(),
    };
    let avoided_co2e_kg = shipments.iter().map(|s| s.avoided_co2e_kg).sum();
    Footprint {
        co2e_kg,
        range,
        shipments,
        offset: offset(co2e_kg, options.currency, options.price_per_tonne),
        avoided_co2e_kg,
        assumptions,
        method: Method {
            standard: STANDARD,
            factor_set: options.factor_set,
            scope: SCOPE,
            model_version: MODEL_VERSION,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::footprint::AssumptionCode;
    use crate::model::order::Mode;
    use crate::model::read::parse_order;

    fn run(json: &str) -> Footprint {
        estimate(&parse_order(json).unwrap(), &Options::default())
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
            .all(|a| a.code != AssumptionCode::CountryReferencePoint));
    }
}
