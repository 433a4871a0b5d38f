//! Arbitrary orders and options built as Rust values (the `arbitrary` crate), mostly
//! within the limits and sometimes far outside (NaN, infinities, -0, huge numbers,
//! unknown codes, too many entries):
//! - `Order::validate` and `estimate` agree: a valid order always estimates, an
//!   invalid one is refused by both with the same error;
//! - a footprint keeps every invariant (finite, non-negative, low <= central <= high,
//!   stages summing to the shipment, shipments to the order);
//! - the same order written as JSON and read back by `parse_order` gives the same
//!   outcome (the reader and the validation agree).
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use checkout_footprint::model::geo::COUNTRIES;
use checkout_footprint::model::order::{
    code_name, Category, Condition, Item, Leg, Material, Mode, Order, Packaging, Place, Service,
    Shipment, CATEGORIES, CONDITIONS, MATERIALS, MODES, SERVICES,
};
use checkout_footprint::model::{estimate, parse_order, FactorSetId, Options};
use checkout_footprint_fuzz::invariants;
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Map, Value};

/// A number: usually within a given range, sometimes any f64 at all.
fn number(u: &mut Unstructured, min: f64, max: f64) -> arbitrary::Result<f64> {
    Ok(match u.int_in_range(0u8..=9)? {
        0 => f64::arbitrary(u)?,
        1 => *u.choose(&[0.0, -0.0, min, max, -1.0, 1e308, f64::MIN_POSITIVE, 0.5])?,
        _ => {
            let t = f64::from(u32::arbitrary(u)?) / f64::from(u32::MAX);
            min + t * (max - min)
        }
    })
}

fn len(u: &mut Unstructured, usual: u32, max: u32) -> arbitrary::Result<usize> {
    Ok(if u.ratio(1u8, 40u8)? {
        u.int_in_range(0..=max)? as usize
    } else {
        u.int_in_range(1..=usual)? as usize
    })
}

fn place(u: &mut Unstructured) -> arbitrary::Result<Place> {
    let country = if u.ratio(1u8, 20u8)? {
        String::arbitrary(u)?
    } else {
        u.choose(COUNTRIES)?.code.to_string()
    };
    let (lat, lon) = match u.int_in_range(0u8..=5)? {
        0 => (Some(number(u, -90.0, 90.0)?), None),
        1 | 2 => (None, None),
        _ => (
            Some(number(u, -90.0, 90.0)?),
            Some(number(u, -180.0, 180.0)?),
        ),
    };
    Ok(Place { country, lat, lon })
}

fn shipment(u: &mut Unstructured) -> arbitrary::Result<Shipment> {
    let id = if u.arbitrary()? {
        Some(if u.ratio(1u8, 30u8)? {
            "x".repeat(u.int_in_range(150..=260)?)
        } else {
            String::arbitrary(u)?
        })
    } else {
        None
    };
    let items = (0..len(u, 4, 1003)?)
        .map(|_| {
            Ok(Item {
                category: *u.choose(&Category::ALL)?,
                quantity: if u.arbitrary()? {
                    Some(if u.ratio(1u8, 8u8)? {
                        number(u, 1.0, 1000.0)?
                    } else {
                        f64::from(u.int_in_range(1u16..=1000)?)
                    })
                } else {
                    None
                },
                weight_kg: if u.arbitrary()? {
                    Some(number(u, 0.001, 1000.0)?)
                } else {
                    None
                },
                condition: if u.arbitrary()? {
                    Some(*u.choose(&[Condition::Refurbished, Condition::New])?)
                } else {
                    None
                },
            })
        })
        .collect::<arbitrary::Result<Vec<_>>>()?;
    let packaging = if u.arbitrary()? {
        Some(Packaging {
            material: *u.choose(&[Material::Cardboard, Material::PlasticFilm])?,
            weight_kg: number(u, 0.001, 1000.0)?,
        })
    } else {
        None
    };
    let legs = if u.arbitrary()? {
        Some(
            (0..len(u, 4, 22)?)
                .map(|_| {
                    Ok(Leg {
                        mode: *u.choose(&Mode::ALL)?,
                        distance_km: number(u, 0.001, 40_075.0)?,
                    })
                })
                .collect::<arbitrary::Result<Vec<_>>>()?,
        )
    } else {
        None
    };
    Ok(Shipment {
        id,
        from: place(u)?,
        to: place(u)?,
        service: *u.choose(&[
            Service::Standard,
            Service::Express,
            Service::PickupPoint,
            Service::Locker,
        ])?,
        items,
        packaging,
        legs,
    })
}

