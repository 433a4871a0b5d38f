//! Transport chains: distance adjustment, the default line haul of each service,
//! the distance between two places, and the last mile.
//!
//! METHODOLOGY.md ("Distance", "Default chains", "Last mile") gives the reasoning and
//! the sources of every figure here.

use super::geo::haversine_km;
use super::order::{Mode, Place, Service};

/// Road distance = great-circle distance x 1.05 (GLEC v3 worked examples; METHODOLOGY.md §18).
pub const ROAD_DISTANCE_FACTOR: f64 = 1.05;
/// Air distance = great-circle distance + 95 km (GLEC v3 p.38 and p.115).
pub const AIR_DISTANCE_UPLIFT_KM: f64 = 95.0;
/// Sea distance = great-circle distance x 1.15 (Clean Cargo; GLEC v3 p.51).
pub const SEA_DISTANCE_FACTOR: f64 = 1.15;

/// Express parcels go by air from this great-circle distance on, km: a driver may
/// drive 9 h a day (EU Regulation (EC) No 561/2006, art. 6), about 800 km at
/// motorway truck speeds, so next-day road express reaches about that far.
pub const EXPRESS_AIR_FROM_KM: f64 = 800.0;

/// Distance actually travelled for a great-circle distance `gcd_km`, km (GLEC's
/// distance adjustment factors). Rail has no standard factor (GLEC: use the actual
/// route) and is left unadjusted; no default chain uses rail or sea.
pub fn adjusted_km(mode: Mode, gcd_km: f64) -> f64 {
    match mode {
        Mode::Van | Mode::ElectricVan | Mode::CargoBike | Mode::TruckRigid | Mode::TruckHgv => {
            gcd_km * ROAD_DISTANCE_FACTOR
        }
        Mode::Air => gcd_km + AIR_DISTANCE_UPLIFT_KM,
        Mode::Sea => gcd_km * SEA_DISTANCE_FACTOR,
        Mode::Rail => gcd_km,
    }
}

/// The line-haul mode of a service's default chain.
///
/// - Countries not linked by road: air, whatever the service.
/// - Express: air from [`EXPRESS_AIR_FROM_KM`], below it a rigid truck (time-definite
///   departures leave no time to fill an articulated truck).
/// - Standard, pickup point and locker: articulated truck (HGV), as parcel networks
///   trunk between hubs.
pub fn default_mode(service: Service, road_linked: bool, gcd_km: f64) -> Mode {
    match (road_linked, service) {
        (false, _) => Mode::Air,
        (true, Service::Express) if gcd_km >= EXPRESS_AIR_FROM_KM => Mode::Air,
        (true, Service::Express) => Mode::TruckRigid,
        (true, Service::Standard | Service::PickupPoint | Service::Locker) => Mode::TruckHgv,
    }
}

/// A quantity with its low and high bounds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl Bounds {
    /// Nothing yet.
    pub const ZERO: Bounds = Bounds {
        low: 0.0,
        central: 0.0,
        high: 0.0,
    };

    /// Adds a part with its bounds.
    pub fn add(&mut self, low: f64, central: f64, high: f64) {
        self.low += low;
        self.central += central;
        self.high += high;
    }
}

/// Great-circle distance between two places, km, with its uncertainty.
///
/// A place without coordinates stands at its country's reference point, with a
/// spread `r` = [`super::geo::Country::radius_km`]. With `d` the great-circle distance
/// between the two points used and `R² = r_from² + r_to²` (only the ends without
/// coordinates count), the central distance is the root mean square distance
/// `sqrt(d² + R²)`; the bounds are `max(d - r_from - r_to, 0)` and
/// `d + r_from + r_to`. Two reference points in one country are thus about
/// `sqrt(2) r` apart, never 0.
pub fn place_distance(from: &Place, to: &Place) -> Bounds {
    let point = |p: &Place| match p.point {
        Some(point) => (point.lat, point.lon, 0.0),
        None => (p.country.lat, p.country.lon, p.country.radius_km()),
    };
    let (lat1, lon1, r1) = point(from);
    let (lat2, lon2, r2) = point(to);
    let d = haversine_km(lat1, lon1, lat2, lon2);
    Bounds {
        low: (d - r1 - r2).max(0.0),
        central: (d * d + r1 * r1 + r2 * r2).sqrt(),
        high: d + r1 + r2,
    }
}

// ---- Last mile ----------------------------------------------------------------------

/// GLEC v3 worked example (pp.108-110): an untracked parcel round used 7.3 L of diesel.
pub const GLEC_ROUND_DIESEL_L: f64 = 7.3;
/// ... for 275 items delivered.
pub const GLEC_ROUND_ITEMS: f64 = 275.0;
/// Diesel tank-to-wheel, kg CO2e per litre: the value behind GLEC's per-item TTW
/// figure (7.3 x 2.45 / 275 = 0.0650); EU road diesel with biofuel blend.
pub const DIESEL_TTW_KG_PER_L: f64 = 2.45;
/// Diesel well-to-tank, kg CO2e per litre: the value behind GLEC's per-item WTT
/// figure (7.3 x 0.83 / 275 = 0.0220).
pub const DIESEL_WTT_KG_PER_L: f64 = 0.83;
/// Last mile per parcel, kg CO2e WTW: GLEC v3 pp.108-110, WTT 0.022 + TTW 0.065,
/// the per-item allocation GLEC recommends for untracked rounds (pp.48, 108).
pub const LAST_MILE_KG_PER_PARCEL: f64 = 0.087;
/// High bound per drop, kg CO2e: 181 g CO2 per drop for a van making 120 drops on a
/// 50-mile round (Edwards & McKinnon, Heriot-Watt, 2009).
pub const LAST_MILE_HIGH_KG_PER_PARCEL: f64 = 0.181;

