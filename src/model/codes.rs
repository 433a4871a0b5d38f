//! Enums that the JavaScript contract names by fixed codes ("pickup_point", "truck_hgv").
//!
//! One declaration with [`codes!`] gives the enum, its codes in order, the lookup from a
//! code, and its serialization as the code: a code is written once, here. The TypeScript
//! unions in src/wasm/types.d.ts are checked against [`Code::CODES`] by
//! tests/contract.rs, so the two cannot drift apart.

/// A fieldless enum named by codes in the contract.
pub trait Code: Copy + 'static {
    /// What the code names, for error messages ("service", "mode").
    const KIND: &'static str;
    /// The TypeScript type that lists the codes (src/wasm/types.d.ts).
    const TS_TYPE: &'static str;
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The code of every variant, in the same order.
    const CODES: &'static [&'static str];

    /// The variant's code.
    fn code(self) -> &'static str;

    /// The variant's position in [`Code::ALL`] and [`Code::CODES`].
    fn index(self) -> usize;

    /// The variant named by `code` (case-sensitive), if any.
    fn from_code(code: &str) -> Option<Self> {
        position(Self::CODES, code).map(|i| Self::ALL[i])
    }
}

/// A text that is the same on every call (a message, a method's name), written through
/// `serialize_unit_variant`: serde's serializers write it as the string it is, and the
/// wasm's tape sends it once rather than with every result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fixed(pub &'static str);

impl serde::Serialize for Fixed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant("Fixed", 0, self.0)
    }
}

/// Index of `code` in `codes`. Not generic, so that every enum shares one copy in the
/// wasm.
pub fn position(codes: &[&str], code: &str) -> Option<usize> {
    codes.iter().position(|c| *c == code)
}

/// Declares a code enum: `codes! { /// doc  pub enum Service ("service", "Service") {
/// Standard = "standard", ... } }`, where the two strings are the kind named in error
/// messages and the TypeScript type of the codes.
macro_rules! codes {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($kind:literal, $ts:literal) {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $crate::model::codes::Code for $name {
            const KIND: &'static str = $kind;
            const TS_TYPE: &'static str = $ts;
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const CODES: &'static [&'static str] = &[$($code),+];

            fn code(self) -> &'static str {
                <Self as $crate::model::codes::Code>::CODES[self as usize]
            }

            fn index(self) -> usize {
                self as usize
            }
        }

        /// Written as its code, through `serialize_unit_variant`: every serializer writes
        /// that as the code's string, and the wasm's tape can send the code once.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_unit_variant(
                    stringify!($name),
                    *self as u32,
                    $crate::model::codes::Code::code(*self),
                )
            }
        }
    };
}
pub(crate) use codes;

#[cfg(test)]
mod tests {
    use super::*;

    codes! {
        /// A test enum.
        enum Colour ("colour", "Colour") {
            Red = "red",
            DarkBlue = "dark_blue",
        }
    }

    #[test]
    fn codes_round_trip_in_declaration_order() {
        assert_eq!(Colour::CODES, ["red", "dark_blue"]);
        assert_eq!(Colour::DarkBlue.code(), "dark_blue");
        assert_eq!(Colour::from_code("red"), Some(Colour::Red));
        assert_eq!(Colour::from_code("Red"), None);
        for c in Colour::ALL {
            assert_eq!(Colour::from_code(c.code()), Some(*c));
        }
        assert_eq!(
            serde_json::to_string(&Colour::DarkBlue).unwrap(),
            r#""dark_blue""#
        );
    }
}
