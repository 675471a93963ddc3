//! One person's payments on two devices, kept in step with export files:
//! a file made on another device from this device's export is brought in
//! change by change, so an edit is not counted twice, a deletion stays
//! deleted, a refund arrives, and what was added here meanwhile stays.

mod common;

use common::{date, dec};
use waika_core::export::{export_json_with_settings, import_json, FileSettings};
use waika_core::ledger::{merge, ChangesSince, Ledger};

fn today() -> waika_core::date::Date {
    date("2026-12-05")
}

/// The file `ledger` makes, read back on the other device.
fn through_a_file(
    ledger: &Ledger,
    export_id: &str,
    based_on: Option<&str>,
) -> waika_core::ledger::Salvaged {
    let extra = FileSettings {
        export_id: Some(export_id),
        based_on,
        ..FileSettings::default()
    };
    let text = export_json_with_settings(ledger, today(), extra);
    import_json(&text, today()).expect("the app reads its own file")
}

/// Adds a payment dated `day` and returns its id.
fn add(ledger: &mut Ledger, day: &str, amount: &str, note: &str) -> u64 {
    ledger.add(date(day), dec(amount), note, today()).unwrap()
}

fn find<'a>(ledger: &'a Ledger, note: &str) -> Vec<&'a waika_core::ledger::Payment> {
    ledger.payments.iter().filter(|p| p.note == note).collect()
}

// Found when a student moved a flight's date, recorded a refund and deleted
// a payment on her laptop, and "Add the payment missing here" on her phone
// listed the flight twice, brought the deleted payment back and left the
// refund out.
#[test]
fn a_laptop_s_edits_come_back_to_the_phone_without_doubling_anything() {
    let mut phone = Ledger::default();
    add(&mut phone, "2026-10-01", "4500", "Rent October");
    let flight = phone
        .add(
            date("2026-10-03"),
            dec("6800"),
            "Flight to Chengdu",
            today(),
        )
        .unwrap();
    let taobao = add(&mut phone, "2026-11-11", "201", "Taobao");
    let canteen = add(&mut phone, "2026-09-20", "12.5", "Canteen");

    // The phone's export, kept on the phone as the common starting point.
    let exported = phone.clone();
    let on_laptop = through_a_file(&phone, "phone-1", None);
    assert_eq!(on_laptop.export_id.as_deref(), Some("phone-1"));
    let mut laptop = on_laptop.ledger;
    laptop
        .edit(
            flight,
            date("2026-10-04"),
            dec("6800"),
            "Flight to Chengdu",
            today(),
        )
        .unwrap();
    laptop
        .refund(taobao, date("2026-11-18"), dec("50"), today())
        .unwrap();
    laptop.delete(canteen).unwrap();
    add(&mut laptop, "2026-12-04", "88", "Hotpot (laptop)");

    // Meanwhile the phone took a taxi.
    add(&mut phone, "2026-12-05", "31", "DiDi home (phone)");

    let file = through_a_file(&laptop, "laptop-1", Some("phone-1"));
    assert_eq!(file.based_on.as_deref(), Some("phone-1"));
    assert_eq!(
        file.ledger.changes_since(&exported),
        ChangesSince {
            added: 1,
            changed: 2,
            removed: 1
        },
        "what the laptop changed since the phone's export"
    );
    let merged = merge(&exported, &phone, &file.ledger).ledger;

    let flights = find(&merged, "Flight to Chengdu");
    assert_eq!(flights.len(), 1, "the flight once: {flights:?}");
    assert_eq!(flights[0].date, date("2026-10-04"), "on the laptop's day");
    let taobao = find(&merged, "Taobao");
    assert_eq!(taobao[0].refunds.len(), 1, "the laptop's refund arrived");
    assert_eq!(taobao[0].refunds[0].amount, dec("50"));
    assert!(find(&merged, "Canteen").is_empty(), "the deletion stays");
    assert_eq!(
        find(&merged, "DiDi home (phone)").len(),
        1,
        "the phone's taxi stays"
    );
    assert_eq!(
        find(&merged, "Hotpot (laptop)").len(),
        1,
        "the laptop's dinner arrives"
    );
    assert_eq!(find(&merged, "Rent October").len(), 1);
    assert_eq!(merged.payments.len(), 5);
    let mut ids: Vec<u64> = merged.payments.iter().map(|p| p.id).collect();
    ids.extend(
        merged
            .payments
            .iter()
            .flat_map(|p| p.refunds.iter().map(|r| r.id)),
    );
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(
        ids.len(),
        count,
        "ids stay unique: the phone's and the laptop's new payments had the same id"
    );
    assert!(ids.iter().all(|id| *id < merged.next_id));
    // The merged ledger is one the app keeps and reads back unchanged.
    let back = through_a_file(&merged, "phone-2", Some("laptop-1"));
    assert_eq!(back.ledger, merged);
}

