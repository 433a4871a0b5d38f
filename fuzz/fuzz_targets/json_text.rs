//! Arbitrary text as an order and options (`order` NUL `options`), through
//! parse_order / parse_options / estimate / estimate_many_json: no panic, every error
//! with a listed code, a path and a short message, every footprint finite,
//! non-negative, bracketed (low <= central <= high) and adding up.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        checkout_footprint_fuzz::run_text(text);
    }
});
