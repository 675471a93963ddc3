//! Adding a file's payments to the ledger on the device, for someone who
//! kept payments on two phones: what is on the device stays, and a payment
//! the device already holds is not added twice.

use super::book::{Ledger, LedgerError, Payment, Refund};

/// What adding a file's payments did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Combined {
    /// Payments from the file now on the device.
    pub added: usize,
    /// Payments from the file the device held already.
    pub already_here: usize,
}

/// The same payment, whatever its id: the same day, amount and note, and
/// the same refunds. Ids differ between two phones that each started at 0.
fn same_payment(a: &Payment, b: &Payment) -> bool {
    let refunds = |payment: &Payment| -> Vec<_> {
        payment
            .refunds
            .iter()
            .map(|refund| (refund.date, refund.amount))
            .collect()
    };
    a.date == b.date && a.amount == b.amount && a.note == b.note && refunds(a) == refunds(b)
}

impl Ledger {
    /// Adds each payment of `file` this ledger does not hold yet, with ids
    /// of its own, in date order. The first card link stays this ledger's,
    /// or becomes the file's when this ledger has none. Nothing changes
    /// when the ids would run out.
    pub fn add_missing_from(&mut self, file: &Ledger) -> Result<Combined, LedgerError> {
        let mut next = self.clone();
        let mut combined = Combined::default();
        for payment in &file.payments {
            if self.payments.iter().any(|kept| same_payment(kept, payment)) {
                combined.already_here += 1;
                continue;
            }
            let id = next.take_id()?;
            let refunds = payment
                .refunds
                .iter()
                .map(|refund| {
                    Ok(Refund {
                        id: next.take_id()?,
                        ..refund.clone()
                    })
                })
                .collect::<Result<Vec<_>, LedgerError>>()?;
            let at = next.payments.partition_point(|p| p.date <= payment.date);
            next.payments.insert(
                at,
                Payment {
                    id,
                    refunds,
                    ..payment.clone()
                },
            );
            combined.added += 1;
        }
        next.first_card_link = self.first_card_link.or(file.first_card_link);
        *self = next;
        Ok(combined)
    }
}
