//! Payments a file holds that cannot be used are named as the file has
//! them, with a reason whose figures are right, so they can be found and
//! put right there.

mod common;

use common::{date, dec, ledger_of, today};
use waika_core::export::{export_json, import_json};
use waika_core::ledger::LedgerError;

/// Found when a student edited a refund in his export: "at most ¥0.00 can
/// be refunded" was said of an ¥88 payment, and a payment whose amount he
/// broke was only counted, not named.
#[test]
fn a_payment_left_out_of_a_file_is_told_as_the_file_has_it() {
    let mut ledger = ledger_of(&[("2024-06-01", "88")]);
    let taxi = ledger
        .add(date("2024-06-02"), dec("100"), "taxi", today())
        .unwrap();
    ledger
        .refund(taxi, date("2024-06-03"), dec("30"), today())
        .unwrap();
    ledger
        .refund(taxi, date("2024-06-04"), dec("20"), today())
        .unwrap();
    let good = export_json(&ledger, today());
    // (what, file, the reason set aside)
    let refunds = [
        (
            "one refund larger than the payment",
            good.replacen("\"30\"", "\"500\"", 1),
            LedgerError::RefundTooLarge { left: dec("100") },
        ),
        (
            "a second refund larger than what the first left",
            good.replacen("\"20\"", "\"80\"", 1),
            LedgerError::RefundTooLarge { left: dec("70") },
        ),
    ];
    for (what, text, reason) in refunds {
        let salvaged = import_json(&text, today()).unwrap();
        let reasons: Vec<LedgerError> = salvaged.set_aside.iter().map(|s| s.reason).collect();
        assert_eq!(reasons, vec![reason], "{what}");
    }

    let unreadable = [
        ("letters for the amount", "\"100\"", "\"abc\"", Some("abc")),
        ("a comma in the amount", "\"100\"", "\"12,5\"", Some("12,5")),
        ("a number, not text", "\"100\"", "100", None),
    ];
    for (what, from, to, amount) in unreadable {
        let salvaged = import_json(&good.replacen(from, to, 1), today()).unwrap();
        let told = salvaged
            .unreadable
            .first()
            .unwrap_or_else(|| panic!("{what}"));
        assert_eq!(told.date.as_deref(), Some("2024-06-02"), "{what}");
        assert_eq!(told.amount.as_deref(), amount, "{what}");
        assert_eq!(told.note.as_deref(), Some("taxi"), "{what}");
        assert_eq!(
            salvaged.ledger.payments.len(),
            1,
            "{what}: the other payment"
        );
    }
}
