//! The spending ledger: arithmetic at the limits, month and year edges in
//! China time, refunds, promotions, export and import.
// Property tests need proptest, which is a host-only dependency.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;
use waika::core::date::Date;
use waika::core::export::{export_csv, export_json, import_json, ImportError};
use waika::core::ledger::{
    limit_use, payment_cost, totals, warnings_for_new_payment, CostSettings, Ledger, LedgerError,
    LimitKind, LimitUse, Period,
};
use waika::core::money::{CnyRate, Currency};
use waika::core::promotions::{status, PromotionStatus, NEW_USER_WAIVER};
use waika::core::rules::{RULES_2023_07, RULES_2024_04};

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn usd() -> CnyRate {
    CnyRate::new(Currency::Usd, dec("7.10")).unwrap()
}

const NO_MARKUP: CostSettings = CostSettings {
    markup_percent: Decimal::ZERO,
};

fn ledger_of(payments: &[(&str, &str)]) -> Ledger {
    let mut ledger = Ledger::default();
    for (day, amount) in payments {
        ledger.add(date(day), dec(amount), "").unwrap();
    }
    ledger
}

fn known(usage: LimitUse) -> (Decimal, Decimal, Decimal) {
    match usage {
        LimitUse::Known {
            limit, used, left, ..
        } => (limit.amount(), used.amount(), left.amount()),
        LimitUse::NotPublished => panic!("limit not published"),
    }
}

#[test]
fn eight_payments_of_6000_then_a_ninth_under_2023_07() {
    let mut ledger = Ledger::default();
    for day in 1..=8 {
        ledger
            .add(Date::new(2024, 1, day).unwrap(), dec("6000"), "")
            .unwrap();
    }
    let january = date("2024-01-20");
    // 48,000 used of 50,000 this month, 60,000 this year.
    assert_eq!(
        known(limit_use(
            &ledger,
            LimitKind::Monthly,
            january,
            &RULES_2023_07,
            usd()
        )),
        (dec("50000"), dec("48000"), dec("2000"))
    );
    assert_eq!(
        known(limit_use(
            &ledger,
            LimitKind::Yearly,
            january,
            &RULES_2023_07,
            usd()
        )),
        (dec("60000"), dec("48000"), dec("12000"))
    );
    let warnings = warnings_for_new_payment(&ledger, january, dec("6000"), &RULES_2023_07, usd());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].kind, LimitKind::Monthly);
    assert_eq!(warnings[0].over_by.amount(), dec("4000"));
    // In February the month is fresh but the year is not.
    let february = date("2024-02-01");
    let warnings = warnings_for_new_payment(&ledger, february, dec("6000"), &RULES_2023_07, usd());
    assert!(warnings.is_empty(), "{warnings:?}");
    ledger.add(february, dec("6000"), "").unwrap();
    ledger.add(date("2024-02-02"), dec("6000"), "").unwrap();
    let warnings = warnings_for_new_payment(
        &ledger,
        date("2024-02-03"),
        dec("0.01"),
        &RULES_2023_07,
        usd(),
    );
    assert_eq!(
        warnings
            .iter()
            .map(|w| (w.kind, w.over_by.amount()))
            .collect::<Vec<_>>(),
        vec![(LimitKind::Yearly, dec("0.01"))]
    );
}

/// (existing payments this month, new amount, expected warnings)
type LimitRow<'a> = (&'a [&'a str], &'a str, &'a [(LimitKind, &'a str)]);

#[test]
fn exactly_at_a_limit_fits_and_a_fen_over_does_not() {
    let rows: &[LimitRow] = &[
        (&[], "6000", &[]),
        (&[], "6000.01", &[(LimitKind::Single, "0.01")]),
        (&["6000"; 7], "6000", &[]),
        (&["6000"; 7], "8000", &[(LimitKind::Single, "2000")]),
        (
            &[
                "6000", "6000", "6000", "6000", "6000", "6000", "6000", "6000",
            ],
            "2000",
            &[],
        ),
        (
            &[
                "6000", "6000", "6000", "6000", "6000", "6000", "6000", "6000",
            ],
            "2000.01",
            &[(LimitKind::Monthly, "0.01")],
        ),
    ];
    for (existing, amount, expected) in rows {
        let mut ledger = Ledger::default();
        for (day, existing_amount) in existing.iter().enumerate() {
            ledger
                .add(
                    Date::new(2024, 3, day as u8 + 1).unwrap(),
                    dec(existing_amount),
                    "",
                )
                .unwrap();
        }
        let got: Vec<(LimitKind, Decimal)> = warnings_for_new_payment(
            &ledger,
            date("2024-03-20"),
            dec(amount),
            &RULES_2023_07,
            usd(),
        )
        .iter()
        .map(|w| (w.kind, w.over_by.amount()))
        .collect();
        let want: Vec<(LimitKind, Decimal)> = expected.iter().map(|(k, v)| (*k, dec(v))).collect();
        assert_eq!(got, want, "{} existing, adding {amount}", existing.len());
    }
}

