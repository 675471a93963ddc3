//! Each payment keeps the markup of the card it was recorded with. Found
//! when a traveller chose another card on the Fees page and a taxi he had
//! paid days before went from ≈ 450,21 kr to 441,43 kr.

mod common;

use common::{date, dec, today, NO_MARKUP};
use waika_core::export::{export_json, import_json};
use waika_core::ledger::{payment_cost, CostSettings, Ledger};
use waika_core::rules::RuleChoice;

fn card(percent: &str) -> CostSettings {
    CostSettings {
        markup_percent: dec(percent),
        ..NO_MARKUP
    }
}

#[test]
fn a_payment_is_costed_with_its_own_card_and_an_old_one_with_the_card_chosen_now() {
    // (markup recorded, card chosen now, markup charged on ¥100 paid
    // 2026-11-20, without a fee up to ¥200)
    let rows = [
        (Some("1.99"), "0", "1.99"),
        (Some("1.99"), "3", "1.99"),
        (Some("0"), "3", "0.00"),
        (None, "3", "3.00"),
        (None, "1.99", "1.99"),
        // No card has a markup of 60 %: the card chosen now counts.
        (Some("60"), "1.99", "1.99"),
        (Some("-1"), "1.99", "1.99"),
    ];
    for (recorded, now, charged) in rows {
        let mut ledger = Ledger::default();
        let markup = recorded.map(dec);
        let id = ledger
            .add_with_markup(date("2026-11-20"), dec("100"), "taxi", markup, today())
            .unwrap();
        let cost = payment_cost(&ledger, &ledger.payments[0], RuleChoice::InForce, card(now));
        let input = format!("recorded {recorded:?}, chosen now {now}");
        assert_eq!(cost.markup.amount(), dec(charged), "{input}");
        // Changed later: the new card counts from then on, and None goes
        // back to the card chosen now.
        ledger.set_markup(id, Some(dec("0"))).unwrap();
        let cost = payment_cost(&ledger, &ledger.payments[0], RuleChoice::InForce, card(now));
        assert!(cost.markup.amount().is_zero(), "{input}, set to 0 %");
        ledger.set_markup(id, None).unwrap();
        let cost = payment_cost(&ledger, &ledger.payments[0], RuleChoice::InForce, card(now));
        let with_now = dec(now).round_dp(2);
        assert_eq!(cost.markup.amount(), with_now, "{input}, set back");
    }
}

#[test]
fn the_card_s_markup_goes_to_a_file_and_comes_back_and_a_ledger_without_it_reads_unchanged() {
    let mut ledger = Ledger::default();
    ledger
        .add_with_markup(
            date("2026-11-20"),
            dec("300"),
            "taxi",
            Some(dec("1.99")),
            today(),
        )
        .unwrap();
    ledger
        .add(date("2026-11-21"), dec("45"), "lunsj", today())
        .unwrap();
    let file = export_json(&ledger, today());
    let written: serde_json::Value = serde_json::from_str(&file).unwrap();
    let markups: Vec<_> = written["data"]["payments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|payment| payment.get("markup").cloned())
        .collect();
    // Written as text, as amounts are; none where none is known.
    assert_eq!(markups, [Some(serde_json::json!("1.99")), None], "{file}");
    let read = import_json(&file, today()).unwrap();
    assert!(read.is_clean(), "{read:?}");
    assert_eq!(read.ledger, ledger);
    // A ledger stored before payments kept their card.
    let old = r#"{"app":"waika","kind":"ledger","version":1,"exported":"2026-11-23","data":{"next_id":1,"payments":[{"id":0,"date":"2026-11-20","amount":"300","note":"taxi","refunds":[]}]}}"#;
    let read = import_json(old, today()).unwrap();
    assert!(read.is_clean(), "{read:?}");
    assert_eq!(read.ledger.payments[0].markup, None);
    // A markup no card has is left out, and the text kept as it was.
    let odd = old.replace("\"refunds\":[]", "\"refunds\":[],\"markup\":\"75\"");
    let read = import_json(&odd, today()).unwrap();
    assert!(!read.is_clean(), "a backup is kept: {read:?}");
    assert_eq!(read.ledger.payments.len(), 1, "the payment stays");
    assert_eq!(read.ledger.payments[0].markup, None);
}

/// Found when a traveller typed "hdfc 4386 2800 1234 5678 cvv 123" as a
/// note: it was kept and went into the CSV for her expense report.
#[test]
fn a_note_with_a_card_s_number_or_security_code_is_refused_and_others_pass() {
    use waika_core::ledger::{check_new_note, LedgerError};
    let rows = [
        ("hdfc 4386 2800 1234 5678 cvv 123", false),
        ("4386280012345678", false),
        ("4386-2800-1234-5678", false),
        ("cvv: 123", false),
        ("安全码 456", false),
        // The same digits with a wrong check digit: an order number.
        ("order 4386 2800 1234 5679", true),
        ("taxi +86 138 1234 5678", true),
        ("微信支付交易单号 4200001234202412051234567890", true),
        ("dinner for 4, 2 × ¥88", true),
        ("cvv asked at the hotel", true),
        ("", true),
    ];
    for (note, kept) in rows {
        let checked = check_new_note(note);
        match kept {
            true => assert!(checked.is_ok(), "{note:?}: {checked:?}"),
            false => assert_eq!(checked, Err(LedgerError::NoteHoldsCardDetails), "{note:?}"),
        }
    }
}
