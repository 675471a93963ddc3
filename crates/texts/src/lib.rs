//! The three languages of the app: choosing one, the typed catalogue of
//! texts, and formatting numbers and money the way each language writes them.
//!
//! Every text is a field of [`Texts`], and each language is one constant of
//! that type, so a text missing in one language is a compile error.

// A build for one language leaves the others' texts unused.
#![cfg_attr(
    any(feature = "only-zh", feature = "only-nb", feature = "only-en"),
    allow(dead_code)
)]

#[macro_use]
pub mod catalogue;
pub mod claims;
mod running_text;
pub use running_text::{chinese_amount, format_long_date};
pub mod eligibility;
mod en;
pub mod guide;
mod nb;
pub mod problems;
pub mod tracker;
mod zh;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use waika_core::amount::{AmountError, DecimalMark};
use waika_core::money::{Currency, Money};
use waika_core::rules::{IssuerName, SourceId};

/// A language of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Simplified Chinese, with the official terms of Weixin Pay's own guide.
    Zh,
    /// English, with the terms of the guide's English column.
    En,
    /// Norwegian bokmål.
    Nb,
}

impl Lang {
    /// What goes between two sentences or a word and a bracket: a space,
    /// but nothing in Chinese, whose full-width marks carry their own.
    pub const fn gap(self) -> &'static str {
        match self {
            Lang::Zh => "",
            Lang::En | Lang::Nb => " ",
        }
    }

    /// All languages in the order of the language switch.
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::En, Lang::Nb];

    /// The BCP 47 tag, for `<html lang>` and storage.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The folder of the app's addresses in this language: `zh/fees/`.
    pub const fn folder(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The language whose folder is `folder`.
    pub fn from_folder(folder: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.folder() == folder)
    }

    /// The language's name in itself, for the language switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Nb => "Norsk",
        }
    }

    /// Reads a language tag such as "nb-NO", "no", "zh-Hant-TW" or "en-GB";
    /// `None` for languages the app does not have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        PRIMARY_TAGS
            .iter()
            .find(|(known, _)| *known == primary)
            .map(|(_, lang)| *lang)
    }

    /// How the language writes the decimal mark, which decides how an
    /// ambiguous typed number ("1.234", "1,234") is read.
    pub const fn decimal_mark(self) -> DecimalMark {
        match self {
            Lang::Zh | Lang::En => DecimalMark::Point,
            Lang::Nb => DecimalMark::Comma,
        }
    }

    /// The catalogue of texts in this language.
    pub const fn texts(self) -> &'static Texts {
        match self {
            #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
            Lang::Zh => &zh::TEXTS,
            #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
            Lang::Nb => &nb::TEXTS,
            #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
            Lang::En => &en::TEXTS,
            #[cfg(any(feature = "only-zh", feature = "only-nb", feature = "only-en"))]
            _ => in_built_language!(&zh::TEXTS, &nb::TEXTS, &en::TEXTS),
        }
    }
}

/// The primary language subtags the app answers to (`nb` of `nb-NO`),
/// and the language each gets. Nynorsk readers understand bokmål far
/// better than English. The start page's script is given this table.
pub const PRIMARY_TAGS: [(&str, Lang); 5] = [
    ("zh", Lang::Zh),
    ("en", Lang::En),
    ("nb", Lang::Nb),
    ("no", Lang::Nb),
    ("nn", Lang::Nb),
];

/// The language a build for one language was made for (features
/// `only-zh`, `only-nb`, `only-en`); `None` when all three are built in.
pub const BUILT_LANGUAGE: Option<Lang> = if cfg!(feature = "only-zh") {
    Some(Lang::Zh)
} else if cfg!(feature = "only-nb") {
    Some(Lang::Nb)
} else if cfg!(feature = "only-en") {
    Some(Lang::En)
} else {
    None
};

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

