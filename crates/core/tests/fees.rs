//! Rule sets, fee quotes and the single-transaction limit.

use rust_decimal::Decimal;
use std::str::FromStr;
use waika_core::date::Date;
use waika_core::fees::{quote, QuoteContext};
use waika_core::limits::{check_single_transaction, could_be_one_payment, SingleLimitCheck};
use waika_core::money::{CnyRate, Currency};
use waika_core::promotions::NewUserAnswers;
use waika_core::rules::{
    example_rate, rate_turned_around, rule_set_by_id, rule_set_in_force, Limit, RuleSet,
    EXAMPLE_RATES, ISSUER_MARKUPS, RULES_2023_07, RULES_2024_04, RULES_2024_11, RULE_SETS,
};

/// A payment on an ordinary day, by someone who answered no questions.
fn ctx() -> QuoteContext {
    QuoteContext {
        date: Date::parse_iso("2024-06-01").unwrap(),
        new_user: NewUserAnswers::default(),
    }
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn rate(currency: Currency, cny_per_unit: &str) -> Option<CnyRate> {
    Some(CnyRate::new(currency, dec(cny_per_unit)).unwrap())
}

#[test]
fn the_rule_set_in_force_follows_the_date() {
    let rows: &[(&str, Option<&str>)] = &[
        ("2023-01-01", None),
        ("2023-07-19", None),
        ("2023-07-20", Some("2023-07")),
        ("2024-03-31", Some("2023-07")),
        ("2024-04-11", Some("2023-07")),
        ("2024-04-12", Some("2024-04")),
        ("2024-11-05", Some("2024-04")),
        ("2024-11-06", Some("2024-11")),
        ("2025-09-16", Some("2024-11")),
        ("2026-11-23", Some("2024-11")),
    ];
    for (day, expected) in rows {
        assert_eq!(
            rule_set_in_force(date(day)).map(|rules| rules.id),
            *expected,
            "rule set in force on {day}"
        );
    }
}

#[test]
fn rule_sets_carry_the_figures_of_the_rules() {
    let rows: &[(&RuleSet, &str, &str, Limit, Limit, Limit)] = &[
        (
            &RULES_2023_07,
            "200",
            "3",
            Limit::Cny(dec("6000")),
            Limit::Cny(dec("50000")),
            Limit::Cny(dec("60000")),
        ),
        (
            &RULES_2024_04,
            "200",
            "3",
            Limit::Usd(dec("5000")),
            Limit::NotPublished,
            Limit::Usd(dec("50000")),
        ),
        (
            &RULES_2024_11,
            "200",
            "3",
            Limit::Usd(dec("5000")),
            Limit::NotPublished,
            Limit::Usd(dec("50000")),
        ),
    ];
    for (rules, free, percent, single, monthly, yearly) in rows {
        let id = rules.id;
        assert_eq!(rules.fee_free_up_to_cny.value, dec(free), "{id} fee-free");
        assert_eq!(rules.fee_percent.value, dec(percent), "{id} fee percent");
        assert_eq!(rules.single_transaction_limit.value, *single, "{id} single");
        assert_eq!(rules.monthly_limit.value, *monthly, "{id} monthly");
        assert_eq!(rules.yearly_limit.value, *yearly, "{id} yearly");
        assert_eq!(rules.max_bound_cards.value, 3, "{id} cards");
        assert_eq!(rule_set_by_id(id), Some(*rules), "{id} by id");
    }
}

#[test]
fn every_rule_names_a_dated_source_and_rule_sets_are_in_order() {
    for rules in RULE_SETS {
        let sources = [
            ("announced_by", rules.announced_by),
            ("fee_free_up_to_cny", rules.fee_free_up_to_cny.sources),
            ("fee_percent", rules.fee_percent.sources),
            ("fee_refunded", rules.fee_refunded_in_proportion.sources),
            ("single", rules.single_transaction_limit.sources),
            ("monthly", rules.monthly_limit.sources),
            ("yearly", rules.yearly_limit.sources),
            ("cards", rules.max_bound_cards.sources),
            ("networks", rules.card_networks.sources),
        ];
        for (name, list) in sources {
            assert!(!list.is_empty(), "{} {name} has no source", rules.id);
            for source in list {
                assert!(
                    source.published.len() >= 4 && source.published.starts_with("20"),
                    "{} {name}: {:?} has no date",
                    rules.id,
                    source.id
                );
            }
        }
    }
    for pair in RULE_SETS.windows(2) {
        assert!(
            pair[0].effective_from < pair[1].effective_from,
            "{} must start before {}",
            pair[0].id,
            pair[1].id
        );
    }
}

#[test]
fn fee_quotes_follow_the_200_yuan_rule() {
    // (amount, fee, total charged) under 2023-07, no markup.
    let rows: &[(&str, &str, &str)] = &[
        ("0.01", "0.00", "0.01"),
        ("199.99", "0.00", "199.99"),
        ("200", "0.00", "200.00"),
        ("200.00", "0.00", "200.00"),
        // 3 % of 200.01 is 6.0003: rounded half away from zero to the fen.
        ("200.01", "6.00", "206.01"),
        ("200.17", "6.01", "206.18"),
        ("201", "6.03", "207.03"),
        ("250.50", "7.52", "258.02"),
        ("1000", "30.00", "1030.00"),
        ("6000", "180.00", "6180.00"),
    ];
    let no_home = rate(Currency::Usd, "7.1");
    for (amount, fee, charged) in rows {
        let result = quote(&RULES_2023_07, dec(amount), Decimal::ZERO, no_home, ctx());
        assert_eq!(result.fee.amount(), dec(fee), "fee of {amount}");
        assert_eq!(
            result.charged.amount(),
            dec(charged),
            "charged for {amount}"
        );
        assert_eq!(
            result.fee_waived,
            dec(amount) <= dec("200"),
            "fee waived for {amount}"
        );
        assert_eq!(result.rule_set_id, "2023-07", "rule set for {amount}");
    }
}

#[test]
fn the_markup_compounds_on_the_fee() {
    // (amount, markup %, markup in yuan, total in yuan, total cost %, total
    // when a promotion waives the fee)
    let rows: &[(&str, &str, &str, &str, &str, &str)] = &[
        ("1000", "3.25", "33.48", "1063.48", "6.35", "1032.50"),
        ("1000", "1.99", "20.50", "1050.50", "5.05", "1019.90"),
        ("1000", "0", "0.00", "1030.00", "3.00", "1000.00"),
        ("100", "2.30", "2.30", "102.30", "2.30", "102.30"),
        ("200", "1.75", "3.50", "203.50", "1.75", "203.50"),
    ];
    for (amount, markup, markup_cny, total, cost, without_fee) in rows {
        let result = quote(
            &RULES_2024_04,
            dec(amount),
            dec(markup),
            rate(Currency::Nok, "0.70"),
            ctx(),
        );
        let context = format!("{amount} CNY at {markup}%");
        assert_eq!(result.markup.amount(), dec(markup_cny), "markup, {context}");
        assert_eq!(result.total_cny.amount(), dec(total), "total, {context}");
        assert_eq!(result.total_cost_percent, dec(cost), "cost %, {context}");
        assert_eq!(
            result.total_without_fee().amount(),
            dec(without_fee),
            "without the fee, {context}"
        );
    }
}

#[test]
fn the_cliff_just_above_200_is_flagged() {
    let rows: &[(&str, bool)] = &[
        ("150", false),
        ("200", false),
        ("200.01", true),
        ("205", true),
        ("220", true),
        ("220.01", false),
        ("1000", false),
    ];
    for (amount, expected) in rows {
        let result = quote(
            &RULES_2024_04,
            dec(amount),
            Decimal::ZERO,
            rate(Currency::Usd, "7.1"),
            ctx(),
        );
        assert_eq!(result.just_above_fee_free, *expected, "cliff at {amount}");
    }
}

#[test]
fn single_transaction_limits_are_checked_under_each_rule_set() {
    // (rule set, amount, USD rate, expected: Ok(room) or Err(excess))
    let rows: &[(&RuleSet, &str, &str, Result<&str, &str>)] = &[
        (&RULES_2023_07, "6000", "7.1", Ok("0.00")),
        (&RULES_2023_07, "5999.99", "7.1", Ok("0.01")),
        (&RULES_2023_07, "6000.01", "7.1", Err("0.01")),
        (&RULES_2023_07, "10000", "7.1", Err("4000.00")),
        // 5,000 USD at 7.10 is 35,500 yuan.
        (&RULES_2024_04, "6000.01", "7.1", Ok("29499.99")),
        (&RULES_2024_04, "35500", "7.1", Ok("0.00")),
        (&RULES_2024_04, "35500.01", "7.1", Err("0.01")),
        (&RULES_2024_04, "35500.01", "7.2", Ok("499.99")),
    ];
    for (rules, amount, usd, expected) in rows {
        let check = check_single_transaction(rules, dec(amount), rate(Currency::Usd, usd).unwrap());
        let context = format!("{} with {amount} CNY at 1 USD = {usd}", rules.id);
        match (check, expected) {
            (SingleLimitCheck::Within { limit, room }, Ok(expected_room)) => {
                assert_eq!(room.amount(), dec(expected_room), "room, {context}");
                assert_eq!(
                    limit.estimated,
                    rules.id == "2024-04",
                    "estimated, {context}"
                );
            }
            (SingleLimitCheck::Over { excess, .. }, Err(expected_excess)) => {
                assert_eq!(excess.amount(), dec(expected_excess), "excess, {context}");
            }
            (other, _) => panic!("{context}: got {other:?}, expected {expected:?}"),
        }
    }
}

#[test]
fn a_reading_far_over_the_single_limit_is_no_payment() {
    // (rule set, amount): whether one payment could be that large. The
    // 2024-04 limit is 5,000 USD, about ¥35,500 at the example rate; a
    // tenth more allows for the day's rate.
    let rows: &[(&RuleSet, &str, bool)] = &[
        (&RULES_2023_07, "6000", true),
        (&RULES_2023_07, "6600", true),
        (&RULES_2023_07, "6600.01", false),
        (&RULES_2024_04, "1234", true),
        (&RULES_2024_04, "35500", true),
        (&RULES_2024_04, "39000", true),
        (&RULES_2024_04, "350505", false),
        (&RULES_2024_11, "350505", false),
    ];
    for (rules, amount, expected) in rows {
        assert_eq!(
            could_be_one_payment(rules, dec(amount)),
            *expected,
            "could_be_one_payment({}, {amount})",
            rules.id
        );
    }
}

#[test]
fn example_rates_and_markups_are_positive_and_complete() {
    // (currency, whether the app has an example rate for it): the others
    // need the user's own rate, and nothing is made up for them.
    let rows = [
        (Currency::Nok, true),
        (Currency::Usd, true),
        (Currency::Eur, true),
        (Currency::Gbp, true),
        (Currency::Hkd, true),
        (Currency::Sgd, false),
        (Currency::Myr, false),
        (Currency::Aud, false),
        (Currency::Cad, false),
        (Currency::Thb, false),
    ];
    assert_eq!(rows.map(|(currency, _)| currency), Currency::HOME);
    for (currency, has_example) in rows {
        let example = example_rate(currency);
        assert_eq!(example.is_some(), has_example, "{}", currency.code());
        assert!(
            example.is_none_or(|rate| rate > Decimal::ZERO),
            "{}",
            currency.code()
        );
        // Typed the other way round, a rate is caught only against an example.
        // Yuan per 100 units, as Chinese banks' boards show it.
        let per_hundred = example.map_or(dec("542"), |rate| rate * Decimal::ONE_HUNDRED);
        assert_eq!(
            rate_turned_around(currency, per_hundred).is_some(),
            has_example,
            "{}",
            currency.code()
        );
    }
    assert_eq!(EXAMPLE_RATES.len(), 5);
    assert!(
        ISSUER_MARKUPS.iter().any(|m| m.percent.is_zero()),
        "a 0 % travel card preset"
    );
    for markup in ISSUER_MARKUPS {
        assert!(
            markup.percent >= Decimal::ZERO && markup.percent < dec("10"),
            "{} markup {}",
            markup.key,
            markup.percent
        );
        assert!(!markup.source.is_empty(), "{} has no source", markup.key);
    }
}

#[test]
fn dates_are_validated() {
    let rows: &[(&str, bool)] = &[
        ("2024-02-29", true),
        ("2023-02-29", false),
        ("2000-02-29", true),
        ("1900-02-29", false),
        ("2024-04-31", false),
        ("2024-13-01", false),
        ("2024-1-01", false),
        ("not a date", false),
        ("", false),
    ];
    for (text, valid) in rows {
        assert_eq!(Date::parse_iso(text).is_some(), *valid, "{text:?}");
    }
    assert_eq!(date("2024-04-15").to_string(), "2024-04-15");
}

#[test]
fn the_date_in_china_is_utc_plus_eight() {
    // (Unix milliseconds, date in China)
    let rows: &[(i64, &str)] = &[
        (0, "1970-01-01"),
        // 1970-01-01 16:00 UTC is already the 2nd in China.
        (16 * 3_600_000, "1970-01-02"),
        (16 * 3_600_000 - 1, "1970-01-01"),
        // 2024-02-28 16:00 UTC: 2024-02-29 00:00 in Beijing.
        (1_709_136_000_000, "2024-02-29"),
        (1_709_135_999_999, "2024-02-28"),
        // 2026-11-22 00:00 UTC.
        (1_795_305_600_000, "2026-11-22"),
        (-1, "1970-01-01"),
        (-8 * 3_600_000 - 1, "1969-12-31"),
    ];
    for (millis, expected) in rows {
        assert_eq!(
            Date::in_china_at_unix_millis(*millis).to_string(),
            *expected,
            "{millis} ms"
        );
    }
}
