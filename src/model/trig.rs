//! Sine and cosine for the wasm build, for arguments within ±5π/4.
//!
//! `f64::sin` and `f64::cos` on wasm32 are the `libm` port of FreeBSD's msun, whose
//! argument reduction carries a multi-precision path for huge arguments (|x| ≥ 2^20·π/2)
//! and its tables: about 2.2 KB of the gzipped module. The great-circle distance only
//! ever takes the sine and cosine of half-angles and latitudes, within ±π. This is the
//! same algorithm with only the branches that such arguments take, so on wasm32 the
//! results are bit for bit those of `f64::sin` and `f64::cos` there (the tests below
//! compare it with the `libm` crate); native builds keep the platform's own functions.
//! Constants: msun `k_sin.c`, `k_cos.c` and `e_rem_pio2.c` (Sun Microsystems, 1993).

// msun's constants keep msun's own digits, more than an f64 holds.
#![allow(clippy::excessive_precision)]

// Polynomial coefficients, msun k_sin.c.
const S1: f64 = -1.666_666_666_666_663_243_48e-1;
const S2: f64 = 8.333_333_333_322_489_461_24e-3;
const S3: f64 = -1.984_126_982_985_794_931_34e-4;
const S4: f64 = 2.755_731_370_707_006_767_89e-6;
const S5: f64 = -2.505_076_025_340_686_341_95e-8;
const S6: f64 = 1.589_690_995_211_550_102_21e-10;
// Polynomial coefficients, msun k_cos.c.
const C1: f64 = 4.166_666_666_666_660_190_37e-2;
const C2: f64 = -1.388_888_888_887_410_957_49e-3;
const C3: f64 = 2.480_158_728_947_672_941_78e-5;
const C4: f64 = -2.755_731_435_139_066_330_35e-7;
const C5: f64 = 2.087_572_321_298_174_827_90e-9;
const C6: f64 = -1.135_964_755_778_819_482_65e-11;
// π/2 split in parts, msun e_rem_pio2.c.
const TO_INT: f64 = 1.5 / f64::EPSILON;
const INV_PIO2: f64 = std::f64::consts::FRAC_2_PI; // 0x3fe45f30_6dc9c883, as msun
const PIO2_1: f64 = 1.570_796_326_734_125_614_17;
const PIO2_1T: f64 = 6.077_100_506_506_192_249_32e-11;
const PIO2_2: f64 = 6.077_100_506_303_965_976_60e-11;
const PIO2_2T: f64 = 2.022_266_248_795_950_631_54e-21;
const PIO2_3: f64 = 2.022_266_248_711_166_455_80e-21;
const PIO2_3T: f64 = 8.478_427_660_368_899_569_97e-32;

fn k_sin(x: f64, y: f64, iy: bool) -> f64 {
    let z = x * x;
    let w = z * z;
    let r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
    let v = z * x;
    if iy {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    } else {
        x + v * (S1 + z * r)
    }
}

fn k_cos(x: f64, y: f64) -> f64 {
    let z = x * x;
    let w = z * z;
    let r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let hz = 0.5 * z;
    let w = 1.0 - hz;
    w + (((1.0 - w) - hz) + (z * r - x * y))
}

/// The high word of |x|.
fn high(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32 & 0x7fff_ffff
}

/// `x` reduced by a multiple `n` of π/2 into `y0 + y1`, for |x| ≤ 5π/4 as msun does it;
/// larger arguments (which the model never passes) take msun's medium path.
fn rem_pio2(x: f64) -> (i32, f64, f64) {
    let ix = high(x);
    if ix <= 0x400f_6a7a && (ix & 0xfffff) != 0x921fb {
        let (n, k) = if ix <= 0x4002_d97c {
            (1, 1.0)
        } else {
            (2, 2.0)
        };
        return if x.is_sign_positive() {
            let z = x - k * PIO2_1;
            let y0 = z - k * PIO2_1T;
            (n, y0, (z - y0) - k * PIO2_1T)
        } else {
            let z = x + k * PIO2_1;
            let y0 = z + k * PIO2_1T;
            (-n, y0, (z - y0) + k * PIO2_1T)
        };
    }
    let f_n = (x * INV_PIO2 + TO_INT) - TO_INT;
    let mut r = x - f_n * PIO2_1;
    let mut w = f_n * PIO2_1T;
    let mut y0 = r - w;
    let ex = (ix >> 20) as i32;
    if ex - ((y0.to_bits() >> 52) as i32 & 0x7ff) > 16 {
        let t = r;
        w = f_n * PIO2_2;
        r = t - w;
        w = f_n * PIO2_2T - ((t - r) - w);
        y0 = r - w;
        if ex - ((y0.to_bits() >> 52) as i32 & 0x7ff) > 49 {
            let t = r;
            w = f_n * PIO2_3;
            r = t - w;
            w = f_n * PIO2_3T - ((t - r) - w);
            y0 = r - w;
        }
    }
    (f_n as i32, y0, (r - y0) - w)
}

