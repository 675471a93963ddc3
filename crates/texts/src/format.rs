//! Numbers, money, percentages, errors and sources as each language
//! writes them, and placeholders filled into texts.

use crate::Lang;
use rust_decimal::Decimal;
use waika_core::amount::AmountError;
use waika_core::money::{Currency, Money};
use waika_core::rules::{IssuerName, SourceId};

/// A text that depends on a count: `one` for exactly one, `other` for
/// every other count. Chinese has no plural and gives the same text twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The text for `count`, with `{count}` filled in.
    pub fn count(&self, count: usize) -> String {
        let template = if count == 1 { self.one } else { self.other };
        fill(template, &[("count", &count.to_string())])
    }
}

/// Replaces each `{name}` in `template` by its value. Unknown placeholders
/// stay as they are, so a mistake shows instead of vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// `template` cut at its placeholder `{name}`, for a view that puts a link
/// there: the text before it and the text after it. Without the
/// placeholder, all of the template comes before.
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    template
        .split_once(&format!("{{{name}}}"))
        .unwrap_or((template, ""))
}

/// Yuan per unit as a rate is shown: a rate worked out from one typed the
/// other way round has ten decimals; four say enough, six for the won's or
/// the dong's, and never fewer than two.
pub fn format_rate(lang: Lang, cny_per_unit: Decimal) -> String {
    let places = if cny_per_unit < Decimal::new(1, 2) {
        6
    } else {
        4
    };
    let rounded = cny_per_unit.round_dp(places).normalize();
    format_number(lang, rounded, 2.max(rounded.scale()))
}

/// `template` (`yuan_in_units` or the CSV's) filled with how many units of
/// `code` make one yuan, as banks in India or Korea quote it ("11.80"), for
/// a currency worth less than a yuan; empty for one worth a yuan or more.
pub fn yuan_in_units(template: &str, lang: Lang, code: &str, cny_per_unit: Decimal) -> String {
    if cny_per_unit <= Decimal::ZERO || cny_per_unit >= Decimal::ONE {
        return String::new();
    }
    Decimal::ONE
        .checked_div(cny_per_unit)
        .map(|units| {
            let units = format_number(lang, units, 2);
            crate::fill(template, &[("rate", &units), ("code", code)])
        })
        .unwrap_or_default()
}

/// Formats a number with exactly `decimals` decimals, grouped in thousands
/// the way the language writes them: "1,234.50" (zh, en), "1 234,50" (nb).
/// Rounds by the app's one rounding policy when the value has more decimals.
pub fn format_number(lang: Lang, value: Decimal, decimals: u32) -> String {
    let rounded = value.round_dp_with_strategy(
        decimals,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    );
    let text = rounded.abs().to_string();
    let (integer, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (group, point) = match lang {
        Lang::Zh | Lang::En => (",", "."),
        // Norwegian groups with a non-breaking space so numbers never wrap.
        Lang::Nb => ("\u{a0}", ","),
    };
    let mut grouped = String::new();
    for (index, digit) in integer.chars().enumerate() {
        if index > 0 && (integer.len() - index) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(digit);
    }
    let mut fraction = fraction.to_string();
    while fraction.len() < decimals as usize {
        fraction.push('0');
    }
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{fraction}")
    }
}

/// Yuan as the language writes them (see [`format_money`]).
pub fn format_yuan(lang: Lang, yuan: Decimal) -> String {
    format_money(lang, Money::cny(yuan))
}

/// Whole yuan, rounded, for a figure in running text: "¥35,500",
/// "¥ 35 500".
pub fn format_whole_yuan(lang: Lang, yuan: Decimal) -> String {
    format_whole_money(lang, Money::cny(yuan))
}

/// Whole units of money, rounded, for a rule's figure: "USD 5,000",
/// "5,000 美元", "USD 5 000".
pub fn format_whole_money(lang: Lang, money: Money) -> String {
    with_currency(
        lang,
        money.currency(),
        format_number(lang, money.amount(), 0),
    )
}

/// A rule's figure in running text: whole yuan when it is whole ("¥200",
/// "¥ 1 000"), with its fen otherwise. Amounts paid keep two decimals.
pub fn format_yuan_figure(lang: Lang, yuan: Decimal) -> String {
    if yuan.fract().is_zero() {
        format_whole_yuan(lang, yuan)
    } else {
        format_yuan(lang, yuan)
    }
}

/// Formats money with the currency's decimals (two, none for the won or the
/// yen) and the currency as the language shows it:
/// "¥1,234.50" / "NOK 296.42" in en, "296.42 挪威克朗" in zh, "¥ 1 234,50" /
/// "296,42 kr" in nb.
pub fn format_money(lang: Lang, money: Money) -> String {
    let number = format_number(lang, money.amount(), money.currency().decimals());
    with_currency(lang, money.currency(), number)
}

