//! The home-currency side of a quote: the estimate at the user's rate,
//! none without a rate, and the banks' own worked conversions.

mod common;

use common::{date, dec};
use waika_core::fees::{quote, QuoteContext};
use waika_core::money::{round_to_minor_unit, CnyRate, Currency};
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
