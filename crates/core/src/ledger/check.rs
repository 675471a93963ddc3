//! What a ledger may hold: amounts, notes, dates, ids and order. Changes
//! are checked one by one; a ledger read from storage or a file is checked
//! whole and, where it fails, sorted into what can be used and what is set
//! aside (and kept elsewhere by the caller).

use super::book::{sort_by_date, Ledger, LedgerError, Payment, MAX_ID};
use crate::amount::AmountError;
use crate::date::Date;
use crate::rules::RULE_SETS;
use rust_decimal::Decimal;
use std::collections::HashSet;

/// The most a single stored amount may be; anything larger is a typo.
const MAX_AMOUNT: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);

/// Longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 200;

/// The first date a payment may have: the day the oldest known rule set
/// took effect. Before it Weixin Pay took no international cards.
pub fn earliest_payment_date() -> Date {
    RULE_SETS[0].effective_from
}

/// The last date a payment may have, given today's date in China. One day
/// of slack, because a phone's clock may be a little off and a payment
/// made just after midnight in China is easily dated a day ahead.
pub fn latest_payment_date(today: Date) -> Date {
    today.plus_days(1)
}

/// Whether a payment may be dated `date`, given today's date in China.
pub fn check_payment_date(date: Date, today: Date) -> Result<(), LedgerError> {
    let earliest = earliest_payment_date();
    let latest = latest_payment_date(today);
    if date < earliest {
        Err(LedgerError::DateTooEarly { earliest })
    } else if date > latest {
        Err(LedgerError::DateInFuture { latest })
    } else {
        Ok(())
    }
}

/// Whether a refund of a payment dated `payment_date` may be dated `date`:
/// not before its payment, and not after the last day a payment may have,
/// so a payment dated tomorrow in China can be refunded too.
pub fn check_refund_date(payment_date: Date, date: Date, today: Date) -> Result<(), LedgerError> {
    let latest = latest_payment_date(today);
    if date < payment_date {
        Err(LedgerError::RefundBeforePayment)
    } else if date > latest {
        Err(LedgerError::DateInFuture { latest })
    } else {
        Ok(())
    }
}

pub(super) fn check_amount(amount: Decimal) -> Result<Decimal, LedgerError> {
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

pub fn check_note(note: &str) -> Result<String, LedgerError> {
    let note = note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(LedgerError::NoteTooLong);
    }
    Ok(note.to_string())
}

/// A note typed for a new or changed payment: as [`check_note`], and never
/// a card's number or security code, which the note would keep on the
/// device and in every export. Notes stored before are not checked so.
pub fn check_new_note(note: &str) -> Result<String, LedgerError> {
    if holds_card_details(note) {
        return Err(LedgerError::NoteHoldsCardDetails);
    }
    check_note(note)
}

/// A card's number (13 to 19 digits, in groups or not, that pass the
/// cards' own check digit: an order or phone number seldom does), or a
/// CVV with its digits.
fn holds_card_details(note: &str) -> bool {
    let folded = note.to_lowercase();
    let chars: Vec<char> = folded.chars().collect();
    let (mut runs, mut run) = (Vec::new(), String::new());
    for (at, c) in chars.iter().enumerate() {
        // One space or dash between groups of a card's digits.
        let between_groups = matches!(c, ' ' | '-')
            && !run.is_empty()
            && chars.get(at + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            run.push(*c);
        } else if !between_groups && !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
        // "+86 138 …" is a phone number: its digits are marked as such.
        if *c == '+' {
            run.push('+');
        }
    }
    runs.push(run);
    let card_number = runs
        .iter()
        .filter(|run| !run.starts_with('+'))
        .any(|run| (13..=19).contains(&run.len()) && passes_check_digit(run));
    let security_code = ["cvv", "cvc", "安全码"].iter().any(|word| {
        folded.split(word).skip(1).any(|after| {
            let digits: String = after
                .trim_start_matches([' ', ':', '：', '='])
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            (3..=4).contains(&digits.len())
        })
    });
    card_number || security_code
}