fn options(u: &mut Unstructured) -> arbitrary::Result<Options> {
    let currency = match u.int_in_range(0u8..=9)? {
        0 => String::arbitrary(u)?,
        _ => u
            .choose(&[
                "USD", "EUR", "JPY", "KWD", "BHD", "GBP", "CLF", "usd", "XYZ",
            ])?
            .to_string(),
    };
    Ok(Options {
        currency,
        price_per_tonne: number(u, 0.000_001, 1_000_000.0)?,
        factor_set: *u.choose(&FactorSetId::ALL)?,
    })
}

/// The order as the JSON a storefront would send, when every number can be written.
fn to_json(order: &Order) -> Option<Value> {
    let finite = |v: f64| v.is_finite().then(|| json!(v));
    let place = |p: &Place| -> Option<Value> {
        let mut m = Map::new();
        m.insert("country".into(), json!(p.country));
        if let Some(lat) = p.lat {
            m.insert("lat".into(), finite(lat)?);
        }
        if let Some(lon) = p.lon {
            m.insert("lon".into(), finite(lon)?);
        }
        Some(Value::Object(m))
    };
    let mut shipments = Vec::new();
    for s in &order.shipments {
        let mut m = Map::new();
        if let Some(id) = &s.id {
            m.insert("id".into(), json!(id));
        }
        m.insert("from".into(), place(&s.from)?);
        m.insert("to".into(), place(&s.to)?);
        m.insert("service".into(), json!(code_name(&SERVICES, s.service)));
        let mut items = Vec::new();
        for i in &s.items {
            let mut item = Map::new();
            item.insert("category".into(), json!(code_name(&CATEGORIES, i.category)));
            if let Some(q) = i.quantity {
                item.insert("quantity".into(), finite(q)?);
            }
            if let Some(w) = i.weight_kg {
                item.insert("weightKg".into(), finite(w)?);
            }
            if let Some(c) = i.condition {
                item.insert("condition".into(), json!(code_name(&CONDITIONS, c)));
            }
            items.push(Value::Object(item));
        }
        m.insert("items".into(), Value::Array(items));
        if let Some(p) = &s.packaging {
            m.insert(
                "packaging".into(),
                json!({ "material": code_name(&MATERIALS, p.material), "weightKg": finite(p.weight_kg)? }),
            );
        }
        if let Some(legs) = &s.legs {
            let mut list = Vec::new();
            for l in legs {
                list.push(json!({ "mode": code_name(&MODES, l.mode), "distanceKm": finite(l.distance_km)? }));
            }
            m.insert("legs".into(), Value::Array(list));
        }
        shipments.push(Value::Object(m));
    }
    Some(json!({ "shipments": shipments }))
}

/// Equal JSON, numbers within a relative 1e-15: serde_json's default float parser
/// (without its `float_roundtrip` feature) may miss the closest double by an ulp or two
/// (more often at extreme exponents) when it reads back what it printed.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            x == y || (x - y).abs() <= 1e-15 * x.abs().max(y.abs())
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// The message of estimate's error (compared as text: an error may hold a NaN).
fn refusal(order: &Order, options: &Options) -> Option<String> {
    estimate(order, options).err().map(|e| e.to_string())
}

fn run(u: &mut Unstructured) -> arbitrary::Result<()> {
    let order = Order {
        shipments: (0..len(u, 3, 102)?)
            .map(|_| shipment(u))
            .collect::<arbitrary::Result<Vec<_>>>()?,
    };
    let options = options(u)?;
    let validated = order.validate();
    match (&validated, options.validate()) {
        (Ok(()), Ok(())) => {
            let f = estimate(&order, &options).expect("a valid order and options estimate");
            invariants::check_footprint(&f, &options, order.shipments.len());
        }
        (Err(e), _) => {
            invariants::check_error(e);
            assert_eq!(refusal(&order, &options), Some(e.to_string()));
        }
        (Ok(()), Err(e)) => {
            invariants::check_error(&e);
            assert_eq!(refusal(&order, &options), Some(e.to_string()));
        }
    }
    // The reader agrees with the validation. An id over the limit is kept one character
    // over by the reader, so only the code and path are compared.
    if let Some(json) = to_json(&order) {
        let text = json.to_string();
        match (parse_order(&text), &validated) {
            (Ok(read), Ok(())) => {
                let back = to_json(&read).expect("a read order is finite");
                assert!(
                    same(&back, &json),
                    "the order read back differs:\n{back}\n{json}"
                );
            }
            (Err(a), Err(b)) => {
                assert_eq!((a.code(), a.path()), (b.code(), b.path()), "{a} / {b}");
            }
            (a, b) => panic!("parse_order {a:?} but validate {b:?}"),
        }
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let _ = run(&mut u);
});
