//! Emissions avoided by buying a refurbished device rather than a new one.
//!
//! Reported apart as `avoidedCo2eKg`, never subtracted from the delivery footprint
//! (METHODOLOGY.md, "Avoided emissions"). Only categories with a published figure in
//! METHODOLOGY.md §18 get a value; the others report 0, so that nothing unsupported is claimed.

use super::order::Category;

/// New smartphone 56 kg CO2e, refurbished 11 kg: 45 kg avoided per device (Back Market
/// table quoted by US PIRG; METHODOLOGY.md §18).
pub const SMARTPHONE_AVOIDED_KG: f64 = 56.0 - 11.0;

/// ADEME/Arcep 2022: a refurbished smartphone avoids 24.6 kg CO2e per year of use.
pub const ADEME_SMARTPHONE_KG_PER_YEAR: f64 = 24.6;
/// ADEME/Arcep 2022: a refurbished laptop avoids 27 kg CO2e per year of use.
pub const ADEME_LAPTOP_KG_PER_YEAR: f64 = 27.0;

/// Laptop: the smartphone per-device figure scaled by the ratio of ADEME/Arcep's
/// per-year figures for the two categories, 45 x 27 / 24.6 = 49.39 kg per device.
pub const LAPTOP_AVOIDED_KG: f64 =
    SMARTPHONE_AVOIDED_KG * ADEME_LAPTOP_KG_PER_YEAR / ADEME_SMARTPHONE_KG_PER_YEAR;

/// kg CO2e avoided per refurbished unit of `category` bought instead of a new one.
pub fn avoided_kg_per_unit(category: Category) -> f64 {
    match category {
        Category::Smartphone => SMARTPHONE_AVOIDED_KG,
        Category::Laptop => LAPTOP_AVOIDED_KG,
        // No published refurbished-against-new figure in METHODOLOGY.md §18: nothing claimed.
        Category::Tablet
        | Category::Desktop
        | Category::Monitor
        | Category::Console
        | Category::Smartwatch
        | Category::Headphones
        | Category::Camera
        | Category::SmallAppliance => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codes::Code;

    #[test]
    fn published_figures() {
        assert_eq!(avoided_kg_per_unit(Category::Smartphone), 45.0);
        assert!((avoided_kg_per_unit(Category::Laptop) - 49.390_243_9).abs() < 1e-6);
        for &c in Category::ALL {
            assert!(avoided_kg_per_unit(c) >= 0.0);
        }
    }
}
