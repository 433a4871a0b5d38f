//! The order as the storefront describes it, and its validation.
//!
//! Field names follow the JavaScript contract (camelCase). Unknown keys are refused, so
//! a misspelled field is an error with its path rather than a silent default.
//! [`read_order`] reads an untyped [`Value`] (what the wasm boundary hands over) and
//! validates it; [`parse_order`] does the same from JSON text; [`Order::validate`]
//! checks an order built in Rust.

use serde::Serialize;

use super::error::FootprintError;
use super::geo;
use super::reader::Fields;
use super::value::Value;

/// Most shipments (parcels) one order may hold.
pub const MAX_SHIPMENTS: usize = 100;
/// Most item lines one shipment may hold.
pub const MAX_ITEMS_PER_SHIPMENT: usize = 1000;
/// Most explicit legs one shipment may give.
pub const MAX_LEGS_PER_SHIPMENT: usize = 20;
/// Largest quantity of one item line.
pub const MAX_QUANTITY: f64 = 1000.0;
/// Heaviest item or packaging, in kg (a large appliance on a pallet stays below).
pub const MAX_WEIGHT_KG: f64 = 1000.0;
/// Longest explicit leg, in km: once round the Earth at the equator (40,075 km).
pub const MAX_LEG_DISTANCE_KM: f64 = 40_075.0;
/// Longest shipment id, in characters.
pub const MAX_ID_CHARS: usize = 200;

/// An order: one shipment (parcel) per seller.
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub shipments: Vec<Shipment>,
}

/// One parcel, sent by one seller from one place to the shopper.
#[derive(Debug, Clone, PartialEq)]
pub struct Shipment {
    /// The storefront's own reference (a seller id, say), echoed in the result.
    pub id: Option<String>,
    pub from: Place,
    pub to: Place,
    /// The delivery service the shopper chose; `standard` when absent.
    pub service: Service,
    pub items: Vec<Item>,
    /// The outer packaging; the category's default when absent.
    pub packaging: Option<Packaging>,
    /// An explicit line haul, in order; the service's default chain when absent.
    pub legs: Option<Vec<Leg>>,
}

/// A place: a country, optionally a point in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// ISO 3166-1 alpha-2, upper case (`FR`).
    pub country: String,
    /// Latitude in degrees, -90..=90; given with `lon` or not at all.
    pub lat: Option<f64>,
    /// Longitude in degrees, -180..=180; given with `lat` or not at all.
    pub lon: Option<f64>,
}

/// The delivery service, which decides the default transport chain and last mile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Service {
    #[default]
    Standard,
    Express,
    PickupPoint,
    Locker,
}

/// One line of the parcel: a device category, how many, optionally the weight of one.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub category: Category,
    /// How many; 1 when absent. A whole number, 1..=1000.
    pub quantity: Option<f64>,
    /// Shipping weight of one unit in kg, device and its own box; the catalog's when absent.
    pub weight_kg: Option<f64>,
    /// Refurbished or new; refurbished when absent (the storefronts this serves sell
    /// refurbished devices). Only refurbished units count in `avoidedCo2eKg`.
    pub condition: Option<Condition>,
}

/// Whether a device is refurbished or new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Condition {
    #[default]
    Refurbished,
    New,
}

/// Condition codes.
pub const CONDITIONS: [(&str, Condition); 2] = [
    ("refurbished", Condition::Refurbished),
    ("new", Condition::New),
];

impl Item {
    /// The quantity, 1 when absent.
    pub fn quantity(&self) -> f64 {
        self.quantity.unwrap_or(1.0)
    }

    /// The condition, refurbished when absent.
    pub fn condition(&self) -> Condition {
        self.condition.unwrap_or_default()
    }
}

/// Refurbished device categories the storefront sells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Smartphone,
    Tablet,
    Laptop,
    Desktop,
    Monitor,
    Console,
    Smartwatch,
    Headphones,
    Camera,
    SmallAppliance,
}

impl Category {
    /// Every category, in a stable order.
    pub const ALL: [Category; 10] = [
        Category::Smartphone,
        Category::Tablet,
        Category::Laptop,
        Category::Desktop,
        Category::Monitor,
        Category::Console,
        Category::Smartwatch,
        Category::Headphones,
        Category::Camera,
        Category::SmallAppliance,
    ];
}

