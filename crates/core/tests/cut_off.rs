//! A ledger cut off or damaged part-way (storage full mid-write, a partial
//! copy of an export) gives back every whole payment before the damage,
//! each exactly as it was, and says that something was cut.

mod common;

use common::{date, dec, today};
use waika_core::export::{export_json, read_ledger, ImportError};
use waika_core::ledger::{Fixed, Ledger};
use waika_core::store::Envelope;

/// Three payments, one with two refunds and a note with quotes, braces and
/// characters of several bytes, so a cut can fall inside any of them.
fn ledger() -> Ledger {
    let mut ledger = Ledger::default();
    ledger
        .add(date("2026-11-01"), dec("50"), "Lunsj", today())
        .unwrap();
    let hotel = ledger
        .add(
            date("2026-11-02"),
            dec("800"),
            "hotel \"{]\" 酒店 æøå",
            today(),
        )
        .unwrap();
    ledger
        .refund(hotel, date("2026-11-03"), dec("100"), today())
        .unwrap();
    ledger
        .refund(hotel, date("2026-11-04"), dec("50.5"), today())
        .unwrap();
    ledger
        .add(date("2026-11-05"), dec("12.30"), "taxi\\", today())
        .unwrap();
    ledger.first_card_link = Some(date("2026-10-30"));
    ledger
}

fn stored(ledger: &Ledger) -> String {
    serde_json::to_string(&Envelope {
        version: 1,
        data: ledger,
    })
    .unwrap()
}

#[test]
fn every_cut_gives_back_the_whole_payments_before_it_and_says_so() {
    let ledger = ledger();
    for (form, text) in [
        ("stored", stored(&ledger)),
        ("export", export_json(&ledger, today())),
    ] {
        let mut recovered_counts = Vec::new();
        for cut in (0..=text.len()).filter(|cut| text.is_char_boundary(*cut)) {
            let what = format!("{form} cut at {cut} of {}", text.len());
            match read_ledger(&text[..cut], today()) {
                Err(error) => {
                    assert!(
                        matches!(error, ImportError::NotJson | ImportError::NotALedger),
                        "{what}: {error:?}"
                    );
                    recovered_counts.push(0);
                }
                Ok(salvaged) => {
                    let back = &salvaged.ledger.payments;
                    assert_eq!(
                        back.as_slice(),
                        &ledger.payments[..back.len()],
                        "{what}: each payment as it was, refunds and all"
                    );
                    assert_eq!(
                        salvaged.fixed.contains(&Fixed::CutOff),
                        cut < text.len(),
                        "{what}: {:?}",
                        salvaged.fixed
                    );
                    recovered_counts.push(back.len());
                }
            }
        }
        // The further the cut, the more comes back, up to all of it.
        assert!(
            recovered_counts.windows(2).all(|pair| pair[0] <= pair[1]),
            "{form}: {recovered_counts:?}"
        );
        assert_eq!(recovered_counts.last(), Some(&3), "{form}");
        for count in 1..=2 {
            assert!(recovered_counts.contains(&count), "{form}: never {count}");
        }
    }
}

#[test]
fn damage_part_way_gives_back_the_payments_before_it() {
    let ledger = ledger();
    let text = stored(&ledger);
    let third = text.find("taxi").unwrap();
    // (what is damaged, the text, how many payments come back)
    let rows = [
        (
            "garbage in the third payment",
            format!("{}\u{0}#!{}", &text[..third], &text[third + 2..]),
            2,
        ),
        ("text added after the end", format!("{text}xyz"), 3),
        ("nothing readable", "{\"version\":1,\"da".to_string(), 0),
    ];
    for (what, damaged, count) in rows {
        match read_ledger(&damaged, today()) {
            Ok(salvaged) => {
                assert_eq!(salvaged.ledger.payments.len(), count, "{what}");
                assert!(salvaged.fixed.contains(&Fixed::CutOff), "{what}");
                // Kept after the payments: whole only when the damage lies after it.
                let link = (count == 3).then_some(date("2026-10-30"));
                assert_eq!(salvaged.ledger.first_card_link, link, "{what}");
            }
            Err(error) => assert_eq!((count, error), (0, ImportError::NotJson), "{what}"),
        }
    }
}

/// A character of several bytes where the text goes wrong (garbage pasted
/// in, a Chinese key) never makes the reading fail on a half character.
#[test]
fn damage_of_several_bytes_anywhere_never_panics() {
    let text = stored(&ledger());
    for garbage in ["中", "€", "😀"] {
        for at in (0..=text.len()).filter(|at| text.is_char_boundary(*at)) {
            let damaged = format!("{}{garbage}{}", &text[..at], &text[at..]);
            let _ = read_ledger(&damaged, today());
        }
    }
}

/// Found when a student's export, cut in half on the way to a new phone,
/// came back without his new-user answers, and nothing said so: the
/// settings and answers are written above the payments, so any cut that
/// leaves a payment leaves them too.
#[test]
fn a_cut_export_keeps_its_settings_and_answers() {
    use waika_core::export::{export_json_with_settings, FileSettings};
    let settings = r#"{"version":1,"data":{"card":"dnb"}}"#;
    let new_user = r#"{"version":1,"data":{"first_card":true}}"#;
    let text = export_json_with_settings(
        &ledger(),
        today(),
        FileSettings {
            settings: Some(settings),
            new_user: Some(new_user),
            ..FileSettings::default()
        },
    );
    let first_payment = text.find("Lunsj").unwrap();
    for cut in (first_payment..text.len()).filter(|cut| text.is_char_boundary(*cut)) {
        let Ok(salvaged) = read_ledger(&text[..cut], today()) else {
            continue;
        };
        if salvaged.ledger.payments.is_empty() {
            continue;
        }
        let what = format!("cut at {cut} of {}", text.len());
        assert_eq!(salvaged.settings.as_deref(), Some(settings), "{what}");
        assert_eq!(salvaged.new_user.as_deref(), Some(new_user), "{what}");
    }
}
