//! No sequence of what a user or the device can do (adding, deleting,
//! undoing, refunding, importing, reloading) loses a stored payment.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use proptest::prelude::*;

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
                        markup: None,
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
                    page.act(Action::ImportRead(import_json(&export_json(&ledger, today()), today()).map_err(ImportProblem::File), None));
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
                    page.store.capacity.set(if full { Some(used) } else { None });
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
                        page.store.capacity.set(capacity);
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
