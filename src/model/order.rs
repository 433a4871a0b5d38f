//! The order as the storefront describes it, once read and validated.
//!
//! These types hold only valid values: every place's country is resolved to its record,
//! coordinates come in pairs within range, quantities are whole numbers 1..=1000, lists
//! are within their limits. They are built only by reading ([`super::read::read_order`]),
//! so code that takes an [`Order`] never checks again. Field names of the input follow
//! the JavaScript contract (camelCase); the codes of its enums are declared once here.

use super::codes::codes;
use super::geo::Country;

/// Most shipments (parcels) one order may hold.
pub const MAX_SHIPMENTS: usize = 100;
/// Most item lines one shipment may hold.
pub const MAX_ITEMS_PER_SHIPMENT: usize = 1000;
/// Most explicit legs one shipment may give.
pub const MAX_LEGS_PER_SHIPMENT: usize = 20;
/// Largest quantity of one item line.
pub const MAX_QUANTITY: u32 = 1000;
/// Heaviest item or packaging, in kg (a large appliance on a pallet stays below).
pub const MAX_WEIGHT_KG: f64 = 1000.0;
/// Longest explicit leg, in km: once round the Earth at the equator (40,075 km).
pub const MAX_LEG_DISTANCE_KM: f64 = 40_075.0;
/// Longest shipment id, in characters.
pub const MAX_ID_CHARS: usize = 200;

/// A validated order: one shipment (parcel) per seller, 1..=[`MAX_SHIPMENTS`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Order {
    pub shipments: Vec<Shipment>,
}

/// One parcel, sent by one seller from one place to the shopper.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Shipment {
    /// The storefront's own reference (a seller id, say), echoed in the result.
    pub id: Option<Box<str>>,
    pub from: Place,
    pub to: Place,
    /// The delivery service the shopper chose; `standard` when absent.
    pub service: Service,
    /// 1..=[`MAX_ITEMS_PER_SHIPMENT`] lines.
    pub items: Vec<Item>,
    /// The outer packaging; the category's default when absent.
    pub packaging: Option<Packaging>,
    /// An explicit line haul, 1..=[`MAX_LEGS_PER_SHIPMENT`] legs in order; the
    /// service's default chain when absent.
    pub legs: Option<Vec<Leg>>,
}

/// A place: a supported country, and a point in it when the caller gave one.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Place {
    pub country: &'static Country,
    pub point: Option<Point>,
}

/// A point in degrees: latitude -90..=90, longitude -180..=180.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

/// One line of the parcel: a device category, how many, optionally the weight of one.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Item {
    pub category: Category,
    /// How many: 1..=[`MAX_QUANTITY`]; 1 when the caller gave none.
    pub quantity: u32,
    /// Shipping weight of one unit in kg (device and its own box), 0 < w <= 1000; the
    /// catalog's when absent.
    pub weight_kg: Option<f64>,
    /// Refurbished unless the caller says new; only refurbished units count in
    /// `avoidedCo2eKg`.
    pub condition: Condition,
}

/// The parcel's outer packaging.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Packaging {
    pub material: Material,
    /// Mass of the packaging in kg, 0 < weightKg <= 1000.
    pub weight_kg: f64,
}

/// One explicit transport leg of the line haul.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Leg {
    pub mode: Mode,
    /// The real distance travelled, in km, 0 < d <= 40,075; used as given.
    pub distance_km: f64,
}

codes! {
    /// The delivery service, which decides the default transport chain and last mile.
    #[derive(Default)]
    pub enum Service ("service", "Service") {
        #[default]
        Standard = "standard",
        Express = "express",
        PickupPoint = "pickup_point",
        Locker = "locker",
    }
}

codes! {
    /// Whether a device is refurbished or new.
    #[derive(Default)]
    pub enum Condition ("condition", "Condition") {
        #[default]
        Refurbished = "refurbished",
        New = "new",
    }
}

codes! {
    /// Device categories the storefront sells.
    pub enum Category ("category", "Category") {
        Smartphone = "smartphone",
        Tablet = "tablet",
        Laptop = "laptop",
        Desktop = "desktop",
        Monitor = "monitor",
        Console = "console",
        Smartwatch = "smartwatch",
        Headphones = "headphones",
        Camera = "camera",
        SmallAppliance = "small_appliance",
    }
}

codes! {
    /// Packaging materials with a published emission factor.
    pub enum Material ("material", "Material") {
        Cardboard = "cardboard",
        PlasticFilm = "plastic_film",
    }
}

codes! {
    /// Transport modes of the factor sets.
    pub enum Mode ("mode", "Mode") {
        Van = "van",
        ElectricVan = "electric_van",
        CargoBike = "cargo_bike",
        TruckRigid = "truck_rigid",
        TruckHgv = "truck_hgv",
        Rail = "rail",
        Air = "air",
        Sea = "sea",
    }
}
