//! The ledger on the device: reading it back and keeping whatever cannot be
//! used as it is under a backup key (`persist` writes changes). Independent
//! of the browser (it talks to a [`Store`]), so native tests cover it.

use std::rc::Rc;
use waika_core::date::Date;
use waika_core::export::{read_ledger, ImportError, STORED_VERSION};
use waika_core::ledger::{Fixed, Ledger};
use waika_core::store::{is_backup_key, keep_backup, Envelope, Store};

/// Where the ledger is kept.
pub const LEDGER_KEY: &str = "waika.ledger";
/// Backups of stored ledgers that could not be used as they were.
pub const DAMAGED_PREFIX: &str = "waika.ledger.backup";
/// Ledgers replaced by an import or cleared, kept in case the user wants them back.
pub const REPLACED_PREFIX: &str = "waika.ledger.before-import";

/// Why a stored ledger could not be used as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredProblem {
    /// Not a ledger this build can read at all.
    Unreadable,
    /// Written by a newer version of the app.
    Newer { found: u32 },
    /// Some payments fail a check and were left out of the working ledger.
    SetAside { count: usize },
    /// Payments had to be put in order or renumbered; none is missing.
    Repaired,
    /// The text was cut off or damaged part-way: the `recovered` whole
    /// payments before the damage are read, anything after it is not.
    CutOff { recovered: usize },
}

/// What a backup holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupKind {
    /// A stored ledger that could not be used as it was.
    Damaged(StoredProblem),
    /// A stored ledger backed up earlier that this build can read in full.
    Readable,
    /// The ledger as it was before an import or "delete all".
    Replaced,
}

/// A backup kept on the device, offered for export until the user removes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    pub kind: BackupKind,
    /// What a backup this build reads in full holds, so the user can tell
    /// one from another; `None` for a damaged one.
    pub holds: Option<Holds>,
}

/// How many payments a backup holds and the date of its latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holds {
    pub payments: usize,
    pub latest: Option<Date>,
}

impl Holds {
    pub fn of(ledger: &Ledger) -> Holds {
        Holds {
            payments: ledger.payments.len(),
            latest: ledger.payments.iter().map(|payment| payment.date).max(),
        }
    }
}

/// The ledger read back from the device, and what the user must be told.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedLedger {
    pub ledger: Ledger,
    /// Set when the stored value could not be used as it was.
    pub problem: Option<StoredProblem>,
    /// The stored text itself, when it needed a backup that could not be
    /// written: it is offered for export from memory and never overwritten.
    pub unbacked_raw: Option<String>,
    pub backups: Vec<Backup>,
    /// Set when the device does not let the app keep anything.
    pub unavailable: bool,
    /// The stored text as read, to tell later whether another tab (or an
    /// installed app window) has written since.
    pub stored_text: Option<Rc<str>>,
}

impl LoadedLedger {
    /// Before the device has been read: the page as the build wrote it.
    pub fn not_read_yet() -> LoadedLedger {
        LoadedLedger {
            ledger: Ledger::default(),
            problem: None,
            unbacked_raw: None,
            backups: Vec::new(),
            unavailable: false,
            stored_text: None,
        }
    }
}

/// The stored value as this build writes it.
pub fn encode(ledger: &Ledger) -> String {
    serde_json::to_string(&Envelope {
        version: STORED_VERSION,
        data: ledger,
    })
    .unwrap_or_default()
}

/// What a stored text can give: a ledger (maybe with payments set aside),
/// or only a problem.
pub(super) fn classify(raw: &str, today: Date) -> (Ledger, Option<StoredProblem>) {
    match read_ledger(raw, today) {
        Ok(salvaged) => {
            let left_out = salvaged.left_out();
            let cut_off = salvaged.fixed.contains(&Fixed::CutOff);
            let problem = if cut_off && salvaged.ledger.payments.is_empty() {
                Some(StoredProblem::Unreadable)
            } else if cut_off {
                Some(StoredProblem::CutOff {
                    recovered: salvaged.ledger.payments.len(),
                })
            } else if left_out > 0 {
                Some(StoredProblem::SetAside { count: left_out })
            } else if salvaged.repaired || !salvaged.fixed.is_empty() {
                Some(StoredProblem::Repaired)
            } else {
                None
            };
            (salvaged.ledger, problem)
        }
        Err(ImportError::NewerVersion { found }) => {
            (Ledger::default(), Some(StoredProblem::Newer { found }))
        }
        Err(_) => (Ledger::default(), Some(StoredProblem::Unreadable)),
    }
}

