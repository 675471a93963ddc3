//! The tracker's state, its reducer and the ledger on the device: earlier
//! saved formats load unchanged, anything that cannot be used as it is is
//! backed up, results land next to the control that caused them, and no
//! sequence of actions loses a stored payment.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::str::FromStr;
use waika::core::date::Date;
use waika::core::export::{export_json, import_json, ImportError};
use waika::core::ledger::{Ledger, LedgerError};
use waika::store::{MemoryStore, StorageError, Store};
use waika::ui::pages::tracker::saved::{
    encode, load, persist, BackupKind, StoredProblem, DAMAGED_PREFIX, LEDGER_KEY,
};
use waika::ui::pages::tracker::state::{
    Action, Confirm, Event, ImportProblem, Notice, Place, SaveStatus, TrackerState,
};

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn today() -> Date {
    date("2026-11-23")
}

/// A page and the device it runs on: every action is reduced, then the
/// storage effect runs as the page runs it.
struct Page {
    store: MemoryStore,
    state: TrackerState,
}

impl Page {
    fn open(store: MemoryStore) -> Page {
        let state = TrackerState::from_loaded(load(&store, today()));
        Page { store, state }
    }

    fn act(&mut self, action: Action) {
        let revision = self.state.revision;
        self.state = self.state.apply(action);
        if self.state.revision != revision {
            let persisted = persist(&self.store, &self.state);
            self.state = self.state.apply(Action::Persisted(persisted));
        }
    }

    fn reload(&mut self) {
        self.state = TrackerState::from_loaded(load(&self.store, today()));
    }

    fn add(&mut self, day: &str, amount: &str, note: &str) {
        self.act(Action::Add {
            date: date(day),
            amount: dec(amount),
            note: note.to_string(),
            today: today(),
        });
    }

    fn notes(&self) -> Vec<String> {
        self.state
            .ledger
            .payments
            .iter()
            .map(|p| p.note.clone())
            .collect()
    }
}

fn store_with(raw: &str) -> MemoryStore {
    let store = MemoryStore::default();
    store.set(LEDGER_KEY, raw).unwrap();
    store
}

