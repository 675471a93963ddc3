//! Two devices kept in step with export files, through the tracker's
//! reducer and each device's storage: a laptop's file made from the
//! phone's export brings its edits, refunds and deletions back to the
//! phone one by one, beside what the phone added meanwhile, and the next
//! round works the same way in the other direction.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use std::rc::Rc;
use waika_core::export::{export_json_with_settings, FileSettings};
use waika_core::ledger::ChangesSince;
use waika_ui::pages::tracker::lineage::{based_on, keep_export, kept_export};

/// `page`'s ledger as a file named `id`, kept on its device as the export
/// button keeps it.
fn export(page: &Page, id: &str) -> String {
    let based = based_on(&*page.store);
    keep_export(&*page.store, id, &page.state.ledger);
    let extra = FileSettings {
        export_id: Some(id),
        based_on: based.as_deref(),
        ..FileSettings::default()
    };
    export_json_with_settings(&page.state.ledger, today(), extra)
}

/// Opens `file` on `page`'s device, with the kept export it was based on.
fn open_file(page: &mut Page, file: &str) {
    let read = import_json(file, today()).map_err(ImportProblem::File);
    let base = read
        .as_ref()
        .ok()
        .and_then(|salvaged| {
            let file = salvaged.export_id.as_deref();
            kept_export(&*page.store, salvaged.based_on.as_deref()?, file, today())
        })
        .map(Rc::new);
    page.act(Action::ImportRead(read, base));
}

/// A second device that took `phone`'s export `id` whole (Replace on an
/// empty tracker), and the export's text.
fn laptop_from(phone: &Page, id: &str) -> (Page, String) {
    let file = export(phone, id);
    let mut laptop = Page::open(MemoryStore::default());
    open_file(&mut laptop, &file);
    laptop.act(Action::Confirm { today: today() });
    assert_eq!(based_on(&*laptop.store).as_deref(), Some(id));
    (laptop, file)
}

fn payment_id(page: &Page, note: &str) -> u64 {
    page.state
        .ledger
        .payments
        .iter()
        .find(|p| p.note == note)
        .unwrap()
        .id
}

#[test]
fn a_laptop_s_changes_come_back_to_the_phone_and_the_phone_s_go_back() {
    let mut phone = Page::open(MemoryStore::default());
    phone.add("2026-10-01", "4500", "rent");
    phone.add("2026-10-03", "6800", "flight");
    phone.add("2026-11-11", "201", "taobao");
    phone.add("2026-09-20", "12.5", "canteen");
    let (mut laptop, _) = laptop_from(&phone, "phone-1");
    let (flight, taobao, canteen) = (
        payment_id(&laptop, "flight"),
        payment_id(&laptop, "taobao"),
        payment_id(&laptop, "canteen"),
    );
    laptop.act(Action::Edit {
        id: flight,
        date: date("2026-10-04"),
        amount: dec("6800"),
        note: "flight".into(),
        today: today(),
    });
    laptop.act(Action::Refund {
        id: taobao,
        date: date("2026-11-18"),
        amount: dec("50"),
        today: today(),
    });
    laptop.act(Action::Delete(canteen));
    let from_laptop = export(&laptop, "laptop-1");

    phone.add("2026-11-20", "31", "didi (phone)");
    open_file(&mut phone, &from_laptop);
    assert!(
        matches!(&phone.state.confirm, Some(Confirm::Import(_, Some(_)))),
        "the phone kept the export the file was made from"
    );
    phone.act(Action::BringIn { today: today() });
    assert_eq!(
        phone.notes(),
        vec!["rent", "flight", "taobao", "didi (phone)"]
    );
    let ledger = &phone.state.ledger;
    assert_eq!(
        ledger.payments[1].date,
        date("2026-10-04"),
        "the laptop's day"
    );
    assert_eq!(ledger.payments[2].refunds.len(), 1, "the laptop's refund");
    assert_eq!(
        phone.state.notice.as_ref().map(|notice| &notice.event),
        Some(&Event::BroughtIn(ChangesSince {
            added: 0,
            changed: 2,
            removed: 1
        }))
    );
    assert_eq!(phone.state.backups.len(), 1, "what was here is kept first");
    assert_eq!(based_on(&*phone.store).as_deref(), Some("laptop-1"));
    phone.reload();
    assert_eq!(
        phone.notes(),
        vec!["rent", "flight", "taobao", "didi (phone)"]
    );

    // The other way: the phone's taxi reaches the laptop, which meanwhile
    // recorded a dinner, and nothing is doubled.
    let second = export(&phone, "phone-2");
    laptop.add("2026-11-21", "88", "hotpot (laptop)");
    open_file(&mut laptop, &second);
    laptop.act(Action::BringIn { today: today() });
    assert_eq!(
        laptop.notes(),
        vec![
            "rent",
            "flight",
            "taobao",
            "didi (phone)",
            "hotpot (laptop)"
        ]
    );
}

