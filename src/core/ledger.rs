//! The spending ledger: payments kept on the device, their refunds, and
//! what is left of each limit per month and year.
//!
//! Months and years are calendar months in China (UTC+8): payment dates are
//! the dates in China, which is how Weixin Pay counts them.

use crate::core::amount::{parse_cny_amount, AmountError};
use crate::core::date::Date;
use crate::core::fees::service_fee;
use crate::core::limits::limit_in_cny;
use crate::core::money::{round_to_minor_unit, CnyRate, Money};
use crate::core::promotions::{fee_waived_by_promotion, PromotionContext};
use crate::core::rules::{Limit, RuleSet};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The most a single stored amount may be; anything larger is a typo.
const MAX_AMOUNT: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);

/// Longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 200;

/// A refund of (part of) a payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refund {
    pub id: u64,
    pub date: Date,
    /// Yuan refunded; positive.
    pub amount: Decimal,
}

/// One payment with an international card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub id: u64,
    /// The date in China.
    pub date: Date,
    /// Yuan paid to the merchant; positive, at most two decimals.
    pub amount: Decimal,
    /// The user's own words, e.g. "dinner"; may be empty.
    pub note: String,
    pub refunds: Vec<Refund>,
}

impl Payment {
    /// Yuan refunded so far.
    pub fn refunded(&self) -> Decimal {
        self.refunds.iter().map(|refund| refund.amount).sum()
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
    /// Editing a payment to less than what was already refunded.
    BelowRefunded { refunded: Decimal },
    /// A note longer than [`MAX_NOTE_CHARS`].
    NoteTooLong,
    /// A stored or imported ledger whose parts do not fit together
    /// (ids repeated, payments out of order).
    Inconsistent,
}

fn check_amount(amount: Decimal) -> Result<Decimal, LedgerError> {
    if amount <= Decimal::ZERO {
        return Err(LedgerError::Amount(if amount.is_zero() {
            AmountError::Zero
        } else {
            AmountError::Negative
        }));
    }
    if amount.normalize().scale() > 2 {
        return Err(LedgerError::Amount(AmountError::TooManyDecimals { max: 2 }));
    }
    if amount > MAX_AMOUNT {
        return Err(LedgerError::Amount(AmountError::TooLarge {
            max: MAX_AMOUNT,
        }));
    }
    Ok(amount.normalize())
}

fn check_note(note: &str) -> Result<String, LedgerError> {
    let note = note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(LedgerError::NoteTooLong);
    }
    Ok(note.to_string())
}

impl Ledger {
    fn take_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Reads a typed amount and adds a payment. Returns its id.
    pub fn add_typed(&mut self, date: Date, typed: &str, note: &str) -> Result<u64, LedgerError> {
        let amount = parse_cny_amount(typed).map_err(LedgerError::Amount)?;
        self.add(date, amount, note)
    }

    /// Adds a payment and keeps the ledger in date order. Returns its id.
    pub fn add(&mut self, date: Date, amount: Decimal, note: &str) -> Result<u64, LedgerError> {
        let amount = check_amount(amount)?;
        let note = check_note(note)?;
        let id = self.take_id();
        let at = self.payments.partition_point(|p| p.date <= date);
        self.payments.insert(
            at,
            Payment {
                id,
                date,
                amount,
                note,
                refunds: Vec::new(),
            },
        );
        Ok(id)
    }

    /// Changes a payment's date, amount and note; refunds stay attached.
    pub fn edit(
        &mut self,
        id: u64,
        date: Date,
        amount: Decimal,
        note: &str,
    ) -> Result<(), LedgerError> {
        let amount = check_amount(amount)?;
        let note = check_note(note)?;
        let index = self.index_of(id)?;
        let refunded = self.payments[index].refunded();
        if amount < refunded {
            return Err(LedgerError::BelowRefunded { refunded });
        }
        if self.payments[index].refunds.iter().any(|r| r.date < date) {
            return Err(LedgerError::RefundBeforePayment);
        }
        let mut payment = self.payments.remove(index);
        payment.date = date;
        payment.amount = amount;
        payment.note = note;
        let at = self.payments.partition_point(|p| p.date <= date);
        self.payments.insert(at, payment);
        Ok(())
    }

    /// Removes a payment and returns it with its place, for undo.
    pub fn delete(&mut self, id: u64) -> Result<(usize, Payment), LedgerError> {
        let index = self.index_of(id)?;
        Ok((index, self.payments.remove(index)))
    }

    /// Puts back a payment removed by [`Ledger::delete`].
    pub fn restore(&mut self, index: usize, payment: Payment) {
        let at = index.min(self.payments.len());
        self.payments.insert(at, payment);
    }

