//! Reading an order: from an untyped [`Value`] (what the wasm boundary hands over, or
//! parsed JSON text) to a validated [`Order`], in one pass.
//!
//! Every key is checked against the format (a misspelled field is an error with its
//! path, not a silent default), every value against its type and limits, and every
//! country resolved to its record. The first problem found is returned with its path.

use std::sync::Arc;

use super::codes::{codes, Code};
use super::error::{ErrorKind, FootprintError};
use super::geo;
use super::order::{
    CarrierFigure, Item, Leg, LegCarrier, Order, Packaging, Place, Point, Shipment, Stage, Stages,
    MAX_ID_CHARS, MAX_INTENSITY_G_PER_TKM, MAX_ITEMS_PER_SHIPMENT, MAX_KG_PER_PARCEL,
    MAX_LEGS_PER_SHIPMENT, MAX_LEG_DISTANCE_KM, MAX_QUANTITY, MAX_SHIPMENTS, MAX_WEIGHT_KG,
};
use super::path::{short, Path};
use super::reader::{self, Fields};
use super::value::Value;

/// Reads an order from JSON text and validates it.
pub fn parse_order(json: &str) -> Result<Order, FootprintError> {
    read_order(&Value::from_json(json, "order")?)
}

/// Reads an order from an untyped value and validates it.
pub fn read_order(value: &Value) -> Result<Order, FootprintError> {
    let f = Fields::<OrderKey>::new(value, Path::ORDER)?;
    let path = Path::ORDER.key("shipments");
    let list = f.array(OrderKey::Shipments)?.ok_or_else(|| missing(path))?;
    check_len(path, list.len(), MAX_SHIPMENTS)?;
    let shipments = read_list(list, path, read_shipment)?;
    Ok(Order { shipments })
}

codes! {
    /// The keys of an order (tests/contract.rs checks each key enum against the
    /// TypeScript interface named second).
    pub enum OrderKey ("field", "Order") {
        Shipments = "shipments",
    }
}

codes! {
    /// The keys of a shipment.
    pub enum ShipmentKey ("field", "Shipment") {
        Id = "id",
        From = "from",
        To = "to",
        Service = "service",
        Items = "items",
        Packaging = "packaging",
        Legs = "legs",
        Carrier = "carrier",
    }
}

codes! {
    /// The keys of a place.
    pub enum PlaceKey ("field", "Place") {
        Country = "country",
        Lat = "lat",
        Lon = "lon",
    }
}

codes! {
    /// The keys of an item line.
    pub enum ItemKey ("field", "Item") {
        Category = "category",
        Quantity = "quantity",
        WeightKg = "weightKg",
        Condition = "condition",
    }
}

codes! {
    /// The keys of a shipment's packaging.
    pub enum PackagingKey ("field", "Packaging") {
        Material = "material",
        WeightKg = "weightKg",
    }
}

codes! {
    /// The keys of an explicit leg.
    pub enum LegKey ("field", "Leg") {
        Mode = "mode",
        DistanceKm = "distanceKm",
        Carrier = "carrier",
    }
}

codes! {
    /// The keys of a carrier's figure per parcel.
    pub enum CarrierKey ("field", "CarrierFigure") {
        KgPerParcel = "kgPerParcel",
        Covers = "covers",
        Source = "source",
    }
}

codes! {
    /// The keys of a carrier's intensity of a leg.
    pub enum LegCarrierKey ("field", "LegCarrier") {
        IntensityGPerTkm = "intensityGPerTkm",
        Source = "source",
    }
}

fn read_shipment(value: &Value, path: Path) -> Result<Shipment, FootprintError> {
    let f = Fields::<ShipmentKey>::new(value, path)?;
    let id = match f.string(ShipmentKey::Id)? {
        Some(id) => Some(check_id(path.key("id"), id)?),
        None => None,
    };
    let from = read_place(f.required(ShipmentKey::From)?, path.key("from"))?;
    let to = read_place(f.required(ShipmentKey::To)?, path.key("to"))?;
    let service = f.code(ShipmentKey::Service)?.unwrap_or_default();

    let items_path = path.key("items");
    let items = f
        .array(ShipmentKey::Items)?
        .ok_or_else(|| missing(items_path))?;
    check_len(items_path, items.len(), MAX_ITEMS_PER_SHIPMENT)?;
    let items = read_list(items, items_path, read_item)?;

    let packaging = match f.get(ShipmentKey::Packaging) {
        Some(p) => Some(read_packaging(p, path.key("packaging"))?),
        None => None,
    };

    let legs_path = path.key("legs");
    let legs = match f.array(ShipmentKey::Legs)? {
        Some(legs) => {
            check_len(legs_path, legs.len(), MAX_LEGS_PER_SHIPMENT)?;
            Some(read_list(legs, legs_path, read_leg)?)
        }
        None => None,
    };
    let carrier = match f.get(ShipmentKey::Carrier) {
        Some(c) => Some(read_carrier(c, path.key("carrier"))?),
        None => None,
    };
    Ok(Shipment {
        id,
        from,
        to,
        service,
        items,
        packaging,
        legs,
        carrier,
    })
}

