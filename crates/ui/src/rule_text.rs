//! Fills the rule placeholders of guide texts ({free}, {single}, ...) from
//! the rule set in force, so the prose never carries its own figures.

use rust_decimal::Decimal;
use waika_core::date::Date;
use waika_core::money::Money;
use waika_core::rules::{rule_set_in_force, Limit, RuleSet, Sourced, MIN_APP_VERSIONS, RULE_SETS};
use waika_texts::{fill, format_money, format_number, format_percent, source_title, Lang};

/// Today's date in China, where the rules and the limits' months are counted.
pub fn today_in_china() -> Date {
    Date::in_china_at_unix_millis(crate::browser::now_unix_millis())
}

/// The rule set in force today in China.
pub fn rules_today() -> &'static RuleSet {
    rule_set_in_force(today_in_china()).unwrap_or(&RULE_SETS[RULE_SETS.len() - 1])
}

/// A limit as the language writes it.
pub fn limit_text(lang: Lang, limit: Limit) -> String {
    match limit {
        Limit::Cny(yuan) => format_money(lang, Money::cny(yuan)),
        Limit::Usd(dollars) => format!("USD\u{a0}{}", format_number(lang, dollars, 0)),
        Limit::NotPublished => lang.texts().limit_unpublished_short.to_string(),
    }
}

/// A figure with the year a source last stated it, or the source that
/// reports it when only a secondary source does.
pub fn stated<T>(lang: Lang, value: String, sourced: &Sourced<T>) -> String {
    let texts = lang.texts();
    match sourced.sources.first() {
        Some(source) if sourced.only_reported() => fill(
            texts.reported_by,
            &[("value", &value), ("source", source_title(lang, source.id))],
        ),
        _ => fill(
            texts.as_stated_in,
            &[("value", &value), ("year", sourced.last_stated_year())],
        ),
    }
}

/// Every rule placeholder with its value under `rules`, in `lang`, each
/// figure with the year a source last stated it.
pub fn rule_values(lang: Lang, rules: &RuleSet) -> Vec<(&'static str, String)> {
    let versions = MIN_APP_VERSIONS.value;
    let version = |text: &str| stated(lang, text.to_string(), &MIN_APP_VERSIONS);
    vec![
        (
            "free",
            stated(
                lang,
                format_money(lang, Money::cny(rules.fee_free_up_to_cny.value)),
                &rules.fee_free_up_to_cny,
            ),
        ),
        (
            "percent",
            stated(
                lang,
                format_percent(lang, rules.fee_percent.value),
                &rules.fee_percent,
            ),
        ),
        (
            "single",
            limit_stated(lang, &rules.single_transaction_limit),
        ),
        ("monthly", limit_stated(lang, &rules.monthly_limit)),
        ("yearly", limit_stated(lang, &rules.yearly_limit)),
        (
            "cards",
            stated(
                lang,
                format_number(lang, Decimal::from(rules.max_bound_cards.value), 0),
                &rules.max_bound_cards,
            ),
        ),
        ("rules", rules.id.to_string()),
        ("android", version(versions.android)),
        ("ios", version(versions.ios)),
        ("google_play", version(versions.google_play)),
    ]
}

/// A limit with the year it was last stated; "not published" stays bare.
pub fn limit_stated(lang: Lang, limit: &Sourced<Limit>) -> String {
    match limit.value {
        Limit::NotPublished => limit_text(lang, limit.value),
        value => stated(lang, limit_text(lang, value), limit),
    }
}

/// `text` with its rule placeholders filled.
pub fn with_rules(text: &str, values: &[(&'static str, String)]) -> String {
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    fill(text, &pairs)
}
