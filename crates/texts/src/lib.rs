//! The three languages of the app: choosing one, the typed catalogue of
//! texts, and formatting numbers and money the way each language writes them.
//!
//! Every text is a field of [`Texts`], and each language is one constant of
//! that type, so a text missing in one language is a compile error.

pub mod eligibility;
mod en;
pub mod guide;
mod nb;
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
        match primary.as_str() {
            // Nynorsk readers understand bokmål far better than English.
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
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
            Lang::Zh => &zh::TEXTS,
            Lang::En => &en::TEXTS,
            Lang::Nb => &nb::TEXTS,
        }
    }
}

/// Picks the language for a first visit from the browser's preferred
/// languages, best first: the first one the app has wins, else English.
pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
    preferred
        .iter()
        .find_map(|tag| Lang::from_tag(tag.as_ref()))
        .unwrap_or(Lang::En)
}

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
        SourceId::ShanghaiMetro2024 => texts.source_shanghai_metro_2024,
        SourceId::NorwegianArticle => texts.source_norwegian_article,
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

/// Every text of the app in one language. Placeholders in braces, e.g.
/// `{amount}`, are filled by [`fill`]; each language must use the same ones.
#[derive(Debug)]
pub struct Texts {
    // The page around every view.
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub language_switch_label: &'static str,
    pub privacy_note: &'static str,
    pub fraud_warning_title: &'static str,
    pub fraud_warning_body: &'static str,
    pub never_asks_note: &'static str,
    /// `{name}`, `{percent}`: a card in the list, with its markup.
    pub card_option: &'static str,
    /// `{fee}`, `{total}`, `{home}`: the result in one line under the amount.
    pub quote_line: &'static str,
    /// `{id}`, `{cap}`.
    pub waiver_not_covered_cap: &'static str,
    /// `{id}`, `{days}`.
    pub waiver_not_covered_window: &'static str,
    /// `{id}`, `{from}`.
    pub waiver_not_covered_before: &'static str,
    /// `{id}`, `{until}`.
    pub waiver_not_covered_after: &'static str,
    /// `{earliest}`, `{latest}`.
    pub new_user_date_error: &'static str,
    /// `{source}`, `{date}`: a source in a list.
    pub source_dated: &'static str,
    /// `{source}`, `{date}`: a secondary source in a list.
    pub source_reported: &'static str,
    pub new_user_title: &'static str,
    pub new_user_hint: &'static str,
    pub new_user_first_card: &'static str,
    pub answer_yes: &'static str,
    pub answer_no: &'static str,
    pub answer_not_sure: &'static str,
    pub new_user_first_link: &'static str,
    pub new_user_first_payment: &'static str,
    pub new_user_saved_full: &'static str,
    /// `{id}`.
    pub waiver_applied: &'static str,
    /// `{days}`, `{cap}`, `{until}`, `{from}`.
    pub waiver_reading_2026: &'static str,
    /// `{days}`, `{cap}`, `{from}`, `{until}`.
    pub waiver_reading_2025: &'static str,
    /// `{id}`.
    pub waiver_maybe_not_answered: &'static str,
    /// `{id}`.
    pub waiver_maybe_first_payment: &'static str,
    /// `{id}`.
    pub waiver_maybe_first_link: &'static str,
    /// `{id}`, `{until}`.
    pub waiver_maybe_past_end: &'static str,
    /// `{cap}`.
    pub waiver_other_payments: &'static str,
    /// `{free}`, `{until}`, `{fee}`.
    pub small_waiver_unconfirmed: &'static str,
    pub stale_notice: &'static str,
    /// `{date}`.
    pub rules_reviewed: &'static str,
    /// `{date}`.
    pub figures_last_published: &'static str,
    pub guide_order_summary: &'static str,
    /// `{date}`, `{single}`, `{yearly}`.
    pub guide_order_body: &'static str,
    pub ways_to_pay_title: &'static str,
    pub ways_to_pay_intro: &'static str,
    pub ways_to_pay_link: &'static str,
    /// `{sources}`.
    pub source_line: &'static str,
    /// `{sources}`: the same line for several sources.
    pub sources_line: &'static str,