/// Values saved by earlier builds of the app: format 1 before the first
/// card link was kept, and after.
const EARLIER_FORMATS: &[(&str, &str, usize)] = &[
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

#[test]
fn ledgers_saved_by_earlier_builds_load_unchanged_and_write_no_backup() {
    for (what, raw, count) in EARLIER_FORMATS {
        let page = Page::open(store_with(raw));
        assert_eq!(page.state.ledger.payments.len(), *count, "{what}");
        assert_eq!(page.state.stored_problem, None, "{what}");
        assert_eq!(
            page.store.keys(),
            vec![LEDGER_KEY.to_string()],
            "{what}: no backup"
        );
        // What this build writes reads back as the same ledger.
        let again = Page::open(store_with(&encode(&page.state.ledger)));
        assert_eq!(again.state.ledger, page.state.ledger, "{what}");
    }
}

#[test]
fn stored_values_that_cannot_be_used_as_they_are_are_backed_up_and_nothing_is_dropped() {
    let good = EARLIER_FORMATS[0].1;
    // (what, stored text, problem, payments loaded)
    let rows: Vec<(&str, String, StoredProblem, usize)> = vec![
        (
            "not JSON",
            "{\"version\":1,\"data\":".into(),
            StoredProblem::Unreadable,
            0,
        ),
        (
            "not a ledger",
            "[1,2,3]".into(),
            StoredProblem::Unreadable,
            0,
        ),
        (
            "a newer format",
            "{\"version\":99,\"data\":\"from the future\"}".into(),
            StoredProblem::Newer { found: 99 },
            0,
        ),
        (
            "an amount of -1000",
            good.replacen("\"150\"", "\"-1000\"", 1),
            StoredProblem::SetAside { count: 1 },
            1,
        ),
        (
            "a payment dated 9999-12-31",
            good.replacen(
                "\"2024-06-02\",\"amount\":\"150\"",
                "\"9999-12-31\",\"amount\":\"150\"",
                1,
            ),
            StoredProblem::SetAside { count: 1 },
            1,
        ),
        (
            "payments out of order",
            good.replacen(
                "\"2024-06-02\",\"amount\":\"150\"",
                "\"2024-05-02\",\"amount\":\"150\"",
                1,
            ),
            StoredProblem::Repaired,
            2,
        ),
        (
            "an id used twice",
            good.replacen("\"id\":1,", "\"id\":0,", 1),
            StoredProblem::Repaired,
            2,
        ),
    ];
    for (what, raw, problem, loaded) in rows {
        let mut page = Page::open(store_with(&raw));
        assert_eq!(page.state.stored_problem, Some(problem), "{what}");
        assert_eq!(page.state.ledger.payments.len(), loaded, "{what}");
        let backup = DAMAGED_PREFIX.to_string();
        assert_eq!(
            page.store.get(&backup).unwrap().as_deref(),
            Some(raw.as_str()),
            "{what}: backup"
        );
        assert!(
            page.state
                .backups
                .iter()
                .any(|b| b.key == backup && b.kind == BackupKind::Damaged(problem)),
            "{what}: the backup is offered: {:?}",
            page.state.backups
        );
        // A change is saved; the backup stays, and stays offered after a reload.
        page.add("2024-06-05", "10", "new");
        assert_eq!(page.state.save, SaveStatus::Saved, "{what}");
        assert_eq!(
            page.store.get(&backup).unwrap().as_deref(),
            Some(raw.as_str()),
            "{what}"
        );
        page.reload();
        assert!(
            page.state.backups.iter().any(|b| b.key == backup),
            "{what}: still offered"
        );
        assert!(page.notes().contains(&"new".to_string()), "{what}");
        // The backup imports like any export.
        if problem != StoredProblem::Unreadable && !matches!(problem, StoredProblem::Newer { .. }) {
            let salvaged = import_json(&raw, today()).unwrap();
            assert_eq!(
                salvaged.ledger.payments.len() + salvaged.set_aside.len(),
                2,
                "{what}"
            );
        }
    }
}

#[test]
fn a_stored_value_that_cannot_be_backed_up_is_never_written_over() {
    let raw = "{\"version\":99,\"data\":\"from the future\"}";
    let mut store = store_with(raw);
    // Room for the stored value and little else.
    store.capacity = Some(LEDGER_KEY.len() + raw.len() + 10);
    let mut page = Page::open(store);
    assert_eq!(page.state.unbacked_raw.as_deref(), Some(raw));
    assert_eq!(page.state.save, SaveStatus::Held);
    page.add("2024-06-05", "10", "new");
    assert_eq!(
        page.state.save,
        SaveStatus::Held,
        "the change is reported not saved"
    );
    assert_eq!(page.store.get(LEDGER_KEY).unwrap().as_deref(), Some(raw));
}

#[test]
fn a_full_storage_is_reported_next_to_the_change() {
    let mut page = Page::open(MemoryStore::with_capacity(10));
    page.add("2024-06-01", "100", "dinner");
    assert_eq!(page.state.save, SaveStatus::Failed(StorageError::Full));
    assert_eq!(
        page.state.notice.as_ref().map(|n| n.place),
        Some(Place::AddForm)
    );
    assert_eq!(page.notes(), vec!["dinner"], "kept on screen");
    let mut blocked = MemoryStore::default();
    blocked.unavailable = true;
    let mut page = Page::open(blocked);
    page.add("2024-06-01", "100", "dinner");
    assert_eq!(
        page.state.save,
        SaveStatus::Failed(StorageError::Unavailable)
    );
}

#[test]
fn each_action_tells_its_result_where_it_was_caused_and_clears_the_last_one() {
    let mut page = Page::open(MemoryStore::default());
    page.add("2024-06-01", "1000", "hotel");
    let id = page.state.ledger.payments[0].id;
    // (action, where the message is, what it says, whether the ledger changed)
    let rows: Vec<(Action, Option<Notice>, bool)> = vec![
        (
            Action::Add {
                date: date("9999-12-31"),
                amount: dec("1"),
                note: String::new(),
                today: today(),
            },
            Some(Notice {
                place: Place::AddForm,
                event: Event::Refused(LedgerError::DateInFuture {
                    latest: date("2026-11-24"),
                }),
            }),
            false,
        ),
        (
            Action::OpenEditor(id, waika::ui::pages::tracker::state::EditorKind::Refund),
            None,
            false,
        ),
        (
            Action::Refund {
                id,
                date: date("2024-06-02"),
                amount: dec("1000.01"),
                today: today(),
            },
            Some(Notice {
                place: Place::Payment(id),
                event: Event::Refused(LedgerError::RefundTooLarge { left: dec("1000") }),
            }),
            false,
        ),
        (
            Action::Refund {
                id,
                date: date("2024-06-02"),
                amount: dec("500"),
                today: today(),
            },
            Some(Notice {
                place: Place::Payment(id),
                event: Event::Refunded { amount: dec("500") },
            }),
            true,
        ),
        (
            Action::ImportRead(Err(ImportProblem::File(ImportError::NotJson))),
            Some(Notice {
                place: Place::Data,
                event: Event::ImportFailed(ImportProblem::File(ImportError::NotJson)),
            }),
            false,
        ),
        (Action::CloseEditor, None, false),
        (
            Action::Delete(id),
            Some(Notice {
                place: Place::List,
                event: Event::Deleted {
                    amount: dec("1000"),
                    date: date("2024-06-01"),
                },
            }),
            true,
        ),
        (
            Action::Undo,
            Some(Notice {
                place: Place::Payment(id),
                event: Event::Restored,
            }),
            true,
        ),
        (
            Action::SetFirstLink(Some(date("2025-06-01"))),
            Some(Notice {
                place: Place::Promotion,
                event: Event::FirstLinkSaved,
            }),
            true,
        ),
    ];
    for (action, notice, changes) in rows {
        let before = page.state.revision;
        let shown = format!("{action:?}");
        page.act(action);
        assert_eq!(page.state.notice, notice, "{shown}");
        assert_eq!(page.state.revision != before, changes, "{shown}");
    }
    assert_eq!(page.state.ledger.payments.len(), 1);
    assert_eq!(page.state.ledger.payments[0].refunded(), dec("500"));
}

#[test]
fn an_import_read_while_another_change_is_made_keeps_both() {
    let mut page = Page::open(MemoryStore::default());
    page.add("2024-06-01", "100", "before");
    let file = {
        let mut ledger = Ledger::default();
        ledger
            .add(date("2024-07-01"), dec("7"), "imported", today())
            .unwrap();
        export_json(&ledger, today())
    };
    // The file is picked; before it is read, the user adds a payment.
    page.add("2024-06-02", "200", "meanwhile");
    page.act(Action::ImportRead(
        import_json(&file, today()).map_err(ImportProblem::File),
    ));
    assert_eq!(
        page.notes(),
        vec!["before", "meanwhile"],
        "the import did not overwrite anything"
    );
    assert!(matches!(page.state.confirm, Some(Confirm::Import(_))));
    page.act(Action::Confirm { today: today() });
    assert_eq!(page.notes(), vec!["imported"]);
    // Both earlier payments are in the backup of the replaced ledger.
    let backup = page
        .state
        .backups
        .iter()
        .find(|b| b.kind == BackupKind::Replaced)
        .unwrap();
    let kept = import_json(&page.store.get(&backup.key).unwrap().unwrap(), today()).unwrap();
    let notes: Vec<&str> = kept
        .ledger
        .payments
        .iter()
        .map(|p| p.note.as_str())
        .collect();
    assert_eq!(notes, vec!["before", "meanwhile"]);
}

#[test]
fn an_import_whose_backup_cannot_be_kept_does_not_go_ahead() {
    let mut page = Page::open(MemoryStore::default());
    page.add("2024-06-01", "100", "mine");
    let used = page.store.get(LEDGER_KEY).unwrap().unwrap().len() + LEDGER_KEY.len();
    page.store.capacity = Some(used + 5);
    page.act(Action::AskClear);
    page.act(Action::Confirm { today: today() });
    assert_eq!(page.notes(), vec!["mine"], "rolled back");
    assert_eq!(
        page.state.notice.as_ref().map(|n| n.event.clone()),
        Some(Event::NotReplaced(StorageError::Full))
    );
    page.reload();
    assert_eq!(page.notes(), vec!["mine"], "the stored ledger is intact");
}

/// One thing a user or the device can do.
#[derive(Debug, Clone)]
enum Step {
    Add {
        day: u8,
        cents: u32,
    },
    Delete {
        pick: usize,
    },
    Undo,
    Refund {
        pick: usize,
        cents: u32,
    },
    ImportAndConfirm {
        count: u8,
    },
    ClearAll,
    /// Storage becomes full (or has room again).
    Capacity {
        full: bool,
    },
    Reload,
    /// Something outside the app damages the stored value.
    Corrupt {
        how: u8,
    },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (1u8..=28, 1u32..=900_000).prop_map(|(day, cents)| Step::Add { day, cents }),
        1 => any::<usize>().prop_map(|pick| Step::Delete { pick }),
        1 => Just(Step::Undo),
        1 => (any::<usize>(), 1u32..=900_000).prop_map(|(pick, cents)| Step::Refund { pick, cents }),
        1 => (0u8..4).prop_map(|count| Step::ImportAndConfirm { count }),
        1 => Just(Step::ClearAll),
        1 => any::<bool>().prop_map(|full| Step::Capacity { full }),
        1 => Just(Step::Reload),
        1 => (0u8..3).prop_map(|how| Step::Corrupt { how }),
    ]
}