#[test]
fn what_a_ledger_changed_since_its_copy_is_counted_payment_by_payment() {
    let mut earlier = Ledger::default();
    let a = add(&mut earlier, "2026-11-01", "10", "a");
    let b = add(&mut earlier, "2026-11-02", "20", "b");
    add(&mut earlier, "2026-11-03", "30", "c");
    // (what was done to the copy, the changes counted)
    type Row = (&'static str, Box<dyn Fn(&mut Ledger)>, ChangesSince);
    let rows: Vec<Row> = vec![
        ("nothing", Box::new(|_| {}), ChangesSince::default()),
        (
            "one refund",
            Box::new(move |l| {
                l.refund(a, date("2026-11-05"), dec("5"), today()).unwrap();
            }),
            ChangesSince {
                added: 0,
                changed: 1,
                removed: 0,
            },
        ),
        (
            "a note changed and one deleted",
            Box::new(move |l| {
                l.edit(a, date("2026-11-01"), dec("10"), "a!", today())
                    .unwrap();
                l.delete(b).unwrap();
            }),
            ChangesSince {
                added: 0,
                changed: 1,
                removed: 1,
            },
        ),
        (
            "two added",
            Box::new(|l| {
                add(l, "2026-11-04", "1", "");
                add(l, "2026-11-04", "1", "");
            }),
            ChangesSince {
                added: 2,
                changed: 0,
                removed: 0,
            },
        ),
    ];
    for (done, change, expected) in rows {
        let mut copy = earlier.clone();
        change(&mut copy);
        assert_eq!(copy.changes_since(&earlier), expected, "{done}");
        assert_eq!(expected.is_empty(), done == "nothing", "{done}");
    }
}

// Found when a refund recorded on the laptop came back in a file the phone
// could not trace to its own export: "importing them adds nothing".
#[test]
fn a_refund_only_the_file_has_is_another_version_not_nothing_new() {
    let mut phone = Ledger::default();
    add(&mut phone, "2026-11-11", "201", "Taobao");
    add(&mut phone, "2026-11-12", "30", "tea");
    // (refunds in the file on Taobao, whether it is another version)
    let rows: [(&[(&str, &str)], bool); 4] = [
        (&[], false),
        (&[("2026-11-18", "50")], true),
        (&[("2026-11-18", "50"), ("2026-11-19", "1")], true),
        (&[("2026-11-19", "60")], true),
    ];
    for (refunds, version) in rows {
        let mut laptop = Ledger::default();
        let taobao = add(&mut laptop, "2026-11-11", "201", "Taobao");
        add(&mut laptop, "2026-11-12", "30", "tea");
        for (day, amount) in refunds {
            laptop
                .refund(taobao, date(day), dec(amount), today())
                .unwrap();
        }
        let mut here = phone.clone();
        if refunds.len() == 1 && refunds[0].1 == "60" {
            // The phone recorded its own refund of another amount.
            here.refund(0, date("2026-11-18"), dec("50"), today())
                .unwrap();
        }
        let additions = here.additions(&laptop);
        assert!(
            additions.new.is_empty(),
            "{refunds:?}: nothing is added twice"
        );
        assert_eq!(
            additions.versions.len(),
            usize::from(version),
            "{refunds:?}"
        );
        assert!(additions.only_here.is_empty(), "{refunds:?}");
    }
    // The same refunds recorded on each device, under their own ids.
    let mut here = phone.clone();
    here.refund(0, date("2026-11-18"), dec("50"), today())
        .unwrap();
    let mut laptop = Ledger::default();
    add(&mut laptop, "2026-11-10", "5", "bun");
    let taobao = add(&mut laptop, "2026-11-11", "201", "Taobao");
    add(&mut laptop, "2026-11-12", "30", "tea");
    laptop
        .refund(taobao, date("2026-11-18"), dec("50"), today())
        .unwrap();
    let additions = here.additions(&laptop);
    assert!(additions.versions.is_empty(), "{:?}", additions.versions);
    assert_eq!(additions.new.len(), 1, "the bun");
}
