//! The van rounds at both ends of a parcel's journey: the first mile (collection from
//! the seller) and the last mile (delivery to the shopper's door, a pickup point or a
//! locker). METHODOLOGY.md §10 explains each figure.
//!
//! Parcel rounds are allocated per stop, as GLEC recommends for parcel rounds (GLEC v3
//! p.48, p.108): a van stop's emissions go to what is handed over there. A stop where
//! many parcels change hands at once (a locker, a pickup point, a business sender's
//! collection) gives each parcel a share of a stop.

use super::bounds::Bounds;
use super::options::FactorSetId;
use super::order::Service;

/// Edwards, McKinnon & Cullinane (Heriot-Watt; "Carbon auditing the last mile", 2009,
/// and Transportation Research Record 2191, 2010): a typical van home-delivery round of
/// 120 drops over 50 miles (80 km) emits 181 g CO2 per drop.
pub const EDWARDS_CO2_KG_PER_DROP: f64 = 0.181;
/// ... drops on that round.
pub const EDWARDS_ROUND_DROPS: f64 = 120.0;
/// ... its length, km (50 miles).
pub const EDWARDS_ROUND_KM: f64 = 80.0;
/// GLEC v3 Table 7 (p.91), diesel van < 3.5 t: well-to-wheel 803 over tank-to-wheel 616 g
/// CO2e per tonne-km, the ratio that takes a van's tailpipe figure to well-to-wheel.
pub const GLEC_VAN_WTW_PER_TTW: f64 = 803.0 / 616.0;
/// DEFRA 2025, vans, average (up to 3.5 t), diesel, per km: TTW 0.25561
/// (27_303_3102_4_1) + WTT 0.06128 (28_906_3102_4_1) kg CO2e.
pub const DEFRA_VAN_KG_PER_KM: f64 = 0.25561 + 0.06128;

/// A van stop on a parcel round, kg CO2e well-to-wheel, central, per factor set:
/// - GLEC set: Edwards & McKinnon's 181 g CO2 per drop x 803/616 = 0.2360 kg;
/// - DEFRA set: DEFRA's diesel van per km over the same round, 0.31689 x 80 / 120 =
///   0.2113 kg.
pub fn stop_kg(set: FactorSetId) -> f64 {
    match set {
        FactorSetId::GlecV3 => EDWARDS_CO2_KG_PER_DROP * GLEC_VAN_WTW_PER_TTW,
        FactorSetId::Defra2025 => DEFRA_VAN_KG_PER_KM * EDWARDS_ROUND_KM / EDWARDS_ROUND_DROPS,
    }
}

/// Low bound of a stop: GLEC v3's untracked delivery round (pp.108-110), 7.3 L of diesel
/// for 275 items, 0.087 kg CO2e per item: a dense round where several items go to each
/// address (as on a postal walk).
pub const STOP_LOW_KG: f64 = 0.087;
/// High bound of a stop: InPost's published last mile of a parcel delivered to the door
/// by courier, 0.294 kg CO2 (dlahandlu.pl and forsal.pl, quoting InPost's calculator,
/// about 2020).
pub const STOP_HIGH_KG: f64 = 0.294;

/// Share of a stop for a parcel handed over with many others, central: InPost's last
/// mile to a locker, 0.075 kg, against 0.294 kg to the door (the same source as
/// [`STOP_HIGH_KG`]): 0.075 / 0.294 = 0.255.
pub const SHARED_STOP: f64 = 0.075 / 0.294;
/// Low bound: about 1,000 parcels a courier-day to lockers against about 75 door to
/// door (Green Last Mile Europe 2022, Last Mile Experts with InPost): 75 / 1,000.
pub const SHARED_STOP_LOW: f64 = 75.0 / 1000.0;
/// High bound: no saving at all, as for pickup points in rural areas once the round
/// detours to them (Niemeijer & Buijs, Renewable and Sustainable Energy Reviews, 2023).
pub const SHARED_STOP_HIGH: f64 = 1.0;

