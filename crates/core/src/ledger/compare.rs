//! Two ledgers of one person, from two devices: which payments one lacks,
//! and adding them. Ids say nothing across devices (each gives its own), so
//! payments are told apart by what the user sees of them: the day, the
//! amount and the note. Two equal payments on one day count as two.

use super::book::{Ledger, LedgerError, Payment, Refund};
use super::merge::by_id;

/// What a ledger changed since an earlier copy of it, payment by payment
/// (ids are kept across a copy): those it added, changed in any way (a
/// field or a refund) and removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ChangesSince {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

impl ChangesSince {
    pub fn is_empty(&self) -> bool {
        *self == ChangesSince::default()
    }
}

/// What a file would add to a ledger (see [`Ledger::additions`]).
#[derive(Debug, Default, PartialEq)]
pub struct Additions<'a> {
    /// The file's payments this ledger lacks, in date order.
    pub new: Vec<&'a Payment>,
    /// The file's payments that look like another version of one here:
    /// (the file's, the one here).
    pub versions: Vec<(&'a Payment, &'a Payment)>,
    /// The payments here the file lacks, apart from those versions: after
    /// a Replace they would be only in the backup.
    pub only_here: Vec<&'a Payment>,
}

impl Ledger {
    /// What this ledger changed since `earlier`, a copy it was made from.
    pub fn changes_since(&self, earlier: &Ledger) -> ChangesSince {
        let before = by_id(earlier);
        let mut changes = ChangesSince::default();
        let mut still_there = 0;
        for payment in &self.payments {
            match before.get(&payment.id) {
                None => changes.added += 1,
                Some(old) => {
                    still_there += 1;
                    if *old != payment {
                        changes.changed += 1;
                    }
                }
            }
        }
        changes.removed = earlier.payments.len().saturating_sub(still_there);
        changes
    }

    /// The payments of `other` that this ledger does not hold, in date
    /// order: each payment here answers for one of `other` that looks the
    /// same. Both ledgers are in date order, so one walk through each
    /// compares only the payments of the same day.
    pub fn lacks<'a>(&self, other: &'a Ledger) -> Vec<&'a Payment> {
        other
            .payments
            .iter()
            .zip(self.answers(other))
            .filter(|(_, answer)| answer.is_none())
            .map(|(payment, _)| payment)
            .collect()
    }

    /// For each payment of `other`, the index of the payment here that
    /// answers for it (the same day, amount and note; one with the same
    /// refunds first), if any. Each payment here answers for one.
    fn answers(&self, other: &Ledger) -> Vec<Option<usize>> {
        let mut answered = vec![false; self.payments.len()];
        let mut day_start = 0;
        let mut answers = Vec::with_capacity(other.payments.len());
        for payment in &other.payments {
            while self
                .payments
                .get(day_start)
                .is_some_and(|here| here.date < payment.date)
            {
                day_start += 1;
            }
            let day = (day_start..self.payments.len())
                .take_while(|&at| self.payments[at].date == payment.date)
                .filter(|&at| {
                    let here = &self.payments[at];
                    !answered[at] && here.amount == payment.amount && here.note == payment.note
                });
            let mut same = None;
            for at in day {
                if same_refunds(&self.payments[at], payment) {
                    same = Some(at);
                    break;
                }
                same = same.or(Some(at));
            }
            if let Some(at) = same {
                answered[at] = true;
            }
            answers.push(same);
        }
        answers
    }

    /// Whether `other` shares a payment with this ledger under the same id:
    /// then it came from this device (or a copy of its ledger), since each
    /// device gives out its own ids from 0.
    fn shares_a_payment_with(&self, other: &Ledger) -> bool {
        // Looked up by id, so a large ledger is not walked per payment.
        let here = by_id(self);
        other.payments.iter().any(|theirs| {
            here.get(&theirs.id).is_some_and(|here| {
                (here.date, here.amount, &here.note) == (theirs.date, theirs.amount, &theirs.note)
            })
        })
    }

    /// What `other` (a file) would add here: the payments this ledger
    /// lacks, apart from those that look like an older or newer version of
    /// a payment here. One of those has the id and the day of a payment
    /// here that the file lacks in turn, in a file that shares a payment
    /// with this ledger under its id: this device's own export, read back
    /// after the payment's amount or note was changed. Added, it would
    /// count the payment twice. A file from another device is never read
    /// that way: its ids are its own, and the same id on the same day is
    /// another payment (a coffee lost to a dinner on the new phone).
    pub fn additions<'a>(&'a self, other: &'a Ledger) -> Additions<'a> {
        let mut additions = Additions {
            only_here: other.lacks(self),
            ..Additions::default()
        };
        let same_device = self.shares_a_payment_with(other);
        for (payment, answer) in other.payments.iter().zip(self.answers(other)) {
            if let Some(here) = answer.map(|at| &self.payments[at]) {
                // The same payment with other refunds: one side recorded a
                // refund the other has not. Added, it would count twice.
                if !same_refunds(here, payment) {
                    additions.versions.push((payment, here));
                }
                continue;
            }
            let version = additions
                .only_here
                .iter()
                .position(|here| here.id == payment.id && here.date == payment.date)
                .filter(|_| same_device);
            match version {
                Some(at) => {
                    let here = additions.only_here.remove(at);
                    additions.versions.push((payment, here));
                }
                None => additions.new.push(payment),
            }
        }
        additions
    }

    /// Adds copies of `payments` (from another device's file, already
    /// checked), with their refunds, under ids of this ledger's own, and
    /// keeps the date order. Nothing changes when the ids run out.
    pub fn add_copies(&mut self, payments: &[&Payment]) -> Result<(), LedgerError> {
        let mut next = self.clone();
        for payment in payments {
            let id = next.take_id()?;
            let mut refunds = Vec::with_capacity(payment.refunds.len());
            for refund in &payment.refunds {
                refunds.push(Refund {
                    id: next.take_id()?,
                    ..refund.clone()
                });
            }
            let at = next.payments.partition_point(|p| p.date <= payment.date);
            next.payments.insert(
                at,
                Payment {
                    id,
                    refunds,
                    ..(*payment).clone()
                },
            );
        }
        *self = next;
        Ok(())
    }
}

/// Whether two payments hold the same refunds (day and amount), whatever
/// their ids or order. A payment has a few: each is looked for in turn.
fn same_refunds(one: &Payment, other: &Payment) -> bool {
    let mut taken = vec![false; other.refunds.len()];
    one.refunds.len() == other.refunds.len()
        && one.refunds.iter().all(|refund| {
            let found = other.refunds.iter().enumerate().position(|(at, theirs)| {
                !taken[at] && (theirs.date, theirs.amount) == (refund.date, refund.amount)
            });
            found.map(|at| taken[at] = true).is_some()
        })
}
