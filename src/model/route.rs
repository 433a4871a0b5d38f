//! Transport chains: the distance between two places, and the default chain of each
//! service, as legs with their distances before the parcel's mass is known.
//!
//! METHODOLOGY.md ("Distance", "Default chains") gives the reasoning and the sources of
//! every figure here.

use super::bounds::Bounds;
use super::codes::Code;
use super::factors::AIR_SHORT_HAUL_MAX_KM;
use super::footprint::Chain;
use super::geo::haversine_km;
use super::hubs::{AIR_HUBS, CROSS_BORDER_HUBS, DOMESTIC_HUBS};
use super::order::{Leg, Mode, Place, Service, Shipment};

/// Air distance = great-circle distance + 95 km (GLEC v3 p.38 and p.115).
pub const AIR_DISTANCE_UPLIFT_KM: f64 = 95.0;
/// Express parcels go by air from this great-circle distance on, km: a driver may
/// drive 9 h a day (EU Regulation (EC) No 561/2006, art. 6), about 800 km at
/// motorway truck speeds, so next-day road express reaches about that far.
pub const EXPRESS_AIR_FROM_KM: f64 = 800.0;
/// The road feeder between a parcel hub and the airport, each side of a flight, km: the
/// 120 km road feeder to the main terminal of GLEC's mail and parcel example (GLEC v3
/// p.110, TCE 3), driven by a heavy truck (its 0.11 kg CO2e/tkm is about GLEC's HGV 115 g).
pub const AIR_FEEDER_KM: f64 = 120.0;

/// `mode` alone, as a spread.
fn only(mode: Mode) -> &'static [Mode] {
    let i = mode.index();
    Mode::ALL.get(i..=i).unwrap_or(&[])
}

/// Every aircraft a parcel may fly in: a default air leg's spread covers them all.
const ANY_AIRCRAFT: [Mode; 3] = [Mode::Air, Mode::AirFreighter, Mode::AirBelly];

/// A leg of a chain, before the parcel's mass.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlannedLeg {
    pub mode: Mode,
    /// The great-circle distance it stands for, km (a default line-haul leg only).
    pub gcd_km: Option<f64>,
    /// Distance travelled: low, central, high, km.
    pub distance: Bounds,
    /// The modes whose intensities bound its emissions (itself, or every aircraft).
    pub spread: &'static [Mode],
}

/// A shipment's transport chain.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan<'a> {
    pub chain: Chain,
    legs: Legs<'a>,
    /// Parcel sorting hubs crossed.
    pub hubs: u32,
}

/// The legs of a plan, without allocating: a default chain has at most three.
#[derive(Debug, Clone, PartialEq)]
enum Legs<'a> {
    Default([PlannedLeg; 3], usize),
    Given(&'a [Leg]),
}

impl Plan<'_> {
    /// The legs, in order.
    pub fn legs(&self) -> impl Iterator<Item = PlannedLeg> + '_ {
        let (default, given): (&[PlannedLeg], &[Leg]) = match &self.legs {
            Legs::Default(legs, n) => (legs.get(..*n).unwrap_or(&[]), &[]),
            Legs::Given(legs) => (&[], legs),
        };
        default.iter().copied().chain(given.iter().map(given_leg))
    }

    /// How many legs.
    pub fn len(&self) -> usize {
        match &self.legs {
            Legs::Default(_, n) => *n,
            Legs::Given(legs) => legs.len(),
        }
    }

    /// Whether the plan has no leg (never: a chain has at least one).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The chain of `s` sent with `service`: its explicit legs (one hub after collection and
/// after each leg), or the service's default chain between the two places.
pub fn plan(s: &Shipment, service: Service) -> Plan<'_> {
    match &s.legs {
        Some(legs) => Plan {
            chain: Chain::Given,
            legs: Legs::Given(legs),
            hubs: legs.len() as u32 + 1,
        },
        None => default_chain(s, service),
    }
}

fn given_leg(leg: &Leg) -> PlannedLeg {
    PlannedLeg {
        mode: leg.mode,
        gcd_km: None,
        distance: Bounds::exact(leg.distance_km),
        spread: only(leg.mode),
    }
}

