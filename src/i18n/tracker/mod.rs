//! The words of the spending tracker in each language.

pub mod en;
pub mod nb;
pub mod zh;

use crate::i18n::Lang;

/// Every text of the tracker. Placeholders in braces are filled by the UI;
/// each language uses the same ones.
#[derive(Debug)]
pub struct TrackerTexts {
    pub title: &'static str,
    pub intro: &'static str,
    /// `{card}`, `{code}`, `{id}`: the settings in use.
    pub settings_in_use: &'static str,
    pub settings_link: &'static str,

    pub add_title: &'static str,
    pub date_label: &'static str,
    pub date_error: &'static str,
    pub amount_label: &'static str,
    pub note_label: &'static str,
    pub note_hint: &'static str,
    pub add_button: &'static str,
    /// `{amount}`, `{date}`.
    pub added: &'static str,
    /// `{limit}`, `{over}`.
    pub warn_single: &'static str,
    /// `{limit}`, `{over}`.
    pub warn_monthly: &'static str,
    /// `{limit}`, `{over}`.
    pub warn_yearly: &'static str,
    /// `{rate}`.
    pub warn_estimated: &'static str,

    pub list_title: &'static str,
    pub empty: &'static str,
    pub col_date: &'static str,
    pub col_amount: &'static str,
    pub col_fee: &'static str,
    pub col_total: &'static str,
    pub col_note: &'static str,
    pub col_actions: &'static str,
    pub refund_action: &'static str,
    pub edit_action: &'static str,
    pub delete_action: &'static str,
    /// `{amount}`.
    pub refunded_label: &'static str,
    /// `{fee}`.
    pub fee_back: &'static str,
    pub delete_refund: &'static str,
    pub promotion_badge: &'static str,
    /// `{amount}`, `{date}`.
    pub refund_title: &'static str,
    pub refund_amount_label: &'static str,
    pub refund_date_label: &'static str,
    /// `{left}`.
    pub refund_left: &'static str,
    pub refund_button: &'static str,
    pub refund_all: &'static str,
    pub edit_title: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    /// `{amount}`, `{date}`.
    pub deleted: &'static str,
    pub undo: &'static str,

    /// `{left}`.
    pub error_refund_too_large: &'static str,
    pub error_refund_before_payment: &'static str,
    /// `{refunded}`.
    pub error_below_refunded: &'static str,
    /// `{max}`.
    pub error_note_too_long: &'static str,
    pub error_not_found: &'static str,
    pub error_inconsistent: &'static str,

    pub summary_title: &'static str,
    pub month_label: &'static str,
    /// `{month}`, `{year}`.
    pub month_format: &'static str,
    pub month_names: [&'static str; 12],
    /// `{year}`.
    pub year_title: &'static str,
    /// `{count}`.
    pub payments_count: &'static str,
    pub row_spent: &'static str,
    pub row_refunded: &'static str,
    pub row_fees: &'static str,
    /// `{percent}`.
    pub row_markup: &'static str,
    pub row_total: &'static str,
    /// `{code}`.
    pub row_total_home: &'static str,
    /// `{fee}`, `{markup}`, `{total}`, `{sum}`, `{free}`.
    pub compound_note: &'static str,

    pub limits_title: &'static str,
    pub limit_single: &'static str,
    pub limit_monthly: &'static str,
    pub limit_yearly: &'static str,
    /// `{used}`, `{limit}`, `{left}`.
    pub limit_used: &'static str,
    /// `{limit}`.
    pub limit_single_text: &'static str,
    /// `{id}`.
    pub limit_not_published: &'static str,
    /// `{rate}`.
    pub limit_estimated: &'static str,
    pub refunds_note: &'static str,

    pub chart_title: &'static str,
    /// `{free}`, `{percent}`.
    pub chart_description: &'static str,
    pub chart_axis_amount: &'static str,
    pub chart_axis_fee: &'static str,
    /// `{amount}`, `{fee}`.
    pub chart_marker: &'static str,

    pub promo_title: &'static str,
    /// `{from}`, `{until}`, `{cap}`, `{days}`.
    pub promo_body: &'static str,
    /// `{until}`.
    pub promo_expired: &'static str,
    pub promo_active: &'static str,
    /// `{from}`.
    pub promo_upcoming: &'static str,
    /// `{cap}`.
    pub promo_ambiguity: &'static str,
    pub first_link_label: &'static str,

    pub data_title: &'static str,
    pub data_note: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub import_label: &'static str,
    /// `{current}`, `{count}`.
    pub import_confirm: &'static str,
    pub import_replace: &'static str,
    /// `{count}`.
    pub import_done: &'static str,
    pub import_not_json: &'static str,
    pub import_not_ledger: &'static str,
    /// `{found}`.
    pub import_newer: &'static str,
    /// `{reason}`.
    pub import_invalid: &'static str,
    pub import_unreadable_file: &'static str,
    pub clear_all: &'static str,
    /// `{count}`.
    pub clear_confirm: &'static str,
    pub clear_yes: &'static str,
    pub cleared: &'static str,
    pub storage_unreadable: &'static str,
    pub export_backup: &'static str,
    pub storage_full: &'static str,
    pub storage_unavailable: &'static str,
}

pub fn tracker(lang: Lang) -> &'static TrackerTexts {
    match lang {
        Lang::En => &en::TRACKER,
        Lang::Nb => &nb::TRACKER,
        Lang::Zh => &zh::TRACKER,
    }
}
