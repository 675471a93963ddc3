//! The tracker's state and the device: what a write gave back, and changes
//! another tab (or the installed app beside a browser tab) stored. Both fold
//! the other side's changes into this tab's, so nothing added anywhere is
//! lost (see `waika_core::ledger::merge`).

use super::persist::{Pending, Persisted, Synced, ToWrite};
use super::saved::{Backup, BackupKind, Holds, StoredElsewhere};
use super::state::{Action, Event, Place, SaveStatus, TrackerState};
use std::rc::Rc;
use waika_core::export::stored_len;
use waika_core::ledger::{merge, renumbered_id, Ledger};

impl TrackerState {
    pub(super) fn persisted(&mut self, persisted: Persisted) {
        if let Some(synced) = persisted.synced {
            self.take_synced(persisted.revision, synced);
        }
        if persisted.revision != self.revision {
            // A newer change is on its way to the device already.
            return;
        }
        self.pending = Pending::default();
        match persisted.backup {
            Some(Err(error)) => {
                if let Some(previous) = self.rollback.take() {
                    self.size_bound = stored_len(&previous);
                    self.ledger = previous;
                }
                self.tell(Place::Data, Event::NotReplaced(error));
                return;
            }
            Some(Ok(key)) => {
                let holds = self.rollback.as_deref().map(Holds::of);
                self.add_backup(key, BackupKind::Replaced, holds);
            }
            None => {}
        }
        self.rollback = None;
        self.save = match persisted.saved {
            None if self.unbacked_raw.is_some() => SaveStatus::Held,
            None | Some(Ok(())) => SaveStatus::Saved,
            Some(Err(error)) => SaveStatus::Failed(error),
        };
    }

    /// Another tab stored `ledger`: this tab shows it, with its own changes
    /// not yet written folded in, and writes again if it has any.
    pub(super) fn stored_elsewhere(&mut self, theirs: Rc<Ledger>, text: Rc<str>) {
        if self.stored_text.as_deref() == Some(&*text) {
            return;
        }
        let merged = merge(&self.base, &self.ledger, &theirs);
        self.follow_renumbering(&merged.renumbered);
        self.ledger = if merged.ledger == *theirs {
            theirs.clone()
        } else {
            Rc::new(merged.ledger)
        };
        self.size_bound = stored_len(&self.ledger);
        self.base = theirs;
        self.stored_text = Some(text);
        // A form open on a payment another tab deleted would vanish
        // without a word, with what was typed in it.
        if let Some((id, _)) = self.editor {
            if !self.ledger.payments.iter().any(|payment| payment.id == id) {
                self.editor = None;
                self.tell(Place::List, Event::GoneElsewhere);
            }
        }
        if self.ledger != self.base {
            self.revision += 1;
            self.pending.save = true;
        }
    }

    fn take_synced(&mut self, revision: u64, synced: Synced) {
        if let Some((key, problem)) = synced.damaged_backup {
            self.add_backup(key, BackupKind::Damaged(problem), None);
        }
        self.follow_renumbering(&synced.renumbered);
        let written = synced.ledger == synced.stored;
        if revision == self.revision {
            self.ledger = synced.ledger;
            // The text written is the ledger's exact size.
            self.size_bound = match &synced.stored_text {
                Some(text) if written => text.len(),
                _ => stored_len(&self.ledger),
            };
        } else {
            // Changes made here after that write: fold them into what it
            // wrote, seen from the ledger it wrote them from.
            let mut from = (*synced.ours).clone();
            from.renumber(&synced.renumbered);
            let mut now = (*self.ledger).clone();
            now.renumber(&synced.renumbered);
            self.ledger = Rc::new(merge(&from, &now, &synced.ledger).ledger);
            self.size_bound = stored_len(&self.ledger);
        }
        self.base = synced.stored;
        self.stored_text = synced.stored_text;
    }

    fn add_backup(&mut self, key: String, kind: BackupKind, holds: Option<Holds>) {
        if !self.backups.iter().any(|backup| backup.key == key) {
            self.backups.push(Backup { key, kind, holds });
        }
    }

    /// Ids this tab's new entries gave up to another tab's, wherever the
    /// state still names them.
    fn follow_renumbering(&mut self, renumbered: &[(u64, u64)]) {
        let new_id = |id| renumbered_id(renumbered, id);
        if let Some((id, _)) = &mut self.editor {
            *id = new_id(*id);
        }
        if let Some(notice) = &mut self.notice {
            if let Place::Payment(id) = &mut notice.place {
                *id = new_id(*id);
            }
        }
    }
}

impl TrackerState {
    /// What the storage effect writes for this state.
    pub fn to_write(&self) -> ToWrite<'_> {
        ToWrite {
            revision: self.revision,
            pending: &self.pending,
            held: self.unbacked_raw.is_some(),
            stored_text: self.stored_text.as_deref(),
            base: &self.base,
            ledger: &self.ledger,
        }
    }
}

impl From<StoredElsewhere> for Action {
    fn from(stored: StoredElsewhere) -> Action {
        Action::StoredElsewhere {
            ledger: stored.ledger,
            text: stored.text,
        }
    }
}
