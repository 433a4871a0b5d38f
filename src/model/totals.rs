//! Totals over many orders: the figure a company offsets for a period.

use serde::Serialize;

use super::error::{ErrorKind, FootprintError};
use super::estimate::estimate;
use super::offset::Currency;
use super::options::Options;
use super::path::Path;
use super::read::read_order;
use super::reader::wrong_type;
use super::value::Value;

/// Most orders one batch may hold. A batch walks every element, even the holes of a
/// sparse array (`orders.length = 2 ** 32 - 1`), so an unbounded length could keep the
/// page busy for hours; a million orders take about a second or two.
pub const MAX_ORDERS: usize = 1_000_000;

/// A batch of `len` orders is within [`MAX_ORDERS`] (`too_many` at `orders` otherwise).
pub fn check_batch_len(len: usize) -> Result<(), FootprintError> {
    if len > MAX_ORDERS {
        return Err(ErrorKind::TooMany {
            path: "orders".to_string(),
            len,
            max: MAX_ORDERS,
            unit: "orders",
        }
        .into());
    }
    Ok(())
}

/// Sums over the valid orders of a batch, and the first invalid one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Sum of the valid orders' co2eKg.
    pub co2e_kg: f64,
    /// Sum of the valid orders' offset amountMinor, each rounded up as the shopper saw it.
    pub amount_minor: u64,
    pub currency: Currency,
    /// Valid orders counted.
    pub orders: usize,
    /// Shipments in the valid orders.
    pub shipments: usize,
    /// Orders refused as invalid.
    pub invalid_orders: usize,
    /// The first invalid order, or `None`.
    pub first_invalid: Option<InvalidOrder>,
}

/// Where and why an order of a batch was refused.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InvalidOrder {
    pub index: usize,
    pub code: &'static str,
    /// Path inside that order (`shipments[0].to`).
    pub path: String,
    pub message: String,
}

impl Totals {
    /// Empty totals in the options' currency.
    pub fn new(options: &Options) -> Self {
        Totals {
            co2e_kg: 0.0,
            amount_minor: 0,
            currency: options.currency,
            orders: 0,
            shipments: 0,
            invalid_orders: 0,
            first_invalid: None,
        }
    }

    /// Reads, estimates and adds the order at `index` of the batch; an invalid one is
    /// counted (and kept if it is the first) instead.
    pub fn add_order(&mut self, index: usize, order: &Value, options: &Options) {
        let outcome = read_order(order).map(|order| {
            let f = estimate(&order, options);
            (f.co2e_kg, f.offset.amount_minor, order.shipments.len())
        });
        self.add(index, outcome);
    }

    /// Counts the order at `index` as invalid with `error` (an order that could not
    /// even be read into a [`Value`]); `error`'s path is inside that order.
    pub fn add_invalid(&mut self, index: usize, error: FootprintError) {
        self.add(index, Err(error));
    }

    fn add(&mut self, index: usize, outcome: Result<(f64, u64, usize), FootprintError>) {
        match outcome {
            Ok((co2e_kg, amount_minor, shipments)) => {
                self.co2e_kg += co2e_kg;
                self.amount_minor = self.amount_minor.saturating_add(amount_minor);
                self.orders += 1;
                self.shipments += shipments;
            }
            Err(e) => {
                self.invalid_orders += 1;
                if self.first_invalid.is_none() {
                    self.first_invalid = Some(InvalidOrder {
                        index,
                        code: e.code(),
                        path: e.path().to_string(),
                        message: e.to_string(),
                    });
                }
            }
        }
    }
}

/// Totals over a JSON array of orders; see [`estimate_many`].
pub fn estimate_many_json(json: &str, options: &Options) -> Result<Totals, FootprintError> {
    estimate_many(&Value::from_json(json, "orders")?, options)
}

/// Totals over an array of orders. Only a batch that is not an array, or holds more
/// than [`MAX_ORDERS`], is an error; each order that fails is counted in
/// `invalidOrders` and the rest still add up.
pub fn estimate_many(orders: &Value, options: &Options) -> Result<Totals, FootprintError> {
    let Value::Array(orders) = orders else {
        return Err(wrong_type(
            Path::root("orders"),
            "an array of orders",
            orders,
        ));
    };
    check_batch_len(orders.len())?;
    let mut totals = Totals::new(options);
    for (index, order) in orders.iter().enumerate() {
        totals.add_order(index, order, options);
    }
    Ok(totals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::read::parse_order;

    const ORDER: &str = r#"{"shipments":[{"from":{"country":"FR"},"to":{"country":"DE"},
        "items":[{"category":"smartphone"}]}]}"#;

    #[test]
    fn invalid_orders_are_counted_and_the_rest_add_up() {
        let batch = format!(r#"[{ORDER}, {{"shipments":[]}}, {ORDER}, 7]"#);
        let t = estimate_many_json(&batch, &Options::default()).unwrap();
        let one = estimate(&parse_order(ORDER).unwrap(), &Options::default());
        assert_eq!(t.orders, 2);
        assert_eq!(t.shipments, 2);
        assert_eq!(t.invalid_orders, 2);
        assert!((t.co2e_kg - 2.0 * one.co2e_kg).abs() < 1e-12);
        assert_eq!(t.amount_minor, 2 * one.offset.amount_minor);
        let first = t.first_invalid.unwrap();
        assert_eq!((first.index, first.code), (1, "empty"));
        assert_eq!(first.path, "shipments");
    }

    #[test]
    fn a_batch_must_be_an_array() {
        let e = estimate_many_json("{}", &Options::default()).unwrap_err();
        assert_eq!((e.code(), e.path()), ("wrong_type", "orders"));
    }

    #[test]
    fn a_batch_holds_at_most_a_million_orders() {
        assert_eq!(check_batch_len(MAX_ORDERS), Ok(()));
        let e = check_batch_len(MAX_ORDERS + 1).unwrap_err();
        assert_eq!((e.code(), e.path()), ("too_many", "orders"));
        let batch = Value::Array(vec![Value::Null; MAX_ORDERS + 1]);
        let e = estimate_many(&batch, &Options::default()).unwrap_err();
        assert_eq!((e.code(), e.path()), ("too_many", "orders"));
    }

    #[test]
    fn an_unreadable_order_is_counted_as_invalid() {
        let mut t = Totals::new(&Options::default());
        let order = Value::from_json(ORDER, "order").unwrap();
        t.add_order(0, &order, &Options::default());
        t.add_invalid(
            1,
            ErrorKind::Syntax {
                path: "shipments[0]".into(),
                detail: "reading it threw: x".into(),
            }
            .into(),
        );
        assert_eq!((t.orders, t.invalid_orders), (1, 1));
        let first = t.first_invalid.unwrap();
        assert_eq!(
            (first.index, first.code, first.path.as_str()),
            (1, "invalid_input", "shipments[0]")
        );
    }

    #[test]
    fn an_empty_batch_totals_zero() {
        let t = estimate_many_json("[]", &Options::default()).unwrap();
        assert_eq!((t.orders, t.amount_minor, t.co2e_kg), (0, 0, 0.0));
    }
}
