//! Currencies in Chinese are named, not coded: a Chinese reader saw
//! "USD 5,000" and "≈ HKD 408.04" where Chinese writes 5,000 美元 and
//! 408.04 港元, and a picker of bare ISO codes.

use rust_decimal::Decimal;
use std::str::FromStr;
use waika_core::money::{Currency, Money};
use waika_texts::{currency_choice, currency_name, currency_word, format_money, Lang};

fn every_home_currency() -> Vec<Currency> {
    let more = Currency::MORE_HOME
        .iter()
        .map(|code| Currency::from_code(code).unwrap_or_else(|| panic!("{code} is not read")));
    Currency::HOME.into_iter().chain(more).collect()
}

#[test]
fn every_home_currency_has_a_chinese_name_and_none_is_used_twice() {
    let mut seen = std::collections::BTreeSet::new();
    for currency in every_home_currency() {
        let code = currency.code();
        let name =
            currency_name(Lang::Zh, code).unwrap_or_else(|| panic!("{code}: no Chinese name"));
        assert!(seen.insert(name), "{code}: the name {name} is given twice");
    }
}

#[test]
fn money_and_the_picker_read_as_each_language_writes_them() {
    let nbsp = '\u{a0}';
    let rows = [
        (
            Lang::Zh,
            "5000",
            Currency::Usd,
            format!("5,000.00{nbsp}美元"),
            "美元",
            "美元（USD）",
        ),
        (
            Lang::Zh,
            "408.04",
            Currency::Hkd,
            format!("408.04{nbsp}港元"),
            "港元",
            "港元（HKD）",
        ),
        (
            Lang::En,
            "5000",
            Currency::Usd,
            format!("USD{nbsp}5,000.00"),
            "USD",
            "USD",
        ),
        (
            Lang::Nb,
            "408.04",
            Currency::Hkd,
            format!("HKD{nbsp}408,04"),
            "HKD",
            "HKD",
        ),
    ];
    for (lang, amount, currency, money, word, choice) in rows {
        let typed = Money::new(Decimal::from_str(amount).unwrap(), currency);
        let input = format!("{lang:?} {amount} {}", currency.code());
        assert_eq!(format_money(lang, typed), money, "{input}");
        assert_eq!(currency_word(lang, currency), word, "{input}");
        assert_eq!(currency_choice(lang, currency), choice, "{input}");
    }
}