    // The fee calculator: its form.
    pub calculator_title: &'static str,
    pub calculator_intro: &'static str,
    pub amount_label: &'static str,
    pub amount_hint: &'static str,
    /// `{amount}`: the amount as the app understood it.
    pub amount_read_as: &'static str,
    /// `{amount}`: the other reading of an ambiguous number, on a button.
    pub amount_other_reading: &'static str,
    pub card_label: &'static str,
    pub card_custom: &'static str,
    /// `{percent}`, `{source}`.
    pub card_preset_source: &'static str,
    pub markup_label: &'static str,
    pub markup_hint: &'static str,
    pub home_currency_label: &'static str,
    /// `{code}`: the home currency.
    pub rate_label: &'static str,
    /// `{date}`: when the example rates were taken.
    pub rate_hint: &'static str,
    pub usd_rate_label: &'static str,
    pub rule_set_label: &'static str,
    /// `{id}`: the rule set in force today.
    pub rule_set_today: &'static str,
    /// `{id}`, `{date}`.
    pub rule_set_option: &'static str,

    pub settings_unreadable: &'static str,
    pub settings_not_saved: &'static str,
    pub settings_storage_full: &'static str,

    // The fee calculator: its result.
    pub result_title: &'static str,
    pub result_placeholder: &'static str,
    pub result_needs_fix: &'static str,
    pub row_amount: &'static str,
    /// `{percent}`: Weixin Pay's fee rate.
    pub row_fee: &'static str,
    /// `{free}`: the fee-free amount.
    pub fee_waived_note: &'static str,
    pub row_charged: &'static str,
    /// `{percent}`: the issuer's markup.
    pub row_markup: &'static str,
    pub row_total_cny: &'static str,
    /// `{code}`: the home currency.
    pub row_home_total: &'static str,
    /// `{code}`, `{rate}`.
    pub home_estimate_note: &'static str,
    /// `{percent}`: fee and markup together.
    pub total_cost_note: &'static str,
    /// `{fee}`, `{markup}`: the two parts that compound.
    pub compound_note: &'static str,
    /// `{percent}`, `{free}`.
    pub fee_rule_note: &'static str,
    /// `{above}`, `{free}`, `{fee}`, `{percent}`.
    pub cliff_note: &'static str,
    /// `{limit}`, `{room}`.
    pub limit_within: &'static str,
    /// `{limit}`, `{excess}`.
    pub limit_over: &'static str,
    /// `{rate}`: yuan per US dollar.
    pub limit_estimate_note: &'static str,
    pub limit_not_published: &'static str,
    /// `{id}`, `{date}`.
    pub rules_used: &'static str,
    pub sources_label: &'static str,

    // Why a typed number cannot be used.
    pub error_empty: &'static str,
    pub error_not_a_number: &'static str,
    pub error_negative: &'static str,
    pub error_zero: &'static str,
    /// `{max}`: how many decimals are allowed.
    pub error_too_many_decimals: &'static str,
    /// `{max}`: the largest accepted value.
    pub error_too_large: &'static str,

