//! What the ledger holds: payments, their refunds and the periods they
//! are counted in. The checks and the changes are in `check` and `changes`.

use crate::amount::AmountError;
use crate::date::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The highest id a payment or refund may have: the largest whole number
/// JavaScript reads exactly, so a file stays the same in any tool.
pub const MAX_ID: u64 = (1 << 53) - 1;

/// A refund of (part of) a payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refund {
    pub id: u64,
    pub date: Date,
    /// Yuan refunded; positive.
    #[serde(deserialize_with = "crate::stored_amount::deserialize")]
    pub amount: Decimal,
}

/// One payment with an international card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub id: u64,
    /// The date in China.
    pub date: Date,
    /// Yuan paid to the merchant; positive, at most two decimals.
    #[serde(deserialize_with = "crate::stored_amount::deserialize")]
    pub amount: Decimal,
    /// The user's own words, e.g. "dinner"; may be empty.
    pub note: String,
    pub refunds: Vec<Refund>,
    /// The currency markup, in percent, of the card chosen when the
    /// payment was recorded: choosing another card later changes no past
    /// payment's cost. Absent for payments recorded before the tracker kept
    /// it, or while no markup was known; those take the card chosen now.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::stored_amount::deserialize_some"
    )]
    pub markup: Option<Decimal>,
}

/// Puts payments in date order, keeping the order of each day's payments
/// (a daily waiver counts them in that order). One function for every
/// caller, so the browser's download holds one copy of the sort.
pub(crate) fn sort_by_date(payments: &mut [Payment]) {
    payments.sort_by_key(|payment| payment.date);
}

impl Payment {
    /// Yuan refunded so far.
    pub fn refunded(&self) -> Decimal {
        self.refunds.iter().map(|refund| refund.amount).sum()
    }

    /// Yuan that can still be refunded.
    pub fn left(&self) -> Decimal {
        self.amount - self.refunded()
    }
}

/// Every payment the user recorded, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Ledger {
    /// The next id to hand out; ids are never reused.
    pub next_id: u64,
    pub payments: Vec<Payment>,
    /// When the user first linked a card, for promotions counted from it.
    #[serde(default)]
    pub first_card_link: Option<Date>,
}

/// Why a change to the ledger was refused. Nothing changes when one is returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LedgerError {
    /// The amount could not be read.
    Amount(AmountError),
    /// No payment or refund with that id.
    NotFound,
    /// A refund larger than what is left of the payment.
    RefundTooLarge { left: Decimal },
    /// A refund dated before its payment.
    RefundBeforePayment,
    /// A date before Weixin Pay took international cards under any known rules.
    DateTooEarly { earliest: Date },
    /// A date later than tomorrow in China.
    DateInFuture { latest: Date },
    /// Editing a payment to less than what was already refunded.
    BelowRefunded { refunded: Decimal },
    /// A note longer than [`MAX_NOTE_CHARS`].
    NoteTooLong,
    /// A note typed with a card's number or security code in it.
    NoteHoldsCardDetails,
    /// A stored or imported ledger whose parts do not fit together
    /// (ids repeated, payments out of order), or no id left to give out.
    Inconsistent,
    /// The change would make the ledger larger than the app keeps
    /// ([`crate::export::MAX_LEDGER_BYTES`]).
    TooLarge { max_bytes: usize },
}

impl Ledger {
    /// Removes a payment and returns it with its place, for undo.
    pub fn delete(&mut self, id: u64) -> Result<(usize, Payment), LedgerError> {
        let index = self.index_of(id)?;
        Ok((index, self.payments.remove(index)))
    }

    /// Puts back a payment removed by [`Ledger::delete`], in date order
    /// even if other payments were added since.
    pub fn restore(&mut self, index: usize, payment: Payment) {
        let at = index.min(self.payments.len());
        let fits = (at == 0 || self.payments[at - 1].date <= payment.date)
            && self
                .payments
                .get(at)
                .is_none_or(|next| payment.date <= next.date);
        let at = if fits {
            at
        } else {
            self.payments.partition_point(|p| p.date <= payment.date)
        };
        self.payments.insert(at, payment);
    }

