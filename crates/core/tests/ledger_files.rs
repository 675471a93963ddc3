//! The ledger in files: CSV for spreadsheets, JSON export and import, and
//! payments that fail a check set aside, never dropped.
// Property tests need proptest, which is a host-only dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{date, dec, ledger_of, today, NO_MARKUP};

use proptest::prelude::*;
use rust_decimal::Decimal;
use waika_core::date::Date;
use waika_core::export::{
    export_csv, export_json, import_json, CsvCosts, CsvHeader, CsvStyle, ImportError,
    MAX_IMPORT_BYTES,
};
use waika_core::ledger::{payment_cost, totals, CostSettings, Ledger, LedgerError, Period};
use waika_core::money::{CnyRate, Currency};
use waika_core::rules::{RuleChoice, RULES_2024_04};

const HEADER: CsvHeader = [
    "Date", "Amount", "Refunded", "Refunds", "Fee", "Fee back", "Markup", "Total", "Lapsed",
    "Home", "Rules", "Note",
];

#[test]
fn csv_starts_with_a_byte_order_mark_and_the_header_in_the_user_s_language() {
    let mut ledger = ledger_of(&[("2024-06-01", "1234.5")]);
    ledger
        .add(
            date("2024-06-02"),
            dec("88"),
            "=cmd \"quoted\", comma; æøå 晚餐",
            today(),
        )
        .unwrap();
    let id = ledger.payments[0].id;
    for (day, amount) in [("2024-06-03", "100"), ("2024-06-10", "34.5")] {
        ledger.refund(id, date(day), dec(amount), today()).unwrap();
    }
    let costs = CsvCosts {
        choice: RuleChoice::InForce,
        settings: CostSettings {
            markup_percent: dec("1.99"),
            ..NO_MARKUP
        },
        home: CnyRate::new(Currency::Nok, dec("0.7")),
    };
    // (style, header line, first row, second row)
    let rows: &[(CsvStyle, &str, &str, &str)] = &[
        (
            CsvStyle::Comma,
            "\u{feff}\"Date\",\"Amount\",\"Refunded\",\"Refunds\",\"Fee\",\"Fee back\",\"Markup\",\"Total\",\"Lapsed\",\"Home\",\"Rules\",\"Note\"",
            "2024-06-01,1234.50,134.50,\"2024-06-03 100.00, 2024-06-10 34.50\",37.04,4.04,22.55,1155.55,,1650.79,2024-04,\"\"",
            "2024-06-02,88.00,0.00,\"\",0.00,0.00,1.75,89.75,,128.21,2024-04,\"'=cmd \"\"quoted\"\", comma; æøå 晚餐\"",
        ),
        (
            CsvStyle::Semicolon,
            "\u{feff}\"Date\";\"Amount\";\"Refunded\";\"Refunds\";\"Fee\";\"Fee back\";\"Markup\";\"Total\";\"Lapsed\";\"Home\";\"Rules\";\"Note\"",
            "2024-06-01;1234,50;134,50;\"2024-06-03 100,00, 2024-06-10 34,50\";37,04;4,04;22,55;1155,55;;1650,79;2024-04;\"\"",
            "2024-06-02;88,00;0,00;\"\";0,00;0,00;1,75;89,75;;128,21;2024-04;\"'=cmd \"\"quoted\"\", comma; æøå 晚餐\"",
        ),
    ];
    for (style, header, first, second) in rows {
        let csv = export_csv(&ledger, costs, *style, &HEADER);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines, vec![*header, *first, *second, ""], "{style:?}");
    }
    // Each payment is costed under the rules of its own date.
    let old = ledger_of(&[("2024-01-10", "7000")]);
    let csv = export_csv(&old, costs, CsvStyle::Comma, &HEADER);
    assert!(csv.contains(",2023-07,"), "{csv}");
    // Past the small-payment waiver's confirmed end: both totals.
    let mut later = Ledger::default();
    later
        .add(date("2027-01-05"), dec("100"), "", date("2027-01-05"))
        .unwrap();
    let csv = export_csv(&later, costs, CsvStyle::Comma, &HEADER);
    let row = csv.split("\r\n").nth(1).unwrap();
    assert!(
        row.starts_with("2027-01-05,100.00,0.00,\"\",0.00,0.00,1.99,101.99,105.05,"),
        "{row}"
    );
}