    /// Records a refund of (part of) a payment. Returns the refund's id.
    pub fn refund(
        &mut self,
        payment_id: u64,
        date: Date,
        amount: Decimal,
    ) -> Result<u64, LedgerError> {
        let amount = check_amount(amount)?;
        let index = self.index_of(payment_id)?;
        let payment = &self.payments[index];
        if date < payment.date {
            return Err(LedgerError::RefundBeforePayment);
        }
        let left = payment.amount - payment.refunded();
        if amount > left {
            return Err(LedgerError::RefundTooLarge { left });
        }
        let id = self.take_id();
        self.payments[index]
            .refunds
            .push(Refund { id, date, amount });
        Ok(id)
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

    fn index_of(&self, id: u64) -> Result<usize, LedgerError> {
        self.payments
            .iter()
            .position(|payment| payment.id == id)
            .ok_or(LedgerError::NotFound)
    }

    /// Checks a ledger read from a file or storage: amounts, refunds, ids
    /// and order. A ledger that passes can be used as it is.
    pub fn validate(&self) -> Result<(), LedgerError> {
        let mut ids = std::collections::HashSet::new();
        let mut fresh_id = |id: u64| ids.insert(id) && id < self.next_id;
        if self
            .payments
            .windows(2)
            .any(|pair| pair[0].date > pair[1].date)
        {
            return Err(LedgerError::Inconsistent);
        }
        for payment in &self.payments {
            check_amount(payment.amount)?;
            if check_note(&payment.note)? != payment.note || !fresh_id(payment.id) {
                return Err(LedgerError::Inconsistent);
            }
            for refund in &payment.refunds {
                check_amount(refund.amount)?;
                if refund.date < payment.date {
                    return Err(LedgerError::RefundBeforePayment);
                }
                if !fresh_id(refund.id) {
                    return Err(LedgerError::Inconsistent);
                }
            }
            if payment.refunded() > payment.amount {
                return Err(LedgerError::RefundTooLarge {
                    left: Decimal::ZERO,
                });
            }
        }
        Ok(())
    }
}

/// The cost of one payment after refunds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PaymentCost {
    /// The fee Weixin Pay charged (zero if waived).
    pub fee: Money,
    /// Whether a promotion waived a fee that would otherwise apply.
    pub promotion_waived: bool,
    /// The part of the fee given back with refunds.
    pub fee_refunded: Money,
    /// Amount and fee after refunds.
    pub net_charged: Money,
    /// The issuer's markup on the net charge.
    pub markup: Money,
    /// Everything the card pays, in yuan.
    pub total_cny: Money,
}

/// The settings a cost depends on besides the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CostSettings {
    /// The card issuer's markup in percent.
    pub markup_percent: Decimal,
}

/// What one payment costs after refunds, under `rules` and any promotion in
/// force on its date.
pub fn payment_cost(
    ledger: &Ledger,
    payment: &Payment,
    rules: &RuleSet,
    settings: CostSettings,
) -> PaymentCost {
    let hundred = Decimal::ONE_HUNDRED;
    let fee_applies = payment.amount > rules.fee_free_up_to_cny.value;
    let promotion_waived =
        fee_applies && fee_waived_by_promotion(&PromotionContext { ledger, payment });
    let fee = if promotion_waived {
        Decimal::ZERO
    } else {
        service_fee(rules, payment.amount).amount()
    };
    let refunded = payment.refunded();
    // The fee comes back in proportion to the amount refunded.
    let fee_refunded = if payment.amount.is_zero() {
        Decimal::ZERO
    } else {
        round_to_minor_unit(fee * refunded / payment.amount)
    };
    let net_charged = payment.amount - refunded + fee - fee_refunded;
    let markup = round_to_minor_unit(net_charged * settings.markup_percent / hundred);
    PaymentCost {
        fee: Money::cny(fee),
        promotion_waived,
        fee_refunded: Money::cny(fee_refunded),
        net_charged: Money::cny(net_charged),
        markup: Money::cny(markup),
        total_cny: Money::cny(net_charged + markup),
    }
}

/// Spending and costs over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PeriodTotals {
    pub payments: usize,
    /// Sum of payment amounts, before refunds: what the limits count.
    pub spent: Money,
    pub refunded: Money,
    /// Fees after refunded fees.
    pub fees: Money,
    pub markup: Money,
    /// Everything the card paid, in yuan.
    pub total_cny: Money,
}

/// A calendar period in China time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Period {
    Month { year: u16, month: u8 },
    Year { year: u16 },
}

impl Period {
    /// Whether `date` lies in the period.
    pub fn contains(self, date: Date) -> bool {
        match self {
            Period::Month { year, month } => date.year == year && date.month == month,
            Period::Year { year } => date.year == year,
        }
    }
}

