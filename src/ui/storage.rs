//! Values kept on the device in localStorage, each in an envelope with a
//! schema version. A value that cannot be read is never thrown away: it is
//! moved to a backup key and the caller is told, so the UI can say so.

use crate::envelope::{decode_text, decode_texts, encode_text, encode_texts};
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
    load_with(key, |raw| {
        serde_json::from_str::<Envelope<T>>(raw)
            .ok()
            .map(|envelope| (envelope.version, envelope.data))
    })
}

/// Reads the text value under `key`, without a JSON library (see
/// `envelope`): the start and guide bundles keep nothing else.
pub fn load_text(key: &str) -> Loaded<String> {
    load_with(key, decode_text)
}

/// Reads the list of texts under `key`, without a JSON library.
pub fn load_texts(key: &str) -> Loaded<Vec<String>> {
    load_with(key, decode_texts)
}

fn load_with<T>(key: &str, decode: impl FnOnce(&str) -> Option<(u32, T)>) -> Loaded<T> {
    let Some(storage) = local_storage() else {
        return Loaded::Missing;
    };
    let Ok(Some(raw)) = storage.get_item(key) else {
        return Loaded::Missing;
    };
    match decode(&raw) {
        Some((SCHEMA_VERSION, data)) => Loaded::Found(data),
        _ => Loaded::Unreadable {
            backup_key: keep_backup(&storage, key, &raw),
        },
    }
}

/// Copies an unreadable value to a backup key that does not hold anything
/// else yet, so no earlier backup is overwritten. Returns the key used.
fn keep_backup(storage: &web_sys::Storage, key: &str, raw: &str) -> String {
    let candidates = std::iter::once(format!("{key}.backup"))
        .chain((2..=20).map(|n| format!("{key}.backup.{n}")));
    let mut last = format!("{key}.backup");
    for candidate in candidates {
        match storage.get_item(&candidate) {
            // The same value is backed up already.
            Ok(Some(existing)) if existing == raw => return candidate,
            Ok(Some(_)) => last = candidate,
            _ => {
                let _ = storage.set_item(&candidate, raw);
                return candidate;
            }
        }
    }
    last
}

/// The raw text under `key`, e.g. a backup to export.
pub fn raw(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores raw text under `key`; false when the browser refused.
pub fn save_raw(key: &str, text: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, text).is_ok())
}

/// Whether this browser lets the app store anything at all.
pub fn available() -> bool {
    local_storage().is_some()
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

/// Writes the text `value` under `key`, as `save` would.
pub fn save_text(key: &str, value: &str) -> bool {
    save_raw(key, &encode_text(SCHEMA_VERSION, value))
}

/// Writes the list of texts `values` under `key`, as `save` would.
pub fn save_texts(key: &str, values: &[String]) -> bool {
    save_raw(key, &encode_texts(SCHEMA_VERSION, values))
}
