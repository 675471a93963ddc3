//! The spending ledger: payments kept on the device, their refunds, and
//! what is left of each limit per month and year.
//!
//! Months and years are calendar months in China (UTC+8): payment dates are
//! the dates in China, which is how Weixin Pay counts them.

mod book;
mod changes;
mod check;
mod compare;
mod costs;
mod limits;
mod merge;

pub use check::{
    check_new_note, check_note, check_payment_date, check_refund_date, earliest_payment_date,
    latest_payment_date, Fixed, Salvaged, SetAside, UnreadablePayment, MAX_NOTE_CHARS,
};
pub use compare::{Additions, ChangesSince};
pub use costs::{payment_cost, rule_sets_used, totals, CostSettings, PaymentCost, PeriodTotals};
pub use limits::{
    limit_use, refusals, warnings_for_new_payment, LimitKind, LimitUse, LimitWarning, Refusals,
};
pub use merge::{merge, renumbered_id, Merged};

pub use book::{months_with_payments, Ledger, LedgerError, Payment, Period, Refund, MAX_ID};
