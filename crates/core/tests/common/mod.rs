//! What the ledger tests share: dates and amounts from text, and ledgers
//! built from (date, amount) pairs.
// Each test file uses a different part of this.
#![allow(dead_code)]

use rust_decimal::Decimal;
use std::str::FromStr;
use waika_core::date::Date;
use waika_core::ledger::{CostSettings, Ledger};
use waika_core::promotions::NewUserAnswers;

pub fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

pub fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

pub fn today() -> Date {
    date("2026-11-23")
}

/// Costs without a card markup and without any new-user offer.
pub const NO_MARKUP: CostSettings = CostSettings {
    markup_percent: Decimal::ZERO,
    new_user: NewUserAnswers {
        first_card: None,
        first_link: None,
        first_payment: None,
    },
};

/// A ledger with one payment per (date, amount), added on `today()`.
pub fn ledger_of(payments: &[(&str, &str)]) -> Ledger {
    let mut ledger = Ledger::default();
    for (day, amount) in payments {
        ledger.add(date(day), dec(amount), "", today()).unwrap();
    }
    ledger
}
