//! Whether a payment fits the limits of the rule set in force.

use crate::money::{CnyRate, Money};
use crate::rules::{Limit, RuleSet};
use rust_decimal::Decimal;
use serde::Serialize;

/// A limit expressed in yuan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LimitInCny {
    /// The limit in yuan.
    pub cny: Money,
    /// True when converted from US dollars at a user-visible rate, so the
    /// yuan figure is an estimate.
    pub estimated: bool,
}

impl LimitInCny {
    /// Whether going over it by `over_by` may be only the estimate's doing:
    /// a dollar limit converted at the user's rate, passed by at most a
    /// tenth, which the day's real rate could put back within the limit.
    /// Then a refusal is likely, not certain.
    pub fn over_within_estimate(&self, over_by: Money) -> bool {
        self.estimated && over_by.amount() * Decimal::TEN <= self.cny.amount()
    }
}

/// A limit in whole yuan at the rounded example dollar rate, for a sentence
/// that puts a dollar limit beside the yuan people pay in; `None` for a
/// limit that is not published.
pub fn example_in_cny(limit: Limit) -> Option<Decimal> {
    let usd = CnyRate::new(
        crate::money::Currency::Usd,
        crate::rules::example_rate(crate::money::Currency::Usd)?,
    )?;
    limit_in_cny(limit, usd).map(|limit| limit.cny.amount().round())
}

/// Converts a limit to yuan; US dollar limits use `usd_rate`.
/// `None` for a limit that is not published.
pub fn limit_in_cny(limit: Limit, usd_rate: CnyRate) -> Option<LimitInCny> {
    match limit {
        Limit::Cny(yuan) => Some(LimitInCny {
            cny: Money::cny(yuan),
            estimated: false,
        }),
        Limit::Usd(dollars) => Some(LimitInCny {
            cny: usd_rate.to_cny(dollars),
            estimated: true,
        }),
        Limit::NotPublished => None,
    }
}

/// The result of checking one payment against the single-transaction limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SingleLimitCheck {
    /// The payment fits; `room` is what is left up to the limit.
    Within { limit: LimitInCny, room: Money },
    /// The payment is larger than the limit by `excess`.
    Over { limit: LimitInCny, excess: Money },
    /// The rule set publishes no such limit.
    NotPublished,
}

/// Checks a payment amount (the amount the merchant asks for, which is what
/// the limits count) against the single-transaction limit of `rules`.
/// `usd_rate` must be a USD rate; it converts limits stated in dollars.
pub fn check_single_transaction(
    rules: &RuleSet,
    amount_cny: Decimal,
    usd_rate: CnyRate,
) -> SingleLimitCheck {
    match limit_in_cny(rules.single_transaction_limit.value, usd_rate) {
        None => SingleLimitCheck::NotPublished,
        Some(limit) if amount_cny <= limit.cny.amount() => SingleLimitCheck::Within {
            limit,
            room: Money::cny(limit.cny.amount() - amount_cny),
        },
        Some(limit) => SingleLimitCheck::Over {
            limit,
            excess: Money::cny(amount_cny - limit.cny.amount()),
        },
    }
}

/// Whether one payment of `amount_cny` could pass the single-transaction
/// limit of `rules`, judged at the example dollar rate with a tenth to
/// spare for the day's real rate; true when no limit is published. A
/// reading of a typed number that fails this ("350,505" taken as
/// ¥350,505) is a typo's, not a payment's, and is not offered.
pub fn could_be_one_payment(rules: &RuleSet, amount_cny: Decimal) -> bool {
    example_in_cny(rules.single_transaction_limit.value)
        .is_none_or(|limit| amount_cny * Decimal::TEN <= limit * Decimal::from(11))
}
