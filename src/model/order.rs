//! The order as the storefront describes it, once read and validated.
//!
//! These types hold only valid values: every place's country is resolved to its record,
//! coordinates come in pairs within range, quantities are whole numbers 1..=1000, lists
//! are within their limits. They are built only by reading ([`super::read::read_order`]),
//! so code that takes an [`Order`] never checks again. Field names of the input follow
//! the JavaScript contract (camelCase); the codes of its enums are declared once here.

use std::sync::Arc;

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
/// Longest shipment id or carrier source text, in characters.
pub const MAX_ID_CHARS: usize = 200;
/// Largest carrier-declared figure for one parcel, kg CO2e: far above any parcel
/// network's average (0.2-0.8 kg), so a larger one is a units mistake.
pub const MAX_KG_PER_PARCEL: f64 = 100.0;
/// Largest carrier-declared intensity of a leg, g CO2e per tonne-km: above the most
/// intensive default (a short-haul freighter's 1,509, a small van's 1,082).
pub const MAX_INTENSITY_G_PER_TKM: f64 = 10_000.0;

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
    pub id: Option<Arc<str>>,
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
    /// The carrier's own figure for this parcel, which replaces the defaults for the
    /// stages it covers (primary data, as ISO 14083 prefers).
    pub carrier: Option<CarrierFigure>,
}

/// A carrier-declared emission figure per parcel, well-to-wheel.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CarrierFigure {
    /// kg CO2e for one parcel, 0 < x <= [`MAX_KG_PER_PARCEL`].
    pub kg_per_parcel: f64,
    /// The stages it covers; at least one.
    pub covers: Stages,
    /// Where the figure comes from (a report and page), 1..=200 characters.
    pub source: Arc<str>,
}

/// A set of the transport stages of a shipment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stages(u8);

impl Stages {
    /// Whether `stage` is in the set.
    pub fn contains(self, stage: Stage) -> bool {
        self.0 & (1 << stage as u8) != 0
    }

    /// The set with `stage` added.
    pub fn with(self, stage: Stage) -> Stages {
        Stages(self.0 | (1 << stage as u8))
    }

    /// How many stages the set holds.
    pub fn len(self) -> u32 {
        self.0.count_ones()
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
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
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Leg {
    pub mode: Mode,
    /// The real distance travelled, in km, 0 < d <= 40,075; used as given.
    pub distance_km: f64,
    /// The carrier's own intensity for this leg, which replaces the mode's default.
    pub carrier: Option<LegCarrier>,
}

/// A carrier-declared intensity of one leg, well-to-wheel.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LegCarrier {
    /// g CO2e per tonne-km, 0 < x <= [`MAX_INTENSITY_G_PER_TKM`].
    pub intensity_g_per_tkm: f64,
    /// Where the figure comes from, 1..=200 characters.
    pub source: Arc<str>,
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
        /// Rail, traction unknown.
        Rail = "rail",
        RailElectric = "rail_electric",
        RailDiesel = "rail_diesel",
        /// Air, aircraft unknown (belly or freighter).
        Air = "air",
        AirFreighter = "air_freighter",
        AirBelly = "air_belly",
        Sea = "sea",
    }
}

impl Mode {
    /// Whether the mode flies (its intensity then depends on the distance: short or long
    /// haul).
    pub fn is_air(self) -> bool {
        matches!(self, Mode::Air | Mode::AirFreighter | Mode::AirBelly)
    }
}

codes! {
    /// The transport stages of a shipment that a carrier's figure can cover (packaging is
    /// not transport).
    pub enum Stage ("stage", "Stage") {
        FirstMile = "first_mile",
        LineHaul = "line_haul",
        Hubs = "hubs",
        LastMile = "last_mile",
    }
}