/// Share of home deliveries failing at the first attempt, each needing one more
/// round: 8%, the low end of industry estimates (8-20%; METHODOLOGY.md §18).
pub const FAILED_FIRST_ATTEMPTS: f64 = 0.08;
/// Low bound: 5%, the UK figure (METHODOLOGY.md §18).
pub const FAILED_FIRST_ATTEMPTS_LOW: f64 = 0.05;
/// High bound: 20%, the top of industry estimates (METHODOLOGY.md §18).
pub const FAILED_FIRST_ATTEMPTS_HIGH: f64 = 0.20;

/// Share of a home drop's round emissions allocated to a parcel left at a pickup point
/// or locker: several parcels per stop on a shorter round. Model choice of 1/2, with
/// bounds 1/4 and 1 (no saving, as in rural areas: Niemeijer & Buijs, RSER 2023).
/// Such a parcel never fails delivery. The customer's trip to collect it is excluded.
pub const POINT_SHARE: f64 = 0.5;
/// Low bound of [`POINT_SHARE`].
pub const POINT_SHARE_LOW: f64 = 0.25;
/// High bound of [`POINT_SHARE`].
pub const POINT_SHARE_HIGH: f64 = 1.0;

/// The last-mile emissions of one parcel, kg CO2e:
/// `per_parcel x share x (1 + failed first attempts)`.
pub fn last_mile_kg(service: Service) -> Bounds {
    let (share, fail) = match service {
        Service::Standard | Service::Express => (
            (1.0, 1.0, 1.0),
            (
                FAILED_FIRST_ATTEMPTS_LOW,
                FAILED_FIRST_ATTEMPTS,
                FAILED_FIRST_ATTEMPTS_HIGH,
            ),
        ),
        Service::PickupPoint | Service::Locker => (
            (POINT_SHARE_LOW, POINT_SHARE, POINT_SHARE_HIGH),
            (0.0, 0.0, 0.0),
        ),
    };
    Bounds {
        low: LAST_MILE_KG_PER_PARCEL * share.0 * (1.0 + fail.0),
        central: LAST_MILE_KG_PER_PARCEL * share.1 * (1.0 + fail.1),
        high: LAST_MILE_HIGH_KG_PER_PARCEL * share.2 * (1.0 + fail.2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::geo::country;

    #[test]
    fn glec_last_mile_per_item_is_reproduced_from_the_litres() {
        let litres_per_item = GLEC_ROUND_DIESEL_L / GLEC_ROUND_ITEMS;
        let ttw = litres_per_item * DIESEL_TTW_KG_PER_L;
        let wtt = litres_per_item * DIESEL_WTT_KG_PER_L;
        // GLEC prints each figure to three decimals.
        let round3 = |x: f64| (x * 1000.0).round() / 1000.0;
        assert_eq!(round3(ttw), 0.065);
        assert_eq!(round3(wtt), 0.022);
        assert_eq!(round3(ttw + wtt), LAST_MILE_KG_PER_PARCEL);
        assert!((ttw + wtt - LAST_MILE_KG_PER_PARCEL).abs() < 0.0005);
    }

    #[test]
    fn adjustments() {
        assert!((adjusted_km(Mode::TruckHgv, 100.0) - 105.0).abs() < 1e-12);
        assert_eq!(adjusted_km(Mode::Air, 100.0), 195.0);
        assert!((adjusted_km(Mode::Sea, 100.0) - 115.0).abs() < 1e-12);
        assert_eq!(adjusted_km(Mode::Rail, 100.0), 100.0);
    }

    #[test]
    fn modes() {
        assert_eq!(
            default_mode(Service::Standard, true, 5000.0),
            Mode::TruckHgv
        );
        assert_eq!(default_mode(Service::Locker, false, 50.0), Mode::Air);
        assert_eq!(
            default_mode(Service::Express, true, 799.9),
            Mode::TruckRigid
        );
        assert_eq!(default_mode(Service::Express, true, 800.0), Mode::Air);
    }

    #[test]
    fn last_mile_bounds_are_ordered() {
        for s in [
            Service::Standard,
            Service::Express,
            Service::PickupPoint,
            Service::Locker,
        ] {
            let b = last_mile_kg(s);
            assert!(0.0 < b.low && b.low <= b.central && b.central <= b.high);
        }
        let home = last_mile_kg(Service::Standard);
        assert!((home.central - 0.09396).abs() < 1e-12);
        assert!((last_mile_kg(Service::Locker).central - 0.0435).abs() < 1e-12);
    }

    #[test]
    fn same_country_reference_points_are_never_zero_apart() {
        let fr = country("FR").unwrap();
        let order = crate::model::read::parse_order(
            r#"{"shipments":[{"from":{"country":"FR"},"to":{"country":"FR"},"items":[{"category":"laptop"}]}]}"#,
        )
        .unwrap();
        let p = order.shipments[0].from;
        let b = place_distance(&p, &p);
        assert_eq!(b.low, 0.0);
        assert!((b.central - fr.radius_km() * 2f64.sqrt()).abs() < 1e-9);
        assert!(b.high >= b.central);
    }
}
