//! Stored ledgers and files whose details cannot be used as they are:
//! nothing is dropped or changed without a backup and a notice, ids never
//! wrap around, and one size limit holds for what is kept and imported.

// Native only: the browser tests are in web.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use waika_core::export::{
    export_csv, read_ledger, stored_len, CsvCosts, CsvStyle, MAX_LEDGER_BYTES,
};
use waika_core::ledger::{Fixed, MAX_ID};
use waika_core::rules::RuleChoice;
use waika_core::store::{keep_backup, MAX_BACKUPS};

const PAYMENT: &str = r#"{"id":0,"date":"2026-11-01","amount":"100","note":"hotel","refunds":[]}"#;

fn stored(data: &str) -> String {
    format!(r#"{{"version":1,"data":{data}}}"#)
}

#[test]
fn ledger_details_that_cannot_be_used_keep_the_payments_and_a_backup() {
    let cases: &[(&str, String, Fixed)] = &[
        (
            "next_id negative",
            stored(&format!(r#"{{"next_id":-5,"payments":[{PAYMENT}]}}"#)),
            Fixed::NextId,
        ),
        (
            "next_id as text",
            stored(&format!(r#"{{"next_id":"3","payments":[{PAYMENT}]}}"#)),
            Fixed::NextId,
        ),
        (
            "first link that does not exist",
            stored(&format!(
                r#"{{"next_id":1,"payments":[{PAYMENT}],"first_card_link":"2026-02-30"}}"#
            )),
            Fixed::FirstCardLink,
        ),
        (
            "first link in 2031",
            stored(&format!(
                r#"{{"next_id":1,"payments":[{PAYMENT}],"first_card_link":"2031-01-01"}}"#
            )),
            Fixed::FirstCardLink,
        ),
        (
            "unknown ledger field",
            stored(&format!(
                r#"{{"next_id":1,"payments":[{PAYMENT}],"budget":500}}"#
            )),
            Fixed::UnknownFields,
        ),
        (
            "unknown payment field",
            stored(
                r#"{"next_id":1,"payments":[{"id":0,"date":"2026-11-01","amount":"100","note":"hotel","refunds":[],"tip":"5"}]}"#,
            ),
            Fixed::UnknownFields,
        ),
        (
            "unknown envelope field",
            format!(
                r#"{{"version":1,"data":{{"next_id":1,"payments":[{PAYMENT}]}},"device":"x"}}"#
            ),
            Fixed::UnknownFields,
        ),
        (
            "version 0",
            format!(r#"{{"version":0,"data":{{"next_id":1,"payments":[{PAYMENT}]}}}}"#),
            Fixed::Version,
        ),
    ];
    for (what, raw, fixed) in cases {
        let salvaged = read_ledger(raw, today()).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!(
            salvaged.ledger.payments.len(),
            1,
            "{what}: the payment loads"
        );
        assert!(
            salvaged.fixed.contains(fixed),
            "{what}: {:?}",
            salvaged.fixed
        );
        assert!(!salvaged.is_clean(), "{what}");
        let page = Page::open(store_with(raw));
        assert_eq!(page.notes(), vec!["hotel"], "{what}");
        assert_eq!(
            page.state.stored_problem,
            Some(StoredProblem::Repaired),
            "{what}"
        );
        let backup = page.store.get(DAMAGED_PREFIX).unwrap();
        assert_eq!(
            backup.as_deref(),
            Some(raw.as_str()),
            "{what}: the original is kept"
        );
        let imported = import_json(raw, today()).unwrap_or_else(|e| panic!("{what}: import {e:?}"));
        assert_eq!(
            imported.ledger.payments.len(),
            1,
            "{what}: import accepts what load accepts"
        );
    }
}

#[test]
fn values_the_app_never_writes_are_refused_not_rewritten() {
    let cases = [
        (
            "month with a sign",
            r#"{"id":0,"date":"2026-+1-01","amount":"100","note":"","refunds":[]}"#,
        ),
        (
            "date with a space",
            r#"{"id":0,"date":" 2026-01-01","amount":"100","note":"","refunds":[]}"#,
        ),
        (
            "amount in e-notation",
            r#"{"id":0,"date":"2026-01-01","amount":"1e3","note":"","refunds":[]}"#,
        ),
        (
            "amount as a bare number",
            r#"{"id":0,"date":"2026-01-01","amount":100,"note":"","refunds":[]}"#,
        ),
        (
            "refund in e-notation",
            r#"{"id":0,"date":"2026-01-01","amount":"100","note":"","refunds":[{"id":1,"date":"2026-01-02","amount":"1e1"}]}"#,
        ),
    ];
    for (what, payment) in cases {
        let raw = stored(&format!(r#"{{"next_id":2,"payments":[{payment}]}}"#));
        let salvaged = read_ledger(&raw, today()).unwrap();
        assert!(
            salvaged.ledger.payments.is_empty(),
            "{what}: not read as something else"
        );
        assert_eq!(salvaged.unreadable.len(), 1, "{what}: counted");
        let page = Page::open(store_with(&raw));
        assert_eq!(
            page.state.stored_problem,
            Some(StoredProblem::SetAside { count: 1 }),
            "{what}"
        );
        assert_eq!(
            page.store.get(DAMAGED_PREFIX).unwrap().as_deref(),
            Some(raw.as_str()),
            "{what}"
        );
    }
}

#[test]
fn ids_never_wrap_around() {
    let cases = [
        (
            "counter at u64::MAX",
            format!(r#"{{"next_id":{},"payments":[{PAYMENT}]}}"#, u64::MAX),
        ),
        (
            "counter past the exact range",
            format!(r#"{{"next_id":{},"payments":[{PAYMENT}]}}"#, MAX_ID + 1),
        ),
        (
            "an id at u64::MAX",
            format!(
                r#"{{"next_id":0,"payments":[{{"id":{},"date":"2026-11-01","amount":"100","note":"hotel","refunds":[]}}]}}"#,
                u64::MAX
            ),
        ),
    ];
    for (what, data) in cases {
        let mut page = Page::open(store_with(&stored(&data)));
        assert_eq!(
            page.state.stored_problem,
            Some(StoredProblem::Repaired),
            "{what}: told"
        );
        page.add("2026-11-02", "5", "second");
        page.add("2026-11-03", "6", "third");
        let ids: Vec<u64> = page.state.ledger.payments.iter().map(|p| p.id).collect();
        assert!(ids.iter().all(|id| *id <= MAX_ID), "{what}: {ids:?}");
        let mut unique = ids.clone();
        unique.dedup();
        assert_eq!(unique.len(), 3, "{what}: {ids:?}");
        let third = page.state.ledger.payments[2].id;
        page.act(Action::Delete(third));
        assert_eq!(
            page.notes(),
            vec!["hotel", "second"],
            "{what}: delete removes only its own row"
        );
    }
}

#[test]
fn the_largest_ledger_allowed_exports_and_imports_back() {
    // Notes of 200 characters, as many payments as the limit takes.
    let note = "n".repeat(200);
    let mut ledger = Ledger::default();
    let mut day = date("2026-01-01");
    let mut add = |ledger: &mut Ledger| {
        ledger.add(day, dec("12.34"), &note, today()).unwrap();
        if ledger.payments.len().is_multiple_of(20) {
            day = day.plus_days(1).min(today());
        }
    };
    // In batches while far from the limit, then one at a time.
    while stored_len(&ledger) < MAX_LEDGER_BYTES - 40_000 {
        for _ in 0..100 {
            add(&mut ledger);
        }
    }
    loop {
        let mut next = ledger.clone();
        add(&mut next);
        if stored_len(&next) > MAX_LEDGER_BYTES {
            break;
        }
        ledger = next;
    }
    let note = "n".repeat(200);
    let file = export_json(&ledger, today());
    let back =
        import_json(&file, today()).unwrap_or_else(|e| panic!("{} bytes: {e:?}", file.len()));
    assert!(back.is_clean());
    assert_eq!(back.ledger, ledger, "every export imports back");

    let count = ledger.payments.len();
    let mut page = Page::open(store_with(&encode(&ledger)));
    assert_eq!(
        page.state.ledger.payments.len(),
        count,
        "the stored ledger loads"
    );
    let before = page.store.get(LEDGER_KEY).unwrap();
    page.add("2026-11-01", "9", &note);
    assert_eq!(
        page.state.notice.as_ref().map(|n| n.event.clone()),
        Some(Event::Refused(LedgerError::TooLarge {
            max_bytes: MAX_LEDGER_BYTES
        })),
        "a change past the limit is refused with a message"
    );
    assert_eq!(
        page.store.get(LEDGER_KEY).unwrap(),
        before,
        "nothing written"
    );
    assert_eq!(page.state.ledger.payments.len(), count);
    page.reload();
    assert_eq!(page.state.stored_problem, None, "what was written loads");
}

#[test]
fn an_import_holding_more_than_the_limit_is_refused_before_the_question() {
    let mut ledger = Ledger::default();
    let note = "x".repeat(200);
    while stored_len(&ledger) <= MAX_LEDGER_BYTES {
        for _ in 0..100 {
            ledger
                .add(date("2026-11-01"), dec("1"), &note, today())
                .unwrap();
        }
    }
    let mut page = Page::open(MemoryStore::default());
    page.act(Action::ImportRead(
        import_json(&export_json(&ledger, today()), today()).map_err(ImportProblem::File),
        None,
    ));
    assert_eq!(page.state.confirm, None);
    assert_eq!(
        page.state.notice.as_ref().map(|n| n.event.clone()),
        Some(Event::ImportFailed(ImportProblem::LedgerTooLarge {
            max_bytes: MAX_LEDGER_BYTES
        }))
    );
}

#[test]
fn twenty_backups_are_named_as_the_reason_not_a_full_storage() {
    let mut page = Page::open(MemoryStore::default());
    page.add("2026-11-01", "10", "mine");
    for n in 0..MAX_BACKUPS {
        keep_backup(
            &*page.store,
            "waika.ledger.before-import",
            &format!("backup {n}"),
        )
        .unwrap();
    }
    page.act(Action::AskClear);
    page.act(Action::Confirm { today: today() });
    assert_eq!(
        page.state.notice.as_ref().map(|n| n.event.clone()),
        Some(Event::NotReplaced(StorageError::TooManyBackups))
    );
    assert_eq!(page.notes(), vec!["mine"]);
}

#[test]
fn csv_guards_every_character_a_spreadsheet_would_run() {
    let header = ["d", "a", "r", "rs", "f", "fr", "m", "t", "l", "h", "s", "n"];
    let costs = CsvCosts {
        choice: RuleChoice::InForce,
        settings: NO_MARKUP,
        home: None,
    };
    for start in ["=", "+", "-", "@", "\t", "\r"] {
        let note = format!("{start}1+1");
        let mut ledger = Ledger::default();
        ledger.payments.push(waika_core::ledger::Payment {
            id: 0,
            date: date("2026-11-01"),
            amount: dec("10"),
            note: note.clone(),
            refunds: Vec::new(),
            markup: None,
        });
        ledger.next_id = 1;
        let csv = export_csv(&ledger, costs, CsvStyle::Comma, &header);
        assert!(csv.contains(&format!("\"'{note}\"")), "{start:?}: {csv:?}");
    }
}
