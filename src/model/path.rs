//! Where a value sits in the caller's input: `shipments[1].items[0].weightKg`,
//! `options.currency`, `order`.
//!
//! A [`Path`] is built on the stack as the reader descends (each step borrows its
//! parent) and is written out as text only when an error names it, so reading a valid
//! order allocates no path at all.

use std::fmt;

use super::error::Quoted;

/// A position in the input: a root, then keys and indices.
#[derive(Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    step: Step<'a>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    /// The argument itself: "" for an order (whose fields are written without a prefix,
    /// `shipments[0]`, and which is named `order` when an error is about it as a whole),
    /// or a name (`options`, `orders`, `services`).
    Root(&'static str),
    Key(&'a str),
    Index(usize),
}

impl Path<'static> {
    /// The top of an order: its fields are written without a prefix.
    pub const ORDER: Path<'static> = Path::root("");
    /// The top of the options: `options.currency`.
    pub const OPTIONS: Path<'static> = Path::root("options");

    /// The top of an argument named `name` ("" for an order).
    pub const fn root(name: &'static str) -> Path<'static> {
        Path {
            parent: None,
            step: Step::Root(name),
        }
    }
}

impl<'a> Path<'a> {
    /// The field `key` of the value at this path.
    pub fn key<'b>(&'b self, key: &'b str) -> Path<'b> {
        Path {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    /// The element `index` of the array at this path.
    pub fn index(&self, index: usize) -> Path<'_> {
        Path {
            parent: Some(self),
            step: Step::Index(index),
        }
    }

    /// The path as the caller writes it.
    pub fn render(&self) -> String {
        self.to_string()
    }

    fn write_steps(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            parent.write_steps(f)?;
        }
        let at_top = matches!(
            self.parent,
            Some(Path {
                parent: None,
                step: Step::Root("")
            })
        );
        match self.step {
            Step::Root(name) => f.write_str(name),
            Step::Index(i) => write!(f, "[{i}]"),
            Step::Key(key) if is_plain(key) => {
                if !at_top {
                    f.write_str(".")?;
                }
                f.write_str(&short(key))
            }
            Step::Key(key) => write!(f, "[{}]", Quoted(&short(key))),
        }
    }
}

/// `shipments[0].to`; an order's own top is `order`.
impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if matches!(self.step, Step::Root("")) {
            return f.write_str("order");
        }
        self.write_steps(f)
    }
}

impl fmt::Debug for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A key written as `.key`: a name of ASCII letters, digits, `_` and `$`, not starting
/// with a digit. Any other key (empty, with dots, brackets, spaces...) is written
/// `["key"]`, so that no path is empty or reads as another one.
fn is_plain(key: &str) -> bool {
    let name_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    key.chars()
        .next()
        .is_some_and(|c| !c.is_ascii_digit() && name_char(c))
        && key.chars().all(name_char)
}

/// Most characters of a caller's text echoed in a message.
pub const ECHO_CHARS: usize = 40;

/// A caller's text shortened for a message (a 1 MB string is not echoed whole).
pub fn short(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(ECHO_CHARS) {
        None => std::borrow::Cow::Borrowed(text),
        // `get`, not indexing: a char boundary by construction, and no panic path (with
        // its formatting code) in the wasm.
        Some((end, _)) => std::borrow::Cow::Owned(format!("{}…", text.get(..end).unwrap_or(""))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_the_caller_writes_them() {
        let order = Path::ORDER;
        assert_eq!(order.render(), "order");
        let shipments = order.key("shipments");
        let s1 = shipments.index(1);
        let items = s1.key("items");
        let item = items.index(0);
        assert_eq!(
            item.key("weightKg").render(),
            "shipments[1].items[0].weightKg"
        );
        assert_eq!(Path::OPTIONS.key("currency").render(), "options.currency");
        assert_eq!(Path::OPTIONS.render(), "options");
        assert_eq!(Path::root("orders").index(3).render(), "orders[3]");
    }

    #[test]
    fn keys_that_are_not_plain_names_are_bracketed() {
        assert_eq!(Path::ORDER.key("").render(), r#"[""]"#);
        let s = Path::ORDER.key("shipments");
        let s0 = s.index(0);
        assert_eq!(s0.key("a.b").render(), r#"shipments[0]["a.b"]"#);
        assert_eq!(Path::ORDER.key("0").render(), r#"["0"]"#);
        assert_eq!(Path::OPTIONS.key("a b").render(), r#"options["a b"]"#);
        assert_eq!(Path::ORDER.key("__proto__").render(), "__proto__");
        assert_eq!(Path::ORDER.key("$a_1").render(), "$a_1");
    }

    #[test]
    fn long_keys_are_shortened() {
        let long = "k".repeat(100);
        let rendered = Path::ORDER.key(&long).render();
        assert_eq!(rendered, format!("{}…", "k".repeat(ECHO_CHARS)));
        assert_eq!(
            short("é".repeat(41).as_str()),
            format!("{}…", "é".repeat(40))
        );
        assert_eq!(short("abc"), "abc");
    }
}
