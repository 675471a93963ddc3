//! Two devices kept in step through export files. Each JSON export gets a
//! name, and the device that wrote it keeps a copy of the ledger it held.
//! A device that takes in a file (Replace, or bringing in its changes)
//! remembers the file's name, and its own exports say they were based on
//! it. When such a file comes back to the device that kept that copy, the
//! copy is where both sides' changes started, so they can be folded
//! together one by one (see `waika_core::ledger::merge`) instead of
//! comparing payments by what they look like.

use super::saved::encode;
use std::rc::Rc;
use waika_core::date::Date;
use waika_core::export::read_ledger;
use waika_core::ledger::{Ledger, Salvaged};
use waika_core::store::Store;

/// The name of this device's last JSON export, and the ledger it held (or,
/// once a file based on it was taken in, that file's ledger).
const EXPORTED_ID_KEY: &str = "waika.tracker.exported-id";
const EXPORTED_KEY: &str = "waika.tracker.exported";
/// The names of the files based on that export already taken in, one a
/// line: taken in again, an older one would undo what came after it.
const TAKEN_KEY: &str = "waika.tracker.exported-taken";
/// The name of the export this device's ledger was last taken from.
const BASED_ON_KEY: &str = "waika.tracker.based-on";
/// The largest copy kept: a semester of payments is a few dozen KB, and the
/// device's storage must keep room for the ledger and a backup of it.
const MAX_KEPT_BYTES: usize = 256 * 1024;

/// A name no other export has: the time and a random part.
pub fn new_export_id(now_millis: i64, random: u32) -> String {
    // In decimal: the app formats no number in hexadecimal elsewhere.
    format!("{now_millis}-{random}")
}

/// Keeps `ledger` as what export `id` held. The name is written last and
/// taken away first, so a name never stands beside another export's copy.
/// Too large a ledger keeps no copy: its files come back as before.
pub fn keep_export(store: &dyn Store, id: &str, ledger: &Ledger) {
    let _ = store.remove(EXPORTED_ID_KEY);
    let _ = store.remove(TAKEN_KEY);
    if write_copy(store, ledger) {
        let _ = store.set(EXPORTED_ID_KEY, id);
    }
}

/// Writes `ledger` as the kept copy; `false` (and no copy) when it is too
/// large or cannot be written.
fn write_copy(store: &dyn Store, ledger: &Ledger) -> bool {
    let text = encode(ledger);
    let written = text.len() <= MAX_KEPT_BYTES && store.set(EXPORTED_KEY, &text).is_ok();
    if !written {
        let _ = store.remove(EXPORTED_KEY);
    }
    written
}

/// The ledger export `id` held, if this device wrote it and kept it whole
/// and `file` (by its own name) was not taken in from it already.
pub fn kept_export(store: &dyn Store, id: &str, file: Option<&str>, today: Date) -> Option<Ledger> {
    if store.get(EXPORTED_ID_KEY).ok()??.as_str() != id {
        return None;
    }
    let taken = store.get(TAKEN_KEY).ok().flatten().unwrap_or_default();
    if file.is_some_and(|file| taken.lines().any(|line| line == file)) {
        return None;
    }
    let text = store.get(EXPORTED_KEY).ok()??;
    let salvaged = read_ledger(&text, today).ok()?;
    salvaged.is_clean().then_some(salvaged.ledger)
}

/// The export this device's ledger was last taken from.
pub fn based_on(store: &dyn Store) -> Option<String> {
    store.get(BASED_ON_KEY).ok().flatten()
}

/// Remembers the export the ledger now stored was taken from (`None`: the
/// ledger no longer follows any, after payments were added from a file
/// under new ids or everything was deleted).
pub fn remember_based_on(store: &dyn Store, export_id: Option<&str>) {
    let _ = match export_id {
        Some(id) => store.set(BASED_ON_KEY, id),
        None => store.remove(BASED_ON_KEY),
    };
}

/// A file based on this device's kept export, taken in: the ledger both
/// devices now hold stands for that export, so the other device's next
/// file based on it starts from there and what was taken in already is
/// not taken in twice; and the file is not taken in from it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebase {
    /// The kept export's name.
    pub export_id: String,
    /// The file's own name, if it has one.
    pub file: Option<String>,
    pub shared: Rc<Ledger>,
}

/// What taking in `file` changes in the kept export, if it was based on one.
pub fn rebase_on(file: &Salvaged) -> Option<Rebase> {
    Some(Rebase {
        export_id: file.based_on.clone()?,
        file: file.export_id.clone(),
        shared: Rc::new(file.ledger.clone()),
    })
}

/// Writes `rebase` (see [`Rebase`]), when the kept export is still the one
/// the file was based on.
pub fn write_rebase(store: &dyn Store, rebase: &Rebase) {
    if store.get(EXPORTED_ID_KEY).ok().flatten().as_deref() != Some(rebase.export_id.as_str()) {
        return;
    }
    let mut kept = write_copy(store, &rebase.shared);
    if let (true, Some(file)) = (kept, &rebase.file) {
        let mut taken = store.get(TAKEN_KEY).ok().flatten().unwrap_or_default();
        taken.push_str(file);
        taken.push('\n');
        kept = store.set(TAKEN_KEY, &taken).is_ok();
    }
    if !kept {
        let _ = store.remove(EXPORTED_ID_KEY);
    }
}
