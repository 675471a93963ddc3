//! The spending ledger: arithmetic at the limits, month and year edges in
//! China time, refunds, promotions, export and import.

mod common;

use common::{date, dec, ledger_of, today, NO_MARKUP};

use rust_decimal::Decimal;
use waika_core::date::Date;
use waika_core::ledger::{
    limit_use, payment_cost, totals, warnings_for_new_payment, CostSettings, Ledger, LedgerError,
    LimitKind, LimitUse, Period,
};
use waika_core::money::{CnyRate, Currency};
use waika_core::promotions::{NewUserAnswers, Unknown, WaiverOutcome};
use waika_core::rules::{RuleChoice, RULES_2023_07, RULES_2024_04};

fn usd() -> CnyRate {
    CnyRate::new(Currency::Usd, dec("7.10")).unwrap()
}

/// Use of the monthly or yearly limit in the period containing `day`.
fn use_on(
    ledger: &Ledger,
    kind: LimitKind,
    day: Date,
    choice: RuleChoice,
    usd: CnyRate,
) -> LimitUse {
    let period = match kind {
        LimitKind::Monthly => Period::month_of(day),
        _ => Period::Year { year: day.year },
    };
    limit_use(ledger, kind, period, today(), choice, usd)
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
            .add(Date::new(2024, 1, day).unwrap(), dec("6000"), "", today())
            .unwrap();
    }
    let january = date("2024-01-20");
    // 48,000 used of 50,000 this month, 60,000 this year.
    assert_eq!(
        known(use_on(
            &ledger,
            LimitKind::Monthly,
            january,
            RuleChoice::Picked(&RULES_2023_07),
            usd()
        )),
        (dec("50000"), dec("48000"), dec("2000"))
    );
    assert_eq!(
        known(use_on(
            &ledger,
            LimitKind::Yearly,
            january,
            RuleChoice::Picked(&RULES_2023_07),
            usd()
        )),
        (dec("60000"), dec("48000"), dec("12000"))
    );
    let warnings = warnings_for_new_payment(
        &ledger,
        january,
        dec("6000"),
        None,
        RuleChoice::Picked(&RULES_2023_07),
        usd(),
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].kind, LimitKind::Monthly);
    assert_eq!(warnings[0].over_by.amount(), dec("4000"));
    // In February the month is fresh but the year is not.
    let february = date("2024-02-01");
    let warnings = warnings_for_new_payment(
        &ledger,
        february,
        dec("6000"),
        None,
        RuleChoice::Picked(&RULES_2023_07),
        usd(),
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    ledger.add(february, dec("6000"), "", today()).unwrap();
    ledger
        .add(date("2024-02-02"), dec("6000"), "", today())
        .unwrap();
    let warnings = warnings_for_new_payment(
        &ledger,
        date("2024-02-03"),
        dec("0.01"),
        None,
        RuleChoice::Picked(&RULES_2023_07),
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
                    today(),
                )
                .unwrap();
        }
        let got: Vec<(LimitKind, Decimal)> = warnings_for_new_payment(
            &ledger,
            date("2024-03-20"),
            dec(amount),
            None,
            RuleChoice::Picked(&RULES_2023_07),
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
        use_on(
            &ledger,
            LimitKind::Monthly,
            date("2024-05-10"),
            RuleChoice::Picked(&RULES_2024_04),
            usd()
        ),
        LimitUse::NotPublished
    );
    match use_on(
        &ledger,
        LimitKind::Yearly,
        date("2024-05-10"),
        RuleChoice::Picked(&RULES_2024_04),
        usd(),
    ) {
        LimitUse::Known {
            limit,
            used,
            left,
            over,
            estimated,
        } => {
            assert!(over.amount().is_zero());
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
        let t = totals(
            &ledger,
            *period,
            RuleChoice::Picked(&RULES_2023_07),
            NO_MARKUP,
        );
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
        let id = ledger
            .add(date("2024-06-01"), dec(amount), "", today())
            .unwrap();
        for refund in refunds.iter() {
            ledger
                .refund(id, date("2024-06-02"), dec(refund), today())
                .unwrap();
        }
        let cost = payment_cost(
            &ledger,
            &ledger.payments[0],
            RuleChoice::Picked(&RULES_2024_04),
            NO_MARKUP,
        );
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
    use waika_core::amount::AmountError;
    let rows: Vec<(&str, Result<u64, LedgerError>, LedgerError)> = vec![
        (
            "refund too large",
            ledger
                .clone()
                .refund(id, date("2024-06-02"), dec("100.01"), today()),
            LedgerError::RefundTooLarge { left: dec("100") },
        ),
        (
            "refund before payment",
            ledger
                .clone()
                .refund(id, date("2024-05-31"), dec("1"), today()),
            LedgerError::RefundBeforePayment,
        ),
        (
            "zero",
            ledger
                .clone()
                .add(date("2024-06-01"), Decimal::ZERO, "", today()),
            LedgerError::Amount(AmountError::Zero),
        ),
        (
            "negative",
            ledger
                .clone()
                .add(date("2024-06-01"), dec("-1"), "", today()),
            LedgerError::Amount(AmountError::Negative),
        ),
        (
            "three decimals",
            ledger
                .clone()
                .add(date("2024-06-01"), dec("1.001"), "", today()),
            LedgerError::Amount(AmountError::TooManyDecimals { max: 2 }),
        ),
        (
            "before Weixin Pay took international cards",
            ledger
                .clone()
                .add(date("2023-07-19"), dec("1"), "", today()),
            LedgerError::DateTooEarly {
                earliest: date("2023-07-20"),
            },
        ),
        (
            "later than tomorrow in China",
            ledger
                .clone()
                .add(date("2026-11-25"), dec("1"), "", today()),
            LedgerError::DateInFuture {
                latest: date("2026-11-24"),
            },
        ),
        (
            "refund in the future",
            ledger
                .clone()
                .refund(id, date("9999-12-31"), dec("1"), today()),
            LedgerError::DateInFuture {
                latest: date("2026-11-23"),
            },
        ),
        (
            "long note",
            ledger
                .clone()
                .add(date("2024-06-01"), dec("1"), &"x".repeat(201), today()),
            LedgerError::NoteTooLong,
        ),
        (
            "unknown id",
            ledger
                .clone()
                .refund(999, date("2024-06-02"), dec("1"), today()),
            LedgerError::NotFound,
        ),
    ];
    for (what, result, expected) in rows {
        assert_eq!(result, Err(expected), "{what}");
    }
    assert_eq!(ledger, before, "the ledger itself is untouched");
    ledger
        .refund(id, date("2024-06-02"), dec("40"), today())
        .unwrap();
    assert_eq!(
        ledger.edit(id, date("2024-06-01"), dec("39.99"), "", today()),
        Err(LedgerError::BelowRefunded {
            refunded: dec("40")
        })
    );
    assert_eq!(ledger.payments[0].amount, before.payments[0].amount);
    // Notes are kept without the spaces around them.
    ledger
        .add(date("2024-06-03"), dec("1234.50"), " dinner ", today())
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
fn the_ledger_asks_the_promotions_with_the_day_s_earlier_payments() {
    let first_timer = CostSettings {
        new_user: NewUserAnswers {
            first_card: Some(true),
            first_link: Some(date("2026-06-01")),
            first_payment: Some(date("2026-06-01")),
        },
        ..NO_MARKUP
    };
    // (answers, payments on one day, which of them are waived)
    let rows: &[(CostSettings, &str, &[&str], &[bool])] = &[
        (first_timer, "2026-06-10", &["500", "400"], &[true, true]),
        // The daily cap reached across two payments: the second pays.
        (first_timer, "2026-06-10", &["600", "500"], &[true, false]),
        (first_timer, "2026-06-10", &["1000.01"], &[false]),
        // Nothing is assumed without the answers.
        (NO_MARKUP, "2026-06-10", &["500"], &[false]),
    ];
    for (settings, day, amounts, waived) in rows {
        let mut ledger = Ledger::default();
        for amount in amounts.iter() {
            ledger.add(date(day), dec(amount), "", today()).unwrap();
        }
        let got: Vec<bool> = ledger
            .payments
            .iter()
            .map(|p| {
                let cost = payment_cost(&ledger, p, RuleChoice::InForce, *settings);
                matches!(cost.waiver, WaiverOutcome::Waived(_))
            })
            .collect();
        assert_eq!(&got, waived, "{day}: {amounts:?} with {settings:?}");
    }
    // Without answers, a payment inside the window says it may be waived.
    let ledger = ledger_of(&[("2026-06-10", "500")]);
    let cost = payment_cost(&ledger, &ledger.payments[0], RuleChoice::InForce, NO_MARKUP);
    assert_eq!(cost.fee.amount(), dec("15"));
    assert!(
        matches!(cost.waiver, WaiverOutcome::Maybe(_, Unknown::NotAnswered)),
        "{cost:?}"
    );
}
