//! Two ledgers of one person, from two devices: which payments one lacks,
//! and adding them. Ids say nothing across devices (each gives its own), so
//! payments are told apart by what the user sees of them: the day, the
//! amount and the note. Two equal payments on one day count as two.

use super::book::{Ledger, LedgerError, Payment, Refund};

impl Ledger {
    /// The payments of `other` that this ledger does not hold, in date
    /// order: each payment here answers for one of `other` that looks the
    /// same. Both ledgers are in date order, so one walk through each
    /// compares only the payments of the same day.
    pub fn lacks<'a>(&self, other: &'a Ledger) -> Vec<&'a Payment> {
        let mut answered = vec![false; self.payments.len()];
        let mut day_start = 0;
        let mut lacking = Vec::new();
        for payment in &other.payments {
            while self
                .payments
                .get(day_start)
                .is_some_and(|here| here.date < payment.date)
            {
                day_start += 1;
            }
            let same = (day_start..self.payments.len())
                .take_while(|&at| self.payments[at].date == payment.date)
                .find(|&at| {
                    let here = &self.payments[at];
                    !answered[at] && here.amount == payment.amount && here.note == payment.note
                });
            match same {
                Some(at) => answered[at] = true,
                None => lacking.push(payment),
            }
        }
        lacking
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
