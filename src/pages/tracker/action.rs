//! Everything that changes the tracker's state, as one enum: the page and
//! its parts dispatch these, and `TrackerState::reduce` applies them.

use super::events::{EditorKind, ImportProblem};
use super::persist::Persisted;
use super::saved::{Backup, LoadedLedger};
use rust_decimal::Decimal;
use std::rc::Rc;
use waika_core::date::Date;
use waika_core::ledger::{Ledger, Payment, Period, Salvaged};

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Add {
        date: Date,
        amount: Decimal,
        note: String,
        /// The markup of the card chosen now, when one is known.
        markup: Option<Decimal>,
        today: Date,
    },
    Edit {
        id: u64,
        date: Date,
        amount: Decimal,
        note: String,
        today: Date,
    },
    Refund {
        id: u64,
        date: Date,
        amount: Decimal,
        today: Date,
    },
    /// Costs a payment with another card's markup (`None`: the card
    /// chosen at the time).
    SetMarkup {
        id: u64,
        markup: Option<Decimal>,
    },
    Delete(u64),
    Undo,
    /// A deletion this tab could still undo when it was reloaded.
    KeptUndo(usize, Payment),
    RemoveRefund {
        payment: u64,
        refund: u64,
    },
    OpenEditor(u64, EditorKind),
    CloseEditor,
    ChooseMonth(Period),
    AskClear,
    /// The result of reading a picked file, dispatched after the await: it
    /// only opens a question, so it cannot overwrite newer changes. With
    /// it, the ledger of this device's export the file was based on, if
    /// this device kept it (see `lineage`).
    ImportRead(Result<Salvaged, ImportProblem>, Option<Rc<Ledger>>),
    /// The user said yes to the open question.
    Confirm {
        today: Date,
    },
    CancelConfirm,
    /// From the open import question: adds only the file's payments that
    /// this device lacks, and keeps every payment here (and a backup).
    AddMissing {
        today: Date,
    },
    /// From the open import question, for a file based on this device's
    /// export: folds the file's changes since then into the payments here,
    /// which keep their own changes (and a backup).
    BringIn {
        today: Date,
    },
    /// A file of the payments was handed to the browser to save.
    Exported {
        file: String,
    },
    /// Asks before removing a backup.
    AskForget(String),
    Persisted(Persisted),
    /// The ledger as read from the device after the first drawing.
    Loaded(Rc<LoadedLedger>),
    /// Another tab (or the installed app) wrote this ledger, read whole.
    StoredElsewhere {
        ledger: Rc<Ledger>,
        text: Rc<str>,
    },
    /// Another tab kept or removed a backup: the device's list now.
    BackupsElsewhere(Vec<Backup>),
}
