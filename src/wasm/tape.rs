//! The Rust half of the boundary's tape (src/wasm/tape.js is the JavaScript half).
//!
//! A tape is a list of numbers (type tags, lengths, the numbers themselves) and one text
//! (every string back to back, each measured in UTF-16 units as JavaScript counts
//! them). An argument arrives as a tape that tape.js wrote by walking it once
//! ([`read`] turns it into the model's [`Value`], reporting a problem met on the way with
//! its path); a result leaves as a tape that [`Writer`] writes through the model's
//! `Serialize` derives and tape.js turns into plain objects. Either way one call crosses
//! the boundary instead of one per field, which is what makes an `estimate()` a few
//! microseconds rather than tens (see docs/ARCHITECTURE.md, "Size and speed ledger").

use std::borrow::Cow;
use std::fmt;

use serde::ser::{self, Serialize};

use crate::model::{short, ErrorKind, FootprintError, Path, Value};

// The tags, as in tape.js.
const NULL: f64 = 0.0;
const FALSE: f64 = 1.0;
const TRUE: f64 = 2.0;
const NUMBER: f64 = 3.0;
const STRING: f64 = 4.0;
const ARRAY: f64 = 5.0;
const OBJECT: f64 = 6.0;
const OTHER: f64 = 7.0;
const THROWN: f64 = 8.0;
const TOO_DEEP: f64 = 9.0;
const TOO_MANY: f64 = 10.0;
/// A fixed text (a code, a message) sent once: followed by its index in tape.js's table,
/// or by -1 - index, its length and its text the first time.
const FIXED: f64 = 11.0;

/// What the kinds of OTHER are called in messages ("expected a number, got a function").
const OTHER_KINDS: [&str; 5] = [
    "a function",
    "a symbol",
    "a bigint",
    "an unsupported value",
    "undefined",
];

/// Nesting tape.js stops at (its MAX_DEPTH), and one more level for the stop tag.
const MAX_DEPTH: usize = 33;
/// Longest string a batch's tape writes once and refers to after (tape.js's INTERNED).
const INTERNED: usize = 64;

/// The untyped value of an argument's tape; `root` names the argument in errors. A
/// getter or Proxy trap that threw, nesting past 32 levels, or more values than an order
/// can hold is an `invalid_input` error at the path where it happened (at the root for
/// too many values: where the walk stopped says nothing about the input).
pub fn read<'a>(nums: &'a [f64], text: &'a str, root: Path) -> Result<Value<'a>, FootprintError> {
    Reader::new(nums, text, false).next(root)
}

/// Reads the values of a tape one after another (a batch's tape holds one per order).
pub struct Reader<'a> {
    nums: &'a [f64],
    i: usize,
    text: &'a str,
    /// Byte offset of the next string in `text`.
    at: usize,
    /// The strings a batch's tape refers to by number (see tape.js's `tape`), or `None`
    /// for a tape that writes every string.
    interned: Option<Vec<&'a str>>,
}

impl<'a> Reader<'a> {
    /// A reader at the start of the tape `nums` and `text`; `interned` for a batch's
    /// tape, which refers to repeated strings by number.
    pub fn new(nums: &'a [f64], text: &'a str, interned: bool) -> Self {
        Reader {
            nums,
            i: 0,
            text,
            at: 0,
            interned: interned.then(Vec::new),
        }
    }

