//! The tracker page without a browser: its reducer and the storage effect
//! run against a store in memory, as the page runs them.
// Each test file uses a different part of this harness.
#![allow(dead_code, unused_imports)]

pub use rust_decimal::Decimal;
pub use std::collections::BTreeSet;
pub use std::rc::Rc;
pub use std::str::FromStr;
pub use waika_core::date::Date;
pub use waika_core::export::{export_json, import_json, ImportError};
pub use waika_core::ledger::{Ledger, LedgerError};
pub use waika_core::store::{MemoryStore, StorageError, Store};
pub use waika_ui::pages::tracker::persist::persist;
pub use waika_ui::pages::tracker::saved::{
    backups_elsewhere, encode, load, read_elsewhere, BackupKind, Holds, StoredProblem,
    DAMAGED_PREFIX, LEDGER_KEY,
};
pub use waika_ui::pages::tracker::state::{
    Action, Confirm, EditorKind, Event, ImportProblem, Notice, Place, SaveStatus, TrackerState,
};

// Dates, amounts and ledgers from text, as the core's ledger tests build them.
#[path = "../../crates/core/tests/common/mod.rs"]
mod ledger_fixtures;
pub use ledger_fixtures::{date, dec, ledger_of, today, NO_MARKUP};

/// A page and the device it runs on: every action is reduced, then the
/// storage effect runs as the page runs it.
pub struct Page {
    pub store: Rc<MemoryStore>,
    pub state: TrackerState,
}

impl Page {
    pub fn open(store: MemoryStore) -> Page {
        Page::open_shared(Rc::new(store))
    }

    /// A second tab (or the installed app) on the same device.
    pub fn open_shared(store: Rc<MemoryStore>) -> Page {
        let state = TrackerState::from_loaded(load(&*store, today()));
        Page { store, state }
    }

    /// The browser's `storage` event: another tab wrote.
    pub fn storage_event(&mut self) {
        if let Some(action) =
            read_elsewhere(&*self.store, today(), self.state.stored_text.as_deref())
        {
            self.act(action.into());
        }
        if let Some(backups) = backups_elsewhere(&*self.store, today(), &self.state.backups) {
            self.act(Action::BackupsElsewhere(backups));
        }
    }

    pub fn act(&mut self, action: Action) {
        let revision = self.state.revision;
        self.state = self.state.apply(action);
        if self.state.revision != revision {
            let persisted = persist(&*self.store, self.state.to_write(), today());
            self.state = self.state.apply(Action::Persisted(persisted));
        }
    }

    pub fn reload(&mut self) {
        self.state = TrackerState::from_loaded(load(&*self.store, today()));
    }

    pub fn add(&mut self, day: &str, amount: &str, note: &str) {
        self.act(Action::Add {
            date: date(day),
            amount: dec(amount),
            note: note.to_string(),
            markup: None,
            today: today(),
        });
    }

    pub fn notes(&self) -> Vec<String> {
        self.state
            .ledger
            .payments
            .iter()
            .map(|p| p.note.clone())
            .collect()
    }
}

pub fn store_with(raw: &str) -> MemoryStore {
    let store = MemoryStore::default();
    store.set(LEDGER_KEY, raw).unwrap();
    store
}

/// Values saved by earlier builds of the app: format 1 before the first
/// card link was kept, and after.
pub const EARLIER_FORMATS: &[(&str, &str, usize)] = &[
    (
        "format 1, first builds (no first card link)",
        r#"{"version":1,"data":{"next_id":3,"payments":[{"id":0,"date":"2024-06-01","amount":"1000","note":"hotel","refunds":[{"id":2,"date":"2024-06-02","amount":"500"}]},{"id":1,"date":"2024-06-02","amount":"150","note":"dinner","refunds":[]}]}}"#,
        2,
    ),
    (
        "format 1 with the first card link",
        r#"{"version":1,"data":{"next_id":2,"payments":[{"id":0,"date":"2025-06-10","amount":"500","note":"","refunds":[]},{"id":1,"date":"2025-06-10","amount":"88.5","note":"晚餐 æøå","refunds":[]}],"first_card_link":"2025-06-01"}}"#,
        2,
    ),
    (
        "format 1, empty ledger",
        r#"{"version":1,"data":{"next_id":0,"payments":[],"first_card_link":null}}"#,
        0,
    ),
];
