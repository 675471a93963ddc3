//! Two ledgers of one person, from two devices or from an export read
//! back: which payments one lacks, and adding them.

mod common;

use common::{date, dec, today};
use waika_core::ledger::Ledger;

/// A payment as typed: day, amount, note.
type Typed<'a> = (&'a str, &'a str, &'a str);

/// A ledger of `payments` (day, amount, note), refunds of the last one.
fn device(payments: &[(&str, &str, &str)], refunds: &[&str]) -> Ledger {
    let mut ledger = Ledger::default();
    let mut last = None;
    for (day, amount, note) in payments {
        last = Some(ledger.add(date(day), dec(amount), note, today()).unwrap());
    }
    for refund in refunds {
        ledger
            .refund(last.unwrap(), date("2024-06-20"), dec(refund), today())
            .unwrap();
    }
    ledger
}

#[test]
fn a_file_from_another_device_adds_only_the_payments_this_one_lacks() {
    // (on this device, in the file, what the file adds as day · amount · note)
    type Rows<'a> = &'a [(
        &'a [(&'a str, &'a str, &'a str)],
        &'a [(&'a str, &'a str, &'a str)],
        &'a [&'a str],
    )];
    let rows: Rows = &[
        // The same payments, whatever their ids: nothing to add.
        (
            &[("2024-06-01", "100", "rent")],
            &[("2024-06-01", "100.00", "rent")],
            &[],
        ),
        // Two equal lunches in the file, one here: one is added.
        (
            &[("2024-06-02", "18", "lunch")],
            &[("2024-06-02", "18", "lunch"), ("2024-06-02", "18", "lunch")],
            &["2024-06-02 18 lunch"],
        ),
        // Another note is another payment.
        (
            &[("2024-06-03", "50", "taxi")],
            &[("2024-06-03", "50", "Taxi")],
            &["2024-06-03 50 Taxi"],
        ),
        (
            &[],
            &[("2024-06-04", "9800", "husleie"), ("2024-06-01", "20", "")],
            &["2024-06-01 20 ", "2024-06-04 9800 husleie"],
        ),
    ];
    for (here, file, added) in rows {
        let mut ledger = device(here, &[]);
        let other = device(file, &[]);
        let lacking = ledger.lacks(&other);
        let shown: Vec<String> = lacking
            .iter()
            .map(|p| format!("{} {} {}", p.date, p.amount, p.note))
            .collect();
        assert_eq!(shown, *added, "{here:?} with {file:?}");
        ledger.add_copies(&lacking).unwrap();
        assert_eq!(
            ledger.payments.len(),
            here.len() + added.len(),
            "{here:?} with {file:?}"
        );
        assert!(
            ledger.lacks(&other).is_empty(),
            "{here:?} with {file:?}: nothing left to add"
        );
        let days: Vec<_> = ledger.payments.iter().map(|p| p.date).collect();
        assert!(
            days.windows(2).all(|w| w[0] <= w[1]),
            "{here:?} with {file:?}: date order"
        );
    }
}

#[test]
fn copies_get_ids_of_their_own_and_keep_their_refunds() {
    let mut phone = device(
        &[
            ("2024-06-01", "100", "rent"),
            ("2024-06-05", "40", "dinner"),
        ],
        &[],
    );
    let laptop = device(
        &[
            ("2024-06-01", "100", "rent"),
            ("2024-06-10", "300", "hotel"),
        ],
        &["120"],
    );
    let lacking = phone.lacks(&laptop);
    phone.add_copies(&lacking).unwrap();
    let hotel = phone.payments.iter().find(|p| p.note == "hotel").unwrap();
    assert_eq!(hotel.refunded(), dec("120"));
    let mut ids: Vec<u64> = phone
        .payments
        .iter()
        .flat_map(|p| std::iter::once(p.id).chain(p.refunds.iter().map(|r| r.id)))
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 4, "every id its own: {ids:?}");
    assert!(phone.next_id > *ids.last().unwrap());
}