/// The parcel's outer packaging.
#[derive(Debug, Clone, PartialEq)]
pub struct Packaging {
    pub material: Material,
    /// Mass of the packaging in kg, 0 < weightKg <= 1000.
    pub weight_kg: f64,
}

/// Packaging materials with a published emission factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Material {
    Cardboard,
    PlasticFilm,
}

/// One explicit transport leg of the line haul.
#[derive(Debug, Clone, PartialEq)]
pub struct Leg {
    pub mode: Mode,
    /// The real distance travelled, in km; used as given, with no adjustment.
    pub distance_km: f64,
}

/// Transport modes of the factor sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Van,
    ElectricVan,
    CargoBike,
    TruckRigid,
    TruckHgv,
    Rail,
    Air,
    Sea,
}

impl Mode {
    /// Every mode, in a stable order.
    pub const ALL: [Mode; 8] = [
        Mode::Van,
        Mode::ElectricVan,
        Mode::CargoBike,
        Mode::TruckRigid,
        Mode::TruckHgv,
        Mode::Rail,
        Mode::Air,
        Mode::Sea,
    ];
}

/// Service codes as the JavaScript contract spells them.
pub const SERVICES: [(&str, Service); 4] = [
    ("standard", Service::Standard),
    ("express", Service::Express),
    ("pickup_point", Service::PickupPoint),
    ("locker", Service::Locker),
];

/// Category codes as the JavaScript contract spells them.
pub const CATEGORIES: [(&str, Category); 10] = [
    ("smartphone", Category::Smartphone),
    ("tablet", Category::Tablet),
    ("laptop", Category::Laptop),
    ("desktop", Category::Desktop),
    ("monitor", Category::Monitor),
    ("console", Category::Console),
    ("smartwatch", Category::Smartwatch),
    ("headphones", Category::Headphones),
    ("camera", Category::Camera),
    ("small_appliance", Category::SmallAppliance),
];

/// Packaging material codes.
pub const MATERIALS: [(&str, Material); 2] = [
    ("cardboard", Material::Cardboard),
    ("plastic_film", Material::PlasticFilm),
];

/// Transport mode codes.
pub const MODES: [(&str, Mode); 8] = [
    ("van", Mode::Van),
    ("electric_van", Mode::ElectricVan),
    ("cargo_bike", Mode::CargoBike),
    ("truck_rigid", Mode::TruckRigid),
    ("truck_hgv", Mode::TruckHgv),
    ("rail", Mode::Rail),
    ("air", Mode::Air),
    ("sea", Mode::Sea),
];

/// Results name services and modes by their codes.
impl Serialize for Service {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(code_name(&SERVICES, *self))
    }
}

impl Serialize for Mode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(code_name(&MODES, *self))
    }
}

/// Reads an order from JSON text and validates it.
pub fn parse_order(json: &str) -> Result<Order, FootprintError> {
    read_order(&Value::from_json(json, "order")?)
}

/// Reads an order from an untyped value and validates it.
pub fn read_order(value: &Value) -> Result<Order, FootprintError> {
    let order = Order::read(value)?;
    order.validate()?;
    Ok(order)
}

impl Order {
    fn read(value: &Value) -> Result<Order, FootprintError> {
        let f = Fields::new(value, "", &["shipments"])?;
        let shipments = f.list("shipments", Shipment::read)?;
        Ok(Order {
            shipments: shipments.ok_or_else(|| FootprintError::MissingField {
                path: f.path("shipments"),
            })?,
        })
    }
}

impl Shipment {
    fn read(value: &Value, path: &str) -> Result<Shipment, FootprintError> {
        const KEYS: [&str; 7] = ["id", "from", "to", "service", "items", "packaging", "legs"];
        let f = Fields::new(value, path, &KEYS)?;
        Ok(Shipment {
            id: match f.string("id")? {
                Some(id) => {
                    check_id(&f.path("id"), id)?;
                    Some(id.to_string())
                }
                None => None,
            },
            from: Place::read(f.required("from")?, &f.path("from"))?,
            to: Place::read(f.required("to")?, &f.path("to"))?,
            service: f.code("service", "service", &SERVICES)?.unwrap_or_default(),
            items: f
                .list("items", Item::read)?
                .ok_or_else(|| FootprintError::MissingField {
                    path: f.path("items"),
                })?,
            packaging: f
                .get("packaging")
                .map(|v| Packaging::read(v, &f.path("packaging")))
                .transpose()?,
            legs: f.list("legs", Leg::read)?,
        })
    }
}