/// Every note found in any value on the device.
fn notes_on_device(store: &MemoryStore) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for key in store.keys() {
        let raw = store.get(&key).unwrap().unwrap_or_default();
        // Notes are unique words: look for them as text, so a value that
        // no longer parses still counts as holding them.
        for word in raw.split('"').filter(|w| w.starts_with("note-")) {
            found.insert(word.to_string());
        }
    }
    found
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn no_sequence_of_actions_loses_a_stored_payment(steps in prop::collection::vec(step(), 1..40)) {
        let mut page = Page::open(MemoryStore::default());
        let mut next_note = 0;
        let mut stored_ever = BTreeSet::new();
        let mut deleted = BTreeSet::new();
        for step in steps {
            match step {
                Step::Add { day, cents } => {
                    let note = format!("note-{next_note}");
                    next_note += 1;
                    page.act(Action::Add {
                        date: Date::new(2025, 6, day).unwrap(),
                        amount: Decimal::new(cents.into(), 2),
                        note,
                        today: today(),
                    });
                }
                Step::Delete { pick } => {
                    let payments = &page.state.ledger.payments;
                    if !payments.is_empty() {
                        let payment = payments[pick % payments.len()].clone();
                        deleted.insert(payment.note.clone());
                        page.act(Action::Delete(payment.id));
                    }
                }
                Step::Undo => page.act(Action::Undo),
                Step::Refund { pick, cents } => {
                    let payments = &page.state.ledger.payments;
                    if !payments.is_empty() {
                        let id = payments[pick % payments.len()].id;
                        page.act(Action::Refund { id, date: date("2025-06-28"), amount: Decimal::new(cents.into(), 2), today: today() });
                    }
                }
                Step::ImportAndConfirm { count } => {
                    let mut ledger = Ledger::default();
                    for _ in 0..count {
                        let note = format!("note-{next_note}");
                        next_note += 1;
                        ledger.add(date("2025-07-01"), dec("5"), &note, today()).unwrap();
                    }
                    page.act(Action::ImportRead(import_json(&export_json(&ledger, today()), today()).map_err(ImportProblem::File)));
                    page.act(Action::Confirm { today: today() });
                }
                Step::ClearAll => {
                    page.act(Action::AskClear);
                    page.act(Action::Confirm { today: today() });
                }
                Step::Capacity { full } => {
                    let used: usize = page.store.keys().iter()
                        .map(|k| k.len() + page.store.get(k).unwrap().unwrap_or_default().chars().count())
                        .sum();
                    page.store.capacity = if full { Some(used) } else { None };
                }
                Step::Reload => page.reload(),
                Step::Corrupt { how } => {
                    if let Some(raw) = page.store.get(LEDGER_KEY).unwrap() {
                        let damaged = match how {
                            0 => raw.replacen("\"amount\":\"", "\"amount\":\"-", 1),
                            1 => raw.replacen("\"version\":1", "\"version\":7", 1),
                            _ => raw.replacen("\"date\":\"2025", "\"date\":\"9999", 1),
                        };
                        let capacity = page.store.capacity.take();
                        page.store.set(LEDGER_KEY, &damaged).unwrap();
                        page.store.capacity = capacity;
                        page.reload();
                    }
                }
            }
            if let Some(raw) = page.store.get(LEDGER_KEY).unwrap() {
                for word in raw.split('"').filter(|w| w.starts_with("note-")) {
                    stored_ever.insert(word.to_string());
                }
            }
            let on_device = notes_on_device(&page.store);
            for note in stored_ever.difference(&deleted) {
                prop_assert!(on_device.contains(note), "{} was stored and is gone", note);
            }
        }
    }
}