    // Navigation and the views.
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_guide: &'static str,
    pub nav_check: &'static str,
    pub tile_check: &'static str,
    pub nav_help: &'static str,
    pub nav_fees: &'static str,
    pub nav_tracker: &'static str,
    pub tile_tracker: &'static str,
    pub nav_before: &'static str,
    pub nav_cashier: &'static str,
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_start: &'static str,
    /// `{step}`: the title of the step to resume at.
    pub home_resume: &'static str,
    pub tile_guide: &'static str,
    pub tile_help: &'static str,
    pub tile_fees: &'static str,
    pub tile_before: &'static str,
    pub tile_cashier: &'static str,
    pub guide_title: &'static str,
    /// `{n}`, `{total}`.
    pub guide_progress: &'static str,
    pub guide_next: &'static str,
    pub guide_back: &'static str,
    pub guide_finish: &'static str,
    pub guide_done_title: &'static str,
    pub guide_done_body: &'static str,
    pub guide_restart: &'static str,
    pub guide_one_page: &'static str,
    pub guide_step_mode: &'static str,
    pub guide_print: &'static str,
    pub tap_path_label: &'static str,
    pub tap_path_zh_label: &'static str,
    pub expect_label: &'static str,
    pub if_not_label: &'static str,
    pub audience_passport: &'static str,
    pub audience_entry_missing: &'static str,
    pub help_title: &'static str,
    pub help_intro: &'static str,
    pub help_search_label: &'static str,
    pub help_search_hint: &'static str,
    /// `{count}`, `{total}`.
    pub help_count: &'static str,
    pub help_no_results: &'static str,
    pub help_seen: &'static str,
    pub help_cause: &'static str,
    pub help_actions: &'static str,
    pub help_related: &'static str,
    pub help_call_title: &'static str,
    pub call_mainland: &'static str,
    pub call_abroad: &'static str,
    pub limit_unpublished_short: &'static str,
    pub before_title: &'static str,
    pub before_intro: &'static str,
    pub options_title: &'static str,
    pub option_good: &'static str,
    pub option_bad: &'static str,
    pub risks_title: &'static str,
    pub checklist_title: &'static str,
    /// `{done}`, `{total}`.
    pub checklist_progress: &'static str,
    pub checklist_note: &'static str,
    pub checklist_unreadable: &'static str,
    pub cashier_title: &'static str,
    pub cashier_intro: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,

    // Offline use, updates and embedding.
    pub update_available: &'static str,
    pub update_reload: &'static str,
    pub offline_ready: &'static str,
    pub dismiss: &'static str,
    /// `{reviewed}`: the rules' review date; `{built}`: the build date.
    pub version_label: &'static str,
    pub open_full_app: &'static str,

    // Names of sources and issuers.
    pub source_official_guide: &'static str,
    pub source_tencent_press_2023: &'static str,
    pub source_tencent_faq_2023: &'static str,
    pub source_pboc_2024: &'static str,
    pub source_tencent_press_2024: &'static str,
    pub source_mofcom_2024: &'static str,
    pub source_china_services_info_2025: &'static str,
    pub source_tencent_release_2024: &'static str,
    pub source_tencent_release_2025: &'static str,
    pub source_tencent_travel_guide_2025: &'static str,
    pub source_mofcom_2025: &'static str,
    pub source_mofcom_2026: &'static str,
    pub source_tencent_news_2026: &'static str,
    pub source_it_home_2026: &'static str,
    pub source_business_times_2025: &'static str,
    pub source_wechat_pay_hk_news_2025: &'static str,
    pub source_beijing_metro_2024: &'static str,
    pub source_shanghai_metro_2024: &'static str,
    pub source_norwegian_article: &'static str,
    /// `{value}`, `{year}`: a figure and when a source last stated it.
    pub as_stated_in: &'static str,
    /// `{value}`, `{source}`: a figure only a secondary source gives.
    pub reported_by: &'static str,
    pub source_new_user_waiver_2025: &'static str,
    pub issuer_typical_us_card: &'static str,
    pub issuer_zero_markup_card: &'static str,
}

