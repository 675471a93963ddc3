//! The changes that take new values: adding a payment, editing one and
//! recording a refund, each checked first (see `check`); nothing changes
//! when a check fails.

use super::book::{Ledger, LedgerError, Payment, Refund, MAX_ID};
use super::check::{check_amount, check_note, check_payment_date, is_markup};
use crate::date::Date;
use rust_decimal::Decimal;

impl Ledger {
    /// The next id. Ids are never reused, so none is given out past
    /// [`MAX_ID`] (loading renumbers a ledger that got near it).
    pub(super) fn take_id(&mut self) -> Result<u64, LedgerError> {
        let id = self.next_id;
        if id > MAX_ID {
            return Err(LedgerError::Inconsistent);
        }
        self.next_id = id + 1;
        Ok(id)
    }

    /// The ledger with every payment gone. The ids given out so far stay
    /// given out: a backup of the payments, restored later, is never taken
    /// for versions of payments added since under the same ids.
    pub fn emptied(&self) -> Ledger {
        Ledger {
            next_id: self.next_id,
            ..Ledger::default()
        }
    }

    /// Adds a payment and keeps the ledger in date order. Returns its id.
    /// `today` is the date in China, which bounds the dates accepted.
    pub fn add(
        &mut self,
        date: Date,
        amount: Decimal,
        note: &str,
        today: Date,
    ) -> Result<u64, LedgerError> {
        self.add_with_markup(date, amount, note, None, today)
    }

    /// Records a payment with the currency markup of the card it was paid
    /// with (see [`Payment::markup`]). Returns its id.
    pub fn add_with_markup(
        &mut self,
        date: Date,
        amount: Decimal,
        note: &str,
        markup: Option<Decimal>,
        today: Date,
    ) -> Result<u64, LedgerError> {
        check_payment_date(date, today)?;
        let markup = markup.filter(|percent| is_markup(*percent));
        let amount = check_amount(amount)?;
        let note = check_note(note)?;
        let id = self.take_id()?;
        let at = self.payments.partition_point(|p| p.date <= date);
        self.payments.insert(
            at,
            Payment {
                id,
                date,
                amount,
                note,
                refunds: Vec::new(),
                markup,
            },
        );
        Ok(id)
    }

    /// Costs a payment with another card's markup from now on, or with the
    /// card chosen at the time (`None`).
    pub fn set_markup(&mut self, id: u64, markup: Option<Decimal>) -> Result<(), LedgerError> {
        let index = self.index_of(id)?;
        self.payments[index].markup = markup.filter(|percent| is_markup(*percent));
        Ok(())
    }

    /// Changes a payment's date, amount and note; refunds stay attached.
    pub fn edit(
        &mut self,
        id: u64,
        date: Date,
        amount: Decimal,
        note: &str,
        today: Date,
    ) -> Result<(), LedgerError> {
        check_payment_date(date, today)?;
        let amount = check_amount(amount)?;
        let note = check_note(note)?;
        let index = self.index_of(id)?;
        let amount = self.payments[index].check_new_amount(amount)?;
        self.payments[index].check_new_date(date, today)?;
        // On its own day a payment keeps its place: the list does not jump,
        // and a day's payments stay in the order they were made (a daily
        // waiver counts them in that order).
        if self.payments[index].date == date {
            let payment = &mut self.payments[index];
            payment.amount = amount;
            payment.note = note;
            return Ok(());
        }
        let mut payment = self.payments.remove(index);
        payment.date = date;
        payment.amount = amount;
        payment.note = note;
        let at = self.payments.partition_point(|p| p.date <= date);
        self.payments.insert(at, payment);
        Ok(())
    }

    /// Records a refund of (part of) a payment. Returns the refund's id.
    pub fn refund(
        &mut self,
        payment_id: u64,
        date: Date,
        amount: Decimal,
        today: Date,
    ) -> Result<u64, LedgerError> {
        let amount = check_amount(amount)?;
        let index = self.index_of(payment_id)?;
        let payment = &self.payments[index];
        payment.check_refund_date(date, today)?;
        let amount = payment.check_refund_amount(amount)?;
        let id = self.take_id()?;
        self.payments[index]
            .refunds
            .push(Refund { id, date, amount });
        Ok(id)
    }
}