    /// Removes a refund.
    pub fn delete_refund(&mut self, payment_id: u64, refund_id: u64) -> Result<(), LedgerError> {
        let index = self.index_of(payment_id)?;
        let refunds = &mut self.payments[index].refunds;
        let before = refunds.len();
        refunds.retain(|refund| refund.id != refund_id);
        if refunds.len() == before {
            return Err(LedgerError::NotFound);
        }
        Ok(())
    }

    /// The days from the first payment kept to the last, if any.
    pub fn span(&self) -> Option<Period> {
        match (self.payments.first(), self.payments.last()) {
            (Some(first), Some(last)) => Some(Period::Days {
                from: first.date,
                to: last.date,
            }),
            _ => None,
        }
    }

    /// The payments dated in `period`, oldest first. Payments are kept in
    /// date order, so this is one slice found by two binary searches.
    pub fn in_period(&self, period: Period) -> &[Payment] {
        let start = self
            .payments
            .partition_point(|p| p.date < period.first_day());
        let end = self
            .payments
            .partition_point(|p| p.date <= period.last_day());
        &self.payments[start..end.max(start)]
    }

    /// How many payments of exactly `amount` are dated `date`: a second
    /// one is often the same payment recorded twice, and each counts
    /// toward the limits.
    pub fn same_day_and_amount(&self, date: Date, amount: Decimal) -> usize {
        let start = self.payments.partition_point(|p| p.date < date);
        self.payments[start..]
            .iter()
            .take_while(|p| p.date == date)
            .filter(|p| p.amount == amount)
            .count()
    }

    /// The payment with this id.
    pub fn payment(&self, id: u64) -> Option<&Payment> {
        self.payments.iter().find(|payment| payment.id == id)
    }

    pub(super) fn index_of(&self, id: u64) -> Result<usize, LedgerError> {
        self.payments
            .iter()
            .position(|payment| payment.id == id)
            .ok_or(LedgerError::NotFound)
    }
}

/// A calendar period in China time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Period {
    Month {
        year: u16,
        month: u8,
    },
    Year {
        year: u16,
    },
    /// The days from `from` to `to`, both included: every payment kept,
    /// as a trip over the turn of a year is.
    Days {
        from: Date,
        to: Date,
    },
}

impl Period {
    /// The month `date` lies in.
    pub fn month_of(date: Date) -> Period {
        Period::Month {
            year: date.year,
            month: date.month,
        }
    }

    /// Whether `date` lies in the period.
    pub fn contains(self, date: Date) -> bool {
        match self {
            Period::Month { year, month } => date.year == year && date.month == month,
            Period::Year { year } => date.year == year,
            Period::Days { from, to } => from <= date && date <= to,
        }
    }

    /// The first day of the period.
    pub fn first_day(self) -> Date {
        let (year, month) = match self {
            Period::Month { year, month } => (year, month),
            Period::Year { year } => (year, 1),
            Period::Days { from, .. } => return from,
        };
        Date::new(year, month.clamp(1, 12), 1).unwrap_or(Date {
            year,
            month: 1,
            day: 1,
        })
    }

    /// The last day of the period.
    pub fn last_day(self) -> Date {
        let next_first = match self {
            Period::Month { year, month: 12 } | Period::Year { year } => Period::Month {
                year: year.saturating_add(1),
                month: 1,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month + 1,
            },
            Period::Days { to, .. } => return to,
        };
        next_first.first_day().plus_days(-1)
    }
}

/// The months that have payments, newest first.
pub fn months_with_payments(ledger: &Ledger) -> Vec<Period> {
    let mut months: Vec<Period> = Vec::new();
    for payment in ledger.payments.iter().rev() {
        let month = Period::month_of(payment.date);
        // Payments are in date order, so a month seen before is the last one pushed.
        if months.last() != Some(&month) {
            months.push(month);
        }
    }
    months
}