/// Formats money with two decimals and the currency as the language shows it:
/// "¥1,234.50" / "NOK 296.42" in zh and en, "¥ 1 234,50" / "296,42 kr" in nb.
pub fn format_money(lang: Lang, money: Money) -> String {
    let number = format_number(lang, money.amount(), 2);
    match (lang, money.currency()) {
        (Lang::Nb, Currency::Cny) => format!("¥\u{a0}{number}"),
        (Lang::Nb, Currency::Nok) => format!("{number}\u{a0}kr"),
        (_, Currency::Cny) => format!("¥{number}"),
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

catalogue! {
    /// Every text of the app in one language. Placeholders in braces, e.g.
    /// `{amount}`, are filled by [`fill`]; each language must use the same ones.
    #[derive(Debug)]
    pub struct Texts {
        // The page around every view.
        app_name: &'static str,
        app_tagline: &'static str,
        skip_to_content: &'static str,
        language_switch_label: &'static str,
        privacy_note: &'static str,
        fraud_warning_title: &'static str,
        /// The warning in one line, folded open to the whole text.
        fraud_warning_short: &'static str,
        fraud_warning_body: &'static str,
        never_asks_note: &'static str,
        /// `{name}`, `{percent}`: a card in the list, with its markup.
        card_option: &'static str,
        /// `{fee}`, `{total}`, `{home}`: the result in one line under the amount.
        quote_line: &'static str,
        /// `{id}`, `{cap}`.
        waiver_not_covered_cap: &'static str,
        /// `{id}`, `{days}`.
        waiver_not_covered_window: &'static str,
        /// `{id}`, `{from}`.
        waiver_not_covered_before: &'static str,
        /// `{id}`, `{until}`.
        waiver_not_covered_after: &'static str,
        /// `{earliest}`, `{latest}`.
        new_user_date_error: &'static str,
        /// `{source}`, `{date}`: a source in a list.
        source_dated: &'static str,
        /// `{source}`, `{date}`: a secondary source in a list.
        source_reported: &'static str,
        new_user_title: &'static str,
        new_user_hint: &'static str,
        new_user_first_card: &'static str,
        answer_yes: &'static str,
        answer_no: &'static str,
        answer_not_sure: &'static str,
        new_user_first_link: &'static str,
        new_user_first_payment: &'static str,
        new_user_saved_full: &'static str,
        /// `{id}`.
        waiver_applied: &'static str,
        /// `{days}`, `{cap}`, `{until}`, `{from}`.
        waiver_reading_2026: &'static str,
        /// `{days}`, `{cap}`, `{from}`, `{until}`.
        waiver_reading_2025: &'static str,
        /// `{id}`.
        waiver_maybe_not_answered: &'static str,
        /// `{id}`.
        waiver_maybe_first_payment: &'static str,
        /// `{id}`.
        waiver_maybe_first_link: &'static str,
        /// `{id}`, `{until}`.
        waiver_maybe_past_end: &'static str,
        /// `{id}`, `{until}`: the two readings of the 2026 offer's deadline.
        waiver_maybe_link_reading: &'static str,
        /// `{cap}`.
        waiver_other_payments: &'static str,
        /// `{free}`, `{until}`, `{fee}`.
        small_waiver_unconfirmed: &'static str,
        stale_notice: &'static str,
        /// `{date}`, `{months}`: the rules' review, next to a fee or total.
        stale_reviewed_amount: &'static str,
        /// `{date}`, `{months}`: next to the checker's answer.
        stale_reviewed_verdict: &'static str,
        /// `{date}`, `{months}`: next to the tracker's totals and limits.
        stale_reviewed_totals: &'static str,
        /// `{date}`, `{months}`: next to the order of the steps.
        stale_reviewed_order: &'static str,
        /// `{date}`.
        rules_reviewed: &'static str,
        /// `{date}`.
        figures_last_published: &'static str,
        guide_order_summary: &'static str,
        /// `{date}`, `{single}`, `{yearly}`.
        guide_order_body: &'static str,
        ways_to_pay_title: &'static str,
        ways_to_pay_intro: &'static str,
        ways_to_pay_link: &'static str,
        /// `{sources}`.
        source_line: &'static str,
        /// `{sources}`: the same line for several sources.
        sources_line: &'static str,

        // The fee calculator: its form.
        calculator_title: &'static str,
        calculator_intro: &'static str,
        amount_label: &'static str,
        amount_hint: &'static str,
        /// `{amount}`: the amount as the app understood it.
        amount_read_as: &'static str,
        /// `{amount}`: the other reading of an ambiguous number, on a button.
        amount_other_reading: &'static str,
        card_label: &'static str,
        card_custom: &'static str,
        /// `{percent}`, `{source}`.
        card_preset_source: &'static str,
        markup_label: &'static str,
        markup_hint: &'static str,
        home_currency_label: &'static str,
        /// `{code}`: the home currency.
        rate_label: &'static str,
        /// `{date}`: when the example rates were taken.
        rate_hint: &'static str,
        usd_rate_label: &'static str,
        rule_set_label: &'static str,
        /// `{id}`: the rule set in force today.
        rule_set_today: &'static str,
        /// `{id}`, `{date}`.
        rule_set_option: &'static str,

        settings_unreadable: &'static str,
        settings_not_saved: &'static str,
        settings_storage_full: &'static str,

        // The fee calculator: its result.
        result_title: &'static str,
        result_placeholder: &'static str,
        result_needs_fix: &'static str,
        row_amount: &'static str,
        /// `{percent}`: Weixin Pay's fee rate.
        row_fee: &'static str,
        /// `{free}`: the fee-free amount.
        fee_waived_note: &'static str,
        row_charged: &'static str,
        /// `{percent}`: the issuer's markup.
        row_markup: &'static str,
        row_total_cny: &'static str,
        /// `{code}`: the home currency.
        row_home_total: &'static str,
        /// `{code}`, `{rate}`.
        home_estimate_note: &'static str,
        /// `{percent}`: fee and markup together.
        total_cost_note: &'static str,
        /// `{fee}`, `{markup}`: the two parts that compound.
        compound_note: &'static str,
        /// `{percent}`, `{free}`.
        fee_rule_note: &'static str,
        /// `{above}`, `{free}`, `{fee}`, `{percent}`.
        cliff_note: &'static str,
        network_label: &'static str,
        pay_date_label: &'static str,
        pay_date_hint: &'static str,
        /// `{date}`: a quote for a day ahead is a plan.
        pay_date_planned: &'static str,
        network_named: &'static str,
        network_unionpay: &'static str,
        /// `{date}`, `{sources}`: what is published on UnionPay cards issued abroad.
        unionpay_fees_note: &'static str,
        /// `{with}`, `{without}`: the card's total with and without the launch promotion.
        unionpay_totals: &'static str,
        /// As `cliff_note`, past the small-payment waiver's confirmed end (`{until}`).
        cliff_note_unconfirmed: &'static str,
        /// `{limit}`, `{room}`.
        limit_within: &'static str,
        /// `{limit}`, `{excess}`.
        limit_over: &'static str,
        /// `{rate}`: yuan per US dollar.
        limit_estimate_note: &'static str,
        limit_not_published: &'static str,
        /// `{id}`, `{date}`.
        rules_used: &'static str,
        sources_label: &'static str,

        // Why a typed number cannot be used.
        error_empty: &'static str,
        error_not_a_number: &'static str,
        error_negative: &'static str,
        error_zero: &'static str,
        /// `{max}`: how many decimals are allowed.
        error_too_many_decimals: &'static str,
        /// `{max}`: the largest accepted value.
        error_too_large: &'static str,

        // Navigation and the views.
        nav_label: &'static str,
        nav_home: &'static str,
        nav_guide: &'static str,
        nav_check: &'static str,
        tile_check: &'static str,
        nav_help: &'static str,
        nav_fees: &'static str,
        nav_tracker: &'static str,
        tile_tracker: &'static str,
        nav_before: &'static str,
        nav_cashier: &'static str,
        home_title: &'static str,
        home_intro: &'static str,
        home_start: &'static str,
        /// `{step}`: the title of the step to resume at.
        home_resume: &'static str,
        tile_guide: &'static str,
        tile_help: &'static str,
        tile_fees: &'static str,
        tile_before: &'static str,
        tile_cashier: &'static str,
        guide_title: &'static str,
        /// `{n}`, `{total}`.
        guide_progress: &'static str,
        guide_next: &'static str,
        guide_back: &'static str,
        guide_finish: &'static str,
        guide_done_title: &'static str,
        guide_done_body: &'static str,
        guide_restart: &'static str,
        guide_one_page: &'static str,
        guide_step_mode: &'static str,
        guide_print: &'static str,
        tap_path_label: &'static str,
        tap_path_zh_label: &'static str,
        expect_label: &'static str,
        if_not_label: &'static str,
        audience_passport: &'static str,
        audience_entry_missing: &'static str,
        help_title: &'static str,
        help_intro: &'static str,
        help_search_label: &'static str,
        help_search_hint: &'static str,
        help_call_title: &'static str,
        call_mainland: &'static str,
        call_abroad: &'static str,
        limit_unpublished_short: &'static str,
        before_title: &'static str,
        before_intro: &'static str,
        options_title: &'static str,
        option_good: &'static str,
        option_bad: &'static str,
        risks_title: &'static str,
        checklist_title: &'static str,
        /// `{done}`, `{total}`.
        checklist_progress: &'static str,
        checklist_note: &'static str,
        checklist_unreadable: &'static str,
        cashier_title: &'static str,
        cashier_intro: &'static str,
        /// The button that shows one sentence large, for the cashier.
        cashier_show_large: &'static str,
        /// Back from a sentence shown large.
        cashier_back: &'static str,
        cashier_amount_label: &'static str,
        cashier_amount_hint: &'static str,
        /// `{total}`: what the card is charged, in the home currency.
        cashier_card_total: &'static str,
        not_found_title: &'static str,
        not_found_body: &'static str,
        not_found_home: &'static str,

        // Offline use, updates and embedding.
        update_available: &'static str,
        update_reload: &'static str,
        offline_ready: &'static str,
        dismiss: &'static str,
        /// `{reviewed}`: the rules' review date; `{built}`: the build date.
        version_label: &'static str,
        open_full_app: &'static str,

        // Names of sources and issuers.
        source_official_guide: &'static str,
        source_tencent_press_2023: &'static str,
        source_tencent_faq_2023: &'static str,
        source_pboc_2024: &'static str,
        source_tencent_press_2024: &'static str,
        source_mofcom_2024: &'static str,
        source_china_services_info_2025: &'static str,
        source_tencent_release_2024: &'static str,
        source_tencent_release_2025: &'static str,
        source_tencent_travel_guide_2025: &'static str,
        source_mofcom_2025: &'static str,
        source_mofcom_2026: &'static str,
        source_tencent_news_2026: &'static str,
        source_it_home_2026: &'static str,
        source_business_times_2025: &'static str,
        source_wechat_pay_hk_news_2025: &'static str,
        source_beijing_metro_2024: &'static str,
        source_shanghai_metro_2025: &'static str,
        source_guangzhou_metro_2025: &'static str,
        source_unionpay_launch_2024: &'static str,
        source_wallets_2026: &'static str,
        source_norwegian_article: &'static str,
        source_mofcom_2025_trains: &'static str,
        source_pay_score_community_2024: &'static str,
        source_travel_guides_2026: &'static str,
        /// `{list}`: when each figure of a block was last published.
        published_line: &'static str,
        /// `{date}`: after a source's title in a list of sources.
        source_date_suffix: &'static str,
        /// `{year}`, `{names}`: one year of that list.
        published_year: &'static str,
        /// `{names}`, `{source}`: figures only a secondary source reports.
        published_reported: &'static str,
        figure_fee_free: &'static str,
        figure_fee_percent: &'static str,
        figure_single: &'static str,
        figure_monthly: &'static str,
        figure_yearly: &'static str,
        figure_cards: &'static str,
        figure_app_versions: &'static str,
        source_new_user_waiver_2025: &'static str,
        issuer_typical_us_card: &'static str,
        issuer_zero_markup_card: &'static str,
        // Outside the app's own views: the message that replaces the page
        // when the app stops, and the note for a browser without scripts.
        crash_message: &'static str,
        crash_reload: &'static str,
        needs_script: &'static str,
        // The names of the frames a blog embeds (embed.js), by view.
        embed_title_calculator: &'static str,
        embed_title_eligibility: &'static str,
        embed_title_guide: &'static str,
        embed_title_troubleshooter: &'static str,
        embed_title_tracker: &'static str,
        embed_title_cashier: &'static str,
    }
}