/// sin(x) for |x| ≤ 5π/4, as msun computes it.
pub fn sin(x: f64) -> f64 {
    let ix = high(x);
    if ix <= 0x3fe9_21fb {
        return if ix < 0x3e50_0000 {
            x
        } else {
            k_sin(x, 0.0, false)
        };
    }
    if ix >= 0x7ff0_0000 {
        // NaN for NaN and the infinities, as msun returns it.
        #[allow(clippy::eq_op)]
        return x - x;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => k_sin(y0, y1, true),
        1 => k_cos(y0, y1),
        2 => -k_sin(y0, y1, true),
        _ => -k_cos(y0, y1),
    }
}

/// cos(x) for |x| ≤ 5π/4, as msun computes it.
pub fn cos(x: f64) -> f64 {
    let ix = high(x);
    if ix <= 0x3fe9_21fb {
        return if ix < 0x3e46_a09e && x as i32 == 0 {
            1.0
        } else {
            k_cos(x, 0.0)
        };
    }
    if ix >= 0x7ff0_0000 {
        // NaN for NaN and the infinities, as msun returns it.
        #[allow(clippy::eq_op)]
        return x - x;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => k_cos(y0, y1),
        1 => -k_sin(y0, y1, true),
        2 => -k_cos(y0, y1),
        _ => k_sin(y0, y1, true),
    }
}

// The reference, the libm crate, is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Every argument the great-circle distance can pass, and the edges of each branch.
    fn arguments() -> impl Iterator<Item = f64> {
        let edges = [
            0.0,
            -0.0,
            1e-300,
            1e-9,
            f64::from_bits(0x3e50_0000_0000_0000),
            f64::from_bits(0x3e46_a09e_0000_0000),
            std::f64::consts::FRAC_PI_4,
            std::f64::consts::FRAC_PI_2,
            3.0 * std::f64::consts::FRAC_PI_4,
            std::f64::consts::PI,
            f64::from_bits(0x4009_21fb_000f_d5dd),
            f64::from_bits(0x400f_6a7a_0000_0000),
            f64::from_bits(0x4002_d97c_ffff_ffff),
            5.0 * std::f64::consts::FRAC_PI_4,
        ];
        let steps = (0..=400_000).map(|i| (i as f64 / 200_000.0 - 1.0) * std::f64::consts::PI);
        let degrees = (-3600..=3600).map(|d| (d as f64 / 20.0).to_radians());
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let random = std::iter::repeat_with(move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 11) as f64 / (1u64 << 53) as f64 * 2.5 * std::f64::consts::PI
                - 1.25 * std::f64::consts::PI
        })
        .take(400_000);
        edges
            .into_iter()
            .flat_map(|x| {
                [
                    x,
                    -x,
                    f64::from_bits(x.to_bits() + 1),
                    f64::from_bits(x.to_bits().max(1) - 1),
                ]
            })
            .chain(steps)
            .chain(degrees)
            .chain(random)
            .filter(|x| x.abs() <= 5.0 * std::f64::consts::FRAC_PI_4)
    }

    #[test]
    fn bit_for_bit_the_libm_results() {
        for x in arguments() {
            assert_eq!(sin(x).to_bits(), libm::sin(x).to_bits(), "sin({x:e})");
            assert_eq!(cos(x).to_bits(), libm::cos(x).to_bits(), "cos({x:e})");
        }
    }

    #[test]
    fn within_an_ulp_of_the_platform() {
        for x in arguments() {
            assert!(
                (sin(x) - x.sin()).abs() <= f64::EPSILON * x.sin().abs().max(1e-300),
                "sin({x:e})"
            );
            assert!(
                (cos(x) - x.cos()).abs() <= f64::EPSILON * x.cos().abs().max(1e-300),
                "cos({x:e})"
            );
        }
    }

    #[test]
    fn nan_and_infinity_give_nan() {
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert!(sin(x).is_nan() && cos(x).is_nan());
        }
    }
}
