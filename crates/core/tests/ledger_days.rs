//! A payment's day and its place in the ledger: an edit keeps the order of
//! a day's payments, and a payment dated tomorrow in China can be refunded.

mod common;

use common::{date, dec, ledger_of, today};
use waika_core::ledger::LedgerError;

#[test]
fn an_edit_keeps_a_payment_in_its_place_on_its_day_and_moves_it_to_the_end_of_a_new_day() {
    // (edited payment's index, new date, notes in order afterwards)
    let rows = [
        (0, "2024-06-01", ["tickets", "tea", "dinner", "taxi"]),
        (1, "2024-06-01", ["tickets", "tea", "dinner", "taxi"]),
        (0, "2024-06-02", ["tea", "dinner", "taxi", "tickets"]),
        (3, "2024-06-02", ["tickets", "tea", "dinner", "taxi"]),
        (3, "2024-06-01", ["tickets", "tea", "dinner", "taxi"]),
    ];
    for (index, new_date, expected) in rows {
        let mut ledger = ledger_of(&[]);
        for (day, note) in [
            ("2024-06-01", "tickets"),
            ("2024-06-01", "tea"),
            ("2024-06-01", "dinner"),
            ("2024-06-02", "taxi"),
        ] {
            ledger.add(date(day), dec("10"), note, today()).unwrap();
        }
        let payment = ledger.payments[index].clone();
        ledger
            .edit(
                payment.id,
                date(new_date),
                dec("54"),
                &payment.note,
                today(),
            )
            .unwrap();
        let notes: Vec<&str> = ledger.payments.iter().map(|p| p.note.as_str()).collect();
        assert_eq!(notes, expected, "payment {index} edited to {new_date}");
    }
}

#[test]
fn a_payment_dated_tomorrow_in_china_can_be_refunded_that_day() {
    // (refund date, outcome) for a payment dated the day after today()
    let rows = [
        ("2026-11-24", None),
        ("2026-11-23", Some(LedgerError::RefundBeforePayment)),
        (
            "2026-11-25",
            Some(LedgerError::DateInFuture {
                latest: date("2026-11-24"),
            }),
        ),
    ];
    for (refund_date, refused) in rows {
        let mut ledger = ledger_of(&[]);
        ledger
            .add(date("2026-11-24"), dec("350"), "", today())
            .unwrap();
        let id = ledger.payments[0].id;
        let outcome = ledger.refund(id, date(refund_date), dec("100"), today());
        assert_eq!(outcome.err(), refused, "refund on {refund_date}");
    }
}