#[test]
fn a_file_from_elsewhere_or_after_another_export_is_not_brought_in() {
    // (what happens before the file comes back, whether its base is found)
    type Row = (&'static str, fn(&mut Page), bool);
    let rows: [Row; 3] = [
        ("nothing", |_| {}, true),
        (
            "the phone exported again",
            |phone| {
                let _ = export(phone, "phone-2");
            },
            false,
        ),
        (
            "the phone's stored copy was cleared",
            |phone| {
                phone.store.remove("waika.tracker.exported").unwrap();
            },
            false,
        ),
    ];
    for (meanwhile, change, found) in rows {
        let mut phone = Page::open(MemoryStore::default());
        phone.add("2026-10-01", "4500", "rent");
        let (mut laptop, _) = laptop_from(&phone, "phone-1");
        laptop.add("2026-10-02", "20", "tea");
        let back = export(&laptop, "laptop-1");
        change(&mut phone);
        open_file(&mut phone, &back);
        let base_found = matches!(&phone.state.confirm, Some(Confirm::Import(_, Some(_))));
        assert_eq!(base_found, found, "{meanwhile}");
        // Without it the answer is a no-op: nothing is folded in blindly.
        if !found {
            phone.act(Action::BringIn { today: today() });
            assert_eq!(phone.notes(), vec!["rent"], "{meanwhile}");
        }
    }
}

#[test]
fn adding_from_a_file_or_deleting_everything_ends_following_an_export() {
    let mut phone = Page::open(MemoryStore::default());
    phone.add("2026-10-01", "4500", "rent");
    let (mut laptop, first) = laptop_from(&phone, "phone-1");
    laptop.add("2026-10-02", "20", "tea");
    // Payments added from another file get this device's own ids.
    let mut other = Page::open(MemoryStore::default());
    other.add("2026-10-05", "9", "bun");
    let other_file = export(&other, "other-1");
    open_file(&mut laptop, &other_file);
    laptop.act(Action::AddMissing { today: today() });
    assert_eq!(based_on(&*laptop.store), None, "after adding from a file");
    open_file(&mut laptop, &first);
    laptop.act(Action::Confirm { today: today() });
    assert_eq!(based_on(&*laptop.store).as_deref(), Some("phone-1"));
    laptop.act(Action::AskClear);
    laptop.act(Action::Confirm { today: today() });
    assert_eq!(based_on(&*laptop.store), None, "after deleting everything");
}

// Found in review: a second file from the laptop, still based on the
// phone's first export, counted the refund already taken in twice.
#[test]
fn a_second_file_based_on_the_same_export_takes_in_only_what_is_new() {
    let mut phone = Page::open(MemoryStore::default());
    phone.add("2026-10-01", "4500", "rent");
    phone.add("2026-11-11", "201", "taobao");
    let (mut laptop, _) = laptop_from(&phone, "phone-1");
    let taobao = payment_id(&laptop, "taobao");
    laptop.act(Action::Refund {
        id: taobao,
        date: date("2026-11-18"),
        amount: dec("50"),
        today: today(),
    });
    laptop.add("2026-11-19", "12", "noodles (laptop)");
    let first = export(&laptop, "laptop-1");
    phone.add("2026-11-20", "31", "didi (phone)");
    open_file(&mut phone, &first);
    phone.act(Action::BringIn { today: today() });

    // The laptop goes on without hearing from the phone.
    let noodles = payment_id(&laptop, "noodles (laptop)");
    laptop.act(Action::Edit {
        id: noodles,
        date: date("2026-11-19"),
        amount: dec("14"),
        note: "noodles (laptop)".into(),
        today: today(),
    });
    laptop.add("2026-11-21", "8", "tea (laptop)");
    let second = export(&laptop, "laptop-2");
    open_file(&mut phone, &second);
    assert!(
        matches!(&phone.state.confirm, Some(Confirm::Import(_, Some(_)))),
        "still traced to the phone's export"
    );
    phone.act(Action::BringIn { today: today() });
    assert_eq!(
        phone.notes(),
        vec![
            "rent",
            "taobao",
            "noodles (laptop)",
            "didi (phone)",
            "tea (laptop)"
        ]
    );
    let ledger = &phone.state.ledger;
    assert_eq!(ledger.payments[1].refunds.len(), 1, "the refund once");
    assert_eq!(ledger.payments[2].amount, dec("14"), "the laptop's edit");
    assert_eq!(
        phone.state.notice.as_ref().map(|notice| &notice.event),
        Some(&Event::BroughtIn(ChangesSince {
            added: 1,
            changed: 1,
            removed: 0
        })),
        "counted since the file taken in before"
    );
    // The first file again brings nothing new.
    open_file(&mut phone, &first);
    phone.act(Action::BringIn { today: today() });
    assert_eq!(phone.state.ledger.payments.len(), 5);
}