/// The Luhn check every card number passes.
fn passes_check_digit(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(place, byte)| {
            let digit = u32::from(byte - b'0');
            match place % 2 {
                0 => digit,
                _ if digit * 2 > 9 => digit * 2 - 9,
                _ => digit * 2,
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A markup a card can have, as the Fees page takes it: 0 to 50 %.
pub fn is_markup(percent: Decimal) -> bool {
    (Decimal::ZERO..=crate::amount::MAX_MARKUP_PERCENT).contains(&percent)
}

/// Everything about one payment that can be checked on its own.
fn check_payment(payment: &Payment, today: Date) -> Result<(), LedgerError> {
    check_payment_date(payment.date, today)?;
    check_amount(payment.amount)?;
    if payment.note.chars().count() > MAX_NOTE_CHARS {
        return Err(LedgerError::NoteTooLong);
    }
    let mut refunded = Decimal::ZERO;
    for refund in &payment.refunds {
        check_amount(refund.amount)?;
        if refund.date < payment.date {
            return Err(LedgerError::RefundBeforePayment);
        }
        check_payment_date(refund.date, today)?;
        // The figure is what the refunds before this one left, as the
        // refund form would have said.
        if refunded + refund.amount > payment.amount {
            return Err(LedgerError::RefundTooLarge {
                left: payment.amount - refunded,
            });
        }
        refunded += refund.amount;
    }
    Ok(())
}

/// A payment that could not be used as it is, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub payment: Payment,
    pub reason: LedgerError,
}

/// What can still be told of a payment that could not be read, to find
/// it in the file: its date, amount and note as written there, where they
/// are text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnreadablePayment {
    pub date: Option<String>,
    pub amount: Option<String>,
    pub note: Option<String>,
}

/// A ledger read from storage or a file, sorted into what can be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Salvaged {
    /// Every payment that passes the checks, in date order, ids unique.
    pub ledger: Ledger,
    /// Payments that fail a check, untouched.
    pub set_aside: Vec<SetAside>,
    /// Payments in a file that could not be read at all (a field of the
    /// wrong kind): left in the file, with what can be told of each.
    pub unreadable: Vec<UnreadablePayment>,
    /// Whether anything had to change: payments put back in date order or
    /// repeated ids renumbered. Nothing is lost by either.
    pub repaired: bool,
    /// Details of the ledger itself that could not be used as they were.
    pub fixed: Vec<Fixed>,
    /// The app's settings an export carried beside the ledger, as the
    /// text it wrote: the core leaves their meaning to the app.
    pub settings: Option<String>,
    /// The new-user answers an export carried, the same way.
    pub new_user: Option<String>,
    /// The export's own name, and the export its ledger was based on.
    pub export_id: Option<String>,
    pub based_on: Option<String>,
}

/// A detail of a stored or imported ledger, outside its payments, that
/// could not be used as it was. The payments still load; the caller keeps
/// the original text as a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixed {
    /// The id counter was not a whole number; it is set above every id.
    NextId,
    /// The date of the first card link does not exist or lies ahead; it
    /// is left out.
    FirstCardLink,
    /// Fields this version does not know; left out here.
    UnknownFields,
    /// A version number the app never wrote.
    Version,
    /// The text ends early or is damaged part-way: the payments before
    /// the damage are read, anything after it could not be.
    CutOff,
}

impl Salvaged {
    /// Whether the ledger could be used exactly as it was read.
    pub fn is_clean(&self) -> bool {
        self.left_out() == 0 && !self.repaired && self.fixed.is_empty()
    }

    /// How many payments could not be used: set aside or unreadable.
    pub fn left_out(&self) -> usize {
        self.set_aside.len() + self.unreadable.len()
    }
}

impl Ledger {
    /// Checks a ledger read from a file or storage: amounts, dates,
    /// refunds, ids and order. A ledger that passes can be used as it is.
    pub fn validate(&self, today: Date) -> Result<(), LedgerError> {
        let salvaged = self.clone().salvage(today);
        match salvaged.set_aside.first() {
            Some(first) => Err(first.reason),
            None if salvaged.repaired => Err(LedgerError::Inconsistent),
            None => Ok(()),
        }
    }