#[test]
fn files_that_are_not_ledgers_are_refused_with_a_reason() {
    let good = export_json(&ledger_of(&[("2024-06-01", "100")]), date("2024-06-02"));
    let rows: Vec<(String, ImportError)> = vec![
        ("not json".into(), ImportError::NotJson),
        ("{}".into(), ImportError::NotALedger),
        ("[1,2]".into(), ImportError::NotALedger),
        (
            good.replace("\"waika\"", "\"other\""),
            ImportError::NotALedger,
        ),
        (
            good.replace("\"version\": 1", "\"version\": 9"),
            ImportError::NewerVersion { found: 9 },
        ),
        (
            "{\"version\":2,\"data\":{}}".into(),
            ImportError::NewerVersion { found: 2 },
        ),
        (
            format!("{good}{}", " ".repeat(MAX_IMPORT_BYTES)),
            ImportError::TooLarge {
                max_bytes: MAX_IMPORT_BYTES,
            },
        ),
    ];
    for (text, expected) in rows {
        let shown: String = text.chars().take(200).collect();
        assert_eq!(
            import_json(&text, today()),
            Err(expected.clone()),
            "{shown}"
        );
    }
}

#[test]
fn payments_that_fail_a_check_are_set_aside_and_nothing_is_dropped() {
    let good = export_json(
        &ledger_of(&[("2024-06-01", "100"), ("2024-06-03", "300")]),
        date("2024-06-04"),
    );
    let stored = "{\"version\":1,\"data\":{\"next_id\":2,\"payments\":[\
        {\"id\":0,\"date\":\"2024-06-01\",\"amount\":\"100\",\"note\":\"\",\"refunds\":[]},\
        {\"id\":1,\"date\":\"2024-06-03\",\"amount\":\"300\",\"note\":\"\",\"refunds\":[]}]}}";
    // (what, file, payments kept, reasons set aside, repaired); a payment
    // that cannot be read at all is counted as unreadable.
    let rows: Vec<(&str, String, usize, Vec<LedgerError>, bool)> = vec![
        (
            "a date that does not exist",
            good.replacen("\"2024-06-01\"", "\"2024-13-01\"", 1),
            1,
            vec![],
            false,
        ),
        (
            "an amount that is not a number",
            good.replacen("\"100\"", "\"abc\"", 1),
            1,
            vec![],
            false,
        ),
        (
            "an export as it was written",
            good.clone(),
            2,
            vec![],
            false,
        ),
        (
            "a value kept on the device (a backup)",
            stored.to_string(),
            2,
            vec![],
            false,
        ),
        (
            "a negative amount",
            good.replacen("\"100\"", "\"-1000\"", 1),
            1,
            vec![LedgerError::Amount(
                waika_core::amount::AmountError::Negative,
            )],
            false,
        ),
        (
            "a date in the year 9999",
            good.replacen("\"2024-06-03\"", "\"9999-12-31\"", 1),
            1,
            vec![LedgerError::DateInFuture {
                latest: date("2026-11-24"),
            }],
            false,
        ),
        (
            "a date before 2023-07-20",
            good.replacen("\"2024-06-01\"", "\"0001-01-01\"", 1),
            1,
            vec![LedgerError::DateTooEarly {
                earliest: date("2023-07-20"),
            }],
            false,
        ),
        (
            "payments out of order",
            good.replacen("\"2024-06-01\"", "\"2024-06-05\"", 1),
            2,
            vec![],
            true,
        ),
        (
            "an id handed out twice",
            good.replacen("\"next_id\": 2", "\"next_id\": 0", 1),
            2,
            vec![],
            true,
        ),
    ];
    for (what, text, kept, reasons, repaired) in rows {
        let salvaged = import_json(&text, today()).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!(salvaged.ledger.payments.len(), kept, "{what}");
        let got: Vec<LedgerError> = salvaged.set_aside.iter().map(|s| s.reason).collect();
        assert_eq!(got, reasons, "{what}");
        assert_eq!(salvaged.repaired, repaired, "{what}");
        assert_eq!(
            kept + salvaged.left_out(),
            2,
            "{what}: every payment is somewhere"
        );
        assert!(
            salvaged.ledger.validate(today()).is_ok(),
            "{what}: what is kept can be used"
        );
    }
}

/// One change a user can make.
#[derive(Debug, Clone)]
enum Op {
    Add { day: u8, cents: u32 },
    Refund { pick: usize, cents: u32 },
    Delete { pick: usize },
    Edit { pick: usize, cents: u32 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (1u8..=28, 1u32..=800_000).prop_map(|(day, cents)| Op::Add { day, cents }),
        (any::<usize>(), 1u32..=800_000).prop_map(|(pick, cents)| Op::Refund { pick, cents }),
        any::<usize>().prop_map(|pick| Op::Delete { pick }),
        (any::<usize>(), 1u32..=800_000).prop_map(|(pick, cents)| Op::Edit { pick, cents }),
    ]
}