/// The backups kept on the device, oldest series first.
fn find_backups(store: &dyn Store, today: Date) -> Vec<Backup> {
    let mut keys = store.keys();
    keys.sort();
    keys.into_iter()
        .filter_map(|key| {
            let damaged = is_backup_key(DAMAGED_PREFIX, &key);
            if !damaged && !is_backup_key(REPLACED_PREFIX, &key) {
                return None;
            }
            let Some(raw) = store.get(&key).ok().flatten() else {
                // Kept, but not readable now: still listed, for export later.
                return (!damaged).then_some(Backup {
                    key,
                    kind: BackupKind::Replaced,
                    holds: None,
                });
            };
            let (ledger, problem) = classify(&raw, today);
            let (kind, holds) = match problem {
                // What it holds cannot be told whole: labelled by its problem.
                Some(problem) if damaged || problem != StoredProblem::Repaired => {
                    (BackupKind::Damaged(problem), None)
                }
                _ if damaged => (BackupKind::Readable, Some(Holds::of(&ledger))),
                _ => (BackupKind::Replaced, Some(Holds::of(&ledger))),
            };
            Some(Backup { key, kind, holds })
        })
        .collect()
}

/// The backups on the device, when another tab kept or removed one: their
/// keys differ from those of `listed` (this tab's list). Only then are they
/// read, so a payment added in another tab costs no parse of each backup.
pub fn backups_elsewhere(store: &dyn Store, today: Date, listed: &[Backup]) -> Option<Vec<Backup>> {
    let mut stored: Vec<String> = store
        .keys()
        .into_iter()
        .filter(|key| is_backup_key(DAMAGED_PREFIX, key) || is_backup_key(REPLACED_PREFIX, key))
        .collect();
    stored.sort();
    // Owned, as the device's keys are: the download holds one sort of them.
    let mut known: Vec<String> = listed.iter().map(|backup| backup.key.clone()).collect();
    known.sort();
    (stored != known).then(|| find_backups(store, today))
}

/// Reads the ledger. A stored value that cannot be used exactly as it is
/// is first copied to a backup key; only the usable part is loaded.
pub fn load(store: &dyn Store, today: Date) -> LoadedLedger {
    let raw = match store.get(LEDGER_KEY) {
        Ok(raw) => raw,
        Err(_) => {
            return LoadedLedger {
                ledger: Ledger::default(),
                problem: None,
                unbacked_raw: None,
                backups: Vec::new(),
                unavailable: true,
                stored_text: None,
            }
        }
    };
    let (ledger, problem) = match &raw {
        None => (Ledger::default(), None),
        Some(raw) => classify(raw, today),
    };
    let mut unbacked_raw = None;
    if let (Some(raw), Some(_)) = (&raw, problem) {
        if keep_backup(store, DAMAGED_PREFIX, raw).is_err() {
            unbacked_raw = Some(raw.clone());
        }
    }
    LoadedLedger {
        ledger,
        problem,
        unbacked_raw,
        backups: find_backups(store, today),
        unavailable: false,
        stored_text: raw.map(Rc::from),
    }
}

/// A ledger another tab stored, read whole, and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredElsewhere {
    pub ledger: Rc<Ledger>,
    pub text: Rc<str>,
}

/// The ledger another tab stored, when it differs from `known` (what this
/// tab last read or wrote) and can be used whole. The text is compared first, so a change to another
/// key costs no parse. A value that cannot be used whole is left to the
/// next write, which keeps it as a backup first.
pub fn read_elsewhere(
    store: &dyn Store,
    today: Date,
    known: Option<&str>,
) -> Option<StoredElsewhere> {
    let text = store.get(LEDGER_KEY).ok()??;
    if known == Some(text.as_str()) {
        return None;
    }
    let salvaged = read_ledger(&text, today).ok()?;
    salvaged.is_clean().then(|| StoredElsewhere {
        ledger: Rc::new(salvaged.ledger),
        text: Rc::from(text),
    })
}