impl Texts {
    /// Every text with its field name, for tests that check all of them.
    pub fn all(&self) -> Vec<(&'static str, &'static str)> {
        macro_rules! fields {
            ($($field:ident),* $(,)?) => {
                vec![$((stringify!($field), self.$field)),*]
            };
        }
        fields!(
            app_name,
            app_tagline,
            skip_to_content,
            language_switch_label,
            privacy_note,
            fraud_warning_title,
            fraud_warning_body,
            never_asks_note,
            card_option,
            quote_line,
            waiver_not_covered_cap,
            waiver_not_covered_window,
            waiver_not_covered_before,
            waiver_not_covered_after,
            new_user_date_error,
            source_dated,
            source_reported,
            new_user_title,
            new_user_hint,
            new_user_first_card,
            answer_yes,
            answer_no,
            answer_not_sure,
            new_user_first_link,
            new_user_first_payment,
            new_user_saved_full,
            waiver_applied,
            waiver_reading_2026,
            waiver_reading_2025,
            waiver_maybe_not_answered,
            waiver_maybe_first_payment,
            waiver_maybe_first_link,
            waiver_maybe_past_end,
            waiver_other_payments,
            small_waiver_unconfirmed,
            stale_notice,
            rules_reviewed,
            figures_last_published,
            guide_order_summary,
            guide_order_body,
            ways_to_pay_title,
            ways_to_pay_intro,
            ways_to_pay_link,
            source_line,
            sources_line,
            calculator_title,
            calculator_intro,
            amount_label,
            amount_hint,
            amount_read_as,
            amount_other_reading,
            card_label,
            card_custom,
            card_preset_source,
            markup_label,
            markup_hint,
            home_currency_label,
            rate_label,
            rate_hint,
            usd_rate_label,
            rule_set_label,
            rule_set_today,
            rule_set_option,
            settings_unreadable,
            settings_not_saved,
            settings_storage_full,
            result_title,
            result_placeholder,
            result_needs_fix,
            row_amount,
            row_fee,
            fee_waived_note,
            row_charged,
            row_markup,
            row_total_cny,
            row_home_total,
            home_estimate_note,
            total_cost_note,
            compound_note,
            fee_rule_note,
            cliff_note,
            limit_within,
            limit_over,
            limit_estimate_note,
            limit_not_published,
            rules_used,
            sources_label,
            error_empty,
            error_not_a_number,
            error_negative,
            error_zero,
            error_too_many_decimals,
            error_too_large,
            nav_label,
            nav_home,
            nav_guide,
            nav_check,
            tile_check,
            nav_help,
            nav_fees,
            nav_tracker,
            tile_tracker,
            nav_before,
            nav_cashier,
            home_title,
            home_intro,
            home_start,
            home_resume,
            tile_guide,
            tile_help,
            tile_fees,
            tile_before,
            tile_cashier,
            guide_title,
            guide_progress,
            guide_next,
            guide_back,
            guide_finish,
            guide_done_title,
            guide_done_body,
            guide_restart,
            guide_one_page,
            guide_step_mode,
            guide_print,
            tap_path_label,
            tap_path_zh_label,
            expect_label,
            if_not_label,
            audience_passport,
            audience_entry_missing,
            help_title,
            help_intro,
            help_search_label,
            help_search_hint,
            help_count,
            help_no_results,
            help_seen,
            help_cause,
            help_actions,
            help_related,
            help_call_title,
            call_mainland,
            call_abroad,
            limit_unpublished_short,
            before_title,
            before_intro,
            options_title,
            option_good,
            option_bad,
            risks_title,
            checklist_title,
            checklist_progress,
            checklist_note,
            checklist_unreadable,
            cashier_title,
            cashier_intro,
            not_found_title,
            not_found_body,
            not_found_home,
            update_available,
            update_reload,
            offline_ready,
            dismiss,
            version_label,
            open_full_app,
            source_official_guide,
            source_tencent_press_2023,
            source_tencent_faq_2023,
            source_pboc_2024,
            source_tencent_press_2024,
            source_mofcom_2024,
            source_china_services_info_2025,
            source_tencent_release_2024,
            source_tencent_release_2025,
            source_tencent_travel_guide_2025,
            source_mofcom_2025,
            source_mofcom_2026,
            source_tencent_news_2026,
            source_it_home_2026,
            source_business_times_2025,
            source_wechat_pay_hk_news_2025,
            source_beijing_metro_2024,
            source_shanghai_metro_2024,
            source_norwegian_article,
            as_stated_in,
            reported_by,
            source_new_user_waiver_2025,
            issuer_typical_us_card,
            issuer_zero_markup_card,
        )
    }
}
