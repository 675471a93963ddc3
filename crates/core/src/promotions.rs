//! Dated fee waivers as data: the waiver for small payments, renewed one
//! year at a time, and the waivers for new users. A waiver applies only to
//! payments dated inside it, so an expired one changes nothing today but
//! still explains old fees.
//!
//! Promotions never look at the ledger: the ledger (or the calculator)
//! asks them about one payment, giving what was spent that day before it
//! and what the user said about themselves. A promotion for new users is
//! never assumed: without the user's answers the outcome is "maybe".

use crate::date::Date;
use crate::rules::{
    Source, IT_HOME_2026, NEW_USER_WAIVER_2025, TENCENT_NEWS_2026, TENCENT_TRAVEL_GUIDE_2025,
    UNIONPAY_LAUNCH_2024,
};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

const fn day(year: u16, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date"),
    }
}

/// No fee on payments up to a small amount, announced one year at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SmallPaymentWaiver {
    /// Payments up to and including this many yuan carry no fee.
    pub up_to_cny: Decimal,
    /// The last day a source has confirmed it for. After it the app knows
    /// of no announcement, and says so.
    pub confirmed_until: Date,
    pub sources: &'static [Source],
}

/// "Through the end of this year" (2025), then "all of 2026".
pub const SMALL_PAYMENTS: SmallPaymentWaiver = SmallPaymentWaiver {
    up_to_cny: Decimal::from_parts(200, 0, 0, false, 0),
    confirmed_until: day(2026, 12, 31),
    sources: &[NEW_USER_WAIVER_2025, TENCENT_NEWS_2026],
};

impl SmallPaymentWaiver {
    /// Whether a payment on `date` relies on the waiver beyond what any
    /// source has confirmed.
    pub fn unconfirmed_on(&self, date: Date) -> bool {
        date > self.confirmed_until
    }

    /// The last confirmed day, for a payment on `date` in the year it
    /// falls in: the waiver is announced one year at a time, so that year
    /// is told how long it is sure.
    pub fn ends_in_year_of(&self, date: Date) -> Option<Date> {
        (date.year == self.confirmed_until.year && !self.unconfirmed_on(date))
            .then_some(self.confirmed_until)
    }

    /// Whether someone preparing a trip on `date` should be told how long
    /// the waiver is sure: the trip comes later, so from the last
    /// confirmed year on, not only once that year is over.
    pub fn tell_traveller_on(&self, date: Date) -> bool {
        date.year >= self.confirmed_until.year
    }
}

/// A fee promotion for one kind of card, announced with a start and, where
/// a source says so, an end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CardPromotion {
    /// The day it was announced and began.
    pub from: Date,
    /// Its last day; `None` when no source has published one.
    pub until: Option<Date>,
    pub sources: &'static [Source],
}

impl CardPromotion {
    /// Whether a payment on `date` is after the start. Without a published
    /// end, whether it still runs is not known: the caller says so.
    pub fn started_by(&self, date: Date) -> bool {
        date >= self.from
    }

    /// Whether a source says it had ended by `date`.
    pub fn ended_by(&self, date: Date) -> bool {
        self.until.is_some_and(|until| date > until)
    }
}

/// At the launch of UnionPay cards issued abroad: no fee on payments in
/// the Mainland "for a limited promotional period", whose end is not
/// published.
pub const UNIONPAY_LAUNCH: CardPromotion = CardPromotion {
    from: day(2024, 11, 6),
    until: None,
    sources: &[UNIONPAY_LAUNCH_2024],
};

/// What a new-user waiver counts its days from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Anchor {
    /// The day the user first linked an international card.
    FirstCardLink,
    /// The day the user first paid with it.
    FirstPayment,
}

