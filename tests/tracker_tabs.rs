//! One ledger, several tabs: a browser tab and the installed app (or two
//! tabs) write the same stored value. Nothing added in one may be lost in
//! the other, and each shows the other's changes.

// Native only: the browser tests are in web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use proptest::prelude::*;

fn two_tabs() -> (Page, Page) {
    let store = Rc::new(MemoryStore::default());
    (Page::open_shared(store.clone()), Page::open_shared(store))
}

fn stored_notes(page: &Page) -> BTreeSet<String> {
    let raw = page.store.get(LEDGER_KEY).unwrap().unwrap_or_default();
    let salvaged = import_json(&raw, today()).unwrap();
    salvaged
        .ledger
        .payments
        .iter()
        .map(|p| p.note.clone())
        .collect()
}

fn set(notes: &[&str]) -> BTreeSet<String> {
    notes.iter().map(|note| note.to_string()).collect()
}

#[test]
fn payments_added_in_turn_in_two_tabs_are_all_kept() {
    // A, then B, then A again, with no storage event between: each write
    // reads what the other stored first.
    let (mut a, mut b) = two_tabs();
    a.add("2026-11-01", "10", "a1");
    b.add("2026-11-02", "20", "b1");
    a.add("2026-11-03", "30", "a2");
    assert_eq!(stored_notes(&a), set(&["a1", "b1", "a2"]));
    assert_eq!(a.notes(), vec!["a1", "b1", "a2"], "tab A shows B's payment");
    b.storage_event();
    assert_eq!(
        b.notes(),
        vec!["a1", "b1", "a2"],
        "tab B shows A's payments"
    );
    let ids: BTreeSet<u64> = b.state.ledger.payments.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), 3, "ids stay unique: {ids:?}");
}

#[test]
fn a_storage_event_shows_the_other_tab_s_change_without_writing() {
    let (mut a, mut b) = two_tabs();
    a.add("2026-11-01", "10", "a1");
    let written = a.store.get(LEDGER_KEY).unwrap();
    b.storage_event();
    assert_eq!(b.notes(), vec!["a1"]);
    assert_eq!(
        b.store.get(LEDGER_KEY).unwrap(),
        written,
        "nothing rewritten"
    );
    b.act(Action::Delete(b.state.ledger.payments[0].id));
    a.storage_event();
    assert!(a.notes().is_empty(), "a delete in B reaches A");
}

#[test]
fn a_delete_in_one_tab_does_not_undo_an_edit_in_the_other() {
    let (mut a, mut b) = two_tabs();
    a.add("2026-11-01", "10", "taxi");
    b.storage_event();
    let id = a.state.ledger.payments[0].id;
    a.act(Action::Edit {
        id,
        date: date("2026-11-01"),
        amount: dec("12"),
        note: "taxi home".into(),
        today: today(),
    });
    b.act(Action::Delete(id));
    assert_eq!(
        stored_notes(&b),
        set(&["taxi home"]),
        "the edited payment is kept"
    );
}

#[test]
fn refunds_added_in_two_tabs_to_one_payment_are_both_kept() {
    let (mut a, mut b) = two_tabs();
    a.add("2026-11-01", "100", "hotel");
    b.storage_event();
    let id = a.state.ledger.payments[0].id;
    let refund = |amount: &str| Action::Refund {
        id,
        date: date("2026-11-02"),
        amount: dec(amount),
        today: today(),
    };
    a.act(refund("10"));
    b.act(refund("20"));
    let stored = import_json(&b.store.get(LEDGER_KEY).unwrap().unwrap(), today()).unwrap();
    assert!(stored.is_clean(), "{stored:?}");
    let refunds: Vec<String> = stored.ledger.payments[0]
        .refunds
        .iter()
        .map(|r| r.amount.to_string())
        .collect();
    assert_eq!(refunds, vec!["10", "20"]);
}

