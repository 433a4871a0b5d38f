//! Results into plain JS objects, written field by field.
//!
//! The same objects serde-wasm-bindgen's JSON-compatible serializer made from the
//! model's `Serialize` derives (keys in the same order, camelCase, `null` for `None`,
//! integers above 2^53 refused), in a fraction of its wasm size: no generic serializer
//! and no hash map of interned keys. Each struct is destructured in full, so that a field added
//! to the model fails to compile here until it is written too.

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

use crate::model::factors::FactorSetInfo;
use crate::model::footprint::{
    Assumption, Footprint, LegFootprint, Method, Range, ShipmentFootprint, Stages,
};
use crate::model::offset::Offset;
use crate::model::order::{code_name, MODES, SERVICES};
use crate::model::totals::{InvalidOrder, Totals};

/// A model result that crosses the boundary as a plain JS value.
pub(super) trait ToJs {
    fn to_js(&self) -> Result<JsValue, JsValue>;
}

/// `value` as a plain JS value (what the exports return).
pub(super) fn write<T: ToJs + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value.to_js()
}

/// The keys of the result objects, each made a JS string once per instance: making it
/// anew for every field (a UTF-8 decode) would double the time of an `estimate()`.
macro_rules! keys {
    ($($key:ident = $text:literal),* $(,)?) => {
        #[derive(Clone, Copy)]
        enum Key {
            $($key),*
        }
        const KEYS: &[&str] = &[$($text),*];
    };
}

keys! {
    Co2eKg = "co2eKg",
    Range = "range",
    Shipments = "shipments",
    Offset = "offset",
    AvoidedCo2eKg = "avoidedCo2eKg",
    Assumptions = "assumptions",
    Method = "method",
    LowKg = "lowKg",
    HighKg = "highKg",
    Id = "id",
    Service = "service",
    MassKg = "massKg",
    Stages = "stages",
    Legs = "legs",
    LineHaulKg = "lineHaulKg",
    HubsKg = "hubsKg",
    LastMileKg = "lastMileKg",
    PackagingKg = "packagingKg",
    Mode = "mode",
    GcdKm = "gcdKm",
    DistanceKm = "distanceKm",
    TonneKm = "tonneKm",
    IntensityGPerTkm = "intensityGPerTkm",
    Currency = "currency",
    AmountMinor = "amountMinor",
    Amount = "amount",
    PricePerTonne = "pricePerTonne",
    Code = "code",
    Path = "path",
    Message = "message",
    Standard = "standard",
    FactorSet = "factorSet",
    Scope = "scope",
    ModelVersion = "modelVersion",
    Orders = "orders",
    InvalidOrders = "invalidOrders",
    Index = "index",
    Name = "name",
    Description = "description",
    Sources = "sources",
    FirstInvalid = "firstInvalid",
}

thread_local! {
    static JS_KEYS: Vec<JsValue> = KEYS.iter().map(|k| JsValue::from_str(k)).collect();
}

#[wasm_bindgen]
extern "C" {
    /// `Reflect.set`, imported without `catch`: setting a property of a fresh plain
    /// object cannot throw, and the call skips the exception wrapper.
    #[wasm_bindgen(js_namespace = Reflect, js_name = set)]
    fn reflect_set(target: &Object, key: &JsValue, value: &JsValue) -> bool;
}

/// A plain object with `fields` in order.
fn object(fields: &[(Key, JsValue)]) -> JsValue {
    let object = Object::new();
    JS_KEYS.with(|keys| {
        for (key, value) in fields {
            reflect_set(&object, &keys[*key as usize], value);
        }
    });
    object.into()
}

fn number(value: f64) -> JsValue {
    JsValue::from_f64(value)
}

fn text(value: &str) -> JsValue {
    JsValue::from_str(value)
}

/// An integer as a JS number; above `Number.MAX_SAFE_INTEGER` it is an error, worded
/// as serde-wasm-bindgen words it.
fn integer(value: u64) -> Result<JsValue, JsValue> {
    const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;
    if value <= MAX_SAFE_INTEGER {
        Ok(number(value as f64))
    } else {
        Err(js_sys::Error::new(&format!(
            "Error: {value} can't be represented as a JavaScript number"
        ))
        .into())
    }
}

fn array<T>(items: &[T], f: impl Fn(&T) -> Result<JsValue, JsValue>) -> Result<JsValue, JsValue> {
    let array = Array::new();
    for item in items {
        array.push(&f(item)?);
    }
    Ok(array.into())
}

impl ToJs for Footprint {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let Footprint {
            co2e_kg,
            range,
            shipments,
            offset,
            avoided_co2e_kg,
            assumptions,
            method,
        } = self;
        Ok(object(&[
            (Key::Co2eKg, number(*co2e_kg)),
            (Key::Range, range.to_js()?),
            (Key::Shipments, array(shipments, ToJs::to_js)?),
            (Key::Offset, offset.to_js()?),
            (Key::AvoidedCo2eKg, number(*avoided_co2e_kg)),
            (Key::Assumptions, array(assumptions, ToJs::to_js)?),
            (Key::Method, method.to_js()?),
        ]))
    }
}

