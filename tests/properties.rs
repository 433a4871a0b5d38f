//! Property tests of the emission model (proptest).

#![cfg(not(target_arch = "wasm32"))]

use checkout_footprint::model::geo::COUNTRIES;
use checkout_footprint::model::offset::currency_exponent;
use checkout_footprint::model::order::{Category, Mode};
use checkout_footprint::model::{estimate, parse_options, parse_order, Code, Footprint, Options};
use proptest::prelude::*;
use serde_json::{json, Value};

const SERVICES: [&str; 4] = ["standard", "express", "pickup_point", "locker"];
const CURRENCIES: [&str; 7] = ["USD", "EUR", "GBP", "JPY", "KRW", "KWD", "BHD"];

fn place() -> impl Strategy<Value = Value> {
    (
        0..COUNTRIES.len(),
        proptest::option::of((-90.0..=90.0f64, -180.0..=180.0f64)),
    )
        .prop_map(|(i, ll)| match ll {
            Some((lat, lon)) => json!({"country": COUNTRIES[i].code, "lat": lat, "lon": lon}),
            None => json!({"country": COUNTRIES[i].code}),
        })
}

fn item() -> impl Strategy<Value = Value> {
    (
        0..Category::ALL.len(),
        proptest::option::of(1u32..=1000),
        proptest::option::of(0.001..=1000.0f64),
    )
        .prop_map(
            |(c, q, w)| json!({"category": Category::ALL[c].code(), "quantity": q, "weightKg": w}),
        )
}

fn leg() -> impl Strategy<Value = Value> {
    (0..Mode::ALL.len(), 0.001..=40_075.0f64)
        .prop_map(|(m, d)| json!({"mode": Mode::ALL[m].code(), "distanceKm": d}))
}

fn shipment() -> impl Strategy<Value = Value> {
    (
        place(),
        place(),
        0..SERVICES.len(),
        proptest::collection::vec(item(), 1..4),
        proptest::option::of((any::<bool>(), 0.001..=1000.0f64)),
        proptest::option::of(proptest::collection::vec(leg(), 1..4)),
        proptest::option::of("[a-z0-9-]{0,12}"),
    )
        .prop_map(|(from, to, s, items, packaging, legs, id)| {
            json!({
                "id": id,
                "from": from,
                "to": to,
                "service": SERVICES[s],
                "items": items,
                "packaging": packaging.map(|(film, w)| json!({
                    "material": if film { "plastic_film" } else { "cardboard" },
                    "weightKg": w,
                })),
                "legs": legs,
            })
        })
}

fn options() -> impl Strategy<Value = Options> {
    (0..CURRENCIES.len(), 1u32..=100_000, any::<bool>()).prop_map(|(c, cents, defra)| {
        let text = json!({
            "currency": CURRENCIES[c],
            "pricePerTonne": f64::from(cents) / 100.0,
            "factorSet": if defra { "defra-2025" } else { "glec-v3" },
        });
        parse_options(&text.to_string()).expect("valid options")
    })
}

fn run(shipments: Vec<Value>, options: &Options) -> Footprint {
    let order = json!({ "shipments": shipments }).to_string();
    estimate(&parse_order(&order).expect("a valid order"), options)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12)
}