proptest! {
    #[test]
    fn no_sequence_of_changes_makes_a_total_negative_or_loses_an_entry(ops in prop::collection::vec(op(), 1..60)) {
        let mut ledger = Ledger::default();
        let mut expected_count = 0usize;
        for op in ops {
            let pick = |ledger: &Ledger, pick: usize| {
                (!ledger.payments.is_empty()).then(|| ledger.payments[pick % ledger.payments.len()].id)
            };
            match op {
                Op::Add { day, cents } => {
                    if ledger.add(Date::new(2024, 6, day).unwrap(), Decimal::new(cents.into(), 2), "", today()).is_ok() {
                        expected_count += 1;
                    }
                }
                Op::Refund { pick: p, cents } => {
                    if let Some(id) = pick(&ledger, p) {
                        let _ = ledger.refund(id, Date::new(2024, 6, 28).unwrap(), Decimal::new(cents.into(), 2), today());
                    }
                }
                Op::Delete { pick: p } => {
                    if let Some(id) = pick(&ledger, p) {
                        ledger.delete(id).unwrap();
                        expected_count -= 1;
                    }
                }
                Op::Edit { pick: p, cents } => {
                    if let Some(id) = pick(&ledger, p) {
                        let date = ledger.payments.iter().find(|x| x.id == id).unwrap().date;
                        let _ = ledger.edit(id, date, Decimal::new(cents.into(), 2), "edited", today());
                    }
                }
            }
            prop_assert_eq!(ledger.payments.len(), expected_count);
            prop_assert!(ledger.validate(today()).is_ok(), "{:?}", ledger.validate(today()));
            let month = totals(&ledger, Period::Month { year: 2024, month: 6 }, RuleChoice::Picked(&RULES_2024_04), NO_MARKUP);
            prop_assert!(month.spent.amount() >= Decimal::ZERO);
            prop_assert!(month.fees.amount() >= Decimal::ZERO);
            prop_assert!(month.total_cny.amount() >= Decimal::ZERO);
            prop_assert!(month.refunded.amount() <= month.spent.amount());
            for payment in &ledger.payments {
                let cost = payment_cost(&ledger, payment, RuleChoice::Picked(&RULES_2024_04), NO_MARKUP);
                prop_assert!(cost.net_charged.amount() >= Decimal::ZERO);
            }
        }
    }

    #[test]
    fn export_then_import_gives_back_the_same_ledger(
        entries in prop::collection::vec((1u8..=28, 1u32..=10_000_000, "[a-zA-Z0-9 ,;\"'=\\u{4e00}-\\u{4e20}æøå]{0,20}"), 0..30),
        refund_cents in 1u32..=100,
    ) {
        let mut ledger = Ledger::default();
        for (day, cents, note) in &entries {
            let _ = ledger.add(Date::new(2025, 2, *day).unwrap(), Decimal::new((*cents).into(), 2), note, today());
        }
        if let Some(first) = ledger.payments.first().map(|p| p.id) {
            let _ = ledger.refund(first, Date::new(2025, 3, 1).unwrap(), Decimal::new(refund_cents.into(), 2), today());
        }
        let text = export_json(&ledger, Date::new(2025, 3, 2).unwrap());
        let salvaged = import_json(&text, today()).unwrap();
        prop_assert!(salvaged.is_clean());
        prop_assert_eq!(salvaged.ledger, ledger);
    }
}

/// Found when a file moved to a new phone showed other figures: the card's
/// markup and the home currency had stayed on the old one. An export now
/// carries the app's settings beside the ledger and an import hands them
/// back untouched; a file without them imports as before.
#[test]
fn an_export_carries_the_app_s_settings_back_to_an_import() {
    use waika_core::export::{export_json_with_settings, FileSettings};
    use waika_core::ledger::Fixed;
    let ledger = ledger_of(&[("2024-06-01", "88"), ("2024-06-02", "6800")]);
    let settings = r#"{"version":1,"data":{"card":"custom","custom_markup":"2,99","home":"Gbp"}}"#;
    // Found when a restored file changed a total: the new-user answers
    // had stayed on the old phone.
    let new_user = r#"{"version":1,"data":{"first_card":true,"first_payment":"2026-12-16"}}"#;
    // (texts written, and read back)
    let rows = [
        FileSettings {
            settings: Some(settings),
            new_user: Some(new_user),
            ..FileSettings::default()
        },
        FileSettings {
            settings: Some(settings),
            new_user: None,
            ..FileSettings::default()
        },
        FileSettings::default(),
    ];
    for written in rows {
        let file = export_json_with_settings(&ledger, today(), written);
        let salvaged = import_json(&file, today()).unwrap();
        assert_eq!(salvaged.ledger, ledger, "{written:?}: the payments");
        assert_eq!(
            salvaged.settings.as_deref(),
            written.settings,
            "{written:?}: the settings"
        );
        assert_eq!(
            salvaged.new_user.as_deref(),
            written.new_user,
            "{written:?}: the new-user answers"
        );
        assert!(
            !salvaged.fixed.contains(&Fixed::UnknownFields),
            "{written:?}: settings are not an unknown field"
        );
    }
    // The plain export is the same file as before.
    assert_eq!(
        export_json(&ledger, today()),
        export_json_with_settings(&ledger, today(), FileSettings::default())
    );
}
