//! The tracker's reducer and a file picked to import: it never overwrites
//! newer changes, adds only what this device lacks, and keeps a backup of
//! what it replaces.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;

/// Found when a researcher exported on her laptop, added a payment on her
/// phone and imported the laptop's file there: Replace was the only way,
/// and the phone's payment was left only in the backup.
#[test]
fn an_import_can_add_only_what_this_device_lacks() {
    let mut page = Page::open(MemoryStore::default());
    page.add("2024-06-01", "9800", "husleie");
    page.add("2024-06-02", "23.5", "lunsj (telefon)");
    let file = {
        let mut laptop = Ledger::default();
        for (day, amount, note) in [
            ("2024-06-01", "9800", "husleie"),
            ("2024-06-03", "42.5", "lunsj (laptop)"),
        ] {
            laptop.add(date(day), dec(amount), note, today()).unwrap();
        }
        export_json(&laptop, today())
    };
    page.act(Action::ImportRead(
        import_json(&file, today()).map_err(ImportProblem::File),
        None,
    ));
    let revision = page.state.revision;
    page.act(Action::AddMissing { today: today() });
    assert_eq!(
        page.notes(),
        vec!["husleie", "lunsj (telefon)", "lunsj (laptop)"],
        "the phone's payment stays, the laptop's is added, the rent once"
    );
    assert_eq!(
        page.state.notice,
        Some(Notice {
            place: Place::Data,
            event: Event::ImportAdded { count: 1 },
        })
    );
    assert_eq!(page.state.confirm, None);
    assert!(page.state.revision > revision, "written to the device");
    // What was here is kept first, so a wrong file can be taken back.
    assert_eq!(page.state.backups.len(), 1, "a backup of what was here");
    assert_eq!(
        page.state.backups[0].holds.map(|holds| holds.payments),
        Some(2)
    );
}

/// Found when a student exported, changed a payment's amount and another's
/// note, then imported the export: "Add the 2 payments missing here" added
/// the old versions beside the new ones, and December's total rose by
/// their sum. The file is known for this device's own by a payment it
/// shares with it unchanged (the water): another device's ids are its own.
#[test]
fn adding_from_an_older_export_of_this_device_leaves_out_the_old_versions() {
    let mut page = Page::open(MemoryStore::default());
    page.add("2024-05-30", "12", "water");
    page.add("2024-06-01", "2000", "bike");
    page.add("2024-06-02", "45", "canteen");
    let exported = export_json(&page.state.ledger, today());
    let ids: Vec<u64> = page.state.ledger.payments.iter().map(|p| p.id).collect();
    for (id, amount, note) in [(ids[1], "2100", "bike"), (ids[2], "45", "canteen lunch")] {
        let day = page.state.ledger.payment(id).unwrap().date;
        page.act(Action::Edit {
            id,
            date: day,
            amount: dec(amount),
            note: note.to_string(),
            today: today(),
        });
    }
    page.add("2024-06-03", "30", "tea");
    page.act(Action::ImportRead(
        import_json(&exported, today()).map_err(ImportProblem::File),
        None,
    ));
    page.act(Action::AddMissing { today: today() });
    assert_eq!(
        page.notes(),
        vec!["water", "bike", "canteen lunch", "tea"],
        "the edits stay, and nothing is counted twice"
    );
    assert_eq!(page.state.ledger.payments[1].amount, dec("2100"));
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
        None,
    ));
    assert_eq!(
        page.notes(),
        vec!["before", "meanwhile"],
        "the import did not overwrite anything"
    );
    assert!(matches!(page.state.confirm, Some(Confirm::Import(..))));
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
    page.store.capacity.set(Some(used + 5));
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

/// An import onto an empty device replaces nothing, so it keeps no empty
/// backup; one that replaces payments keeps them, labelled with what they
/// hold, also after a reload.
#[test]
fn only_payments_replaced_are_backed_up_and_a_backup_says_what_it_holds() {
    let file = |note: &str| {
        let mut ledger = Ledger::default();
        ledger
            .add(date("2024-07-01"), dec("7"), note, today())
            .unwrap();
        export_json(&ledger, today())
    };
    let mut page = Page::open(MemoryStore::default());
    page.act(Action::ImportRead(
        import_json(&file("first"), today()).map_err(ImportProblem::File),
        None,
    ));
    page.act(Action::Confirm { today: today() });
    assert_eq!(page.notes(), vec!["first"]);
    assert!(page.state.backups.is_empty(), "{:?}", page.state.backups);
    assert_eq!(
        page.state
            .notice
            .as_ref()
            .map(|notice| notice.event.clone()),
        Some(Event::Imported {
            count: 1,
            backed_up: false
        })
    );
    page.add("2024-06-01", "100", "mine");
    page.act(Action::ImportRead(
        import_json(&file("second"), today()).map_err(ImportProblem::File),
        None,
    ));
    page.act(Action::Confirm { today: today() });
    let holds = Some(Holds {
        payments: 2,
        latest: Some(date("2024-07-01")),
    });
    for when in ["after the import", "after a reload"] {
        let kinds: Vec<_> = page
            .state
            .backups
            .iter()
            .map(|backup| (backup.kind, backup.holds))
            .collect();
        assert_eq!(kinds, vec![(BackupKind::Replaced, holds)], "{when}");
        page.reload();
    }
}
