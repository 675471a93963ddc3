//! Two ledgers of one person, from two devices: which payments one lacks,
//! and adding them. Ids say nothing across devices (each gives its own), so
//! payments are told apart by what the user sees of them: the day, the
//! amount and the note. Two equal payments on one day count as two.

use super::book::{Ledger, LedgerError, Payment, Refund};
use crate::date::Date;
use rust_decimal::Decimal;
use std::collections::HashMap;

type Seen<'a> = (Date, Decimal, &'a str);

fn seen(payment: &Payment) -> Seen<'_> {
    (
        payment.date,
        payment.amount.normalize(),
        payment.note.as_str(),
    )
}

impl Ledger {
    /// The payments of `other` that this ledger does not hold, in date
    /// order: each payment here answers for one of `other` that looks the
    /// same.
    pub fn lacks<'a>(&self, other: &'a Ledger) -> Vec<&'a Payment> {
        let mut here: HashMap<Seen, usize> = HashMap::new();
        for payment in &self.payments {
            *here.entry(seen(payment)).or_default() += 1;
        }
        other
            .payments
            .iter()
            .filter(|payment| match here.get_mut(&seen(payment)) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    false
                }
                _ => true,
            })
            .collect()
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
