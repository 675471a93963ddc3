//! A rate is said the way the user's bank says it too: for a currency
//! worth less than a yuan, how many of its units make one yuan.

use rust_decimal::Decimal;
use std::str::FromStr;
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_rate, yuan_in_units, Lang};

#[test]
fn a_currency_worth_less_than_a_yuan_is_also_given_per_yuan() {
    // (language, code, yuan per unit, "1 {code} = {rate} yuan" read back, the other way)
    let rows = [
        (
            Lang::En,
            "INR",
            "0.0847457627",
            "0.0847",
            " (1 yuan = 11.80 INR)",
        ),
        (Lang::Nb, "NOK", "0.65", "0,65", " (1 yuan = 1,54 NOK)"),
        (
            Lang::Zh,
            "越南盾",
            "0.00028",
            "0.00028",
            "（即 1 元 = 3,571.43 越南盾）",
        ),
        (Lang::En, "USD", "7.10", "7.10", ""),
        (Lang::En, "GBP", "1", "1.00", ""),
        (Lang::En, "XXX", "0", "0.00", ""),
    ];
    for (lang, code, rate, shown, other_way) in rows {
        let case = format!("{lang:?} 1 {code} = {rate} CNY");
        let rate = Decimal::from_str(rate).expect(&case);
        assert_eq!(format_rate(lang, rate), shown, "{case}");
        let got = yuan_in_units(lang.texts().yuan_in_units, lang, code, rate);
        assert_eq!(got, other_way, "{case}");
    }
}

#[test]
fn the_csv_gives_the_rupee_rate_as_an_indian_bank_writes_it() {
    let texts = tracker(Lang::En);
    let rate = Decimal::ONE / Decimal::from_str("11.8").unwrap();
    let other_way = yuan_in_units(texts.csv_yuan_in_units, Lang::En, "INR", rate);
    let values = [
        ("code", "INR"),
        ("rate", &format_rate(Lang::En, rate)),
        ("other_way", &other_way),
    ];
    let column = fill(texts.csv_header[9], &values);
    assert_eq!(
        column,
        "Estimated total (INR, at 1 INR = 0.0847 CNY; 1 CNY = 11.80 INR)"
    );
}