/// A fee waiver for users new to international cards in Weixin Pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NewUserWaiver {
    /// Short name shown to users, e.g. "2026".
    pub id: &'static str,
    pub announced: Date,
    /// The first day a payment can benefit.
    pub valid_from: Date,
    /// The last day the anchor (first link or first payment) may fall on.
    pub anchor_until: Date,
    /// The last day a payment can benefit, when a source says; `None` when
    /// it is not published whether the window may run past `anchor_until`.
    pub payments_until: Option<Date>,
    /// Fees are waived on spending up to this many yuan a day.
    pub daily_cap_cny: Decimal,
    /// For this many consecutive calendar days, counted from the anchor day.
    pub window_days: i64,
    pub anchor: Anchor,
    /// A source reads `anchor_until` as the last day to link the card,
    /// not to pay first: a card linked by then whose first payment came
    /// later may be covered too.
    pub deadline_also_read_on_link: bool,
    pub sources: &'static [Source],
}

/// 60 days from the first card link, within 1,000 yuan a day, until the
/// end of 2025.
pub const NEW_USERS_2025: NewUserWaiver = NewUserWaiver {
    id: "2025",
    announced: day(2025, 5, 26),
    valid_from: day(2025, 5, 26),
    anchor_until: day(2025, 12, 31),
    payments_until: Some(day(2025, 12, 31)),
    daily_cap_cny: Decimal::from_parts(1_000, 0, 0, false, 0),
    window_days: 60,
    anchor: Anchor::FirstCardLink,
    deadline_also_read_on_link: false,
    sources: &[NEW_USER_WAIVER_2025, TENCENT_TRAVEL_GUIDE_2025],
};

/// 90 days from the first payment, within 1,000 yuan a day, for users who
/// link an international card for the first time and pay by 2026-12-31.
pub const NEW_USERS_2026: NewUserWaiver = NewUserWaiver {
    id: "2026",
    announced: day(2026, 5, 27),
    valid_from: day(2026, 5, 27),
    anchor_until: day(2026, 12, 31),
    payments_until: None,
    daily_cap_cny: Decimal::from_parts(1_000, 0, 0, false, 0),
    window_days: 90,
    anchor: Anchor::FirstPayment,
    // IT Home (B) puts 2026-12-31 on the card link, Tencent News (C) on
    // the first payment.
    deadline_also_read_on_link: true,
    sources: &[TENCENT_NEWS_2026, IT_HOME_2026],
};

/// Every new-user waiver, oldest first.
pub const NEW_USER_WAIVERS: &[NewUserWaiver] = &[NEW_USERS_2025, NEW_USERS_2026];

/// What the user told the app about their card, for the new-user waivers.
/// Every answer is optional; nothing is assumed without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NewUserAnswers {
    /// Is this the first international card linked to Weixin Pay?
    pub first_card: Option<bool>,
    /// When was it first linked?
    pub first_link: Option<Date>,
    /// When was it first used to pay?
    pub first_payment: Option<Date>,
}

/// Why a waiver may apply but the app cannot tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Unknown {
    /// The user has not said whether this is their first card.
    NotAnswered,
    /// The user has not given the day the waiver counts from.
    AnchorNotGiven,
    /// Inside the window, but after the last day a source mentions.
    PastPublishedEnd,
    /// The first payment came after the offer's last day but the card was
    /// linked by then: covered if the deadline is on the link, as one
    /// source reads it; not if it is on the first payment, as another does.
    DeadlineOnLink,
}

/// Why a first-time user's payment is not waived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum NotCovered {
    /// The day's payments up to this one go over the daily cap.
    OverDailyCap,
    /// Before the first day or after the last day of the user's window.
    OutsideWindow,
    /// The first payment (or link) came before the offer.
    AnchorBeforeOffer,
    /// The first payment (or link) came after the offer's last day.
    AnchorAfterOffer,
}

