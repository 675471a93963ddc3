//! The tracker's reducer: results land next to the control that caused
//! them, and Undo stays while it can put a payment back (imports:
//! tracker_imports.rs; sequences of actions: tracker_sequences.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
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
                markup: None,
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
            Action::OpenEditor(id, waika_ui::pages::tracker::state::EditorKind::Refund),
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
        // A refund removed says what it was, so Undo can record it again.
        (
            Action::RemoveRefund {
                payment: id,
                refund: id + 1,
            },
            Some(Notice {
                place: Place::Payment(id),
                event: Event::RefundRemoved {
                    amount: dec("500"),
                    date: date("2024-06-02"),
                },
            }),
            true,
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
            Action::ImportRead(Err(ImportProblem::File(ImportError::NotJson)), None),
            Some(Notice {
                place: Place::Data,
                event: Event::ImportFailed(ImportProblem::File(ImportError::NotJson)),
            }),
            false,
        ),
        (Action::CloseEditor, None, false),
        // An export changes nothing, and says where the file went.
        (
            Action::Exported {
                file: "waika-payments-2026-11-23.json".to_string(),
            },
            Some(Notice {
                place: Place::Data,
                event: Event::Exported {
                    count: 1,
                    file: "waika-payments-2026-11-23.json".to_string(),
                },
            }),
            false,
        ),
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

/// Found when a student deleted a payment with one tap and then added the
/// next one: the chance to undo went with it. It stays until it is used
/// or the ledger is replaced, and the payment comes back in date order.
#[test]
fn a_deletion_can_still_be_undone_after_a_payment_is_added() {
    let mut page = Page::open(MemoryStore::default());
    page.add("2024-06-01", "100", "first");
    page.add("2024-06-03", "12.5", "taxi");
    let taxi = page.state.ledger.payments[1].id;
    page.act(Action::Delete(taxi));
    page.add("2024-06-02", "5", "water");
    assert!(page.state.undo.is_some(), "undo kept after an addition");
    page.act(Action::Undo);
    let notes: Vec<&str> = page
        .state
        .ledger
        .payments
        .iter()
        .map(|payment| payment.note.as_str())
        .collect();
    assert_eq!(notes, ["first", "water", "taxi"]);
    assert!(page.state.undo.is_none());
}

/// A reload once took Undo away from a user who had deleted by mistake:
/// the tab keeps the deletion, and the page offers it back after loading,
/// unless the payment is there again or the ledger was replaced since.
#[test]
fn a_kept_deletion_is_offered_again_only_while_it_can_be_put_back() {
    // (what happened after the deletion, whether Undo is offered)
    let rows: Vec<(&str, bool)> = vec![
        ("nothing", true),
        ("undone in another tab", false),
        ("ledger replaced by an empty one", false),
    ];
    for (after, offered) in rows {
        let mut page = Page::open(MemoryStore::default());
        page.add("2024-06-01", "100", "hotel");
        let id = page.state.ledger.payments[0].id;
        page.act(Action::Delete(id));
        let kept = page.state.undo.clone().expect("deletion undoable");
        if after == "undone in another tab" {
            page.act(Action::Undo);
        }
        page.reload();
        if after == "ledger replaced by an empty one" {
            // As an import leaves it: ids start again from the file's.
            page.state.ledger = std::rc::Rc::new(Default::default());
        }
        page.act(Action::KeptUndo(kept.0, kept.1));
        assert_eq!(page.state.undo.is_some(), offered, "after {after}");
        if offered {
            page.act(Action::Undo);
            assert!(
                page.state.ledger.payment(id).is_some(),
                "after {after}: restored"
            );
        }
    }
}

/// Found when a student deleted two payments in quick succession: Undo
/// brought back the second, and the first was gone for good.
#[test]
fn undo_takes_back_each_deletion_in_turn() {
    let mut page = Page::open(MemoryStore::default());
    for (day, amount, note) in [
        ("2024-06-01", "10", "water"),
        ("2024-06-02", "20", "fruit"),
        ("2024-06-03", "30", "taxi"),
    ] {
        page.add(day, amount, note);
    }
    let ids: Vec<u64> = page.state.ledger.payments.iter().map(|p| p.id).collect();
    page.act(Action::Delete(ids[0]));
    page.act(Action::Delete(ids[1]));
    assert_eq!(page.notes(), vec!["taxi"]);
    // (after this many Undos, the notes, and whether Undo is still offered)
    let rows: &[(usize, &[&str], bool)] = &[
        (1, &["fruit", "taxi"], true),
        (2, &["water", "fruit", "taxi"], false),
        (3, &["water", "fruit", "taxi"], false),
    ];
    for (undos, notes, offered) in rows {
        page.act(Action::Undo);
        assert_eq!(page.notes(), *notes, "after {undos} undos");
        assert_eq!(page.state.undo.is_some(), *offered, "after {undos} undos");
    }
}

/// Found when a traveller pressed Add again after a reload, unsure whether
/// the taxi fare was in: a payment of the same amount on the same day says
/// the first was already there, and both still count until one is deleted.
#[test]
fn adding_the_same_amount_on_the_same_day_says_it_was_already_there() {
    // A payment as typed: (day, amount).
    type Typed<'a> = (&'a str, &'a str);
    // (payments already there, payment added, how many the message names)
    let rows: &[(&[Typed], Typed, usize)] = &[
        (&[], ("2024-06-01", "85"), 0),
        (&[("2024-06-01", "85")], ("2024-06-01", "85"), 1),
        (&[("2024-06-01", "85")], ("2024-06-01", "85.00"), 1),
        (
            &[("2024-06-01", "85"), ("2024-06-01", "85")],
            ("2024-06-01", "85"),
            2,
        ),
        (&[("2024-06-01", "85")], ("2024-06-02", "85"), 0),
        (&[("2024-06-01", "85")], ("2024-06-01", "85.01"), 0),
        (
            &[("2024-05-31", "85"), ("2024-06-02", "85")],
            ("2024-06-01", "85"),
            0,
        ),
    ];
    for (before, (day, amount), expected) in rows {
        let mut page = Page::open(MemoryStore::default());
        for (earlier_day, earlier_amount) in before.iter() {
            page.add(earlier_day, earlier_amount, "taxi");
        }
        page.add(day, amount, "taxi");
        let input = format!("{before:?} then {amount} on {day}");
        match page.state.notice.as_ref().map(|notice| &notice.event) {
            Some(Event::Added { same_before, .. }) => {
                assert_eq!(*same_before, *expected, "{input}")
            }
            other => panic!("{input}: {other:?}"),
        }
        assert_eq!(
            page.state.ledger.payments.len(),
            before.len() + 1,
            "{input}: still added"
        );
    }
}
