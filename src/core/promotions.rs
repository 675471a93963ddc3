//! Dated promotions. A promotion applies only to payments dated inside it,
//! so an expired one changes nothing today but still explains old fees.

use crate::core::date::Date;
use crate::core::ledger::{Ledger, Payment};
use crate::core::rules::{Source, NEW_USER_WAIVER_2025};
use rust_decimal::Decimal;
use serde::Serialize;

/// A fee waiver for new users, limited in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Promotion {
    /// The first day payments can benefit.
    pub valid_from: Date,
    /// The last day payments can benefit.
    pub valid_until: Date,
    /// Fees are waived on spending up to this many yuan a day.
    pub daily_cap_cny: Decimal,
    /// For this many days from the first card link.
    pub days_from_first_link: i64,
    pub sources: &'static [Source],
}

/// The 2025 new-user waiver: no fee on spending within 1,000 yuan a day,
/// for 60 consecutive days from the first card link, from 2025-05-26 until
/// 2025-12-31 (no extension found). How the daily 1,000 yuan is counted was
/// not published; see [`fee_waived_by_promotion`] for the reading used.
pub const NEW_USER_WAIVER: Promotion = Promotion {
    valid_from: match Date::new(2025, 5, 26) {
        Some(date) => date,
        None => panic!("invalid date"),
    },
    valid_until: match Date::new(2025, 12, 31) {
        Some(date) => date,
        None => panic!("invalid date"),
    },
    daily_cap_cny: Decimal::from_parts(1_000, 0, 0, false, 0),
    days_from_first_link: 60,
    sources: &[NEW_USER_WAIVER_2025],
};

/// Whether a promotion runs on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PromotionStatus {
    Upcoming,
    Active,
    Expired,
}

/// The status of `promotion` on `today`.
pub fn status(promotion: &Promotion, today: Date) -> PromotionStatus {
    if today < promotion.valid_from {
        PromotionStatus::Upcoming
    } else if today > promotion.valid_until {
        PromotionStatus::Expired
    } else {
        PromotionStatus::Active
    }
}

/// A payment and the ledger it belongs to.
pub struct PromotionContext<'a> {
    pub ledger: &'a Ledger,
    pub payment: &'a Payment,
}

/// Whether the new-user waiver takes away this payment's fee.
///
/// The reading used, since the exact accounting was not published: the 60
/// days count from the first card link the user gave, or else from their
/// first recorded payment; a payment is waived when it is dated inside the
/// promotion and those 60 days, and the day's payments up to and including
/// it stay within 1,000 yuan. A payment that crosses 1,000 yuan pays the
/// full fee.
pub fn fee_waived_by_promotion(context: &PromotionContext) -> bool {
    let promotion = NEW_USER_WAIVER;
    let payment = context.payment;
    let date = payment.date;
    if date < promotion.valid_from || date > promotion.valid_until {
        return false;
    }
    let Some(first) = context
        .ledger
        .first_card_link
        .or_else(|| context.ledger.payments.first().map(|p| p.date))
    else {
        return false;
    };
    let day = date.days_since_epoch() - first.days_since_epoch();
    if !(0..promotion.days_from_first_link).contains(&day) {
        return false;
    }
    let mut running = Decimal::ZERO;
    for same_day in context.ledger.payments.iter().filter(|p| p.date == date) {
        running += same_day.amount;
        if same_day.id == payment.id {
            break;
        }
    }
    running <= promotion.daily_cap_cny
}
