//! Answers to the data panel's open questions that change more than the
//! ledger: removing a backup, and adding a file's payments this device
//! lacks (with a backup of what was here first).

use super::events::{Confirm, Event, Place};
use super::lineage::rebase_on;
use super::saved::BackupKind;
use super::size_limit::exact_size;
use super::state::TrackerState;
use std::rc::Rc;
use waika_core::date::Date;
use waika_core::export::export_json;
use waika_core::ledger::merge;

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
        let Some(Confirm::Import(salvaged, _)) = self.confirm.take() else {
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
                // The copies have ids of this device's own: the ledger no
                // longer follows any export.
                self.pending.based_on = Some(None);
            }
            Err(error) => self.tell(Place::Data, Event::Refused(error)),
        }
    }

    /// Folds the open import's changes since this device's export it was
    /// based on into the payments here: what either side added stays, an
    /// edit or a refund made there arrives, a deletion made there goes
    /// unless the payment was changed here. What was here is kept as a
    /// backup first, as for Replace.
    pub(super) fn bring_in(&mut self, today: Date) {
        let Some(Confirm::Import(salvaged, Some(base))) = self.confirm.take() else {
            return;
        };
        let before = Rc::clone(&self.ledger);
        let merged = merge(&base, &before, &salvaged.ledger).ledger;
        let changes = salvaged.ledger.changes_since(&base);
        // A merge is no one payment's growth: its size is counted whole.
        match exact_size(&merged) {
            Ok(size) => {
                self.size_bound = size;
                self.change(merged, Place::Data, Event::BroughtIn(changes));
                self.rollback = Some(Rc::clone(&before));
                self.pending.backup_first = Some(export_json(&before, today));
                self.pending.based_on = Some(salvaged.export_id.clone());
                self.pending.rebase = rebase_on(&salvaged);
                // Ids here may have moved: nothing open refers to them.
                self.undo = None;
                self.earlier_deletions.clear();
                self.editor = None;
            }
            Err(error) => self.tell(Place::Data, Event::Refused(error)),
        }
    }
}
