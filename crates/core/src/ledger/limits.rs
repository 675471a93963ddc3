//! How much of each limit the recorded payments use, which payments went
//! over a limit, and what a new payment would break. Each payment counts
//! under the rule set of its own date (unless the user picked one).

use super::book::{Ledger, Period};
use crate::date::Date;
use crate::limits::{limit_in_cny, LimitInCny};
use crate::money::{CnyRate, Money};
use crate::rules::{Limit, RuleChoice, RuleSet};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;

/// Which limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum LimitKind {
    Single,
    Monthly,
    Yearly,
}

/// How much of a limit is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum LimitUse {
    /// A published limit: used, what is left (zero when over) and by how
    /// much it is exceeded (zero when within).
    Known {
        limit: Money,
        used: Money,
        left: Money,
        over: Money,
        /// Converted from US dollars at the visible rate.
        estimated: bool,
    },
    /// No source publishes this limit; the app does not invent one.
    NotPublished,
}

fn limit_of(rules: &RuleSet, kind: LimitKind) -> Limit {
    match kind {
        LimitKind::Single => rules.single_transaction_limit.value,
        LimitKind::Monthly => rules.monthly_limit.value,
        LimitKind::Yearly => rules.yearly_limit.value,
    }
}

fn known_use(limit: Limit, used: Decimal, usd_rate: CnyRate) -> LimitUse {
    match limit_in_cny(limit, usd_rate) {
        None => LimitUse::NotPublished,
        Some(limit) => LimitUse::Known {
            limit: limit.cny,
            used: Money::cny(used),
            left: Money::cny((limit.cny.amount() - used).max(Decimal::ZERO)),
            over: Money::cny((used - limit.cny.amount()).max(Decimal::ZERO)),
            estimated: limit.estimated,
        },
    }
}

fn spent_in(ledger: &Ledger, period: Period) -> Decimal {
    ledger.in_period(period).iter().map(|p| p.amount).sum()
}

/// Use of a limit in `period` (a month for the monthly limit, a year for
/// the yearly one), under the rule set in force at the period's end, or
/// on `today` if that comes first. The single limit has no use: it is
/// reported with nothing used. Refunds do not give room back: no source
/// says they do, so the app errs on the safe side.
pub fn limit_use(
    ledger: &Ledger,
    kind: LimitKind,
    period: Period,
    today: Date,
    choice: RuleChoice,
    usd_rate: CnyRate,
) -> LimitUse {
    let rules = choice.for_date(period.last_day().min(today));
    let used = match kind {
        LimitKind::Single => Decimal::ZERO,
        LimitKind::Monthly | LimitKind::Yearly => spent_in(ledger, period),
    };
    known_use(limit_of(rules, kind), used, usd_rate)
}

/// A limit a payment breaks, and by how much.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LimitWarning {
    pub kind: LimitKind,
    pub limit: Money,
    pub over_by: Money,
    pub estimated: bool,
}

impl LimitWarning {
    /// Over only by what the estimated dollar rate could account for: a
    /// refusal is then likely, not certain.
    pub fn within_estimate(&self) -> bool {
        let limit = LimitInCny {
            cny: self.limit,
            estimated: self.estimated,
        };
        limit.over_within_estimate(self.over_by)
    }
}

/// The limits a payment of `amount` on `date` would exceed, given what the
/// ledger holds already, leaving out the payment `replacing` (when an edit
/// changes it). Empty when it fits.
pub fn warnings_for_new_payment(
    ledger: &Ledger,
    date: Date,
    amount: Decimal,
    replacing: Option<u64>,
    choice: RuleChoice,
    usd_rate: CnyRate,
) -> Vec<LimitWarning> {
    let rules = choice.for_date(date);
    let replaced = replacing
        .and_then(|id| ledger.payment(id))
        .map(|payment| (payment.date, payment.amount));
    let already = |period: Period| {
        let mut spent = spent_in(ledger, period);
        if let Some((old_date, old_amount)) = replaced {
            if period.contains(old_date) {
                spent -= old_amount;
            }
        }
        spent
    };
    let checks = [
        (LimitKind::Single, Decimal::ZERO),
        (LimitKind::Monthly, already(Period::month_of(date))),
        (LimitKind::Yearly, already(Period::Year { year: date.year })),
    ];
    checks
        .into_iter()
        .filter_map(|(kind, before)| over(kind, rules, before + amount, usd_rate))
        .collect()
}

fn over(
    kind: LimitKind,
    rules: &RuleSet,
    used: Decimal,
    usd_rate: CnyRate,
) -> Option<LimitWarning> {
    let limit = limit_in_cny(limit_of(rules, kind), usd_rate)?;
    (used > limit.cny.amount()).then(|| LimitWarning {
        kind,
        limit: limit.cny,
        over_by: Money::cny(used - limit.cny.amount()),
        estimated: limit.estimated,
    })
}

/// For each payment that went over a limit when it was made, the limits it
/// broke: Weixin Pay would have refused it.
pub type Refusals = HashMap<u64, Vec<LimitWarning>>;

/// Walks the ledger in date order, counting each month's and year's
/// spending as it was when each payment was made.
pub fn refusals(ledger: &Ledger, choice: RuleChoice, usd_rate: CnyRate) -> Refusals {
    let mut found = Refusals::new();
    let mut month = (None, Decimal::ZERO);
    let mut year = (None, Decimal::ZERO);
    for payment in &ledger.payments {
        let this_month = Period::month_of(payment.date);
        let this_year = Period::Year {
            year: payment.date.year,
        };
        if month.0 != Some(this_month) {
            month = (Some(this_month), Decimal::ZERO);
        }
        if year.0 != Some(this_year) {
            year = (Some(this_year), Decimal::ZERO);
        }
        month.1 += payment.amount;
        year.1 += payment.amount;
        let rules = choice.for_date(payment.date);
        let broken: Vec<LimitWarning> = [
            (LimitKind::Single, payment.amount),
            (LimitKind::Monthly, month.1),
            (LimitKind::Yearly, year.1),
        ]
        .into_iter()
        .filter_map(|(kind, used)| over(kind, rules, used, usd_rate))
        .collect();
        if !broken.is_empty() {
            found.insert(payment.id, broken);
        }
    }
    found
}