#[test]
fn an_import_in_one_tab_keeps_what_the_other_added_meanwhile() {
    let (mut a, mut b) = two_tabs();
    a.add("2026-11-01", "10", "old");
    b.storage_event();
    b.add("2026-11-02", "20", "added in b");
    let mut file = Ledger::default();
    file.add(date("2026-10-01"), dec("5"), "imported", today())
        .unwrap();
    a.act(Action::ImportRead(
        import_json(&export_json(&file, today()), today()).map_err(ImportProblem::File),
        None,
    ));
    a.act(Action::Confirm { today: today() });
    assert_eq!(stored_notes(&a), set(&["imported", "added in b"]));
}

/// A deletion can still be undone after the next payment, but not once the
/// payment is back by another way: here another tab, which had not seen
/// the deletion, edited it, and the edit kept it. An undo then would put
/// back the old note over the new one.
#[test]
fn no_undo_is_offered_for_a_payment_another_tab_kept() {
    let (mut a, mut b) = two_tabs();
    a.add("2026-11-01", "10", "taxi");
    b.storage_event();
    let id = a.state.ledger.payments[0].id;
    a.act(Action::Delete(id));
    a.add("2026-11-02", "20", "lunch");
    assert!(a.state.undo.is_some(), "undo kept after an addition");
    b.act(Action::Edit {
        id,
        date: date("2026-11-01"),
        amount: dec("12"),
        note: "taxi home".into(),
        today: today(),
    });
    a.storage_event();
    assert_eq!(a.notes(), vec!["taxi home", "lunch"]);
    assert!(
        a.state.undo.is_none(),
        "nothing left to undo: {:?}",
        a.state.undo
    );
    assert_eq!(stored_notes(&a), set(&["taxi home", "lunch"]));
}

#[derive(Debug, Clone)]
enum Step {
    Add { tab: usize, day: u8 },
    Delete { tab: usize, pick: usize },
    Undo { tab: usize },
    Event { tab: usize },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..2usize, 1..=23u8).prop_map(|(tab, day)| Step::Add { tab, day }),
        2 => (0..2usize, any::<usize>()).prop_map(|(tab, pick)| Step::Delete { tab, pick }),
        1 => (0..2usize).prop_map(|tab| Step::Undo { tab }),
        2 => (0..2usize).prop_map(|tab| Step::Event { tab }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Two tabs add, delete and undo in any order, with storage events
    /// delivered or not (a change both made to one payment is tested
    /// above): every payment added and not deleted (or deleted
    /// and put back) is stored exactly once, and ids stay unique.
    #[test]
    fn interleaved_changes_in_two_tabs_lose_nothing(steps in prop::collection::vec(step(), 1..50)) {
        let (a, b) = two_tabs();
        let mut tabs = [a, b];
        let mut next_note = 0;
        let mut expected = BTreeSet::new();
        for step in &steps {
            match *step {
                Step::Add { tab, day } => {
                    let note = format!("note-{next_note}");
                    next_note += 1;
                    tabs[tab].add(&format!("2026-11-{day:02}"), "10", &note);
                    expected.insert(note);
                }
                Step::Delete { tab, pick } => {
                    let payments = tabs[tab].state.ledger.payments.clone();
                    if !payments.is_empty() {
                        let payment = &payments[pick % payments.len()];
                        tabs[tab].act(Action::Delete(payment.id));
                        expected.remove(&payment.note);
                    }
                }
                Step::Undo { tab } => {
                    if let Some((_, payment)) = tabs[tab].state.undo.clone() {
                        tabs[tab].act(Action::Undo);
                        expected.insert(payment.note);
                    }
                }
                Step::Event { tab } => tabs[tab].storage_event(),
            }
        }
        let raw = tabs[0].store.get(LEDGER_KEY).unwrap().unwrap_or_default();
        let stored = if raw.is_empty() { Ledger::default() } else { import_json(&raw, today()).unwrap().ledger };
        let notes: Vec<String> = stored.payments.iter().map(|p| p.note.clone()).collect();
        let unique: BTreeSet<String> = notes.iter().cloned().collect();
        prop_assert_eq!(notes.len(), unique.len(), "a payment stored twice after {:?}", steps);
        prop_assert_eq!(unique, expected, "after {:?}", steps);
        let mut ids: Vec<u64> = stored.payments.iter().flat_map(|p| std::iter::once(p.id).chain(p.refunds.iter().map(|r| r.id))).collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), count, "ids repeated after {:?}", steps);
        for tab in &mut tabs {
            tab.storage_event();
            let shown: BTreeSet<String> = tab.notes().into_iter().collect();
            let stored_notes: BTreeSet<String> = stored.payments.iter().map(|p| p.note.clone()).collect();
            prop_assert_eq!(shown, stored_notes, "a tab shows what is stored after {:?}", steps);
        }
    }
}

