//! Parcel sorting hubs: how many a parcel crosses, and what each emits for it
//! (METHODOLOGY.md §5).

use super::bounds::Bounds;
use super::factors::EU_GRID_G_PER_KWH;

/// A parcel sorting site, kg CO2e per tonne handled, central: the mean of the two parcel
/// sites of GLEC's mail and parcel example, 4.1 (where collections are processed) and
/// 4.6 (the main terminal), primary data (GLEC v3 Module 4 §1.5, pp.108-110).
pub const PARCEL_HUB_KG_PER_T: f64 = (4.1 + 4.6) / 2.0;
/// Low bound: GLEC's default for an ambient transshipment site, 0.6 kg CO2e per tonne
/// (GLEC v3 Table 3, p.87), which covers all freight rather than parcels.
pub const HUB_LOW_KG_PER_T: f64 = 0.6;
/// High bound per tonne: the example's busier site, 4.6 kg CO2e per tonne.
pub const HUB_HIGH_KG_PER_T: f64 = 4.6;
/// High bound per parcel: Swiss Post's Haerkingen parcel centre uses 5.1 GWh of
/// electricity a year for about 300,000-330,000 parcels a day (SRF and Solothurner
/// Zeitung, November 2022), about 60 Wh per parcel; at the EU grid's 250 g CO2e per kWh
/// that is 15 g. Sorting machines work per parcel, so a light parcel is not below this.
pub const HUB_KWH_PER_PARCEL: f64 = 0.060;

/// Hubs a parcel crosses on a domestic road chain: the origin and the destination
/// parcel centres (DHL's network in Germany: origin parcel centre, destination parcel
/// centre, then the delivery base, where the round starts).
pub const DOMESTIC_HUBS: u32 = 2;
/// ... on a cross-border road chain: one more, where the two countries' networks hand
/// the parcel over (an exchange hub). A model choice: no carrier publishes the count.
pub const CROSS_BORDER_HUBS: u32 = 3;
/// ... on an air chain: four, as in GLEC's international mail and parcel example
/// (logistics sites TCE 2, 4, 6 and 8: collections processed, main terminal, arrival,
/// local delivery hub).
pub const AIR_HUBS: u32 = 4;

/// `count` hub crossings of a parcel of `mass_t` tonnes, kg CO2e.
pub fn hubs_kg(count: u32, mass_t: f64) -> Bounds {
    let per_parcel_kg = HUB_KWH_PER_PARCEL * EU_GRID_G_PER_KWH / 1000.0;
    Bounds {
        low: HUB_LOW_KG_PER_T * mass_t,
        central: PARCEL_HUB_KG_PER_T * mass_t,
        high: (HUB_HIGH_KG_PER_T * mass_t).max(per_parcel_kg),
    }
    .times(f64::from(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_light_parcel_is_bounded_by_the_per_parcel_figure() {
        let b = hubs_kg(2, 0.0013);
        assert!((b.central - 2.0 * 4.35 * 0.0013).abs() < 1e-15);
        assert!((b.low - 2.0 * 0.6 * 0.0013).abs() < 1e-15);
        assert!((b.high - 2.0 * 0.015).abs() < 1e-15);
        let heavy = hubs_kg(1, 0.01);
        assert!((heavy.high - 0.046).abs() < 1e-15);
        assert_eq!(hubs_kg(0, 1.0), Bounds::ZERO);
    }
}