    /// Sorts a ledger read from a file or storage into the payments that
    /// can be used and those that cannot. Out-of-order payments are put in
    /// order and repeated ids renumbered; nothing is dropped: every payment
    /// is either in the ledger or in `set_aside`.
    pub fn salvage(self, today: Date) -> Salvaged {
        let mut repaired = false;
        let mut kept = Vec::new();
        let mut set_aside = Vec::new();
        for mut payment in self.payments {
            // A markup no card has costs the payment with the card chosen
            // now; the text as it was is kept as a backup.
            if payment.markup.is_some_and(|percent| !is_markup(percent)) {
                payment.markup = None;
                repaired = true;
            }
            match check_payment(&payment, today) {
                Ok(()) => kept.push(payment),
                Err(reason) => set_aside.push(SetAside { payment, reason }),
            }
        }
        if kept.windows(2).any(|pair| pair[0].date > pair[1].date) {
            sort_by_date(&mut kept);
            repaired = true;
        }
        if kept
            .iter()
            .flat_map(|p| std::iter::once(p.id).chain(p.refunds.iter().map(|r| r.id)))
            .any(|id| id > MAX_ID)
        {
            // Ids past what a file can hold exactly: number them afresh,
            // in order, rather than let the next one wrap around.
            let mut fresh = 0..;
            for payment in &mut kept {
                payment.id = fresh.next().unwrap_or_default();
                for refund in &mut payment.refunds {
                    refund.id = fresh.next().unwrap_or_default();
                }
            }
            repaired = true;
        }
        let highest = kept
            .iter()
            .flat_map(|p| std::iter::once(p.id).chain(p.refunds.iter().map(|r| r.id)))
            .max();
        let lowest_free = highest.map_or(0, |id| id + 1);
        // The counter must lie above every id in use and within range; a
        // counter past the range is brought back to the lowest free id.
        let mut next_id = if self.next_id > MAX_ID {
            lowest_free
        } else {
            self.next_id.max(lowest_free)
        };
        if next_id != self.next_id {
            repaired = true;
        }
        let mut seen = HashSet::new();
        for payment in &mut kept {
            let ids = std::iter::once(&mut payment.id)
                .chain(payment.refunds.iter_mut().map(|refund| &mut refund.id));
            for id in ids {
                if !seen.insert(*id) {
                    *id = next_id;
                    seen.insert(next_id);
                    next_id += 1;
                    repaired = true;
                }
            }
        }
        Salvaged {
            ledger: Ledger {
                next_id,
                payments: kept,
                first_card_link: self.first_card_link,
            },
            set_aside,
            unreadable: Vec::new(),
            repaired,
            fixed: Vec::new(),
            settings: None,
            new_user: None,
            export_id: None,
            based_on: None,
        }
    }
}

// The checks [`Ledger::edit`] and [`Ledger::refund`] make, one field at a
// time, so a form can show each problem next to its field before the user
// saves, without changing anything.
impl Payment {
    /// A new date for this payment: a payment's date, and not after any
    /// of its refunds.
    pub fn check_new_date(&self, date: Date, today: Date) -> Result<(), LedgerError> {
        check_payment_date(date, today)?;
        match self.refunds.iter().any(|refund| refund.date < date) {
            true => Err(LedgerError::RefundBeforePayment),
            false => Ok(()),
        }
    }

    /// A new amount for this payment: positive, and not below what was
    /// refunded.
    pub fn check_new_amount(&self, amount: Decimal) -> Result<Decimal, LedgerError> {
        let amount = check_amount(amount)?;
        let refunded = self.refunded();
        match amount < refunded {
            true => Err(LedgerError::BelowRefunded { refunded }),
            false => Ok(amount),
        }
    }

    /// A refund's date: not before this payment, not in the future.
    pub fn check_refund_date(&self, date: Date, today: Date) -> Result<(), LedgerError> {
        check_refund_date(self.date, date, today)
    }

    /// A refund's amount: positive, and not more than what is left.
    pub fn check_refund_amount(&self, amount: Decimal) -> Result<Decimal, LedgerError> {
        let amount = check_amount(amount)?;
        let left = self.left();
        match amount > left {
            true => Err(LedgerError::RefundTooLarge { left }),
            false => Ok(amount),
        }
    }
}