/// Something else wrote a value cut off part-way: it is kept as a backup,
/// and not merged, so the payments missing from it are not taken for
/// payments removed there.
#[test]
fn a_value_cut_off_elsewhere_removes_no_payment_here() {
    let mut page = Page::open(MemoryStore::default());
    for (day, note) in [
        ("2026-11-01", "first"),
        ("2026-11-02", "second"),
        ("2026-11-03", "third"),
    ] {
        page.add(day, "10", note);
    }
    let stored = page.store.get(LEDGER_KEY).unwrap().unwrap();
    let cut = stored[..stored.find("\"second\"").unwrap()].to_string();
    page.store.set(LEDGER_KEY, &cut).unwrap();
    page.add("2026-11-04", "10", "fourth");
    assert_eq!(
        stored_notes(&page),
        set(&["first", "second", "third", "fourth"])
    );
    let backups: Vec<String> = page
        .store
        .keys()
        .into_iter()
        .filter(|key| key.starts_with(DAMAGED_PREFIX))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(page.store.get(&backups[0]).unwrap(), Some(cut));
}

/// Found when a payment being edited in one tab was deleted in another: the
/// form vanished without a word, with what was typed in it.
#[test]
fn a_form_open_on_a_payment_deleted_elsewhere_closes_and_says_so() {
    let (mut a, mut b) = two_tabs();
    a.add("2026-11-01", "10", "taxi");
    a.add("2026-11-02", "20", "lunch");
    b.storage_event();
    let (taxi, lunch) = (a.state.ledger.payments[0].id, a.state.ledger.payments[1].id);
    for kind in [EditorKind::Edit, EditorKind::Refund] {
        a.act(Action::OpenEditor(lunch, kind));
        // A change elsewhere that leaves the payment: the form stays open.
        b.add("2026-11-03", "30", "museum");
        a.storage_event();
        assert_eq!(a.state.editor, Some((lunch, kind)), "{kind:?}: still open");
        a.act(Action::CloseEditor);
    }
    a.act(Action::OpenEditor(taxi, EditorKind::Edit));
    b.storage_event();
    b.act(Action::Delete(taxi));
    a.storage_event();
    assert_eq!(
        a.state.editor, None,
        "the form on the deleted payment closes"
    );
    assert_eq!(
        a.state.notice.as_ref().map(|notice| notice.event.clone()),
        Some(Event::GoneElsewhere),
        "and the page says why"
    );
}

/// Found when "delete all" in one tab left the other tab without the
/// backup it kept until a reload: that list is where the user looks for
/// what was deleted.
#[test]
fn a_backup_kept_or_removed_in_one_tab_is_listed_in_the_other_at_once() {
    let (mut a, mut b) = two_tabs();
    a.add("2026-11-01", "100", "en");
    a.add("2026-11-01", "200", "to");
    b.storage_event();
    assert!(b.state.backups.is_empty(), "no backup yet");
    a.act(Action::AskClear);
    a.act(Action::Confirm { today: today() });
    assert_eq!(a.state.backups.len(), 1, "delete all keeps a backup");
    b.storage_event();
    assert!(b.notes().is_empty(), "the other tab empties");
    assert_eq!(b.state.backups, a.state.backups, "and lists the backup");
    let key = a.state.backups[0].key.clone();
    a.act(Action::AskForget(key));
    a.act(Action::Confirm { today: today() });
    b.storage_event();
    assert!(
        b.state.backups.is_empty(),
        "a backup removed in one tab goes in the other"
    );
}
