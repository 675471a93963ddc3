//! Values kept on the device, behind a small trait so that the rules of
//! keeping them (never overwrite a backup, say when a write failed) are
//! the same in the browser and in native tests.

use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// Why the device did not keep a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// The browser lets the app keep nothing (private mode, blocked storage).
    Unavailable,
    /// Storage is full: the value was not written, the old one is intact.
    Full,
    /// [`MAX_BACKUPS`] backups of this kind are kept already; none is
    /// overwritten, so the new one was not written.
    TooManyBackups,
}

/// How every value is kept on the device: the version of its shape, so a
/// later build can read it or keep it as a backup, and the value itself
/// (`{"version":1,"data":…}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub version: u32,
    pub data: T,
}

/// How many backups of one kind are kept at most.
pub const MAX_BACKUPS: usize = 20;

/// A key-value store of texts, such as the browser's localStorage.
pub trait Store {
    /// The text under `key`, `None` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Writes `value` under `key`; on an error nothing changed.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key, in any order.
    fn keys(&self) -> Vec<String>;
}

/// The keys a series of backups may take: `prefix`, then `prefix.2` …
/// `prefix.20`.
pub fn backup_keys(prefix: &str) -> impl Iterator<Item = String> + '_ {
    std::iter::once(prefix.to_string())
        .chain((2..=MAX_BACKUPS).map(move |n| format!("{prefix}.{n}")))
}

/// Whether `key` is one of the backup keys of `prefix`.
pub fn is_backup_key(prefix: &str, key: &str) -> bool {
    backup_keys(prefix).any(|candidate| candidate == key)
}

/// Copies `raw` to a backup key of `prefix` that holds nothing yet, so no
/// earlier backup is overwritten, and returns that key. If the same text
/// is backed up already, that key is returned and nothing is written.
pub fn keep_backup(store: &dyn Store, prefix: &str, raw: &str) -> Result<String, StorageError> {
    for candidate in backup_keys(prefix) {
        match store.get(&candidate)? {
            Some(existing) if existing == raw => return Ok(candidate),
            Some(_) => continue,
            None => {
                store.set(&candidate, raw)?;
                return Ok(candidate);
            }
        }
    }
    // Every backup key is taken: say so rather than overwrite one.
    Err(StorageError::TooManyBackups)
}

/// A store in memory, with an optional size limit: for native tests, and
/// the shape every store must behave like.
#[derive(Debug, Default)]
pub struct MemoryStore {
    values: RefCell<BTreeMap<String, String>>,
    /// Most characters, keys and values together; `None` for no limit.
    /// A cell, so a test can fill the device while a page is using it.
    pub capacity: Cell<Option<usize>>,
    /// When true every call fails as if storage were blocked.
    pub unavailable: bool,
}

impl MemoryStore {
    /// An empty store that holds at most `capacity` characters.
    pub fn with_capacity(capacity: usize) -> MemoryStore {
        MemoryStore {
            capacity: Cell::new(Some(capacity)),
            ..MemoryStore::default()
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.values
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.chars().count() + v.chars().count())
            .sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        Ok(self.values.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        let needed = key.chars().count() + value.chars().count();
        if let Some(capacity) = self.capacity.get() {
            if self.used_without(key) + needed > capacity {
                return Err(StorageError::Full);
            }
        }
        self.values
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        self.values.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Vec<String> {
        self.values.borrow().keys().cloned().collect()
    }
}