/// Whether a new-user waiver takes away one payment's fee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum WaiverOutcome {
    /// No new-user waiver concerns this payment.
    None,
    Waived(&'static NewUserWaiver),
    /// It may be waived; the fee is shown, with the reason it may not be due.
    Maybe(&'static NewUserWaiver, Unknown),
    /// The user is a first-time user, but this payment falls outside the
    /// offer: the fee is due, and the app says why.
    NotCovered(&'static NewUserWaiver, NotCovered),
}

impl WaiverOutcome {
    /// Which outcome says more: a waiver beats a "maybe", which beats a
    /// reason for no waiver, which beats nothing.
    fn rank(self) -> u8 {
        match self {
            WaiverOutcome::Waived(_) => 3,
            WaiverOutcome::Maybe(..) => 2,
            WaiverOutcome::NotCovered(..) => 1,
            WaiverOutcome::None => 0,
        }
    }
}

/// Whether a promotion runs on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PromotionStatus {
    Upcoming,
    Active,
    Expired,
}

/// The status of a new-user waiver on `today`: active while a first link
/// or first payment can still start a window.
pub fn status(promotion: &NewUserWaiver, today: Date) -> PromotionStatus {
    if today < promotion.valid_from {
        PromotionStatus::Upcoming
    } else if today > promotion.anchor_until {
        PromotionStatus::Expired
    } else {
        PromotionStatus::Active
    }
}

/// The new-user waiver for a payment of `amount` on `date`, when the day's
/// payments before it came to `spent_before`.
///
/// The reading used where the rules were not published: a payment is
/// waived when the day's payments up to and including it stay within the
/// daily cap (a payment crossing it pays the full fee); the 2026 window
/// counts only for a first payment made from the announcement on; days of
/// a 2026 window after 2026-12-31 are "maybe", since no source says
/// whether the window runs past the end of the year.
pub fn new_user_waiver(
    date: Date,
    amount: Decimal,
    spent_before: Decimal,
    answers: NewUserAnswers,
) -> WaiverOutcome {
    NEW_USER_WAIVERS
        .iter()
        .map(|promotion| one_waiver(promotion, date, amount, spent_before, answers))
        .fold(WaiverOutcome::None, |best, found| {
            if found.rank() > best.rank() {
                found
            } else {
                best
            }
        })
}

fn one_waiver(
    promotion: &'static NewUserWaiver,
    date: Date,
    amount: Decimal,
    spent_before: Decimal,
    answers: NewUserAnswers,
) -> WaiverOutcome {
    let last_possible_day = promotion
        .payments_until
        .unwrap_or(promotion.anchor_until.plus_days(promotion.window_days - 1));
    if date < promotion.valid_from || date > last_possible_day {
        return WaiverOutcome::None;
    }
    let over_cap = spent_before + amount > promotion.daily_cap_cny;
    let anchor = match promotion.anchor {
        Anchor::FirstCardLink => answers.first_link,
        Anchor::FirstPayment => answers.first_payment,
    };
    let anchor = match (answers.first_card, anchor) {
        (Some(false), _) => return WaiverOutcome::None,
        // Over the cap nothing is waived, whoever the user is.
        _ if over_cap && answers.first_card.is_none() => return WaiverOutcome::None,
        (None, _) => return WaiverOutcome::Maybe(promotion, Unknown::NotAnswered),
        (Some(true), None) if over_cap => return WaiverOutcome::None,
        (Some(true), None) => return WaiverOutcome::Maybe(promotion, Unknown::AnchorNotGiven),
        (Some(true), Some(anchor)) => anchor,
    };
    let not_covered = |why| WaiverOutcome::NotCovered(promotion, why);
    // A 2026 window opens only with a first payment made once it was announced.
    if promotion.anchor == Anchor::FirstPayment && anchor < promotion.valid_from {
        return not_covered(NotCovered::AnchorBeforeOffer);
    }
    // A first payment after the last day: covered only if the deadline is
    // on the link, and the card was linked in time.
    let linked_in_time = promotion.deadline_also_read_on_link
        && answers
            .first_link
            .is_some_and(|link| link >= promotion.valid_from && link <= promotion.anchor_until);
    if anchor > promotion.anchor_until && !linked_in_time {
        return not_covered(NotCovered::AnchorAfterOffer);
    }
    let day = date.days_since_epoch() - anchor.days_since_epoch();
    if !(0..promotion.window_days).contains(&day) {
        return not_covered(NotCovered::OutsideWindow);
    }
    if over_cap {
        return not_covered(NotCovered::OverDailyCap);
    }
    match promotion.payments_until {
        _ if anchor > promotion.anchor_until => {
            WaiverOutcome::Maybe(promotion, Unknown::DeadlineOnLink)
        }
        None if date > promotion.anchor_until => {
            WaiverOutcome::Maybe(promotion, Unknown::PastPublishedEnd)
        }
        _ => WaiverOutcome::Waived(promotion),
    }
}
