//! A figure with its low and high bounds: every stage of an estimate is one, and the
//! range of a shipment is the sum of its stages' bounds (METHODOLOGY.md, "Range").

/// A quantity with its low and high bounds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl Bounds {
    /// Nothing yet.
    pub const ZERO: Bounds = Bounds::exact(0.0);

    /// A figure without spread (a carrier's declared figure, say).
    pub const fn exact(value: f64) -> Bounds {
        Bounds {
            low: value,
            central: value,
            high: value,
        }
    }

    /// Adds a part with its bounds.
    pub fn add(&mut self, part: Bounds) {
        self.low += part.low;
        self.central += part.central;
        self.high += part.high;
    }

    /// Every figure times `k`.
    pub fn times(self, k: f64) -> Bounds {
        Bounds {
            low: self.low * k,
            central: self.central * k,
            high: self.high * k,
        }
    }

    /// Each figure times the matching one of `other` (a rate times a quantity).
    pub fn times_each(self, other: Bounds) -> Bounds {
        Bounds {
            low: self.low * other.low,
            central: self.central * other.central,
            high: self.high * other.high,
        }
    }
}