    /// The next value on the tape (see [`read`]). After an error the reader stands after
    /// the tag that ended that value's tape, at the start of the next value.
    pub fn next(&mut self, root: Path) -> Result<Value<'a>, FootprintError> {
        self.value(root, 0, root)
    }

    fn num(&mut self) -> f64 {
        let n = self.nums.get(self.i).copied().unwrap_or(f64::NAN);
        self.i += 1;
        n
    }

    /// A count on the tape (a length, a string's UTF-16 units).
    fn count(&mut self) -> usize {
        let n = self.num();
        if n >= 0.0 {
            n as usize
        } else {
            0
        }
    }

    /// The next string: `units` UTF-16 units of the text, or one met before.
    fn string(&mut self) -> &'a str {
        let n = self.num();
        if n < 0.0 {
            let id = (-1.0 - n) as usize;
            return self
                .interned
                .as_ref()
                .and_then(|strings| strings.get(id).copied())
                .unwrap_or("");
        }
        let units = if n > 0.0 { n as usize } else { 0 };
        // `get`, not indexing, here and below: no panic path in the wasm.
        let rest = self.text.get(self.at..).unwrap_or("");
        let ascii = rest.as_bytes().get(..units).is_some_and(|b| b.is_ascii());
        let end = if ascii {
            units
        } else {
            let (mut counted, mut end) = (0, 0);
            for c in rest.chars() {
                if counted >= units {
                    break;
                }
                counted += c.len_utf16();
                end += c.len_utf8();
            }
            end
        };
        self.at += end;
        let s = rest.get(..end).unwrap_or("");
        if let Some(strings) = &mut self.interned {
            if units <= INTERNED {
                strings.push(s);
            }
        }
        s
    }

    fn value(&mut self, path: Path, depth: usize, root: Path) -> Result<Value<'a>, FootprintError> {
        let unreadable = |detail: String| {
            ErrorKind::Syntax {
                path: path.render(),
                detail,
            }
            .into()
        };
        let tag = self.num();
        Ok(if tag == NULL {
            Value::Null
        } else if tag == FALSE {
            Value::Bool(false)
        } else if tag == TRUE {
            Value::Bool(true)
        } else if tag == NUMBER {
            Value::Number(self.num())
        } else if tag == STRING {
            Value::String(Cow::Borrowed(self.string()))
        } else if tag == OTHER {
            let kind = self.count();
            Value::Other(
                OTHER_KINDS
                    .get(kind)
                    .copied()
                    .unwrap_or("an unsupported value"),
            )
        } else if depth >= MAX_DEPTH {
            return Err(unreadable("nested too deeply (a cyclic object?)".into()));
        } else if tag == ARRAY {
            let n = self.count();
            let mut items = Vec::with_capacity(n.min(self.nums.len()));
            for i in 0..n {
                items.push(self.value(path.index(i), depth + 1, root)?);
            }
            Value::Array(items)
        } else if tag == OBJECT {
            let n = self.count();
            let mut entries = Vec::with_capacity(n.min(self.nums.len()));
            for _ in 0..n {
                let key = self.string();
                let value = self.value(path.key(key), depth + 1, root)?;
                entries.push((Cow::Borrowed(key), value));
            }
            Value::Object(entries)
        } else if tag == THROWN {
            return Err(unreadable(format!(
                "reading it threw: {}",
                short(self.string())
            )));
        } else if tag == TOO_DEEP {
            return Err(unreadable("nested too deeply (a cyclic object?)".into()));
        } else if tag == TOO_MANY {
            return Err(ErrorKind::Syntax {
                path: root.render(),
                detail: "more values than an order can hold (one object shared many times over?)"
                    .into(),
            }
            .into());
        } else {
            return Err(unreadable("not a readable value".into()));
        })
    }
}

// ---- Writing a result ---------------------------------------------------------------

/// Largest integer a JavaScript number holds exactly (Number.MAX_SAFE_INTEGER).
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// The tape of a result, written through its `Serialize` implementation: the same
/// objects serde-wasm-bindgen's JSON-compatible serializer makes (keys in the same order,
/// `null` for `None`, integers above 2^53 refused), which tests/wasm.rs checks.
pub struct Writer {
    pub nums: Vec<f64>,
    pub text: String,
    /// Which field names tape.js already holds (kept from result to result, as tape.js
    /// keeps them).
    keys: Keys,
}

impl Writer {
    /// An empty writer (`const`, so that it can be a `static`).
    pub const fn new() -> Writer {
        Writer {
            nums: Vec::new(),
            text: String::new(),
            keys: Keys {
                slots: [(0, 0); 256],
                next: 0,
            },
        }
    }

    /// Empties the writer, keeping its memory for the next result.
    pub fn clear(&mut self) {
        self.nums.clear();
        self.text.clear();
    }

    fn string(&mut self, s: &str) {
        self.nums.push(utf16_len(s) as f64);
        self.text.push_str(s);
    }

    /// The index of `text` in tape.js's table, defining it there the first time.
    fn table_ref(&mut self, text: &'static str) {
        let (index, first) = self.keys.index(text);
        if first {
            self.nums.push(-1.0 - f64::from(index));
            self.string(text);
        } else {
            self.nums.push(f64::from(index));
        }
    }
}

