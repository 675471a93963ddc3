//! What happened and where the page says so, the questions waiting for a
//! yes, and whether the last write reached the device: the values the
//! tracker's state carries besides the ledger.

use rust_decimal::Decimal;
use std::rc::Rc;
use waika_core::date::Date;
use waika_core::export::ImportError;
use waika_core::ledger::{ChangesSince, Ledger, LedgerError, Salvaged};
use waika_core::store::StorageError;

/// Which form is open under a payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorKind {
    Refund,
    Edit,
}

/// Where a message belongs: next to the control that caused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    AddForm,
    /// Above the list, where a deleted payment was.
    List,
    Payment(u64),
    Data,
}

/// Why an import did not go ahead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// The browser could not read the file.
    FileUnreadable,
    /// The file is the app's, but none of its payments can be used.
    NothingUsable {
        left_out: usize,
    },
    /// The file holds more than the app keeps on the device.
    LedgerTooLarge {
        max_bytes: usize,
    },
    File(ImportError),
}

/// What just happened, for the message next to the control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Added {
        amount: Decimal,
        date: Date,
        /// Payments of the same amount already recorded that day.
        same_before: usize,
    },
    Deleted {
        amount: Decimal,
        date: Date,
    },
    Restored,
    Edited,
    Refunded {
        amount: Decimal,
    },
    /// The refund removed, to record again with Undo.
    RefundRemoved {
        amount: Decimal,
        date: Date,
    },
    Imported {
        count: usize,
        /// Whether payments were replaced, and so kept as a backup.
        backed_up: bool,
    },
    Cleared,
    BackupRemoved,
    /// Payments from a file added beside those on the device.
    ImportAdded {
        count: usize,
    },
    /// A file's changes since this device's export folded into the
    /// payments here, which were kept as a backup first.
    BroughtIn(ChangesSince),
    /// A file was handed to the browser to save; nothing changed here.
    Exported {
        count: usize,
        file: String,
    },
    /// A change the ledger refused; nothing changed.
    Refused(LedgerError),
    ImportFailed(ImportProblem),
    /// An import or "delete all" did not go ahead: the backup of the
    /// ledger it would replace could not be kept.
    NotReplaced(StorageError),
    /// The payment being edited or refunded here was deleted in another
    /// tab; the form closed without saving.
    GoneElsewhere,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub place: Place,
    pub event: Event,
}

/// A question waiting for the user's yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    ClearAll,
    /// A file read, with the ledger of this device's export it was based
    /// on, when this device kept it: then its changes can be brought in.
    Import(Rc<Salvaged>, Option<Rc<Ledger>>),
    /// Remove the backup under this key: it may be the only copy.
    ForgetBackup(String),
}

/// The last write to the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Failed(StorageError),
    /// The stored value could not be backed up, so it is never overwritten.
    Held,
}
