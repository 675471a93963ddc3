//! Two devices kept in step through export files. Each JSON export gets a
//! name, and the device that wrote it keeps a copy of the ledger it held.
//! A device that takes in a file (Replace, or bringing in its changes)
//! remembers the file's name, and its own exports say they were based on
//! it. When such a file comes back to the device that kept that copy, the
//! copy is where both sides' changes started, so they can be folded
//! together one by one (see `waika_core::ledger::merge`) instead of
//! comparing payments by what they look like.

use super::saved::encode;
use waika_core::date::Date;
use waika_core::export::read_ledger;
use waika_core::ledger::Ledger;
use waika_core::store::Store;

/// The name of this device's last JSON export, and the ledger it held.
const EXPORTED_ID_KEY: &str = "waika.tracker.exported-id";
const EXPORTED_KEY: &str = "waika.tracker.exported";
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
    let text = encode(ledger);
    if text.len() > MAX_KEPT_BYTES {
        let _ = store.remove(EXPORTED_KEY);
        return;
    }
    if store.set(EXPORTED_KEY, &text).is_ok() {
        let _ = store.set(EXPORTED_ID_KEY, id);
    }
}

/// The ledger export `id` held, if this device wrote it and kept it whole.
pub fn kept_export(store: &dyn Store, id: &str, today: Date) -> Option<Ledger> {
    if store.get(EXPORTED_ID_KEY).ok()??.as_str() != id {
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
