//! Fills the rule placeholders of guide texts ({free}, {single}, ...) from
//! the rule set in force, so the prose never carries its own figures.

use crate::core::date::Date;
use crate::core::money::Money;
use crate::core::rules::{rule_set_in_force, Limit, RuleSet, MIN_APP_VERSIONS, RULE_SETS};
use crate::i18n::{fill, format_money, format_number, format_percent, Lang};
use rust_decimal::Decimal;

/// Today's date in China, where the rules and the limits' months are counted.
pub fn today_in_china() -> Date {
    Date::in_china_at_unix_millis(js_sys::Date::now() as i64)
}

/// The rule set in force today in China.
pub fn rules_today() -> &'static RuleSet {
    rule_set_in_force(today_in_china()).unwrap_or(&RULE_SETS[RULE_SETS.len() - 1])
}

fn limit_text(lang: Lang, limit: Limit) -> String {
    match limit {
        Limit::Cny(yuan) => format_money(lang, Money::cny(yuan)),
        Limit::Usd(dollars) => format!("USD\u{a0}{}", format_number(lang, dollars, 0)),
        Limit::NotPublished => lang.texts().limit_unpublished_short.to_string(),
    }
}

/// Every rule placeholder with its value under `rules`, in `lang`.
pub fn rule_values(lang: Lang, rules: &RuleSet) -> Vec<(&'static str, String)> {
    let versions = MIN_APP_VERSIONS.value;
    vec![
        (
            "free",
            format_money(lang, Money::cny(rules.fee_free_up_to_cny.value)),
        ),
        ("percent", format_percent(lang, rules.fee_percent.value)),
        (
            "single",
            limit_text(lang, rules.single_transaction_limit.value),
        ),
        ("monthly", limit_text(lang, rules.monthly_limit.value)),
        ("yearly", limit_text(lang, rules.yearly_limit.value)),
        (
            "cards",
            format_number(lang, Decimal::from(rules.max_bound_cards.value), 0),
        ),
        ("rules", rules.id.to_string()),
        ("android", versions.android.to_string()),
        ("ios", versions.ios.to_string()),
        ("google_play", versions.google_play.to_string()),
    ]
}

/// `text` with its rule placeholders filled.
pub fn with_rules(text: &str, values: &[(&'static str, String)]) -> String {
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    fill(text, &pairs)
}
