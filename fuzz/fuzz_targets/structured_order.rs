//! Arbitrary orders and options built as JSON values (the `arbitrary` crate), mostly
//! within the limits and sometimes far outside (huge numbers, -0, unknown codes, too
//! many entries, missing fields):
//! - reading never panics; a refused order names a listed code, a path and a short
//!   message starting with it;
//! - an accepted order's footprint keeps every invariant (finite, non-negative,
//!   low <= central <= high, stages summing to the shipment, shipments to the order);
//! - a batch of the same orders totals exactly what the orders give one by one.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use checkout_footprint::model::geo::COUNTRIES;
use checkout_footprint::model::order::{Category, Condition, Material, Mode, Service, Stage};
use checkout_footprint::model::{
    estimate, estimate_many, parse_options, parse_order, Code, FactorSetId, Options, Value as Input,
};
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

/// A JSON number, or null where JSON cannot hold it (NaN, infinities).
fn num(v: f64) -> Value {
    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
}

fn code<T: Code>(u: &mut Unstructured) -> arbitrary::Result<Value> {
    Ok(if u.ratio(1u8, 30u8)? {
        json!(String::arbitrary(u)?)
    } else {
        json!(u.choose(T::CODES)?)
    })
}

fn place(u: &mut Unstructured) -> arbitrary::Result<Value> {
    let mut m = Map::new();
    let country = if u.ratio(1u8, 20u8)? {
        String::arbitrary(u)?
    } else {
        u.choose(COUNTRIES)?.code.to_string()
    };
    m.insert("country".into(), json!(country));
    match u.int_in_range(0u8..=5)? {
        0 => {
            m.insert("lat".into(), num(number(u, -90.0, 90.0)?));
        }
        1 | 2 => {}
        _ => {
            m.insert("lat".into(), num(number(u, -90.0, 90.0)?));
            m.insert("lon".into(), num(number(u, -180.0, 180.0)?));
        }
    }
    Ok(Value::Object(m))
}

fn shipment(u: &mut Unstructured) -> arbitrary::Result<Value> {
    let mut m = Map::new();
    if u.arbitrary()? {
        let id = if u.ratio(1u8, 30u8)? {
            "x".repeat(u.int_in_range(150..=260)?)
        } else {
            String::arbitrary(u)?
        };
        m.insert("id".into(), json!(id));
    }
    m.insert("from".into(), place(u)?);
    m.insert("to".into(), place(u)?);
    if u.arbitrary()? {
        m.insert("service".into(), code::<Service>(u)?);
    }
    let mut items = Vec::new();
    for _ in 0..len(u, 4, 1003)? {
        let mut item = Map::new();
        item.insert("category".into(), code::<Category>(u)?);
        if u.arbitrary()? {
            let q = if u.ratio(1u8, 8u8)? {
                number(u, 1.0, 1000.0)?
            } else {
                f64::from(u.int_in_range(1u16..=1000)?)
            };
            item.insert("quantity".into(), num(q));
        }
        if u.arbitrary()? {
            item.insert("weightKg".into(), num(number(u, 0.001, 1000.0)?));
        }
        if u.arbitrary()? {
            item.insert("condition".into(), code::<Condition>(u)?);
        }
        items.push(Value::Object(item));
    }
    m.insert("items".into(), Value::Array(items));
    if u.arbitrary()? {
        m.insert(
            "packaging".into(),
            json!({ "material": code::<Material>(u)?, "weightKg": num(number(u, 0.001, 1000.0)?) }),
        );
    }
    if u.arbitrary()? {
        let mut legs = Vec::new();
        for _ in 0..len(u, 4, 22)? {
            let mut leg =
                json!({ "mode": code::<Mode>(u)?, "distanceKm": num(number(u, 0.001, 40_075.0)?) });
            if u.ratio(1u8, 4u8)? {
                leg["carrier"] = json!({ "intensityGPerTkm": num(number(u, 0.001, 10_000.0)?), "source": String::arbitrary(u)? });
            }
            legs.push(leg);
        }
        m.insert("legs".into(), Value::Array(legs));
    }
    if u.ratio(1u8, 4u8)? {
        let covers = (0..len(u, 3, 6)?)
            .map(|_| code::<Stage>(u))
            .collect::<arbitrary::Result<Vec<_>>>()?;
        m.insert(
            "carrier".into(),
            json!({ "kgPerParcel": num(number(u, 0.001, 100.0)?), "covers": covers, "source": String::arbitrary(u)? }),
        );
    }
    Ok(Value::Object(m))
}

fn options(u: &mut Unstructured) -> arbitrary::Result<Value> {
    let currency = match u.int_in_range(0u8..=9)? {
        0 => String::arbitrary(u)?,
        _ => u
            .choose(&[
                "USD", "EUR", "JPY", "KWD", "BHD", "GBP", "CLF", "usd", "XYZ",
            ])?
            .to_string(),
    };
    Ok(json!({
        "currency": currency,
        "pricePerTonne": num(number(u, 0.000_001, 1_000_000.0)?),
        "factorSet": code::<FactorSetId>(u)?,
    }))
}

fn run(u: &mut Unstructured) -> arbitrary::Result<()> {
    let orders: Vec<Value> = (0..u.int_in_range(1u8..=3)?)
        .map(|_| {
            let shipments = (0..len(u, 3, 102)?)
                .map(|_| shipment(u))
                .collect::<arbitrary::Result<Vec<_>>>()?;
            Ok(json!({ "shipments": shipments }))
        })
        .collect::<arbitrary::Result<_>>()?;
    let options = match parse_options(&options(u)?.to_string()) {
        Ok(options) => options,
        Err(e) => {
            invariants::check_error(&e);
            Options::default()
        }
    };
    let (mut co2e_kg, mut valid) = (0.0, 0);
    for order in &orders {
        match parse_order(&order.to_string()) {
            Ok(read) => {
                let f = estimate(&read, &options);
                invariants::check_footprint(&f, &options, read.shipments.len());
                co2e_kg += f.co2e_kg;
                valid += 1;
            }
            Err(e) => invariants::check_error(&e),
        }
    }
    let text = Value::Array(orders.clone()).to_string();
    let batch = Input::from_json(&text, "orders").expect("JSON the fuzzer wrote");
    let totals = estimate_many(&batch, &options).expect("a short array of orders");
    invariants::check_totals(&totals, orders.len());
    assert_eq!(totals.orders, valid);
    assert_eq!(
        totals.co2e_kg, co2e_kg,
        "the batch totals the orders one by one"
    );
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let _ = run(&mut u);
});
