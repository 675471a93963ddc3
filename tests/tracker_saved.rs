//! The ledger on the device: earlier saved formats load unchanged, and
//! anything that cannot be used as it is is backed up and offered.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
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

// Long: one table of stored values, a row per way they can be broken.
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
            "an amount that is not a number",
            good.replacen("\"150\"", "\"abc\"", 1),
            StoredProblem::SetAside { count: 1 },
            1,
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
        (
            "cut off in the second payment",
            good[..good.find("\"dinner\"").unwrap()].to_string(),
            StoredProblem::CutOff { recovered: 1 },
            1,
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
            let in_the_backup = match problem {
                StoredProblem::CutOff { recovered } => recovered,
                _ => 2,
            };
            assert_eq!(
                salvaged.ledger.payments.len() + salvaged.left_out(),
                in_the_backup,
                "{what}"
            );
        }
    }
}

#[test]
fn a_stored_value_that_cannot_be_backed_up_is_never_written_over() {
    let raw = "{\"version\":99,\"data\":\"from the future\"}";
    let store = store_with(raw);
    // Room for the stored value and little else.
    store.capacity.set(Some(LEDGER_KEY.len() + raw.len() + 10));
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
fn a_backup_is_removed_only_after_a_yes() {
    let raw = "{\"version\":99,\"data\":\"from the future\"}";
    let mut page = Page::open(store_with(raw));
    let key = page.state.backups[0].key.clone();
    page.act(Action::AskForget(key.clone()));
    assert_eq!(page.state.confirm, Some(Confirm::ForgetBackup(key.clone())));
    page.act(Action::CancelConfirm);
    assert!(page.store.get(&key).unwrap().is_some(), "cancel keeps it");
    page.act(Action::AskForget(key.clone()));
    page.act(Action::Confirm { today: today() });
    assert!(page.store.get(&key).unwrap().is_none(), "yes removes it");
    assert!(page.state.backups.is_empty());
    assert_eq!(page.state.stored_problem, None);
}