fn read_carrier(value: &Value, path: Path) -> Result<CarrierFigure, FootprintError> {
    let f = Fields::<CarrierKey>::new(value, path)?;
    let kg_per_parcel = f.required_number(CarrierKey::KgPerParcel)?;
    if !(kg_per_parcel > 0.0 && kg_per_parcel <= MAX_KG_PER_PARCEL) {
        return Err(ErrorKind::OutOfRange {
            path: path.key("kgPerParcel").render(),
            value: kg_per_parcel,
            allowed: "0 < kgPerParcel <= 100",
        }
        .into());
    }
    let covers_path = path.key("covers");
    let list = f
        .array(CarrierKey::Covers)?
        .ok_or_else(|| missing(covers_path))?;
    check_len(covers_path, list.len(), Stage::ALL.len())?;
    let mut covers = Stages::default();
    for (i, stage) in list.iter().enumerate() {
        covers = covers.with(reader::code::<Stage>(stage, covers_path.index(i))?);
    }
    Ok(CarrierFigure {
        kg_per_parcel,
        covers,
        source: read_source(f.required_string(CarrierKey::Source)?, path)?,
    })
}

/// A carrier figure's `source` (`text`, read at `path.source`): 1..=200 characters
/// saying where it comes from.
fn read_source(text: &str, path: Path) -> Result<Arc<str>, FootprintError> {
    // ASCII spaces only: `trim` would bring Unicode tables into the wasm for this.
    if text.bytes().all(|b| b.is_ascii_whitespace()) {
        return Err(ErrorKind::Empty {
            path: path.key("source").render(),
        }
        .into());
    }
    check_id(path.key("source"), text)
}

/// Each element of `list` read with `read(element, its path)`.
fn read_list<T>(
    list: &[Value],
    path: Path,
    read: fn(&Value, Path) -> Result<T, FootprintError>,
) -> Result<Vec<T>, FootprintError> {
    let mut out = Vec::with_capacity(list.len());
    for (i, element) in list.iter().enumerate() {
        out.push(read(element, path.index(i))?);
    }
    Ok(out)
}

/// An id holds at most [`MAX_ID_CHARS`] characters; the error gives its real length.
fn check_id(path: Path, id: &str) -> Result<Arc<str>, FootprintError> {
    if id.len() > MAX_ID_CHARS {
        // Characters are the bytes that do not continue one (a plain loop: `chars().count()`
        // brings about 1 KB of wasm for a rare error).
        let len = id.bytes().filter(|b| b & 0xC0 != 0x80).count();
        if len > MAX_ID_CHARS {
            return Err(ErrorKind::TooMany {
                path: path.render(),
                len,
                max: MAX_ID_CHARS,
                unit: "characters",
            }
            .into());
        }
    }
    Ok(id.into())
}

fn read_place(value: &Value, path: Path) -> Result<Place, FootprintError> {
    let f = Fields::<PlaceKey>::new(value, path)?;
    let code = f.required_string(PlaceKey::Country)?;
    let country = geo::country(code).ok_or_else(|| unknown_country(path.key("country"), code))?;
    let point = match (f.number(PlaceKey::Lat)?, f.number(PlaceKey::Lon)?) {
        (None, None) => None,
        (Some(lat), Some(lon)) => {
            check_range(path.key("lat"), lat, -90.0, 90.0, "-90 <= lat <= 90")?;
            check_range(path.key("lon"), lon, -180.0, 180.0, "-180 <= lon <= 180")?;
            Some(Point { lat, lon })
        }
        _ => {
            return Err(ErrorKind::IncompleteCoordinates {
                path: path.render(),
            }
            .into())
        }
    };
    Ok(Place { country, point })
}