/// A standard road shipment from a fixed point in France to a point `lat` degrees
/// north on the same meridian (in France, Belgium, the Netherlands, ...).
fn road(lat_to: f64, weight_kg: f64) -> Value {
    json!({
        "from": {"country": "FR", "lat": 43.0, "lon": 4.0},
        "to": {"country": "FR", "lat": lat_to, "lon": 4.0},
        "items": [{"category": "laptop", "weightKg": weight_kg}],
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn results_are_finite_non_negative_and_bracketed(
        shipments in proptest::collection::vec(shipment(), 1..4),
        options in options(),
    ) {
        let f = run(shipments, &options);
        let mut numbers = vec![f.co2e_kg, f.range.low_kg, f.range.high_kg, f.avoided_co2e_kg];
        for s in &f.shipments {
            numbers.extend([s.mass_kg, s.co2e_kg, s.range.low_kg, s.range.high_kg, s.avoided_co2e_kg]);
            numbers.extend([s.stages.first_mile_kg, s.stages.line_haul_kg, s.stages.hubs_kg, s.stages.last_mile_kg, s.stages.packaging_kg]);
            numbers.push(s.primary_kg);
            for l in &s.legs {
                numbers.extend([l.distance_km, l.tonne_km, l.intensity_g_per_tkm, l.co2e_kg]);
                numbers.extend(l.gcd_km);
            }
            prop_assert!(s.range.low_kg <= s.co2e_kg && s.co2e_kg <= s.range.high_kg);
            let st = s.stages;
            prop_assert!(close(st.first_mile_kg + st.line_haul_kg + st.hubs_kg + st.last_mile_kg + st.packaging_kg, s.co2e_kg));
            prop_assert!(s.primary_kg <= s.co2e_kg * (1.0 + 1e-12));
            let legs: f64 = s.legs.iter().map(|l| l.co2e_kg).sum();
            prop_assert!(close(legs, st.line_haul_kg));
        }
        numbers.push(f.method.primary_share);
        for n in numbers {
            // Never -0.0 either, which JavaScript shows as "-0".
            prop_assert!(n.is_finite() && n >= 0.0 && n.is_sign_positive(), "{n}");
        }
        prop_assert!(f.range.low_kg <= f.co2e_kg && f.co2e_kg <= f.range.high_kg);
        let sum: f64 = f.shipments.iter().map(|s| s.co2e_kg).sum();
        prop_assert!(close(sum, f.co2e_kg));
        prop_assert!(f.co2e_kg > 0.0 && f.offset.amount_minor >= 1);
        prop_assert!((0.0..=1.0).contains(&f.method.primary_share));
    }

    #[test]
    fn a_carrier_figure_replaces_exactly_the_stages_it_covers(
        s in shipment(),
        kg in 0.001..=100.0f64,
        covers in proptest::sample::subsequence(vec!["first_mile", "line_haul", "hubs", "last_mile"], 1..=4),
        options in options(),
    ) {
        let default = run(vec![s.clone()], &options).shipments.remove(0);
        let mut with = s.clone();
        with["carrier"] = json!({"kgPerParcel": kg, "covers": covers, "source": "a report"});
        let f = run(vec![with], &options);
        let c = &f.shipments[0];
        let pick = |st: &checkout_footprint::model::footprint::Stages, name: &str| match name {
            "first_mile" => st.first_mile_kg,
            "line_haul" => st.line_haul_kg,
            "hubs" => st.hubs_kg,
            _ => st.last_mile_kg,
        };
        let covered: f64 = covers.iter().map(|n| pick(&c.stages, n)).sum();
        prop_assert!(close(covered, kg), "{covered} != {kg}");
        for name in ["first_mile", "line_haul", "hubs", "last_mile"] {
            if !covers.contains(&name) {
                prop_assert_eq!(pick(&c.stages, name), pick(&default.stages, name));
            }
        }
        prop_assert_eq!(c.stages.packaging_kg, default.stages.packaging_kg);
        prop_assert!(c.range.low_kg <= c.co2e_kg && c.co2e_kg <= c.range.high_kg);
        let legs: f64 = c.legs.iter().map(|l| l.co2e_kg).sum();
        prop_assert!(close(legs, c.stages.line_haul_kg));
        prop_assert!(c.primary_kg >= kg * (1.0 - 1e-12));
    }

    #[test]
    fn offset_is_rounded_up_by_less_than_one_minor_unit(
        shipments in proptest::collection::vec(shipment(), 1..3),
        options in options(),
    ) {
        let f = run(shipments, &options);
        let exponent = currency_exponent(options.currency.as_str()).unwrap();
        let exact = f.co2e_kg / 1000.0 * options.price_per_tonne * 10f64.powi(exponent as i32);
        let minor = f.offset.amount_minor as f64;
        let eps = 1e-6 + 1e-12 * exact;
        prop_assert!(minor >= exact - eps, "{minor} < {exact}");
        prop_assert!(minor < exact + 1.0 + eps, "{minor} >= {exact} + 1");
        prop_assert_eq!(f.offset.currency, options.currency);
    }

    #[test]
    fn an_order_is_the_sum_of_its_shipments(a in shipment(), b in shipment(), options in options()) {
        let both = run(vec![a.clone(), b.clone()], &options);
        let fa = run(vec![a], &options);
        let fb = run(vec![b], &options);
        prop_assert!(close(both.co2e_kg, fa.co2e_kg + fb.co2e_kg));
        prop_assert!(close(both.range.low_kg, fa.range.low_kg + fb.range.low_kg));
        prop_assert!(close(both.range.high_kg, fa.range.high_kg + fb.range.high_kg));
        prop_assert!(close(both.avoided_co2e_kg, fa.avoided_co2e_kg + fb.avoided_co2e_kg));
        prop_assert_eq!(&both.shipments[0], &fa.shipments[0]);
        // The second shipment's assumption paths say shipments[1].
        prop_assert_eq!(both.assumptions.len(), fa.assumptions.len() + fb.assumptions.len());
    }

    #[test]
    fn monotone_in_item_weight(
        s in shipment(),
        w1 in 0.001..=500.0f64,
        extra in 0.0..=500.0f64,
        options in options(),
    ) {
        let with_weight = |w: f64| {
            let mut s = s.clone();
            for item in s["items"].as_array_mut().unwrap() {
                item["weightKg"] = json!(w);
            }
            run(vec![s], &options)
        };
        let (a, b) = (with_weight(w1), with_weight(w1 + extra));
        prop_assert!(a.co2e_kg <= b.co2e_kg);
        prop_assert!(a.range.low_kg <= b.range.low_kg && a.range.high_kg <= b.range.high_kg);
    }

    #[test]
    fn monotone_in_explicit_leg_distance(
        s in shipment(),
        mode in 0..Mode::ALL.len(),
        d1 in 0.001..=20_000.0f64,
        extra in 0.0..=20_000.0f64,
        options in options(),
    ) {
        let mode = Mode::ALL[mode];
        let d2 = d1 + extra;
        prop_assume!(d2 <= 40_075.0);
        // Air intensity drops from short to long haul at 1500 km (GLEC): compare within a band.
        let air = matches!(mode, Mode::Air | Mode::AirFreighter | Mode::AirBelly);
        prop_assume!(!air || (d1 < 1500.0) == (d2 < 1500.0));
        let with_leg = |d: f64| {
            let mut s = s.clone();
            s["legs"] = json!([{"mode": mode.code(), "distanceKm": d}]);
            run(vec![s], &options)
        };
        let (a, b) = (with_leg(d1), with_leg(d2));
        prop_assert!(a.co2e_kg <= b.co2e_kg);
        prop_assert!(a.shipments[0].legs[0].co2e_kg <= b.shipments[0].legs[0].co2e_kg);
    }

    #[test]
    fn monotone_in_distance_on_a_road_route(
        lat1 in 43.0..=70.0f64,
        extra in 0.0..=15.0f64,
        weight in 0.01..=100.0f64,
        options in options(),
    ) {
        let lat2 = (lat1 + extra).min(85.0);
        let a = run(vec![road(lat1, weight)], &options);
        let b = run(vec![road(lat2, weight)], &options);
        prop_assert_eq!(a.shipments[0].legs[0].mode, Mode::TruckHgv);
        prop_assert!(a.co2e_kg <= b.co2e_kg);
        prop_assert!(a.range.high_kg <= b.range.high_kg);
    }

    #[test]
    fn parse_order_never_panics_on_strings(text in ".{0,300}") {
        if let Ok(order) = parse_order(&text) {
            prop_assert!(estimate(&order, &Options::default()).co2e_kg.is_finite());
        }
    }

    #[test]
    fn parse_order_never_panics_on_json_like_input(v in json_like()) {
        let text = v.to_string();
        match parse_order(&text) {
            Ok(order) => {
                let f = estimate(&order, &Options::default());
                prop_assert!(f.co2e_kg.is_finite());
            }
            Err(e) => prop_assert!(!e.code().is_empty()),
        }
    }
}

/// JSON values built from the order's own vocabulary, so that many are nearly valid.
fn json_like() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "shipments",
        "from",
        "to",
        "country",
        "lat",
        "lon",
        "items",
        "category",
        "quantity",
        "weightKg",
        "service",
        "packaging",
        "material",
        "legs",
        "mode",
        "distanceKm",
        "id",
        "extra",
    ]);
    let words = prop::sample::select(vec![
        "FR",
        "DE",
        "US",
        "JP",
        "fr",
        "XX",
        "smartphone",
        "laptop",
        "standard",
        "express",
        "locker",
        "pickup_point",
        "cardboard",
        "plastic_film",
        "truck_hgv",
        "air",
        "sea",
        "",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-1e6..1e6f64).prop_map(|x| serde_json::json!(x)),
        (-5i64..2000).prop_map(|x| serde_json::json!(x)),
        words.prop_map(|w| Value::String(w.to_string())),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((keys.clone(), inner), 0..6).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}