/// An id holds at most [`MAX_ID_CHARS`] characters; the error gives its real length.
fn check_id(path: &str, id: &str) -> Result<(), FootprintError> {
    let len = id.chars().count();
    if len > MAX_ID_CHARS {
        return Err(FootprintError::TooMany {
            path: path.to_string(),
            len,
            max: MAX_ID_CHARS,
            unit: "characters",
        });
    }
    Ok(())
}

impl Place {
    fn read(value: &Value, path: &str) -> Result<Place, FootprintError> {
        let f = Fields::new(value, path, &["country", "lat", "lon"])?;
        let country = f.required("country")?;
        Ok(Place {
            country: super::reader::string(country, &f.path("country"))?.to_string(),
            lat: f.number("lat")?,
            lon: f.number("lon")?,
        })
    }
}

impl Item {
    fn read(value: &Value, path: &str) -> Result<Item, FootprintError> {
        let f = Fields::new(
            value,
            path,
            &["category", "quantity", "weightKg", "condition"],
        )?;
        Ok(Item {
            category: f.required_code("category", "category", &CATEGORIES)?,
            quantity: f.number("quantity")?,
            weight_kg: f.number("weightKg")?,
            condition: f.code("condition", "condition", &CONDITIONS)?,
        })
    }
}

impl Packaging {
    fn read(value: &Value, path: &str) -> Result<Packaging, FootprintError> {
        let f = Fields::new(value, path, &["material", "weightKg"])?;
        Ok(Packaging {
            material: f.required_code("material", "material", &MATERIALS)?,
            weight_kg: f.required_number("weightKg")?,
        })
    }
}

impl Leg {
    fn read(value: &Value, path: &str) -> Result<Leg, FootprintError> {
        let f = Fields::new(value, path, &["mode", "distanceKm"])?;
        Ok(Leg {
            mode: f.required_code("mode", "mode", &MODES)?,
            distance_km: f.required_number("distanceKm")?,
        })
    }
}

