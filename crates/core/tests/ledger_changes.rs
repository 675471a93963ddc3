//! Changes to the spending ledger: refunds, refused changes, undo, and
//! the promotions asked about with the day's earlier payments.

mod common;

use common::{date, dec, ledger_of, today, NO_MARKUP};

use rust_decimal::Decimal;
use waika_core::ledger::{payment_cost, CostSettings, Ledger, LedgerError};
use waika_core::promotions::{NewUserAnswers, Unknown, WaiverOutcome};
use waika_core::rules::{RuleChoice, RULES_2024_04};

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

// Long: one table of refused changes, a row per case.
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
                latest: date("2026-11-24"),
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

/// The checks a form makes before saving give the same answer as the
/// change itself, which leaves the ledger as it was when it refuses.
#[test]
fn the_form_s_checks_agree_with_the_change() {
    let mut ledger = ledger_of(&[("2026-11-10", "100")]);
    let id = ledger.payments[0].id;
    ledger
        .refund(id, date("2026-11-12"), dec("30"), today())
        .unwrap();
    let payment = ledger.payments[0].clone();
    // (new date, new amount) for an edit
    let edits = [
        ("2026-11-11", "100"),
        ("2026-11-13", "100"),
        ("2026-11-11", "20"),
        ("2026-11-11", "30"),
        ("2027-01-01", "100"),
        ("2026-11-11", "0"),
    ];
    for (day, amount) in edits {
        let checked = payment
            .check_new_amount(dec(amount))
            .and_then(|_| payment.check_new_date(date(day), today()));
        let mut changed = ledger.clone();
        let made = changed.edit(id, date(day), dec(amount), "", today());
        assert_eq!(
            checked.is_ok(),
            made.is_ok(),
            "edit to {day} {amount}: {checked:?} / {made:?}"
        );
        if made.is_err() {
            assert_eq!(changed, ledger, "edit to {day} {amount} changed the ledger");
        }
    }
    // (date, amount) for a refund
    let refunds = [
        ("2026-11-12", "70"),
        ("2026-11-12", "70.01"),
        ("2026-11-09", "10"),
        ("2026-11-24", "10"),
        ("2026-11-12", "-5"),
    ];
    for (day, amount) in refunds {
        let checked = payment
            .check_refund_date(date(day), today())
            .and_then(|()| payment.check_refund_amount(dec(amount)));
        let mut changed = ledger.clone();
        let made = changed.refund(id, date(day), dec(amount), today());
        assert_eq!(checked.err(), made.err(), "refund of {amount} on {day}");
    }
}