impl ToJs for Range {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let Range { low_kg, high_kg } = self;
        Ok(object(&[
            (Key::LowKg, number(*low_kg)),
            (Key::HighKg, number(*high_kg)),
        ]))
    }
}

impl ToJs for ShipmentFootprint {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let ShipmentFootprint {
            id,
            service,
            mass_kg,
            co2e_kg,
            range,
            stages,
            legs,
            avoided_co2e_kg,
        } = self;
        Ok(object(&[
            (Key::Id, id.as_deref().map_or(JsValue::NULL, text)),
            (Key::Service, text(code_name(&SERVICES, *service))),
            (Key::MassKg, number(*mass_kg)),
            (Key::Co2eKg, number(*co2e_kg)),
            (Key::Range, range.to_js()?),
            (Key::Stages, stages.to_js()?),
            (Key::Legs, array(legs, ToJs::to_js)?),
            (Key::AvoidedCo2eKg, number(*avoided_co2e_kg)),
        ]))
    }
}

impl ToJs for Stages {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let Stages {
            line_haul_kg,
            hubs_kg,
            last_mile_kg,
            packaging_kg,
        } = self;
        Ok(object(&[
            (Key::LineHaulKg, number(*line_haul_kg)),
            (Key::HubsKg, number(*hubs_kg)),
            (Key::LastMileKg, number(*last_mile_kg)),
            (Key::PackagingKg, number(*packaging_kg)),
        ]))
    }
}

impl ToJs for LegFootprint {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let LegFootprint {
            mode,
            gcd_km,
            distance_km,
            tonne_km,
            intensity_g_per_tkm,
            co2e_kg,
        } = self;
        Ok(object(&[
            (Key::Mode, text(code_name(&MODES, *mode))),
            (Key::GcdKm, gcd_km.map_or(JsValue::NULL, number)),
            (Key::DistanceKm, number(*distance_km)),
            (Key::TonneKm, number(*tonne_km)),
            (Key::IntensityGPerTkm, number(*intensity_g_per_tkm)),
            (Key::Co2eKg, number(*co2e_kg)),
        ]))
    }
}

impl ToJs for Offset {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let Offset {
            currency,
            amount_minor,
            amount,
            price_per_tonne,
        } = self;
        Ok(object(&[
            (Key::Currency, text(currency)),
            (Key::AmountMinor, integer(*amount_minor)?),
            (Key::Amount, number(*amount)),
            (Key::PricePerTonne, number(*price_per_tonne)),
        ]))
    }
}

impl ToJs for Assumption {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let Assumption {
            code,
            path,
            message,
        } = self;
        Ok(object(&[
            (Key::Code, text(code)),
            (Key::Path, text(path)),
            (Key::Message, text(message)),
        ]))
    }
}

impl ToJs for Method {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let Method {
            standard,
            factor_set,
            scope,
            model_version,
        } = self;
        Ok(object(&[
            (Key::Standard, text(standard)),
            (Key::FactorSet, text(factor_set)),
            (Key::Scope, text(scope)),
            (Key::ModelVersion, text(model_version)),
        ]))
    }
}

impl ToJs for Totals {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let Totals {
            co2e_kg,
            amount_minor,
            currency,
            orders,
            shipments,
            invalid_orders,
            first_invalid,
        } = self;
        Ok(object(&[
            (Key::Co2eKg, number(*co2e_kg)),
            (Key::AmountMinor, integer(*amount_minor)?),
            (Key::Currency, text(currency)),
            (Key::Orders, integer(*orders as u64)?),
            (Key::Shipments, integer(*shipments as u64)?),
            (Key::InvalidOrders, integer(*invalid_orders as u64)?),
            (
                Key::FirstInvalid,
                match first_invalid {
                    Some(first) => first.to_js()?,
                    None => JsValue::NULL,
                },
            ),
        ]))
    }
}

impl ToJs for InvalidOrder {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        let InvalidOrder {
            index,
            code,
            path,
            message,
        } = self;
        Ok(object(&[
            (Key::Index, integer(*index as u64)?),
            (Key::Code, text(code)),
            (Key::Path, text(path)),
            (Key::Message, text(message)),
        ]))
    }
}

impl ToJs for Vec<FactorSetInfo> {
    fn to_js(&self) -> Result<JsValue, JsValue> {
        array(self, |info| {
            let FactorSetInfo {
                name,
                description,
                sources,
            } = info;
            Ok(object(&[
                (Key::Name, text(name)),
                (Key::Description, text(description)),
                (Key::Sources, array(sources, |s| Ok(text(s)))?),
            ]))
        })
    }
}
