//! What must hold for any input, checked by the fuzz targets and by
//! tests/fuzz_regressions.rs (which includes this very file).
//!
//! Every check panics with a message naming the broken invariant: under libFuzzer a
//! panic is a crash, under `cargo test` a failure.

use checkout_footprint::model::{Footprint, FootprintError, Options, Totals};

/// Relative tolerance of sums that add the same figures in another order.
const REL_TOL: f64 = 1e-12;

/// Longest error message accepted: a message never echoes a long input whole.
pub const MAX_MESSAGE_CHARS: usize = 600;

fn finite_non_negative(what: &str, v: f64) {
    assert!(
        v.is_finite() && v >= 0.0,
        "{what} = {v}: not finite and non-negative"
    );
}

fn close(what: &str, a: f64, b: f64) {
    let scale = a.abs().max(b.abs()).max(1e-300);
    assert!(
        (a - b).abs() <= REL_TOL * scale,
        "{what}: {a} != {b} (relative tolerance {REL_TOL})"
    );
}

fn bracketed(what: &str, low: f64, central: f64, high: f64) {
    assert!(
        low <= central && central <= high,
        "{what}: not low {low} <= central {central} <= high {high}"
    );
}

/// A refused input: a listed code, a path, a short message that starts with the path.
pub fn check_error(e: &FootprintError) {
    assert!(
        FootprintError::CODES.contains(&e.code()),
        "unlisted code {:?}",
        e.code()
    );
    assert!(!e.path().is_empty(), "empty path for {e:?}");
    let message = e.to_string();
    assert!(
        message.chars().count() <= MAX_MESSAGE_CHARS,
        "message of {} chars: {}...",
        message.chars().count(),
        message.chars().take(200).collect::<String>()
    );
    assert!(
        message.starts_with(e.path()),
        "message {message:?} does not start with the path {:?}",
        e.path()
    );
}

/// An accepted order's footprint: finite, non-negative, bracketed, adding up.
pub fn check_footprint(f: &Footprint, options: &Options, shipments: usize) {
    assert_eq!(f.shipments.len(), shipments, "one result per shipment");
    finite_non_negative("co2eKg", f.co2e_kg);
    finite_non_negative("range.lowKg", f.range.low_kg);
    finite_non_negative("range.highKg", f.range.high_kg);
    finite_non_negative("avoidedCo2eKg", f.avoided_co2e_kg);
    bracketed("order", f.range.low_kg, f.co2e_kg, f.range.high_kg);
    let mut total = 0.0;
    for (i, s) in f.shipments.iter().enumerate() {
        let at = |what: &str| format!("shipments[{i}].{what}");
        finite_non_negative(&at("co2eKg"), s.co2e_kg);
        finite_non_negative(&at("range.lowKg"), s.range.low_kg);
        finite_non_negative(&at("range.highKg"), s.range.high_kg);
        finite_non_negative(&at("avoidedCo2eKg"), s.avoided_co2e_kg);
        assert!(
            s.mass_kg.is_finite() && s.mass_kg > 0.0,
            "{}: {}",
            at("massKg"),
            s.mass_kg
        );
        bracketed(&at("co2eKg"), s.range.low_kg, s.co2e_kg, s.range.high_kg);
        let st = s.stages;
        for (name, v) in [
            ("firstMileKg", st.first_mile_kg),
            ("lineHaulKg", st.line_haul_kg),
            ("hubsKg", st.hubs_kg),
            ("lastMileKg", st.last_mile_kg),
            ("packagingKg", st.packaging_kg),
        ] {
            finite_non_negative(&at(&format!("stages.{name}")), v);
        }
        close(
            &at("stages (sum against co2eKg)"),
            st.first_mile_kg + st.line_haul_kg + st.hubs_kg + st.last_mile_kg + st.packaging_kg,
            s.co2e_kg,
        );
        assert!(!s.legs.is_empty(), "{}: no leg", at("legs"));
        let mut legs = 0.0;
        for (j, leg) in s.legs.iter().enumerate() {
            let at = |what: &str| format!("shipments[{i}].legs[{j}].{what}");
            finite_non_negative(&at("distanceKm"), leg.distance_km);
            finite_non_negative(&at("tonneKm"), leg.tonne_km);
            finite_non_negative(&at("intensityGPerTkm"), leg.intensity_g_per_tkm);
            finite_non_negative(&at("co2eKg"), leg.co2e_kg);
            if let Some(gcd) = leg.gcd_km {
                finite_non_negative(&at("gcdKm"), gcd);
            }
            legs += leg.co2e_kg;
        }
        close(&at("legs (sum against lineHaulKg)"), legs, st.line_haul_kg);
        total += s.co2e_kg;
    }
    close("co2eKg (sum of shipments)", total, f.co2e_kg);
    assert_eq!(f.offset.currency, options.currency);
    assert_eq!(f.offset.price_per_tonne, options.price_per_tonne);
    finite_non_negative("offset.amount", f.offset.amount);
    if f.co2e_kg > 0.0 {
        assert!(
            f.offset.amount_minor >= 1,
            "a footprint above 0 costs at least 1"
        );
    }
    assert_eq!(f.method.factor_set, options.factor_set);
    assert!(
        (0.0..=1.0).contains(&f.method.primary_share),
        "primaryShare {}",
        f.method.primary_share
    );
    for a in &f.assumptions {
        assert!(a.path.shipment < shipments, "assumption {a:?}");
    }
}

/// Totals over a batch: finite, non-negative, counts adding up to the batch.
pub fn check_totals(t: &Totals, batch_len: usize) {
    finite_non_negative("totals.co2eKg", t.co2e_kg);
    assert_eq!(
        t.orders + t.invalid_orders,
        batch_len,
        "every order counted once"
    );
    assert_eq!(t.first_invalid.is_some(), t.invalid_orders > 0);
    if let Some(first) = &t.first_invalid {
        assert!(first.index < batch_len);
        assert!(FootprintError::CODES.contains(&first.code));
        assert!(!first.path.is_empty());
        assert!(first.message.chars().count() <= MAX_MESSAGE_CHARS);
    }
}