/// Totals of the payments dated in `period`.
pub fn totals(
    ledger: &Ledger,
    period: Period,
    rules: &RuleSet,
    settings: CostSettings,
) -> PeriodTotals {
    let mut totals = PeriodTotals {
        payments: 0,
        spent: Money::cny(Decimal::ZERO),
        refunded: Money::cny(Decimal::ZERO),
        fees: Money::cny(Decimal::ZERO),
        markup: Money::cny(Decimal::ZERO),
        total_cny: Money::cny(Decimal::ZERO),
    };
    for payment in ledger.payments.iter().filter(|p| period.contains(p.date)) {
        let cost = payment_cost(ledger, payment, rules, settings);
        totals = PeriodTotals {
            payments: totals.payments + 1,
            spent: Money::cny(totals.spent.amount() + payment.amount),
            refunded: Money::cny(totals.refunded.amount() + payment.refunded()),
            fees: Money::cny(totals.fees.amount() + cost.fee.amount() - cost.fee_refunded.amount()),
            markup: Money::cny(totals.markup.amount() + cost.markup.amount()),
            total_cny: Money::cny(totals.total_cny.amount() + cost.total_cny.amount()),
        };
    }
    totals
}

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
    /// A published limit: used and what is left (zero when over).
    Known {
        limit: Money,
        used: Money,
        left: Money,
        /// Converted from US dollars at the visible rate.
        estimated: bool,
    },
    /// No source publishes this limit; the app does not invent one.
    NotPublished,
}

/// Use of the monthly or yearly limit in the period containing `date`.
/// Refunds do not give room back: no source says they do, so the app
/// errs on the safe side.
pub fn limit_use(
    ledger: &Ledger,
    kind: LimitKind,
    date: Date,
    rules: &RuleSet,
    usd_rate: CnyRate,
) -> LimitUse {
    let (limit, period) = match kind {
        LimitKind::Single => return single_limit_use(rules, Decimal::ZERO, usd_rate),
        LimitKind::Monthly => (
            rules.monthly_limit.value,
            Period::Month {
                year: date.year,
                month: date.month,
            },
        ),
        LimitKind::Yearly => (rules.yearly_limit.value, Period::Year { year: date.year }),
    };
    let used: Decimal = ledger
        .payments
        .iter()
        .filter(|p| period.contains(p.date))
        .map(|p| p.amount)
        .sum();
    known_use(limit, used, usd_rate)
}

fn known_use(limit: Limit, used: Decimal, usd_rate: CnyRate) -> LimitUse {
    match limit_in_cny(limit, usd_rate) {
        None => LimitUse::NotPublished,
        Some(limit) => LimitUse::Known {
            limit: limit.cny,
            used: Money::cny(used),
            left: Money::cny((limit.cny.amount() - used).max(Decimal::ZERO)),
            estimated: limit.estimated,
        },
    }
}

fn single_limit_use(rules: &RuleSet, amount: Decimal, usd_rate: CnyRate) -> LimitUse {
    known_use(rules.single_transaction_limit.value, amount, usd_rate)
}

/// A limit a new payment would break, and by how much.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LimitWarning {
    pub kind: LimitKind,
    pub limit: Money,
    pub over_by: Money,
    pub estimated: bool,
}

/// The limits a payment of `amount` on `date` would exceed, given what the
/// ledger holds already. Empty when it fits.
pub fn warnings_for_new_payment(
    ledger: &Ledger,
    date: Date,
    amount: Decimal,
    rules: &RuleSet,
    usd_rate: CnyRate,
) -> Vec<LimitWarning> {
    let mut warnings = Vec::new();
    let mut check = |kind, usage: LimitUse, adding: Decimal| {
        if let LimitUse::Known {
            limit,
            used,
            estimated,
            ..
        } = usage
        {
            let after = used.amount() + adding;
            if after > limit.amount() {
                warnings.push(LimitWarning {
                    kind,
                    limit,
                    over_by: Money::cny(after - limit.amount()),
                    estimated,
                });
            }
        }
    };
    check(
        LimitKind::Single,
        single_limit_use(rules, Decimal::ZERO, usd_rate),
        amount,
    );
    check(
        LimitKind::Monthly,
        limit_use(ledger, LimitKind::Monthly, date, rules, usd_rate),
        amount,
    );
    check(
        LimitKind::Yearly,
        limit_use(ledger, LimitKind::Yearly, date, rules, usd_rate),
        amount,
    );
    warnings
}

/// The months that have payments, newest first.
pub fn months_with_payments(ledger: &Ledger) -> Vec<Period> {
    let mut months: Vec<Period> = Vec::new();
    for payment in ledger.payments.iter().rev() {
        let month = Period::Month {
            year: payment.date.year,
            month: payment.date.month,
        };
        if !months.contains(&month) {
            months.push(month);
        }
    }
    months
}

/// Reads an amount typed for a refund or an edit.
pub fn parse_typed(typed: &str) -> Result<Decimal, LedgerError> {
    parse_cny_amount(typed).map_err(LedgerError::Amount)
}
