//! Amounts in Chinese words, as the cashier card says them and as a field
//! reads them back.

use rust_decimal::Decimal;

#[test]
fn amounts_read_as_a_cashier_says_them_in_chinese() {
    use waika_texts::chinese_amount;
    let rows = [
        ("65", Some("六十五元")),
        ("6500", Some("六千五百元")),
        ("65.5", Some("六十五元五角")),
        ("65.05", Some("六十五元零五分")),
        ("10", Some("十元")),
        ("15", Some("十五元")),
        ("105", Some("一百零五元")),
        ("110", Some("一百一十元")),
        ("1005", Some("一千零五元")),
        ("1050", Some("一千零五十元")),
        ("10001", Some("一万零一元")),
        ("100000", Some("十万元")),
        ("35299", Some("三万五千二百九十九元")),
        // Found when a host mother read the card: cashiers say "两千".
        ("2000", Some("两千元")),
        ("2200", Some("两千二百元")),
        ("20000", Some("两万元")),
        ("22000", Some("两万两千元")),
        ("120000", Some("十二万元")),
        // Found when a student read 10.10 as "十元零一角" and 200 as "二百元".
        ("10000.5", Some("一万元五角")),
        ("120.5", Some("一百二十元五角")),
        ("10.1", Some("十元一角")),
        ("200", Some("两百元")),
        ("250", Some("两百五十元")),
        ("1200", Some("一千二百元")),
        ("20200", Some("两万零两百元")),
        ("125.5", Some("一百二十五元五角")),
        ("0.05", Some("五分")),
        ("0", Some("零元")),
        (
            "99999999.99",
            Some("九千九百九十九万九千九百九十九元九角九分"),
        ),
        ("100000000", None),
        ("-5", None),
    ];
    for (amount, expected) in rows {
        let amount = Decimal::from_str_exact(amount).unwrap();
        assert_eq!(chinese_amount(amount).as_deref(), expected, "{amount}");
    }
}

/// What the cashier's card writes in Chinese words, a field reads back as
/// the same amount: someone may type what they hear.
#[test]
fn amounts_in_chinese_words_read_back_as_the_same_amount() {
    use waika_core::amount::{parse_cny_amount, DecimalMark};
    use waika_texts::chinese_amount;
    let yuan = (1..=2_100)
        .chain((10_000..=10_120).step_by(7))
        .chain([35_299, 100_000, 1_000_001, 20_030_405, 99_999_999]);
    for whole in yuan {
        for fen in [0, 5, 50, 55] {
            let amount = Decimal::new(whole * 100 + fen, 2);
            let words = chinese_amount(amount).unwrap();
            assert_eq!(
                parse_cny_amount(&words, DecimalMark::Point),
                Ok(amount.normalize()),
                "{amount} written {words}"
            );
        }
    }
}