#[test]
fn a_file_holding_an_older_version_of_a_payment_here_does_not_add_it_again() {
    // This device's export, read back after changes here: (the change made
    // to the second payment after the export, as day · amount · note; what
    // the file adds; what it holds as another version; the notes of what
    // only this device holds besides those versions).
    type Rows<'a> = &'a [(
        (&'a str, &'a str, &'a str),
        &'a [&'a str],
        &'a [&'a str],
        &'a [&'a str],
    )];
    let rows: Rows = &[
        // Nothing changed: nothing to add.
        (("2026-11-08", "2000", "bike"), &[], &[], &["tea"]),
        // The amount or the note changed: the file's is an older version.
        (
            ("2026-11-08", "2100", "bike"),
            &[],
            &["2026-11-08 2000 bike"],
            &["tea"],
        ),
        (
            ("2026-11-08", "2000", "bike rental"),
            &[],
            &["2026-11-08 2000 bike"],
            &["tea"],
        ),
        // The day changed too: nothing ties the two, so it is added.
        (
            ("2026-10-20", "2000", "bike"),
            &["2026-11-08 2000 bike"],
            &[],
            &["bike", "tea"],
        ),
    ];
    for (changed, added, versions, only_here) in rows {
        let exported = device(
            &[
                ("2026-11-03", "45", "canteen"),
                ("2026-11-08", "2000", "bike"),
            ],
            &[],
        );
        let mut here = exported.clone();
        let (day, amount, note) = changed;
        let bike = exported
            .payments
            .iter()
            .find(|p| p.note == "bike")
            .unwrap()
            .id;
        here.edit(bike, date(day), dec(amount), note, today())
            .unwrap();
        // And a payment added here since, which the file lacks.
        here.add(date("2026-11-20"), dec("30"), "tea", today())
            .unwrap();
        let additions = here.additions(&exported);
        let shown = |payments: Vec<&waika_core::ledger::Payment>| -> Vec<String> {
            payments
                .iter()
                .map(|p| format!("{} {} {}", p.date, p.amount, p.note))
                .collect()
        };
        assert_eq!(shown(additions.new), *added, "{changed:?}: added");
        let older: Vec<_> = additions.versions.iter().map(|(file, _)| *file).collect();
        assert_eq!(shown(older), *versions, "{changed:?}: versions");
        let kept: Vec<&str> = additions
            .only_here
            .iter()
            .map(|p| p.note.as_str())
            .collect();
        assert_eq!(kept, *only_here, "{changed:?}: only here");
        for (file, kept) in &additions.versions {
            assert_eq!((file.id, file.date), (kept.id, kept.date), "{changed:?}");
        }
    }
}

/// Found when a new phone's dinner made the old phone's coffee, the same
/// day under the same id (each device counts from 0), look like an older
/// version of it: adding from the file dropped the coffee.
#[test]
fn another_device_s_payment_under_the_same_id_and_day_is_added() {
    // (the old phone's payments, the new phone's, the notes the file adds)
    type Rows<'a> = &'a [(&'a [Typed<'a>], &'a [Typed<'a>], &'a [&'a str])];
    let rows: Rows = &[
        (
            &[
                ("2026-11-04", "88", "Kaffe"),
                ("2026-11-04", "45", "Lunsj"),
                ("2026-11-04", "300", "Taxi"),
                ("2026-11-03", "60", "Frukt"),
            ],
            &[("2026-11-04", "1250.50", "Middag")],
            &["Frukt", "Kaffe", "Lunsj", "Taxi"],
        ),
        (
            &[("2026-11-04", "88", "Kaffe"), ("2026-11-04", "45", "Lunsj")],
            &[
                ("2026-11-01", "20", "Vann"),
                ("2026-11-04", "1250.50", "Middag"),
            ],
            &["Kaffe", "Lunsj"],
        ),
    ];
    for (old_phone, new_phone, added) in rows {
        let file = device(old_phone, &[]);
        let here = device(new_phone, &[]);
        let additions = here.additions(&file);
        let notes: Vec<&str> = additions.new.iter().map(|p| p.note.as_str()).collect();
        assert_eq!(notes, *added, "{new_phone:?}");
        assert!(additions.versions.is_empty(), "{new_phone:?}");
    }
}

/// Emptied, a ledger keeps its ids given out: payments added after it are
/// never mistaken for versions of those in the backup it left.
#[test]
fn an_emptied_ledger_gives_out_new_ids() {
    let before = device(
        &[("2026-11-04", "100", "En"), ("2026-11-04", "200", "To")],
        &[],
    );
    let mut after = before.emptied();
    assert!(after.payments.is_empty());
    after
        .add(date("2026-11-04"), dec("50"), "Etter", today())
        .unwrap();
    assert!(before.payments.iter().all(|p| p.id != after.payments[0].id));
    let notes: Vec<&str> = after
        .additions(&before)
        .new
        .iter()
        .map(|p| p.note.as_str())
        .collect();
    assert_eq!(notes, ["En", "To"]);
}
