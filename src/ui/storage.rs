//! Values kept on the device in localStorage, each in an envelope with a
//! schema version. A value that cannot be read is never thrown away: it is
//! moved to a backup key and the caller is told, so the UI can say so.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The schema version written by this build.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    version: u32,
    data: T,
}

/// What was found under a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    /// Nothing stored (or storage is not available).
    Missing,
    /// A value this build understands.
    Found(T),
    /// A value this build cannot read; it was copied to `backup_key`.
    Unreadable { backup_key: String },
}

fn local_storage() -> Option<web_sys::Storage> {
    // Storage can be disabled (private browsing, blocked cookies): the app
    // then works without remembering anything.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the value under `key`.
pub fn load<T: DeserializeOwned>(key: &str) -> Loaded<T> {
    let Some(storage) = local_storage() else {
        return Loaded::Missing;
    };
    let Ok(Some(raw)) = storage.get_item(key) else {
        return Loaded::Missing;
    };
    match serde_json::from_str::<Envelope<T>>(&raw) {
        Ok(envelope) if envelope.version == SCHEMA_VERSION => Loaded::Found(envelope.data),
        _ => {
            let backup_key = format!("{key}.backup");
            // Keep the first backup if one exists: it is the oldest copy of
            // what the user had.
            if matches!(storage.get_item(&backup_key), Ok(None)) {
                let _ = storage.set_item(&backup_key, &raw);
            }
            Loaded::Unreadable { backup_key }
        }
    }
}

/// Writes `value` under `key`. Returns false when the browser refused (no
/// storage, or storage full); what was stored before stays as it was.
pub fn save<T: Serialize>(key: &str, value: &T) -> bool {
    let envelope = Envelope {
        version: SCHEMA_VERSION,
        data: value,
    };
    let Ok(raw) = serde_json::to_string(&envelope) else {
        return false;
    };
    local_storage().is_some_and(|storage| storage.set_item(key, &raw).is_ok())
}