#[test]
fn the_2024_04_monthly_limit_is_not_published_and_usd_limits_are_estimates() {
    let ledger = ledger_of(&[("2024-05-01", "1000")]);
    assert_eq!(
        limit_use(
            &ledger,
            LimitKind::Monthly,
            date("2024-05-10"),
            &RULES_2024_04,
            usd()
        ),
        LimitUse::NotPublished
    );
    match limit_use(
        &ledger,
        LimitKind::Yearly,
        date("2024-05-10"),
        &RULES_2024_04,
        usd(),
    ) {
        LimitUse::Known {
            limit,
            used,
            left,
            estimated,
        } => {
            assert_eq!(limit.amount(), dec("355000"));
            assert_eq!(used.amount(), dec("1000"));
            assert_eq!(left.amount(), dec("354000"));
            assert!(estimated);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn months_and_years_are_calendar_periods_in_china() {
    let ledger = ledger_of(&[
        ("2023-12-31", "100"),
        ("2024-01-01", "200"),
        ("2024-01-31", "300"),
        ("2024-02-01", "400"),
        ("2024-12-31", "500"),
        ("2025-01-01", "600"),
    ]);
    let rows: &[(Period, &str, usize)] = &[
        (
            Period::Month {
                year: 2023,
                month: 12,
            },
            "100",
            1,
        ),
        (
            Period::Month {
                year: 2024,
                month: 1,
            },
            "500",
            2,
        ),
        (
            Period::Month {
                year: 2024,
                month: 2,
            },
            "400",
            1,
        ),
        (Period::Year { year: 2024 }, "1400", 4),
        (Period::Year { year: 2025 }, "600", 1),
        (
            Period::Month {
                year: 2024,
                month: 3,
            },
            "0",
            0,
        ),
    ];
    for (period, spent, count) in rows {
        let t = totals(&ledger, *period, &RULES_2023_07, NO_MARKUP);
        assert_eq!(t.spent.amount(), dec(spent), "{period:?}");
        assert_eq!(t.payments, *count, "{period:?}");
    }
    // A payment at 23:30 UTC on 2023-12-31 is already 2024-01-01 in China.
    let in_china = Date::in_china_at_unix_millis(1_704_065_400_000);
    assert_eq!(in_china.to_string(), "2024-01-01");
}

#[test]
fn refunds_give_back_the_fee_in_proportion() {
    // (amount, refunds, fee, fee refunded, net charged)
    let rows: &[(&str, &[&str], &str, &str, &str)] = &[
        ("1000", &[], "30.00", "0.00", "1030.00"),
        ("1000", &["500"], "30.00", "15.00", "515.00"),
        ("1000", &["1000"], "30.00", "30.00", "0.00"),
        ("1000", &["250", "250"], "30.00", "15.00", "515.00"),
        ("201", &["1"], "6.03", "0.03", "206.00"),
        ("150", &["50"], "0.00", "0.00", "100.00"),
        ("333.33", &["111.11"], "10.00", "3.33", "228.89"),
    ];
    for (amount, refunds, fee, fee_refunded, net) in rows {
        let mut ledger = Ledger::default();
        let id = ledger.add(date("2024-06-01"), dec(amount), "").unwrap();
        for refund in refunds.iter() {
            ledger.refund(id, date("2024-06-02"), dec(refund)).unwrap();
        }
        let cost = payment_cost(&ledger, &ledger.payments[0], &RULES_2024_04, NO_MARKUP);
        let context = format!("{amount} refunded {refunds:?}");
        assert_eq!(cost.fee.amount(), dec(fee), "fee, {context}");
        assert_eq!(
            cost.fee_refunded.amount(),
            dec(fee_refunded),
            "fee refunded, {context}"
        );
        assert_eq!(cost.net_charged.amount(), dec(net), "net, {context}");
    }
}

#[test]
fn bad_changes_are_refused_and_change_nothing() {
    let mut ledger = ledger_of(&[("2024-06-01", "100")]);
    let id = ledger.payments[0].id;
    let before = ledger.clone();
    use waika::core::amount::AmountError;
    let rows: Vec<(&str, Result<u64, LedgerError>, LedgerError)> = vec![
        (
            "refund too large",
            ledger.clone().refund(id, date("2024-06-02"), dec("100.01")),
            LedgerError::RefundTooLarge { left: dec("100") },
        ),
        (
            "refund before payment",
            ledger.clone().refund(id, date("2024-05-31"), dec("1")),
            LedgerError::RefundBeforePayment,
        ),
        (
            "zero",
            ledger.clone().add(date("2024-06-01"), Decimal::ZERO, ""),
            LedgerError::Amount(AmountError::Zero),
        ),
        (
            "negative",
            ledger.clone().add(date("2024-06-01"), dec("-1"), ""),
            LedgerError::Amount(AmountError::Negative),
        ),
        (
            "three decimals",
            ledger.clone().add(date("2024-06-01"), dec("1.001"), ""),
            LedgerError::Amount(AmountError::TooManyDecimals { max: 2 }),
        ),
        (
            "typed junk",
            ledger.clone().add_typed(date("2024-06-01"), "abc", ""),
            LedgerError::Amount(AmountError::NotANumber),
        ),
        (
            "long note",
            ledger
                .clone()
                .add(date("2024-06-01"), dec("1"), &"x".repeat(201)),
            LedgerError::NoteTooLong,
        ),
        (
            "unknown id",
            ledger.clone().refund(999, date("2024-06-02"), dec("1")),
            LedgerError::NotFound,
        ),
    ];
    for (what, result, expected) in rows {
        assert_eq!(result, Err(expected), "{what}");
    }
    assert_eq!(ledger, before, "the ledger itself is untouched");
    ledger.refund(id, date("2024-06-02"), dec("40")).unwrap();
    assert_eq!(
        ledger.edit(id, date("2024-06-01"), dec("39.99"), ""),
        Err(LedgerError::BelowRefunded {
            refunded: dec("40")
        })
    );
    assert_eq!(ledger.payments[0].amount, before.payments[0].amount);
    // Typed amounts are read the way people write them.
    ledger
        .add_typed(date("2024-06-03"), "¥1 234,50", " dinner ")
        .unwrap();
    assert_eq!(ledger.payments[1].amount, dec("1234.50"));
    assert_eq!(ledger.payments[1].note, "dinner");
}

#[test]
fn delete_can_be_undone_in_place() {
    let mut ledger = ledger_of(&[
        ("2024-06-01", "1"),
        ("2024-06-02", "2"),
        ("2024-06-03", "3"),
    ]);
    let before = ledger.clone();
    let (index, payment) = ledger.delete(before.payments[1].id).unwrap();
    assert_eq!(ledger.payments.len(), 2);
    ledger.restore(index, payment);
    assert_eq!(ledger, before);
}

#[test]
fn the_2025_new_user_waiver_applies_only_inside_its_dates() {
    assert_eq!(
        status(&NEW_USER_WAIVER, date("2026-11-22")),
        PromotionStatus::Expired
    );
    assert_eq!(
        status(&NEW_USER_WAIVER, date("2025-06-01")),
        PromotionStatus::Active
    );
    assert_eq!(
        status(&NEW_USER_WAIVER, date("2025-05-25")),
        PromotionStatus::Upcoming
    );
    // (first link, payments on one day, which of them are waived)
    let rows: &[(&str, &str, &[&str], &[bool])] = &[
        ("2025-06-01", "2025-06-10", &["500", "400"], &[true, true]),
        ("2025-06-01", "2025-06-10", &["500", "600"], &[true, false]),
        ("2025-06-01", "2025-06-10", &["1000.01"], &[false]),
        ("2025-06-01", "2025-07-30", &["500"], &[true]),
        // Day 60 after the first link is outside the 60 days.
        ("2025-06-01", "2025-07-31", &["500"], &[false]),
        ("2025-11-15", "2026-01-02", &["500"], &[false]),
        ("2025-03-01", "2025-05-25", &["500"], &[false]),
        ("2024-06-01", "2024-06-10", &["500"], &[false]),
    ];
    for (first_link, day, amounts, waived) in rows {
        let mut ledger = Ledger {
            first_card_link: Some(date(first_link)),
            ..Ledger::default()
        };
        for amount in amounts.iter() {
            ledger.add(date(day), dec(amount), "").unwrap();
        }
        let got: Vec<bool> = ledger
            .payments
            .iter()
            .map(|p| payment_cost(&ledger, p, &RULES_2024_04, NO_MARKUP).promotion_waived)
            .collect();
        assert_eq!(&got, waived, "first link {first_link}, {day}: {amounts:?}");
    }
}

#[test]
fn csv_has_a_header_iso_dates_and_dot_decimals() {
    let mut ledger = ledger_of(&[("2024-06-01", "1234.5")]);
    ledger
        .add(date("2024-06-02"), dec("88"), "=cmd \"quoted\", comma")
        .unwrap();
    let settings = CostSettings {
        markup_percent: dec("1.99"),
    };
    let csv = export_csv(&ledger, &RULES_2024_04, settings);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "date,amount_cny,refunded_cny,fee_cny,fee_refunded_cny,markup_cny,total_cny,note"
    );
    assert_eq!(
        lines[1],
        "2024-06-01,1234.50,0.00,37.04,0.00,25.30,1296.84,\"\""
    );
    assert_eq!(
        lines[2],
        "2024-06-02,88.00,0.00,0.00,0.00,1.75,89.75,\"'=cmd \"\"quoted\"\", comma\""
    );
    assert_eq!(lines.len(), 3);
}

#[test]
fn bad_files_are_refused_with_a_reason() {
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
            good.replace("\"100\"", "\"-100\""),
            ImportError::Invalid(LedgerError::Amount(
                waika::core::amount::AmountError::Negative,
            )),
        ),
        (
            good.replace("\"2024-06-01\"", "\"2024-13-01\""),
            ImportError::NotALedger,
        ),
        (
            good.replace("\"next_id\": 1", "\"next_id\": 0"),
            ImportError::Invalid(LedgerError::Inconsistent),
        ),
    ];
    for (text, expected) in rows {
        assert_eq!(import_json(&text), Err(expected.clone()), "{text}");
    }
    assert!(import_json(&good).is_ok(), "{good}");
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
                    if ledger.add(Date::new(2024, 6, day).unwrap(), Decimal::new(cents.into(), 2), "").is_ok() {
                        expected_count += 1;
                    }
                }
                Op::Refund { pick: p, cents } => {
                    if let Some(id) = pick(&ledger, p) {
                        let _ = ledger.refund(id, Date::new(2024, 6, 28).unwrap(), Decimal::new(cents.into(), 2));
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
                        let _ = ledger.edit(id, date, Decimal::new(cents.into(), 2), "edited");
                    }
                }
            }
            prop_assert_eq!(ledger.payments.len(), expected_count);
            prop_assert!(ledger.validate().is_ok(), "{:?}", ledger.validate());
            let month = totals(&ledger, Period::Month { year: 2024, month: 6 }, &RULES_2024_04, NO_MARKUP);
            prop_assert!(month.spent.amount() >= Decimal::ZERO);
            prop_assert!(month.fees.amount() >= Decimal::ZERO);
            prop_assert!(month.total_cny.amount() >= Decimal::ZERO);
            prop_assert!(month.refunded.amount() <= month.spent.amount());
            for payment in &ledger.payments {
                let cost = payment_cost(&ledger, payment, &RULES_2024_04, NO_MARKUP);
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
            let _ = ledger.add(Date::new(2025, 2, *day).unwrap(), Decimal::new((*cents).into(), 2), note);
        }
        if let Some(first) = ledger.payments.first().map(|p| p.id) {
            let _ = ledger.refund(first, Date::new(2025, 3, 1).unwrap(), Decimal::new(refund_cents.into(), 2));
        }
        let text = export_json(&ledger, Date::new(2025, 3, 2).unwrap());
        prop_assert_eq!(import_json(&text), Ok(ledger));
    }
}