/// Length of `s` in UTF-16 units, as JavaScript counts a string.
fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    }
}

/// An open-addressing table from a fixed text's address (a field name's or a code's
/// `&'static str`) to its index in tape.js's table. There are about a hundred such texts.
struct Keys {
    /// (address, index + 1); 0 is an empty slot.
    slots: [(usize, u32); 256],
    next: u32,
}

impl Keys {
    /// The index of `key`, and whether this is its first use.
    fn index(&mut self, key: &'static str) -> (u32, bool) {
        let address = key.as_ptr() as usize;
        let mut slot = (address >> 2).wrapping_mul(2_654_435_761) % self.slots.len();
        loop {
            match self.slots[slot] {
                (a, i) if a == address && i > 0 => return (i - 1, false),
                (_, 0) => {
                    let index = self.next;
                    self.next += 1;
                    self.slots[slot] = (address, index + 1);
                    return (index, true);
                }
                _ => slot = (slot + 1) % self.slots.len(),
            }
        }
    }
}

/// A result that cannot be written (an integer beyond 2^53): a bug, not bad input.
#[derive(Debug)]
pub struct WriteError(String);

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WriteError {}

impl ser::Error for WriteError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        WriteError(msg.to_string())
    }
}

fn unsupported(what: &str) -> WriteError {
    WriteError(format!(
        "a result holds {what}, which the tape does not carry"
    ))
}

type Done = Result<(), WriteError>;

impl ser::Serializer for &mut Writer {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = ser::Impossible<(), WriteError>;
    type SerializeTupleVariant = ser::Impossible<(), WriteError>;
    type SerializeMap = ser::Impossible<(), WriteError>;
    type SerializeStruct = Self;
    type SerializeStructVariant = ser::Impossible<(), WriteError>;

    fn serialize_bool(self, v: bool) -> Done {
        self.nums.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Done {
        if v.unsigned_abs() > MAX_SAFE_INTEGER {
            return Err(WriteError(format!(
                "{v} can't be represented as a JavaScript number"
            )));
        }
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Done {
        if v > MAX_SAFE_INTEGER {
            return Err(WriteError(format!(
                "{v} can't be represented as a JavaScript number"
            )));
        }
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Done {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Done {
        self.nums.push(NUMBER);
        self.nums.push(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Done {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Done {
        self.nums.push(STRING);
        self.string(v);
        Ok(())
    }
    /// Written straight into the text: a path (`shipments[0].from`) needs no String.
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Done {
        self.nums.push(STRING);
        let start = self.text.len();
        fmt::Write::write_fmt(&mut self.text, format_args!("{value}"))
            .map_err(|_| WriteError("a text could not be written".into()))?;
        self.nums
            .push(utf16_len(self.text.get(start..).unwrap_or("")) as f64);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Done {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Done {
        self.nums.push(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        self.serialize_none()
    }
    /// Codes and fixed texts ([`crate::model::codes::Fixed`]) come this way: sent once,
    /// then by their index.
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        self.nums.push(FIXED);
        self.table_ref(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Done {
        Err(unsupported("an enum with data"))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self, WriteError> {
        let len = len.ok_or_else(|| unsupported("a sequence of unknown length"))?;
        self.nums.push(ARRAY);
        self.nums.push(len as f64);
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, WriteError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, WriteError> {
        Err(unsupported("a tuple struct"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, WriteError> {
        Err(unsupported("an enum with data"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, WriteError> {
        Err(unsupported("a map"))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self, WriteError> {
        self.nums.push(OBJECT);
        self.nums.push(len as f64);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, WriteError> {
        Err(unsupported("an enum with data"))
    }
}

impl ser::SerializeSeq for &mut Writer {
    type Ok = ();
    type Error = WriteError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        value.serialize(&mut **self)
    }
    fn end(self) -> Done {
        Ok(())
    }
}

impl ser::SerializeTuple for &mut Writer {
    type Ok = ();
    type Error = WriteError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        value.serialize(&mut **self)
    }
    fn end(self) -> Done {
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Writer {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Done {
        self.table_ref(key);
        value.serialize(&mut **self)
    }
    fn end(self) -> Done {
        Ok(())
    }
}