/// The error for a country the model does not know, with a hint at the likely fix.
fn unknown_country(path: Path, code: &str) -> FootprintError {
    let upper = code.to_ascii_uppercase();
    let hint = if upper != code && geo::country(&upper).is_some() {
        format!("; country codes are upper case: \"{upper}\"")
    } else if upper == "UK" {
        "; the ISO 3166-1 code of the United Kingdom is \"GB\"".to_string()
    } else {
        "; expected the ISO 3166-1 alpha-2 code of a supported country \
         (METHODOLOGY.md, section 8.5, lists them)"
            .to_string()
    };
    ErrorKind::UnknownCode {
        path: path.render(),
        kind: "country",
        value: short(code).into_owned(),
        hint,
    }
    .into()
}

fn read_item(value: &Value, path: Path) -> Result<Item, FootprintError> {
    let f = Fields::<ItemKey>::new(value, path)?;
    let category = f.required_code(ItemKey::Category)?;
    let quantity = match f.number(ItemKey::Quantity)? {
        None => 1,
        Some(q) if q.fract() == 0.0 && (1.0..=f64::from(MAX_QUANTITY)).contains(&q) => q as u32,
        Some(q) => {
            return Err(ErrorKind::OutOfRange {
                path: path.key("quantity").render(),
                value: q,
                allowed: "a whole number, 1 <= quantity <= 1000",
            }
            .into())
        }
    };
    let weight_kg = match f.number(ItemKey::WeightKg)? {
        Some(w) => Some(check_weight(path.key("weightKg"), w)?),
        None => None,
    };
    Ok(Item {
        category,
        quantity,
        weight_kg,
        condition: f.code(ItemKey::Condition)?.unwrap_or_default(),
    })
}

fn read_packaging(value: &Value, path: Path) -> Result<Packaging, FootprintError> {
    let f = Fields::<PackagingKey>::new(value, path)?;
    let material = f.required_code(PackagingKey::Material)?;
    let weight_kg = check_weight(
        path.key("weightKg"),
        f.required_number(PackagingKey::WeightKg)?,
    )?;
    Ok(Packaging {
        material,
        weight_kg,
    })
}

fn read_leg(value: &Value, path: Path) -> Result<Leg, FootprintError> {
    let f = Fields::<LegKey>::new(value, path)?;
    let mode = f.required_code(LegKey::Mode)?;
    let d = f.required_number(LegKey::DistanceKm)?;
    if !(d > 0.0 && d <= MAX_LEG_DISTANCE_KM) {
        return Err(ErrorKind::OutOfRange {
            path: path.key("distanceKm").render(),
            value: d,
            allowed: "0 < distanceKm <= 40075",
        }
        .into());
    }
    let carrier = match f.get(LegKey::Carrier) {
        Some(c) => Some(read_leg_carrier(c, path.key("carrier"))?),
        None => None,
    };
    Ok(Leg {
        mode,
        distance_km: d,
        carrier,
    })
}

fn read_leg_carrier(value: &Value, path: Path) -> Result<LegCarrier, FootprintError> {
    let f = Fields::<LegCarrierKey>::new(value, path)?;
    let intensity = f.required_number(LegCarrierKey::IntensityGPerTkm)?;
    if !(intensity > 0.0 && intensity <= MAX_INTENSITY_G_PER_TKM) {
        return Err(ErrorKind::OutOfRange {
            path: path.key("intensityGPerTkm").render(),
            value: intensity,
            allowed: "0 < intensityGPerTkm <= 10000",
        }
        .into());
    }
    Ok(LegCarrier {
        intensity_g_per_tkm: intensity,
        source: read_source(f.required_string(LegCarrierKey::Source)?, path)?,
    })
}

fn missing(path: Path) -> FootprintError {
    ErrorKind::MissingField {
        path: path.render(),
    }
    .into()
}

/// A list holds 1..=`max` entries.
pub(crate) fn check_len(path: Path, len: usize, max: usize) -> Result<(), FootprintError> {
    if len == 0 {
        return Err(ErrorKind::Empty {
            path: path.render(),
        }
        .into());
    }
    if len > max {
        return Err(ErrorKind::TooMany {
            path: path.render(),
            len,
            max,
            unit: "entries",
        }
        .into());
    }
    Ok(())
}

/// A weight is above 0 and at most [`MAX_WEIGHT_KG`].
fn check_weight(path: Path, w: f64) -> Result<f64, FootprintError> {
    if w > 0.0 && w <= MAX_WEIGHT_KG {
        Ok(w)
    } else {
        Err(ErrorKind::OutOfRange {
            path: path.render(),
            value: w,
            allowed: "0 < weightKg <= 1000",
        }
        .into())
    }
}