/// `number` with `currency` where the language puts it.
fn with_currency(lang: Lang, currency: Currency, number: String) -> String {
    match (lang, currency) {
        (Lang::Nb, Currency::Cny) => format!("¥\u{a0}{number}"),
        (Lang::Nb, Currency::Nok) => format!("{number}\u{a0}kr"),
        (_, Currency::Cny) => format!("¥{number}"),
        (Lang::Zh, currency) => format!("{number}\u{a0}{}", crate::currency_word(lang, currency)),
        (_, currency) => format!("{}\u{a0}{number}", currency.code()),
    }
}

/// Formats a percentage with as many decimals as it has (at most two):
/// "3%", "1.99%" in zh and en; "3 %", "1,99 %" in nb.
pub fn format_percent(lang: Lang, percent: Decimal) -> String {
    let value = percent
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let number = format_number(lang, value, value.scale());
    match lang {
        Lang::Nb => format!("{number}\u{a0}%"),
        Lang::Zh | Lang::En => format!("{number}%"),
    }
}

/// A sentence saying why a typed number could not be read.
pub fn amount_error_message(lang: Lang, error: AmountError) -> String {
    let texts = lang.texts();
    match error {
        AmountError::Empty => texts.error_empty.to_string(),
        AmountError::NotANumber => texts.error_not_a_number.to_string(),
        AmountError::Negative => texts.error_negative.to_string(),
        AmountError::Zero => texts.error_zero.to_string(),
        AmountError::TooManyDecimals { max } => {
            fill(texts.error_too_many_decimals, &[("max", &max.to_string())])
        }
        AmountError::TooLarge { max } => fill(
            texts.error_too_large,
            &[("max", &format_number(lang, max, 0))],
        ),
        AmountError::OtherCurrency => texts.error_other_currency.to_string(),
        AmountError::SeveralAmounts => texts.error_several_amounts.to_string(),
    }
}

/// The title of a source in the user's language.
pub fn source_title(lang: Lang, source: SourceId) -> &'static str {
    let texts = lang.texts();
    match source {
        SourceId::OfficialGuide => texts.source_official_guide,
        SourceId::TencentPress2023 => texts.source_tencent_press_2023,
        SourceId::TencentFaq2023 => texts.source_tencent_faq_2023,
        SourceId::PbocAnnouncement2024 => texts.source_pboc_2024,
        SourceId::TencentPress2024 => texts.source_tencent_press_2024,
        SourceId::Mofcom2024 => texts.source_mofcom_2024,
        SourceId::ChinaServicesInfo2025 => texts.source_china_services_info_2025,
        SourceId::TencentRelease2024 => texts.source_tencent_release_2024,
        SourceId::TencentRelease2025 => texts.source_tencent_release_2025,
        SourceId::TencentTravelGuide2025 => texts.source_tencent_travel_guide_2025,
        SourceId::Mofcom2025 => texts.source_mofcom_2025,
        SourceId::Mofcom2026 => texts.source_mofcom_2026,
        SourceId::TencentNews2026 => texts.source_tencent_news_2026,
        SourceId::ItHome2026 => texts.source_it_home_2026,
        SourceId::BusinessTimes2025 => texts.source_business_times_2025,
        SourceId::WeChatPayHkNews2025 => texts.source_wechat_pay_hk_news_2025,
        SourceId::BeijingMetro2024 => texts.source_beijing_metro_2024,
        SourceId::ShanghaiMetro2025 => texts.source_shanghai_metro_2025,
        SourceId::GuangzhouMetro2025 => texts.source_guangzhou_metro_2025,
        SourceId::UnionPayLaunch2024 => texts.source_unionpay_launch_2024,
        SourceId::Wallets2026 => texts.source_wallets_2026,
        SourceId::NorwegianArticle => texts.source_norwegian_article,
        SourceId::Mofcom2025Trains => texts.source_mofcom_2025_trains,
        SourceId::PayScoreCommunity2024 => texts.source_pay_score_community_2024,
        SourceId::TravelGuides2026 => texts.source_travel_guides_2026,
        SourceId::NewUserWaiver2025 => texts.source_new_user_waiver_2025,
    }
}

/// The name of a card issuer in the user's language.
pub fn issuer_name(lang: Lang, issuer: IssuerName) -> &'static str {
    match issuer {
        IssuerName::Brand(name) => name,
        IssuerName::TypicalUsCard => lang.texts().issuer_typical_us_card,
        IssuerName::ZeroMarkupTravelCard => lang.texts().issuer_zero_markup_card,
    }
}

/// A Chinese sentence cut after each of its punctuation marks (，。？！；：),
/// the marks kept: shown large, one clause to a line reads at arm's length
/// where a line broken inside a word ("付款/码") does not.
pub fn chinese_clauses(sentence: &str) -> Vec<&str> {
    let mut clauses = Vec::new();
    let mut start = 0;
    for (index, mark) in sentence.char_indices() {
        if "，。？！；：".contains(mark) {
            let end = index + mark.len_utf8();
            clauses.push(&sentence[start..end]);
            start = end;
        }
    }
    if start < sentence.len() {
        clauses.push(&sentence[start..]);
    }
    clauses
}