/// Share of home deliveries failing at the first attempt, each needing one more stop:
/// the mean of the UK's 4.9% and Germany's 7.2% (first-attempt success 95.1% and 92.8%,
/// Parcel Monitor, Q1 2024).
pub const FAILED_FIRST_ATTEMPTS: f64 = (0.049 + 0.072) / 2.0;
/// Low bound: 2.77% of UK deliveries carded, March 2018 to February 2019 (IMRG MetaPack
/// UK Delivery Index).
pub const FAILED_FIRST_ATTEMPTS_LOW: f64 = 0.0277;
/// High bound: 10% (Hermes Germany's 90% first-attempt rate, 2020, dpa).
pub const FAILED_FIRST_ATTEMPTS_HIGH: f64 = 0.10;

/// A stop on a van round: low, central (by factor set), high, kg CO2e.
fn stop(set: FactorSetId) -> Bounds {
    Bounds {
        low: STOP_LOW_KG,
        central: stop_kg(set),
        high: STOP_HIGH_KG,
    }
}

/// The shared-stop share: low, central, high.
const SHARE: Bounds = Bounds {
    low: SHARED_STOP_LOW,
    central: SHARED_STOP,
    high: SHARED_STOP_HIGH,
};

/// The first mile of one parcel, kg CO2e: the seller's parcels are collected at its
/// premises on a van round (or it drops them at a parcel shop that the same round
/// empties), several at a stop: a shared stop. The seller's own trip to a shop is not
/// the carrier's and is left out, as the shopper's trip to a pickup point is.
pub fn first_mile_kg(set: FactorSetId) -> Bounds {
    stop(set).times_each(SHARE)
}

/// The last mile of one parcel, kg CO2e: a stop of its own at the door, one more for a
/// failed first attempt (standard, express); a shared stop at a pickup point or locker,
/// which never fails (the shopper's trip to collect it is left out).
pub fn last_mile_kg(set: FactorSetId, service: Service) -> Bounds {
    match service {
        Service::Standard | Service::Express => stop(set).times_each(Bounds {
            low: 1.0 + FAILED_FIRST_ATTEMPTS_LOW,
            central: 1.0 + FAILED_FIRST_ATTEMPTS,
            high: 1.0 + FAILED_FIRST_ATTEMPTS_HIGH,
        }),
        Service::PickupPoint | Service::Locker => stop(set).times_each(SHARE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codes::Code;

    #[test]
    fn stops_follow_their_sources() {
        assert!((stop_kg(FactorSetId::GlecV3) - 0.181 * 803.0 / 616.0).abs() < 1e-15);
        assert!((stop_kg(FactorSetId::GlecV3) - 0.23595).abs() < 1e-5);
        assert!((stop_kg(FactorSetId::Defra2025) - 0.21126).abs() < 1e-5);
        assert!((SHARED_STOP - 0.2551).abs() < 1e-4);
        assert!((FAILED_FIRST_ATTEMPTS - 0.0605).abs() < 1e-12);
    }

    #[test]
    fn glec_mail_round_per_item_is_reproduced_from_the_litres() {
        // 7.3 L of B7 diesel for 275 items at GLEC's EU B7 WTW 3.27 kg CO2e per litre
        // (3.91 kg/kg x 0.836 kg/L, GLEC v3 p.81): 0.0868, printed as 0.087.
        let per_item: f64 = 7.3 / 275.0 * 3.91 * 0.836;
        assert_eq!((per_item * 1000.0).round() / 1000.0, STOP_LOW_KG);
    }

    #[test]
    fn bounds_are_ordered_for_every_service_and_set() {
        for &set in FactorSetId::ALL {
            let first = first_mile_kg(set);
            assert!(0.0 < first.low && first.low <= first.central && first.central <= first.high);
            for &service in Service::ALL {
                let b = last_mile_kg(set, service);
                assert!(
                    0.0 < b.low && b.low <= b.central && b.central <= b.high,
                    "{service:?}"
                );
            }
        }
        let home = last_mile_kg(FactorSetId::GlecV3, Service::Standard);
        assert!((home.central - 0.23595 * 1.0605).abs() < 1e-5);
    }
}
