//! The home-currency side of a quote: the estimate at the user's rate,
//! none without a rate, and the banks' own worked conversions.

mod common;

use common::{date, dec};
use waika_core::fees::{quote, QuoteContext};
use waika_core::money::{
    home_currency_of_region, region_of_tag, round_to_minor_unit, CnyRate, Currency,
};
use waika_core::promotions::NewUserAnswers;
use waika_core::rules::RULES_2024_04;

/// A payment on an ordinary day, by someone who answered no questions.
fn ctx() -> QuoteContext {
    QuoteContext {
        date: date("2024-06-01"),
        new_user: NewUserAnswers::default(),
    }
}

fn rate(currency: Currency, cny_per_unit: &str) -> Option<CnyRate> {
    Some(CnyRate::new(currency, dec(cny_per_unit)).unwrap())
}

#[test]
fn without_a_rate_the_yuan_figures_stand_and_no_home_total_is_made_up() {
    // (amount, markup %, fee, total in yuan)
    let rows = [
        ("3000", "1", "90.00", "3120.90"),
        ("88", "0", "0.00", "88.00"),
    ];
    for (amount, markup, fee, total) in rows {
        let result = quote(&RULES_2024_04, dec(amount), dec(markup), None, ctx());
        assert_eq!(result.fee.amount(), dec(fee), "fee of {amount}");
        assert_eq!(result.total_cny.amount(), dec(total), "total of {amount}");
        assert_eq!(result.home_total, None, "{amount} with no rate");
        assert_eq!(result.home_total_if_lapsed, None, "{amount} with no rate");
    }
}

#[test]
fn home_totals_use_the_rate_the_user_sees() {
    // (amount, markup %, currency, yuan per unit, home total)
    let rows: &[(&str, &str, Currency, &str, &str)] = &[
        ("1000", "0", Currency::Nok, "0.70", "1471.43"),
        ("1000", "1.99", Currency::Nok, "0.70", "1500.71"),
        // ¥8,929.22 shown (8,929.2245 before rounding): converted as shown,
        // as the tracker converts it, not from the unrounded yuan.
        ("8500", "1.99", Currency::Nok, "0.70", "12756.03"),
        ("201", "0", Currency::Usd, "7.10", "29.16"),
        ("100", "0", Currency::Eur, "8.25", "12.12"),
        ("100", "0", Currency::Gbp, "9.35", "10.70"),
        ("100", "0", Currency::Hkd, "0.91", "109.89"),
    ];
    for (amount, markup, currency, per_unit, expected) in rows {
        let result = quote(
            &RULES_2024_04,
            dec(amount),
            dec(markup),
            rate(*currency, per_unit),
            ctx(),
        );
        assert_eq!(
            result.home_total.unwrap().amount(),
            dec(expected),
            "{amount} CNY at {markup}% in {} at {per_unit}",
            currency.code()
        );
        assert_eq!(result.home_total.unwrap().currency(), *currency, "{amount}");
    }
}

#[test]
fn bank_worked_examples_convert_as_the_banks_printed() {
    // Rates in the banks' examples are home currency per EUR; the conversion
    // step is the same multiplication the app does with yuan.
    let rows: &[(&str, &str, &str)] = &[
        ("500", "12.045930", "6022.97"),
        ("700", "11.4781", "8034.67"),
    ];
    for (euros, nok_per_eur, expected) in rows {
        let nok = round_to_minor_unit(dec(euros) * dec(nok_per_eur));
        assert_eq!(nok, dec(expected), "EUR {euros} at {nok_per_eur}");
    }
}

#[test]
fn more_home_currencies_are_known_by_code_and_counted_in_their_own_units() {
    // (typed code, code read, yuan, yuan per unit, home total)
    let rows = [
        ("KRW", "KRW", "1000", "0.005263", "190006"),
        ("krw ", "KRW", "18", "0.005263", "3420"),
        ("JPY", "JPY", "240", "0.0475", "5053"),
        ("NGN", "NGN", "240", "0.0046", "52173.91"),
        ("CLP", "CLP", "100", "0.0076", "13158"),
        ("NOK", "NOK", "100", "0.68", "147.06"),
    ];
    for (typed, code, yuan, per_unit, expected) in rows {
        let currency = Currency::from_code(typed).unwrap_or_else(|| panic!("{typed:?}"));
        assert_eq!(currency.code(), code, "{typed:?}");
        let home = rate(currency, per_unit).unwrap().from_cny(dec(yuan));
        assert_eq!(
            home.amount(),
            dec(expected),
            "{yuan} CNY in {typed} at {per_unit}"
        );
    }
    for unknown in ["XYZ", "KR", "", "CNYY", "KRW1"] {
        assert_eq!(Currency::from_code(unknown), None, "{unknown:?}");
    }
}

#[test]
fn the_list_of_more_home_currencies_holds_iso_codes_once() {
    let known: Vec<&str> = std::iter::once(Currency::Cny)
        .chain(Currency::HOME)
        .map(Currency::code)
        .collect();
    for (at, code) in Currency::MORE_HOME.iter().enumerate() {
        assert!(
            code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
            "{code:?}"
        );
        assert!(!known.contains(code), "{code} is offered twice");
        assert!(
            at == 0 || Currency::MORE_HOME[at - 1] < *code,
            "{code} out of alphabetical order"
        );
    }
}

#[test]
fn stored_currencies_read_back_and_the_old_form_is_unchanged() {
    // (stored text, currency read)
    let rows = [
        (r#""Nok""#, Some("NOK")),
        (r#""Usd""#, Some("USD")),
        (r#"{"Other":"KRW"}"#, Some("KRW")),
        (r#"{"Other":"XYZ"}"#, None),
        (r#"{"Other":"krw"}"#, None),
        (r#""KRW""#, None),
    ];
    for (stored, expected) in rows {
        let read: Option<Currency> = serde_json::from_str(stored).ok();
        assert_eq!(read.map(Currency::code), expected, "{stored}");
        if let Some(currency) = read {
            assert_eq!(
                serde_json::to_string(&currency).unwrap(),
                stored,
                "{stored}"
            );
        }
    }
}

#[test]
fn a_browser_region_suggests_its_home_currency() {
    // (the browser's language tag, the home currency it suggests)
    let rows = [
        ("zh-MY", Some("MYR")),
        ("zh-SG", Some("SGD")),
        ("zh-Hant-TW", Some("TWD")),
        ("zh-HK", Some("HKD")),
        ("en-IN", Some("INR")),
        ("en-US", Some("USD")),
        ("en-GB", Some("GBP")),
        ("nb-NO", Some("NOK")),
        ("de-DE", Some("EUR")),
        ("pt-BR", Some("BRL")),
        ("en_au", Some("AUD")),
        ("fr-SN", Some("XOF")),
        ("en-NG", Some("NGN")),
        ("ko-KR", Some("KRW")),
        ("ja-JP", Some("JPY")),
        ("zh-MO", Some("MOP")),
        ("sv-SE", Some("SEK")),
        // A phone set to Chinese says nothing of where its owner is from.
        ("zh-CN", None),
        ("zh", None),
        ("en", None),
        ("en-001", None),
        ("xx-ZZ", None),
    ];
    for (tag, expected) in rows {
        let found = region_of_tag(tag).and_then(home_currency_of_region);
        assert_eq!(found.map(|c| c.code()), expected, "{tag}");
    }
}