/// A finite number within `min..=max`.
pub(crate) fn check_range(
    path: Path,
    v: f64,
    min: f64,
    max: f64,
    allowed: &'static str,
) -> Result<(), FootprintError> {
    if (min..=max).contains(&v) {
        Ok(())
    } else {
        Err(ErrorKind::OutOfRange {
            path: path.render(),
            value: v,
            allowed,
        }
        .into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> (&'static str, String) {
        let e = parse_order(json).unwrap_err();
        (e.code(), e.path().to_string())
    }

    const ITEM: &str = r#"{"category":"laptop"}"#;

    fn shipment(extra: &str) -> String {
        format!(
            r#"{{"shipments":[{{"from":{{"country":"FR"}},"to":{{"country":"DE"}},"items":[{ITEM}]{extra}}}]}}"#
        )
    }

    #[test]
    fn a_valid_order_is_read_with_its_countries_resolved() {
        let order = parse_order(&shipment(
            r#","id":"s1","legs":[{"mode":"air","distanceKm":20}]"#,
        ))
        .unwrap();
        let s = &order.shipments[0];
        assert_eq!(s.from.country.code, "FR");
        assert_eq!(s.to.country.code, "DE");
        assert_eq!(s.items[0].quantity, 1);
        assert_eq!(s.id.as_deref(), Some("s1"));
        assert_eq!(s.legs.as_ref().map(Vec::len), Some(1));
    }

    #[test]
    fn errors_about_the_whole_order_are_at_order() {
        assert_eq!(err("7"), ("wrong_type", "order".into()));
        assert_eq!(err("{}"), ("missing_field", "shipments".into()));
        assert_eq!(err("{"), ("invalid_input", "order".into()));
        assert_eq!(err(r#"{"shipments":[]}"#), ("empty", "shipments".into()));
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(
            err(&shipment(r#","service":"same_day""#)),
            ("unknown_code", "shipments[0].service".into())
        );
        assert_eq!(
            err(&shipment(r#","legs":[{"mode":"air","distanceKm":-5}]"#)),
            ("out_of_range", "shipments[0].legs[0].distanceKm".into())
        );
        assert_eq!(
            err(&shipment(r#","packaging":{"material":"cardboard"}"#)),
            ("missing_field", "shipments[0].packaging.weightKg".into())
        );
        assert_eq!(
            err(&shipment(r#","Service":"express""#)),
            ("unknown_field", "shipments[0].Service".into())
        );
        let items = format!(r#","items":[{ITEM},{{"category":"tablet","quantity":1.5}}]"#);
        let json = shipment("").replace(&format!(r#","items":[{ITEM}]"#), &items);
        assert_eq!(
            err(&json),
            ("out_of_range", "shipments[0].items[1].quantity".into())
        );
        let lat_only = shipment("").replace(r#"{"country":"FR"}"#, r#"{"country":"FR","lat":4}"#);
        assert_eq!(
            err(&lat_only),
            ("incomplete_coordinates", "shipments[0].from".into())
        );
    }

    #[test]
    fn hints_say_what_to_write_instead() {
        let e = parse_order(&shipment(r#","Weight":1"#)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "shipments[0].Weight: unknown field; expected one of: \
             id, from, to, service, items, packaging, legs, carrier"
        );
        let uk = shipment("").replace(r#""to":{"country":"DE"}"#, r#""to":{"country":"UK"}"#);
        let e = parse_order(&uk).unwrap_err();
        assert!(e
            .to_string()
            .ends_with(r#"the ISO 3166-1 code of the United Kingdom is "GB""#));
        let lower = shipment("").replace(r#""to":{"country":"DE"}"#, r#""to":{"country":"de"}"#);
        assert!(parse_order(&lower)
            .unwrap_err()
            .to_string()
            .ends_with(r#"country codes are upper case: "DE""#));
    }

    #[test]
    fn a_long_id_reports_its_real_length() {
        let e = parse_order(&shipment(&format!(r#","id":"{}""#, "é".repeat(5000)))).unwrap_err();
        assert_eq!(
            e.to_string(),
            "shipments[0].id: holds 5000 characters; at most 200 are accepted"
        );
        // 150 two-byte characters are 300 bytes but within the limit.
        assert!(parse_order(&shipment(&format!(r#","id":"{}""#, "é".repeat(150)))).is_ok());
    }

    #[test]
    fn a_long_string_is_not_echoed_whole() {
        let long = "x".repeat(1 << 20);
        let e = parse_order(&shipment(&format!(r#","service":"{long}""#))).unwrap_err();
        assert_eq!(e.code(), "unknown_code");
        assert!(e.to_string().len() < 500);
    }
}
