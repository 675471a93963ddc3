//! Writing the tracker's changes to the device, in an order that never
//! loses anything, folding in what another tab stored meanwhile.
//! Independent of the browser (it talks to a [`Store`]), so native tests
//! cover it.

use super::lineage::{remember_based_on, write_rebase, Rebase};
use super::saved::{classify, encode, StoredProblem, DAMAGED_PREFIX, LEDGER_KEY, REPLACED_PREFIX};
use std::rc::Rc;
use waika_core::date::Date;
use waika_core::ledger::{merge, Ledger};
use waika_core::store::{keep_backup, StorageError, Store};

/// What the device holds after a write, as this tab now knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    /// The ledger the write started from (the state's, at its revision).
    pub ours: Rc<Ledger>,
    /// That ledger with another tab's changes folded in.
    pub ledger: Rc<Ledger>,
    /// New entries of `ours` that took other ids, because another tab had
    /// used theirs.
    pub renumbered: Vec<(u64, u64)>,
    /// What the device holds now, and its text.
    pub stored: Rc<Ledger>,
    pub stored_text: Option<Rc<str>>,
    /// A value another tab stored that this build could not use as it
    /// was, kept under this backup key.
    pub damaged_backup: Option<(String, StoredProblem)>,
}

/// What writing one state to the device gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Persisted {
    /// The state's revision this answers.
    pub revision: u64,
    /// The backup of a replaced ledger: its key, or why it was not kept.
    pub backup: Option<Result<String, StorageError>>,
    /// Whether the ledger was written; `None` when it was not tried (a
    /// backup it needed failed, or the stored value has no backup yet).
    pub saved: Option<Result<(), StorageError>>,
    /// Set when the ledger was read back before writing.
    pub synced: Option<Synced>,
}

/// Storage work the page's effect carries out for the current revision.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pending {
    /// Write the ledger.
    pub save: bool,
    /// Keep this text (the ledger being replaced) as a backup first.
    pub backup_first: Option<String>,
    /// Backup keys the user removed.
    pub forget: Vec<String>,
    /// Once the ledger is written: the export it was taken from, or
    /// `Some(None)` when it no longer follows one (see `lineage`).
    pub based_on: Option<Option<String>>,
    /// Once the ledger is written: this device's kept export (by its name)
    /// now stands for the ledger of the file taken in from it, which both
    /// devices hold, so that the other device's next file based on it is
    /// not merged against older payments (see `lineage`).
    pub rebase: Option<Rebase>,
}

/// What a write starts from: the state's ledger and what it asks for.
pub struct ToWrite<'a> {
    /// The state's revision, which the answer names.
    pub revision: u64,
    pub pending: &'a Pending,
    /// The stored value could not be backed up: it is never written over.
    pub held: bool,
    /// The stored text as this tab last read or wrote it.
    pub stored_text: Option<&'a str>,
    /// The ledger as stored when this tab last read or wrote it.
    pub base: &'a Rc<Ledger>,
    pub ledger: &'a Rc<Ledger>,
}

/// Writes what `state` asks for, in an order that never loses anything:
/// backups to remove, the backup of a ledger being replaced, then the
/// ledger itself, which is not written when that backup failed or when
/// the stored value could not be backed up. Before writing, it reads what
/// is stored: if another tab wrote since this one last read or wrote, this
/// tab's changes are folded into that (see [`merge`]), never written over it.
pub fn persist(store: &dyn Store, state: ToWrite, today: Date) -> Persisted {
    for key in &state.pending.forget {
        let _ = store.remove(key);
    }
    let backup = state
        .pending
        .backup_first
        .as_ref()
        .map(|raw| keep_backup(store, REPLACED_PREFIX, raw));
    let mut persisted = Persisted {
        revision: state.revision,
        backup,
        saved: None,
        synced: None,
    };
    if matches!(persisted.backup, Some(Err(_))) || state.held {
        return persisted;
    }
    if !state.pending.save {
        persisted.saved = Some(Ok(()));
        return persisted;
    }
    let current = match store.get(LEDGER_KEY) {
        Ok(current) => current,
        Err(error) => {
            persisted.saved = Some(Err(error));
            return persisted;
        }
    };
    let mut damaged_backup = None;
    let theirs = if current.as_deref() == state.stored_text {
        None
    } else if let Some(text) = &current {
        let (ledger, problem) = classify(text, today);
        if let Some(problem) = problem {
            // Another tab (perhaps of another version) wrote something this
            // build cannot use whole: keep it before writing over it.
            match keep_backup(store, DAMAGED_PREFIX, text) {
                Ok(key) => damaged_backup = Some((key, problem)),
                Err(error) => {
                    persisted.saved = Some(Err(error));
                    return persisted;
                }
            }
        }
        // Nothing of a value this build cannot read whole is merged: a
        // payment cut off from it would look removed by the other tab, and
        // the merge would remove it here too.
        match problem {
            Some(
                StoredProblem::Unreadable
                | StoredProblem::Newer { .. }
                | StoredProblem::CutOff { .. },
            ) => None,
            _ => Some(ledger),
        }
    } else {
        // Removed elsewhere (site data cleared): write this tab's ledger.
        None
    };
    let (ledger, renumbered) = match &theirs {
        None => (state.ledger.clone(), Vec::new()),
        Some(theirs) => {
            let merged = merge(state.base, state.ledger, theirs);
            (Rc::new(merged.ledger), merged.renumbered)
        }
    };
    let text: Rc<str> = Rc::from(encode(&ledger));
    let saved = store.set(LEDGER_KEY, &text);
    if saved.is_ok() {
        if let Some(based_on) = &state.pending.based_on {
            remember_based_on(store, based_on.as_deref());
        }
        if let Some(rebase) = &state.pending.rebase {
            write_rebase(store, rebase);
        }
    }
    let (stored, stored_text) = match (&saved, theirs) {
        (Ok(()), _) => (ledger.clone(), Some(text)),
        (Err(_), Some(theirs)) => (Rc::new(theirs), current.map(Rc::from)),
        (Err(_), None) => (state.base.clone(), current.map(Rc::from)),
    };
    persisted.saved = Some(saved);
    persisted.synced = Some(Synced {
        ours: state.ledger.clone(),
        ledger,
        renumbered,
        stored,
        stored_text,
        damaged_backup,
    });
    persisted
}
