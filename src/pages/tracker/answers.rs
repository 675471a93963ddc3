//! Answers to the data panel's open questions that change more than the
//! ledger: removing a backup, and adding a file's payments this device
//! lacks (with a backup of what was here first).

use super::events::{Confirm, Event, Place};
use super::saved::BackupKind;
use super::state::TrackerState;
use std::rc::Rc;
use waika_core::date::Date;
use waika_core::export::export_json;

impl TrackerState {
    /// Removes a backup the user said yes to removing.
    pub(super) fn forget_backup(&mut self, key: String) {
        self.confirm = None;
        self.backups.retain(|backup| backup.key != key);
        let damaged_left = self
            .backups
            .iter()
            .any(|b| matches!(b.kind, BackupKind::Damaged(_)));
        if !damaged_left {
            self.stored_problem = None;
        }
        self.pending.forget.push(key);
        self.revision += 1;
        self.tell(Place::Data, Event::BackupRemoved);
    }

    /// Adds the open import's payments that this ledger lacks, leaving out
    /// other versions of payments here. What was here is kept as a backup
    /// first, as for Replace: a wrong file can be taken back.
    pub(super) fn add_missing(&mut self, today: Date) {
        let Some(Confirm::Import(salvaged)) = self.confirm.take() else {
            return;
        };
        let before = Rc::clone(&self.ledger);
        let lacking = self.ledger.additions(&salvaged.ledger).new;
        let growth = lacking
            .iter()
            .map(|payment| Self::entry_bound(&payment.note, payment.refunds.len()))
            .sum();
        let count = lacking.len();
        match self.grown(growth, |ledger| ledger.add_copies(&lacking)) {
            Ok((ledger, bound)) => {
                self.size_bound = bound;
                self.change(ledger, Place::Data, Event::ImportAdded { count });
                self.rollback = Some(Rc::clone(&before));
                self.pending.backup_first = Some(export_json(&before, today));
            }
            Err(error) => self.tell(Place::Data, Event::Refused(error)),
        }
    }
}