/// The code of a value from one of the tables above (`Mode::TruckHgv` -> "truck_hgv").
pub fn code_name<T: Copy + PartialEq>(table: &[(&'static str, T)], value: T) -> &'static str {
    table
        .iter()
        .find(|(_, v)| *v == value)
        .map(|(name, _)| *name)
        .unwrap_or("")
}

impl Order {
    /// Checks every field; the first problem found is returned with its path.
    pub fn validate(&self) -> Result<(), FootprintError> {
        check_len("shipments", self.shipments.len(), MAX_SHIPMENTS)?;
        for (i, s) in self.shipments.iter().enumerate() {
            s.validate(&format!("shipments[{i}]"))?;
        }
        Ok(())
    }
}

impl Shipment {
    fn validate(&self, path: &str) -> Result<(), FootprintError> {
        if let Some(id) = &self.id {
            check_id(&format!("{path}.id"), id)?;
        }
        self.from.validate(&format!("{path}.from"))?;
        self.to.validate(&format!("{path}.to"))?;
        let items = format!("{path}.items");
        check_len(&items, self.items.len(), MAX_ITEMS_PER_SHIPMENT)?;
        for (i, item) in self.items.iter().enumerate() {
            item.validate(&format!("{items}[{i}]"))?;
        }
        if let Some(p) = &self.packaging {
            check_weight(&format!("{path}.packaging.weightKg"), p.weight_kg)?;
        }
        if let Some(legs) = &self.legs {
            let legs_path = format!("{path}.legs");
            check_len(&legs_path, legs.len(), MAX_LEGS_PER_SHIPMENT)?;
            for (i, leg) in legs.iter().enumerate() {
                let d = leg.distance_km;
                if !(d.is_finite() && d > 0.0 && d <= MAX_LEG_DISTANCE_KM) {
                    return Err(FootprintError::OutOfRange {
                        path: format!("{legs_path}[{i}].distanceKm"),
                        value: d,
                        allowed: "0 < distanceKm <= 40075",
                    });
                }
            }
        }
        Ok(())
    }
}

impl Place {
    fn validate(&self, path: &str) -> Result<(), FootprintError> {
        if geo::country(&self.country).is_none() {
            let upper = self.country.to_ascii_uppercase();
            let hint = if upper != self.country && geo::country(&upper).is_some() {
                format!("; country codes are upper case: \"{upper}\"")
            } else if upper == "UK" {
                "; the ISO 3166-1 code of the United Kingdom is \"GB\"".to_string()
            } else {
                "; expected the ISO 3166-1 alpha-2 code of a supported country \
                 (METHODOLOGY.md, section 8.5, lists them)"
                    .to_string()
            };
            return Err(FootprintError::UnknownCode {
                path: format!("{path}.country"),
                kind: "country",
                value: truncate(&self.country),
                hint,
            });
        }
        match (self.lat, self.lon) {
            (None, None) => Ok(()),
            (Some(lat), Some(lon)) => {
                check_range(&format!("{path}.lat"), lat, -90.0, 90.0, "-90 <= lat <= 90")?;
                check_range(
                    &format!("{path}.lon"),
                    lon,
                    -180.0,
                    180.0,
                    "-180 <= lon <= 180",
                )
            }
            _ => Err(FootprintError::IncompleteCoordinates {
                path: path.to_string(),
            }),
        }
    }
}

impl Item {
    fn validate(&self, path: &str) -> Result<(), FootprintError> {
        if let Some(q) = self.quantity {
            if !(q.is_finite() && q.fract() == 0.0 && (1.0..=MAX_QUANTITY).contains(&q)) {
                return Err(FootprintError::OutOfRange {
                    path: format!("{path}.quantity"),
                    value: q,
                    allowed: "a whole number, 1 <= quantity <= 1000",
                });
            }
        }
        if let Some(w) = self.weight_kg {
            check_weight(&format!("{path}.weightKg"), w)?;
        }
        Ok(())
    }
}

fn check_len(path: &str, len: usize, max: usize) -> Result<(), FootprintError> {
    if len == 0 {
        return Err(FootprintError::Empty {
            path: path.to_string(),
        });
    }
    if len > max {
        return Err(FootprintError::TooMany {
            path: path.to_string(),
            len,
            max,
            unit: "entries",
        });
    }
    Ok(())
}

fn check_weight(path: &str, w: f64) -> Result<(), FootprintError> {
    if w.is_finite() && w > 0.0 && w <= MAX_WEIGHT_KG {
        Ok(())
    } else {
        Err(FootprintError::OutOfRange {
            path: path.to_string(),
            value: w,
            allowed: "0 < weightKg <= 1000",
        })
    }
}

fn check_range(
    path: &str,
    v: f64,
    min: f64,
    max: f64,
    allowed: &'static str,
) -> Result<(), FootprintError> {
    if v.is_finite() && (min..=max).contains(&v) {
        Ok(())
    } else {
        Err(FootprintError::OutOfRange {
            path: path.to_string(),
            value: v,
            allowed,
        })
    }
}

/// Keeps an echoed value short, so a 1 MB string does not come back in a message.
pub(crate) fn truncate(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
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
    }

    #[test]
    fn hints_say_what_to_write_instead() {
        let e = parse_order(&shipment(r#","Weight":1"#)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "shipments[0].Weight: unknown field; expected one of: \
             id, from, to, service, items, packaging, legs"
        );
        let uk = shipment("").replace(r#""to":{"country":"DE"}"#, r#""to":{"country":"UK"}"#);
        let e = parse_order(&uk).unwrap_err();
        assert!(e
            .to_string()
            .ends_with(r#"the ISO 3166-1 code of the United Kingdom is "GB""#));
    }

    #[test]
    fn a_long_id_reports_its_real_length() {
        let e = parse_order(&shipment(&format!(r#","id":"{}""#, "é".repeat(5000)))).unwrap_err();
        assert_eq!(
            e.to_string(),
            "shipments[0].id: holds 5000 characters; at most 200 are accepted"
        );
    }

    #[test]
    fn a_long_string_is_not_echoed_whole() {
        let long = "x".repeat(1 << 20);
        let e = parse_order(&shipment(&format!(r#","service":"{long}""#))).unwrap_err();
        assert_eq!(e.code(), "unknown_code");
        assert!(e.to_string().len() < 500);
    }
}
