//! The size limit the tracker's changes are checked against before
//! anything is written: a bound of the ledger's stored size, kept without
//! writing the whole ledger out on every change.

use super::state::TrackerState;
use waika_core::export::{stored_len, MAX_LEDGER_BYTES};
use waika_core::ledger::{Ledger, LedgerError};

impl TrackerState {
    /// At most the bytes one payment with `note` and `refunds` adds when
    /// stored: ids, date, amounts and field names fit in 128 bytes each, and
    /// an escaped note character takes at most six bytes.
    pub(super) fn entry_bound(note: &str, refunds: usize) -> usize {
        128 * (1 + refunds) + 6 * note.len()
    }

    /// The ledger after `change`, with a new bound of its stored size, when
    /// the change is allowed and the ledger still fits the size limit: a
    /// larger one is refused before anything is written. The state's own
    /// ledger is never touched.
    pub(super) fn grown(
        &self,
        growth: usize,
        change: impl FnOnce(&mut Ledger) -> Result<(), LedgerError>,
    ) -> Result<(Ledger, usize), LedgerError> {
        let mut ledger = (*self.ledger).clone();
        change(&mut ledger)?;
        let bound = self.within_limit(&ledger, growth)?;
        Ok((ledger, bound))
    }

    /// This state's bound plus `growth` while that is within the limit,
    /// else the size counted exactly, which must be within it.
    fn within_limit(&self, ledger: &Ledger, growth: usize) -> Result<usize, LedgerError> {
        let bound = self.size_bound + growth;
        if bound <= MAX_LEDGER_BYTES {
            return Ok(bound);
        }
        exact_size(ledger)
    }
}

/// The ledger's stored size, counted exactly, while it is within the limit.
pub(super) fn exact_size(ledger: &Ledger) -> Result<usize, LedgerError> {
    let exact = stored_len(ledger);
    if exact > MAX_LEDGER_BYTES {
        Err(LedgerError::TooLarge {
            max_bytes: MAX_LEDGER_BYTES,
        })
    } else {
        Ok(exact)
    }
}
