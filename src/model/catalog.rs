//! The device catalog: typical shipping mass and default outer packaging per category.
//!
//! Shipping mass of one unit (device in its retail or refurbisher's box) =
//! 1.10 x the bare device's published mass: the forwarders' rule of thumb that gross
//! shipping weight is about 1.10 x net for boxed goods (METHODOLOGY.md §18).
//! Each category names one representative product; its manufacturer's published
//! weight is the source.
//!
//! Default outer packaging: a single-wall corrugated regular slotted box (FEFCO 0201)
//! sized for the category, mass = blank area x 0.55 kg/m². The blank of a FEFCO 0201
//! box of L x W x H is (2L + 2W + 0.03 m glue flap) x (H + W); 0.55 kg/m² is a typical
//! single-wall C-flute board grammage (500-600 g/m²), a model assumption stated in
//! METHODOLOGY.md ("Packaging"), where each box's dimensions and area are listed.

use super::order::{Category, Material};

/// Gross shipping weight / net weight for boxed goods (METHODOLOGY.md §18).
pub const GROSS_TO_NET: f64 = 1.10;

/// What the catalog knows about a category.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    /// Its bare device mass, kg (manufacturer's specification).
    pub device_kg: f64,
    /// Default outer packaging material.
    pub packaging_material: Material,
    /// Default outer packaging mass, kg.
    pub packaging_kg: f64,
}

impl Entry {
    /// Typical shipping mass of one unit in its own box, kg.
    pub fn shipping_kg(&self) -> f64 {
        self.device_kg * GROSS_TO_NET
    }
}

/// Box S, 250 x 180 x 100 mm: blank 0.89 x 0.28 = 0.2492 m² x 0.55 = 0.137 kg.
const BOX_S_KG: f64 = 0.14;
/// Box M, 350 x 250 x 150 mm: blank 1.23 x 0.40 = 0.492 m² x 0.55 = 0.271 kg.
const BOX_M_KG: f64 = 0.27;
/// Box L, 450 x 350 x 120 mm: blank 1.63 x 0.47 = 0.7661 m² x 0.55 = 0.421 kg.
const BOX_L_KG: f64 = 0.42;
/// Box XL, 550 x 450 x 250 mm: blank 2.03 x 0.70 = 1.421 m² x 0.55 = 0.782 kg.
const BOX_XL_KG: f64 = 0.78;
/// Box XXL, 750 x 550 x 300 mm: blank 2.63 x 0.85 = 2.2355 m² x 0.55 = 1.230 kg.
const BOX_XXL_KG: f64 = 1.23;

/// The entry of a category's representative product (named in the comment above each
/// line; the name itself is not in the table, as nothing reads it).
const fn e(device_kg: f64, packaging_kg: f64) -> Entry {
    Entry {
        device_kg,
        packaging_material: Material::Cardboard,
        packaging_kg,
    }
}

/// The catalog entry of a category.
pub fn entry(category: Category) -> Entry {
    match category {
        // Apple iPhone 15: 171 g (Apple tech specs; METHODOLOGY.md §18).
        Category::Smartphone => e(0.171, BOX_S_KG),
        // Apple iPad 10.9-inch: 477 g (Apple tech specs; METHODOLOGY.md §18).
        Category::Tablet => e(0.477, BOX_M_KG),
        // Apple MacBook Air 13-inch (M2/M3): 1.24 kg (Apple tech specs; METHODOLOGY.md §18).
        Category::Laptop => e(1.24, BOX_L_KG),
        // Apple iMac 24-inch (M1, 2021, four ports): 4.48 kg (Apple tech specs).
        Category::Desktop => e(4.48, BOX_XXL_KG),
        // Apple Studio Display with tilt-adjustable stand: 6.3 kg (Apple tech specs).
        Category::Monitor => e(6.3, BOX_XXL_KG),
        // Sony PlayStation 5 (CFI-2000, with disc drive): approx. 3.2 kg (Sony specs).
        Category::Console => e(3.2, BOX_XL_KG),
        // Apple Watch Series 9, 45 mm aluminium case: 38.7 g (Apple tech specs).
        Category::Smartwatch => e(0.0387, BOX_S_KG),
        // Sony WH-1000XM5: approx. 250 g (Sony specs).
        Category::Headphones => e(0.25, BOX_M_KG),
        // Sony Alpha 7 IV body with battery and card: approx. 658 g (Sony specs).
        Category::Camera => e(0.658, BOX_M_KG),
        // Dyson V15 Detect cordless vacuum: 3.1 kg (Dyson specs).
        Category::SmallAppliance => e(3.1, BOX_XL_KG),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codes::Code;

    #[test]
    fn every_category_has_a_positive_entry() {
        for &c in Category::ALL {
            let e = entry(c);
            assert!(e.device_kg > 0.0 && e.packaging_kg > 0.0);
            assert!((e.shipping_kg() - 1.1 * e.device_kg).abs() < 1e-12);
        }
    }

    #[test]
    fn box_masses_follow_the_blank_formula() {
        let blank = |l: f64, w: f64, h: f64| (2.0 * l + 2.0 * w + 0.03) * (h + w) * 0.55;
        for (kg, (l, w, h)) in [
            (BOX_S_KG, (0.25, 0.18, 0.10)),
            (BOX_M_KG, (0.35, 0.25, 0.15)),
            (BOX_L_KG, (0.45, 0.35, 0.12)),
            (BOX_XL_KG, (0.55, 0.45, 0.25)),
            (BOX_XXL_KG, (0.75, 0.55, 0.30)),
        ] {
            assert!((blank(l, w, h) - kg).abs() < 0.005, "{kg}");
        }
    }
}
