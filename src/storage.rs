//! Values kept on the device in localStorage, each in an envelope with a
//! schema version. A value that cannot be read is never thrown away: it is
//! moved to a backup key and the caller is told, so the UI can say so.

use serde::de::DeserializeOwned;
use serde::Serialize;
use waika_core::store::{keep_backup, Envelope, StorageError, Store};

/// The schema version written by this build.
pub const SCHEMA_VERSION: u32 = 1;

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

/// The browser's localStorage as a [`Store`].
pub struct LocalStore;

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    // Storage can be disabled (private browsing, blocked cookies): the app
    // then works without remembering anything, and says so.
    crate::browser::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        local_storage()?
            .get_item(key)
            .map_err(|_| StorageError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        // With storage present, a refused write means it is full.
        local_storage()?
            .set_item(key, value)
            .map_err(|_| StorageError::Full)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        local_storage()?
            .remove_item(key)
            .map_err(|_| StorageError::Unavailable)
    }

    fn keys(&self) -> Vec<String> {
        let Ok(storage) = local_storage() else {
            return Vec::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|index| storage.key(index).ok().flatten())
            .collect()
    }
}

/// Reads the value under `key`; one that [`decode`] cannot read is kept
/// as a backup.
pub fn load<T: DeserializeOwned>(key: &str) -> Loaded<T> {
    let Ok(Some(raw)) = LocalStore.get(key) else {
        return Loaded::Missing;
    };
    match decode(&raw) {
        Some(data) => Loaded::Found(data),
        None => Loaded::Unreadable {
            backup_key: keep_backup(&LocalStore, &format!("{key}.backup"), &raw)
                .unwrap_or_else(|_| key.to_string()),
        },
    }
}

/// A value in the form it is kept in (see [`encode`]), if this version
/// reads it.
pub fn decode<T: DeserializeOwned>(raw: &str) -> Option<T> {
    serde_json::from_str::<Envelope<T>>(raw)
        .ok()
        .filter(|envelope| envelope.version == SCHEMA_VERSION)
        .map(|envelope| envelope.data)
}

/// `value` in the form it is kept in: `{"version":1,"data":…}`.
pub fn encode<T: Serialize>(value: &T) -> Option<String> {
    let envelope = Envelope {
        version: SCHEMA_VERSION,
        data: value,
    };
    serde_json::to_string(&envelope).ok()
}

/// Reads the text value under `key`.
pub fn load_text(key: &str) -> Loaded<String> {
    load(key)
}

/// Reads the list of texts under `key`.
pub fn load_texts(key: &str) -> Loaded<Vec<String>> {
    load(key)
}

/// The raw text under `key`, e.g. a backup to export.
pub fn raw(key: &str) -> Option<String> {
    LocalStore.get(key).ok().flatten()
}

/// Stores raw text under `key`.
pub fn save_raw(key: &str, text: &str) -> Result<(), StorageError> {
    LocalStore.set(key, text)
}

/// Writes `value` under `key`. On an error what was stored before stays
/// as it was.
pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    let raw = encode(value).ok_or(StorageError::Unavailable)?;
    LocalStore.set(key, &raw)
}

/// Writes the text `value` under `key`, as `save` would.
pub fn save_text(key: &str, value: &str) -> Result<(), StorageError> {
    save(key, &value)
}

/// Writes the list of texts `values` under `key`, as `save` would.
pub fn save_texts(key: &str, values: &[String]) -> Result<(), StorageError> {
    save(key, &values)
}
