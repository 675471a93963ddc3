//! Reading an amount from a stored ledger or an imported file. The app
//! writes amounts as text ("12.50"); a file made by hand may hold a number
//! (12.5). rust_decimal's own reader turns such a number into text before
//! reading it, which brings the whole of Rust's float formatting into the
//! browser's download; `Decimal::from_f64` reads it to the same shortest
//! value (12.5, 0.1, 19.99) without it.

use rust_decimal::Decimal;
use serde::de::{Error, Visitor};
use serde::Deserializer;
use std::fmt;
use std::str::FromStr;

/// For `#[serde(deserialize_with = "crate::stored_amount::deserialize")]`.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_any(AmountVisitor)
}

/// The same for an amount that may be absent (`#[serde(default)]` beside).
pub fn deserialize_some<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Decimal>, D::Error> {
    deserialize(deserializer).map(Some)
}

struct AmountVisitor;

impl Visitor<'_> for AmountVisitor {
    type Value = Decimal;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an amount, as text or a number")
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<Decimal, E> {
        Decimal::from_str(text)
            .or_else(|_| Decimal::from_scientific(text))
            .map_err(|_| E::custom("an amount that is not a number"))
    }

    fn visit_i64<E: Error>(self, number: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(number))
    }

    fn visit_u64<E: Error>(self, number: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(number))
    }

    fn visit_f64<E: Error>(self, number: f64) -> Result<Decimal, E> {
        rust_decimal::prelude::FromPrimitive::from_f64(number)
            .ok_or_else(|| E::custom("an amount too large to read"))
    }
}
