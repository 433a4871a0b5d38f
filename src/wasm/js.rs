//! What the boundary imports from JavaScript, and the three conversions built on it:
//! an argument into the model's untyped value ([`read`]), a result into plain objects
//! ([`write`]), and the model's error into a thrown `FootprintError` ([`error`]).

use std::cell::RefCell;

#[cfg(feature = "batch")]
use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::tape;
use crate::model::{FootprintError, Path, Value};

#[wasm_bindgen(module = "/src/js/api/error.js")]
extern "C" {
    #[wasm_bindgen(js_name = newFootprintError)]
    fn new_footprint_error(code: &str, path: &str, message: &str) -> JsValue;
}

#[wasm_bindgen(module = "/src/wasm/tape.js")]
extern "C" {
    /// An argument's tape, `{ nums, text }`.
    type Tape;
    fn encode(value: &JsValue) -> Tape;
    #[cfg(feature = "batch")]
    #[wasm_bindgen(js_name = encodeMany)]
    fn encode_many(orders: &JsValue, start: u32, count: u32) -> Tape;
    /// How many orders an `encodeMany` tape holds.
    #[cfg(feature = "batch")]
    #[wasm_bindgen(method, getter)]
    fn count(this: &Tape) -> u32;
    #[wasm_bindgen(method, getter)]
    fn nums(this: &Tape) -> Vec<f64>;
    /// The tape's text (the strings back to back).
    #[wasm_bindgen(method, getter)]
    fn text(this: &Tape) -> String;
    /// A batch tape's text as UTF-8, written by TextEncoder.
    #[cfg(feature = "batch")]
    #[wasm_bindgen(method, getter)]
    fn bytes(this: &Tape) -> Vec<u8>;
    /// The plain value of a result's tape.
    fn decode(nums: &[f64], text: &str) -> JsValue;
}

// `Array.isArray` throws for a revoked Proxy: imported with `catch` (js-sys's own
// binding is not), so that what it throws becomes an `invalid_input` error.
#[cfg(feature = "batch")]
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    pub(super) fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

/// The model's error as a thrown JS `FootprintError`.
pub(super) fn error(e: FootprintError) -> JsValue {
    new_footprint_error(e.code(), e.path(), &e.to_string())
}

/// Reads a JS value into the model's untyped [`Value`], seeing every own enumerable key
/// (so that the model can refuse unknown ones); `root` names the value in errors.
///
/// The value borrows its strings from the tape, which `each` is given with it.
pub(super) fn read_value<R>(
    value: &JsValue,
    root: Path,
    each: impl FnOnce(Result<Value, FootprintError>) -> R,
) -> R {
    let tape = encode(value);
    let (nums, text) = (tape.nums(), tape.text());
    each(tape::read(&nums, &text, root))
}

/// The tape's text; TextEncoder wrote it, so it is UTF-8 (anything else reads as empty,
/// and the reader then reports a missing value rather than panicking).
#[cfg(feature = "batch")]
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_default()
}

/// A value for the module's only thread: wasm32-unknown-unknown built without the
/// atomics feature runs one. A `static` rather than `thread_local!`, whose lazy set-up
/// and destruction checks cost about 0.6 KB of the .wasm.
struct OneThread<T>(T);

// SAFETY: without the atomics feature a wasm module has one thread and no shared memory,
// so nothing else can ever reach the value; the build refuses the feature (below).
unsafe impl<T> Sync for OneThread<T> {}

#[cfg(target_feature = "atomics")]
compile_error!("src/wasm assumes one thread (OneThread, the talc allocator)");

/// The tape of the last result, its memory kept for the next one.
static WRITER: OneThread<RefCell<tape::Writer>> = OneThread(RefCell::new(tape::Writer::new()));

/// Reads orders `start..start + count` of the JS array `orders` (fewer when they are
/// large: the number read is returned), handing each to `each` with its index, as an
/// untyped value or the error that stopped its reading.
#[cfg(feature = "batch")]
pub(super) fn read_orders(
    orders: &JsValue,
    start: u32,
    count: u32,
    mut each: impl FnMut(u32, Result<Value, FootprintError>),
) -> u32 {
    let tape = encode_many(orders, start, count);
    let (nums, text, read) = (tape.nums(), text(tape.bytes()), tape.count());
    let mut reader = tape::Reader::new(&nums, &text, true);
    for i in 0..read {
        each(start + i, reader.next(Path::ORDER));
    }
    read
}

/// A model result as plain JS objects (what the exports return).
pub(super) fn write<T: Serialize + ?Sized>(result: &T) -> Result<JsValue, JsValue> {
    let mut writer = WRITER.0.borrow_mut();
    writer.clear();
    result
        .serialize(&mut *writer)
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
    Ok(decode(&writer.nums, &writer.text))
}

/// `value[key]` through Reflect, with what a getter or Proxy trap throws as the error.
#[cfg(feature = "batch")]
pub(super) fn get(value: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(value, &JsValue::from_str(key))
}

/// Why reading something threw, briefly: the thrown value's `message`, or the thrown
/// string. Read through Reflect, as the thrown value may be a Proxy.
#[cfg(feature = "batch")]
pub(super) fn thrown_reason(thrown: &JsValue) -> String {
    let message = Reflect::get(thrown, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| thrown.as_string())
        .unwrap_or_default();
    format!("reading it threw: {}", crate::model::short(&message))
}
