//! Fills the rule placeholders of guide texts ({free}, {single}, ...) from
//! the rule set in force, so the prose never carries its own figures.

use rust_decimal::Decimal;
use waika_core::date::Date;
use waika_core::money::{Currency, Money};
use waika_core::promotions::SMALL_PAYMENTS;
use waika_core::rules::{Limit, RuleSet, SourceId, Sourced, MIN_APP_VERSIONS};
use waika_texts::{
    fill, format_long_date, format_number, format_percent, format_whole_money, format_whole_yuan,
    format_yuan_figure, source_title, Lang,
};

/// Today's date in China, where the rules and the limits' months are counted.
pub fn today_in_china() -> Date {
    Date::in_china_at_unix_millis(crate::browser::now_unix_millis())
}

/// A limit as the language writes it.
pub fn limit_text(lang: Lang, limit: Limit) -> String {
    match limit {
        Limit::Cny(yuan) => format_yuan_figure(lang, yuan),
        Limit::Usd(dollars) => format_whole_money(lang, Money::new(dollars, Currency::Usd)),
        Limit::NotPublished => lang.texts().limit_unpublished_short.to_string(),
    }
}

/// A figure of the rules, as named in a "last published" line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    FeeFree,
    FeePercent,
    Single,
    Monthly,
    Yearly,
    Cards,
    AppVersions,
}

/// When a source last stated each figure a block of text shows, and which
/// source. It is said once, in one short line under the block, so no
/// sentence and no number (least of all one the user typed) is
/// interrupted by it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Published(Vec<Stated>);

/// One figure: the year its newest source stated it, that source, and
/// whether the source only reported it second-hand.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Stated {
    figure: Figure,
    year: &'static str,
    newest: Option<SourceId>,
    reported: bool,
}

impl Published {
    /// Notes that the block shows `figure`, stated by `sourced`.
    pub fn add<T>(&mut self, figure: Figure, sourced: &Sourced<T>) {
        let newest = sourced.newest().map(|source| source.id);
        if !self.0.iter().any(|known| known.figure == figure) {
            self.0.push(Stated {
                figure,
                year: sourced.last_stated_year(),
                newest,
                reported: sourced.last_stated_in_a_report(),
            });
        }
    }

    /// Notes a limit, unless it is not published (which says so itself).
    pub fn add_limit(&mut self, figure: Figure, limit: &Sourced<Limit>) {
        if limit.value != Limit::NotPublished {
            self.add(figure, limit);
        }
    }

    /// "Figures as last published: 2023 (number of cards, in the official
    /// guide) · 2025 (fee, fee-free amount, in …)."; `None` when the block
    /// shows no figure.
    pub fn line(&self, lang: Lang) -> Option<String> {
        let texts = lang.texts();
        let (list_separator, name_separator) = match lang {
            Lang::Zh => ("；", "、"),
            Lang::En | Lang::Nb => (" · ", ", "),
        };
        let mut groups: Vec<(Stated, Vec<&'static str>)> = Vec::new();
        for stated in &self.0 {
            let name = figure_name(lang, stated.figure);
            let same = |known: &Stated| {
                (known.year, known.newest, known.reported)
                    == (stated.year, stated.newest, stated.reported)
            };
            match groups.iter_mut().find(|(known, _)| same(known)) {
                Some((_, names)) => names.push(name),
                // Oldest first, in the order given within a year: put in
                // its place as it comes (a few groups; no sort to download).
                None => {
                    let order = |known: &Stated| (known.year, known.reported);
                    let at = groups.partition_point(|(known, _)| order(known) <= order(stated));
                    groups.insert(at, (*stated, vec![name]));
                }
            }
        }
        if groups.is_empty() {
            return None;
        }
        let list: Vec<String> = groups
            .iter()
            .map(|(stated, names)| {
                let names = names.join(name_separator);
                let source = stated.newest.map_or("", |id| source_title(lang, id));
                let template = if stated.reported {
                    texts.published_reported
                } else {
                    texts.published_year
                };
                fill(
                    template,
                    &[("year", stated.year), ("names", &names), ("source", source)],
                )
            })
            .collect();
        Some(fill(
            texts.published_line,
            &[("list", &list.join(list_separator))],
        ))
    }
}

fn figure_name(lang: Lang, figure: Figure) -> &'static str {
    let texts = lang.texts();
    match figure {
        Figure::FeeFree => texts.figure_fee_free,
        Figure::FeePercent => texts.figure_fee_percent,
        Figure::Single => texts.figure_single,
        Figure::Monthly => texts.figure_monthly,
        Figure::Yearly => texts.figure_yearly,
        Figure::Cards => texts.figure_cards,
        Figure::AppVersions => texts.figure_app_versions,
    }
}

/// The figures of `rules` that `templates` name by their placeholders.
pub fn published_in(rules: &RuleSet, templates: &[&str]) -> Published {
    let mut published = Published::default();
    let uses = |key: &str| {
        templates
            .iter()
            .any(|text| text.contains(&format!("{{{key}}}")))
    };
    if uses("free") {
        published.add(Figure::FeeFree, &rules.fee_free_up_to_cny);
    }
    if uses("percent") {
        published.add(Figure::FeePercent, &rules.fee_percent);
    }
    if uses("single") {
        published.add_limit(Figure::Single, &rules.single_transaction_limit);
    }
    if uses("monthly") {
        published.add_limit(Figure::Monthly, &rules.monthly_limit);
    }
    if uses("yearly") {
        published.add_limit(Figure::Yearly, &rules.yearly_limit);
    }
    if uses("cards") {
        published.add(Figure::Cards, &rules.max_bound_cards);
    }
    if uses("android") || uses("ios") || uses("google_play") {
        published.add(Figure::AppVersions, &MIN_APP_VERSIONS);
    }
    published
}

/// Every rule placeholder with its value under `rules`, in `lang`. When
/// each was last stated goes in a line of its own ([`published_in`]).
pub fn rule_values(lang: Lang, rules: &RuleSet) -> Vec<(&'static str, String)> {
    let versions = MIN_APP_VERSIONS.value;
    vec![
        (
            "free",
            format_yuan_figure(lang, rules.fee_free_up_to_cny.value),
        ),
        // The last day a source confirmed the fee-free amount for.
        (
            "free_until",
            format_long_date(lang, SMALL_PAYMENTS.confirmed_until),
        ),
        ("percent", format_percent(lang, rules.fee_percent.value)),
        (
            "single",
            limit_text(lang, rules.single_transaction_limit.value),
        ),
        // The per-payment limit beside the yuan people pay in.
        (
            "single_cny",
            waika_core::limits::example_in_cny(rules.single_transaction_limit.value).map_or_else(
                || limit_text(lang, rules.single_transaction_limit.value),
                |yuan| format_whole_yuan(lang, yuan),
            ),
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
