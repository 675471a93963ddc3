//! Home-currency rates as people type them: turned round when they look
//! the wrong way round, questioned when far off the example.

mod common;

use common::dec;

/// A bank shows kroner per yuan (1.42) or per 100 yuan (142.50) where the
/// field asks for yuan per krone: far off the usual rate, the turned-round
/// reading is offered; near it, or with no sensible reading, nothing is.
#[test]
fn a_rate_typed_the_other_way_round_is_turned_around() {
    use waika_core::money::Currency::{self, *};
    use waika_core::rules::rate_turned_around;
    let rows: &[(Currency, &str, Option<&str>)] = &[
        (Nok, "1.42", Some("0.7042")),
        (Nok, "142.50", Some("0.7018")),
        (Nok, "0.70", None),
        (Nok, "0.5", None),
        (Nok, "1000", None),
        (Usd, "0.14", Some("7.1429")),
        (Usd, "14.08", Some("7.1023")),
        (Usd, "7.2", None),
        (Eur, "0.12", Some("8.3333")),
        // Near one either way round: nothing can tell, nothing is offered.
        (Hkd, "1.10", None),
        // Yuan per 100 units, as Chinese banks' boards show them.
        (Hkd, "91", Some("0.91")),
        (Usd, "710", Some("7.1")),
        (Nok, "70", Some("0.7")),
        // Without an example: a won or a yen is worth far less than a yuan.
        (
            Currency::from_code("KRW").unwrap(),
            "190",
            Some("0.0052631579"),
        ),
        (
            Currency::from_code("JPY").unwrap(),
            "21",
            Some("0.0476190476"),
        ),
        (Currency::from_code("KRW").unwrap(), "0.0053", None),
        // A franc may be worth more than a yuan: nothing is offered.
        (Currency::from_code("CHF").unwrap(), "8.9", None),
        (Currency::from_code("CHF").unwrap(), "0.11", None),
        // More yuan than any currency is worth, without an example: naira
        // for one yuan, or yuan for 100 Singapore dollars on a Chinese
        // bank's board. Nothing tells which, so no reading is offered as
        // the one meant (the field asks; see `usable_rate`).
        (Currency::from_code("NGN").unwrap(), "205", None),
        (Currency::from_code("SGD").unwrap(), "542", None),
    ];
    for (currency, typed, expected) in rows {
        assert_eq!(
            rate_turned_around(*currency, dec(typed)),
            expected.map(dec),
            "{currency:?} {typed}"
        );
    }
}

#[test]
fn a_rate_far_off_the_example_is_questioned_and_a_plain_number_is_told_apart() {
    use waika_core::amount::rate_is_plain_number;
    use waika_core::money::Currency::{self, *};
    use waika_core::rules::rate_far_from_example;
    let far: &[(Currency, &str, bool)] = &[
        // The Hong Kong dollar's rate to the US dollar, typed for the yuan.
        (Hkd, "7.8", true),
        (Hkd, "0.92", false),
        (Nok, "1.1", false),
        (Nok, "1.2", true),
        // Without an example nothing can be judged.
        (Currency::from_code("MYR").unwrap(), "0.61", false),
    ];
    for (currency, typed, expected) in far {
        assert_eq!(
            rate_far_from_example(*currency, dec(typed)),
            *expected,
            "{currency:?} {typed}"
        );
    }
    for (typed, plain) in [
        ("0.61", true),
        ("0,61", true),
        ("１.６３", true),
        ("RM0.61", false),
        ("1 MYR = 1.63", false),
        ("1:1.63", false),
        ("1.63元", false),
    ] {
        assert_eq!(rate_is_plain_number(typed), plain, "{typed:?}");
    }
}

#[test]
fn no_estimate_is_made_from_a_rate_no_currency_could_have() {
    use waika_core::money::Currency::{self, *};
    use waika_core::rules::usable_rate;
    // (currency, yuan per unit typed, whether the estimates use it)
    let rows: &[(Currency, &str, bool)] = &[
        (Currency::from_code("NGN").unwrap(), "205", false),
        (Currency::from_code("NGN").unwrap(), "0.0049", true),
        (Currency::from_code("CHF").unwrap(), "8.9", true),
        (Currency::from_code("CHF").unwrap(), "30", true),
        (Currency::from_code("CHF").unwrap(), "30.01", false),
        (Nok, "145", false),
        (Nok, "0.7", true),
        (Nok, "0", false),
    ];
    for (currency, typed, used) in rows {
        assert_eq!(
            usable_rate(*currency, dec(typed)).is_some(),
            *used,
            "{currency:?} {typed}"
        );
    }
}