/// The default chain of a shipment that gives no legs:
///
/// - countries not linked by road, and express from [`EXPRESS_AIR_FROM_KM`]: by air,
///   with a road feeder of [`AIR_FEEDER_KM`] each side, through four hubs; long haul on
///   freighters, as express networks fly it, short haul on GLEC's mix of bellies and
///   freighters ("unknown aircraft");
/// - express below it: by rigid truck (time-definite departures leave no time to fill
///   an articulated truck);
/// - standard, pickup point and locker: by articulated truck (HGV), as parcel networks
///   trunk between hubs; two hubs within a country, three across a border.
///
/// Road distance is the great-circle distance times the region's circuity.
pub fn default_chain(s: &Shipment, service: Service) -> Plan<'static> {
    let gcd = place_distance(&s.from, &s.to);
    let road_linked = s.from.country.road_linked(s.to.country);
    let chain = match (road_linked, service) {
        (false, _) => Chain::Air,
        (true, Service::Express) if gcd.central >= EXPRESS_AIR_FROM_KM => Chain::Air,
        (true, Service::Express) => Chain::RoadExpress,
        (true, _) => Chain::Road,
    };
    if chain == Chain::Air {
        let feeder = PlannedLeg {
            mode: Mode::TruckHgv,
            gcd_km: None,
            distance: Bounds::exact(AIR_FEEDER_KM),
            spread: only(Mode::TruckHgv),
        };
        let distance = Bounds {
            low: gcd.low + AIR_DISTANCE_UPLIFT_KM,
            central: gcd.central + AIR_DISTANCE_UPLIFT_KM,
            high: gcd.high + AIR_DISTANCE_UPLIFT_KM,
        };
        let mode = if distance.central >= AIR_SHORT_HAUL_MAX_KM {
            Mode::AirFreighter
        } else {
            Mode::Air
        };
        let flight = PlannedLeg {
            mode,
            gcd_km: Some(gcd.central),
            distance,
            spread: &ANY_AIRCRAFT,
        };
        return Plan {
            chain,
            legs: Legs::Default([feeder, flight, feeder], 3),
            hubs: AIR_HUBS,
        };
    }
    let mode = if chain == Chain::RoadExpress {
        Mode::TruckRigid
    } else {
        Mode::TruckHgv
    };
    let leg = PlannedLeg {
        mode,
        gcd_km: Some(gcd.central),
        distance: gcd.times_each(s.from.country.circuity()),
        spread: only(mode),
    };
    Plan {
        chain,
        legs: Legs::Default([leg; 3], 1),
        hubs: if s.from.country.code == s.to.country.code {
            DOMESTIC_HUBS
        } else {
            CROSS_BORDER_HUBS
        },
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
        None => (p.country.lat(), p.country.lon(), p.country.radius_km()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::read::parse_order;

    fn shipment(from: &str, to: &str, service: &str) -> Shipment {
        let json = format!(
            r#"{{"shipments":[{{"from":{from},"to":{to},"service":"{service}","items":[{{"category":"laptop"}}]}}]}}"#
        );
        parse_order(&json).unwrap().shipments.remove(0)
    }

    #[test]
    fn chains_follow_the_service_and_the_road_link() {
        let fr = r#"{"country":"FR"}"#;
        let de = r#"{"country":"DE"}"#;
        let us = r#"{"country":"US"}"#;
        let s = shipment(fr, fr, "standard");
        let domestic = plan(&s, s.service);
        assert_eq!((domestic.chain, domestic.hubs), (Chain::Road, 2));
        assert_eq!(domestic.legs().next().unwrap().mode, Mode::TruckHgv);
        let s = shipment(fr, de, "locker");
        let abroad = plan(&s, s.service);
        assert_eq!((abroad.chain, abroad.hubs), (Chain::Road, 3));
        let s = shipment(fr, de, "express");
        assert_eq!(
            plan(&s, s.service).chain,
            Chain::Air,
            "Paris to Berlin is over 800 km"
        );
        let s = shipment(fr, us, "standard");
        let air = plan(&s, s.service);
        assert_eq!((air.chain, air.hubs, air.len()), (Chain::Air, 4, 3));
        let legs: Vec<_> = air.legs().collect();
        assert_eq!(legs[1].mode, Mode::AirFreighter);
        assert_eq!(legs[0].distance, Bounds::exact(120.0));
        let s = shipment(
            r#"{"country":"FR","lat":48.86,"lon":2.35}"#,
            r#"{"country":"FR","lat":45.76,"lon":4.84}"#,
            "express",
        );
        let short = plan(&s, s.service);
        assert_eq!((short.chain, short.len()), (Chain::RoadExpress, 1));
        assert_eq!(short.legs().next().unwrap().mode, Mode::TruckRigid);
        let s = shipment(r#"{"country":"IT"}"#, r#"{"country":"MT"}"#, "standard");
        let island = plan(&s, s.service);
        let flight = island.legs().nth(1).unwrap();
        assert_eq!((island.chain, flight.mode), (Chain::Air, Mode::Air));
    }

    #[test]
    fn road_distance_is_great_circle_times_circuity() {
        let s = shipment(
            r#"{"country":"DE","lat":52.52,"lon":13.405}"#,
            r#"{"country":"FR","lat":48.8566,"lon":2.3522}"#,
            "standard",
        );
        let leg = plan(&s, s.service).legs().next().unwrap();
        let gcd = leg.gcd_km.unwrap();
        assert!((gcd - 877.46).abs() < 0.1, "{gcd}");
        assert!((leg.distance.central - 1.3 * gcd).abs() < 1e-9);
        assert!((leg.distance.low - 1.2 * gcd).abs() < 1e-9);
        assert!((leg.distance.high - 1.4 * gcd).abs() < 1e-9);
    }

    #[test]
    fn same_country_reference_points_are_never_zero_apart() {
        let s = shipment(r#"{"country":"FR"}"#, r#"{"country":"FR"}"#, "standard");
        let b = place_distance(&s.from, &s.to);
        assert_eq!(b.low, 0.0);
        assert!((b.central - s.from.country.radius_km() * 2f64.sqrt()).abs() < 1e-9);
        assert!(b.high >= b.central);
    }

    #[test]
    fn given_legs_keep_their_mode_and_distance() {
        let json = r#"{"shipments":[{"from":{"country":"FR"},"to":{"country":"FR"},
            "items":[{"category":"laptop"}],
            "legs":[{"mode":"rail_electric","distanceKm":400},{"mode":"van","distanceKm":20}]}]}"#;
        let order = parse_order(json).unwrap();
        let p = plan(&order.shipments[0], Service::Standard);
        assert_eq!((p.chain, p.hubs), (Chain::Given, 3));
        let legs: Vec<_> = p.legs().collect();
        assert_eq!(legs[0].spread, [Mode::RailElectric]);
        assert_eq!(legs[1].distance, Bounds::exact(20.0));
        assert_eq!(Chain::Given.code(), "given");
    }
}
