//! The words of the spending tracker in each language.

pub mod en;
pub mod nb;
pub mod zh;

use crate::{Lang, Plural};

/// Every text of the tracker. Placeholders in braces are filled by the UI;
/// each language uses the same ones. Messages are whole sentences with
/// their own punctuation, so nothing is glued together in code.
#[derive(Debug)]
pub struct TrackerTexts {
    pub title: &'static str,
    pub intro: &'static str,
    /// `{card}`, `{code}`: the settings in use.
    pub settings_in_use: &'static str,
    /// `{card}`, `{code}`, `{id}`: the settings in use, with a rule set the user picked.
    pub settings_in_use_picked: &'static str,
    pub settings_link: &'static str,

    // Adding a payment.
    pub add_title: &'static str,
    pub date_label: &'static str,
    pub date_error: &'static str,
    /// `{earliest}`.
    pub date_too_early: &'static str,
    /// `{latest}`.
    pub date_in_future: &'static str,
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

    // Whether a change reached the device.
    pub not_saved_full: &'static str,
    pub not_saved_unavailable: &'static str,
    pub not_saved_held: &'static str,

    // The list of payments.
    pub list_title: &'static str,
    pub empty: &'static str,
    pub list_month_label: &'static str,
    /// `{amount}`.
    pub row_fee: &'static str,
    /// `{amount}`.
    pub row_total_cost: &'static str,
    /// `{amount}`, `{home}`.
    pub row_total_cost_home: &'static str,
    /// `{id}`.
    pub row_rules: &'static str,
    pub refused_title: &'static str,
    /// `{limit}`, `{over}`.
    pub refused_single: &'static str,
    /// `{limit}`, `{over}`.
    pub refused_monthly: &'static str,
    /// `{limit}`, `{over}`.
    pub refused_yearly: &'static str,
    pub refund_action: &'static str,
    pub edit_action: &'static str,
    pub delete_action: &'static str,
    /// `{amount}`, `{date}`: names the buttons of one payment.
    pub actions_label: &'static str,
    /// `{date}`, `{amount}`.
    pub refunded_label: &'static str,
    /// `{fee}`.
    pub fee_back: &'static str,
    pub delete_refund: &'static str,
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
    pub restored: &'static str,
    pub edited: &'static str,
    /// `{amount}`.
    pub refunded: &'static str,
    pub refund_removed: &'static str,

    // Why a change was refused: whole sentences.
    /// `{left}`.
    pub error_refund_too_large: &'static str,
    pub error_refund_before_payment: &'static str,
    /// `{latest}`.
    pub error_refund_in_future: &'static str,
    /// `{refunded}`.
    pub error_below_refunded: &'static str,
    /// `{max}`.
    pub error_note_too_long: &'static str,
    pub error_not_found: &'static str,
    pub error_inconsistent: &'static str,

    // The summary.
    pub summary_title: &'static str,
    /// `{month}`, `{year}`.
    pub month_format: &'static str,
    pub month_names: [&'static str; 12],
    /// `{year}`.
    pub year_title: &'static str,
    /// `{count}`.
    pub payments_count: Plural,
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

    // The limits.
    pub limits_title: &'static str,
    pub limit_single: &'static str,
    /// `{month}`.
    pub limit_monthly: &'static str,
    /// `{year}`.
    pub limit_yearly: &'static str,
    /// `{used}`, `{limit}`, `{left}`.
    pub limit_used: &'static str,
    /// `{used}`, `{limit}`, `{over}`.
    pub limit_over: &'static str,
    /// `{limit}`.
    pub limit_single_text: &'static str,
    /// `{id}`.
    pub limit_not_published: &'static str,
    /// `{rate}`.
    pub limit_estimated: &'static str,
    pub refunds_note: &'static str,

    // The fee chart.
    pub chart_title: &'static str,
    /// `{free}`, `{percent}`.
    pub chart_description: &'static str,
    pub chart_axis_amount: &'static str,
    pub chart_axis_fee: &'static str,
    /// `{amount}`, `{fee}`.
    pub chart_marker: &'static str,

    // The new-user fee waivers.
    pub promo_title: &'static str,
    pub promo_intro: &'static str,
    /// `{id}`.
    pub promo_offer_title: &'static str,
    /// `{until}`.
    pub promo_expired: &'static str,
    pub promo_active: &'static str,
    /// `{from}`.
    pub promo_upcoming: &'static str,
    /// `{id}`.
    pub promotion_badge: &'static str,

    // Your data: export, import, clearing and backups.
    pub data_title: &'static str,
    pub data_note: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub export_csv_semicolon: &'static str,
    /// Column names of the CSV export: date, amount, refunded, fee, fee refunded, markup, total, rule set, note.
    pub csv_header: [&'static str; 9],
    pub import_label: &'static str,
    /// `{count}`: payments in the file; `{current}`: payments now on the device.
    pub import_confirm: Plural,
    /// `{count}`: payments in the file that cannot be used.
    pub import_left_out: Plural,
    /// `{date}`, `{amount}`, `{reason}` (a whole sentence).
    pub set_aside_item: &'static str,
    pub import_replace: &'static str,
    /// `{count}`.
    pub import_done: Plural,
    /// `{count}`: payments in the file, none usable.
    pub import_nothing_usable: Plural,
    /// `{max}`: megabytes.
    pub import_too_large: &'static str,
    pub import_not_json: &'static str,
    pub import_not_ledger: &'static str,
    /// `{found}`.
    pub import_newer: &'static str,
    pub import_unreadable_file: &'static str,
    pub clear_all: &'static str,
    /// `{count}`.
    pub clear_confirm: Plural,
    pub clear_yes: &'static str,
    pub cleared: &'static str,
    pub not_replaced_full: &'static str,
    pub not_replaced_unavailable: &'static str,

    // Saved payments that could not be used as they were, and backups.
    pub stored_unreadable: &'static str,
    /// `{found}`.
    pub stored_newer: &'static str,
    /// `{count}`: saved payments left out.
    pub stored_set_aside: Plural,
    pub stored_repaired: &'static str,
    pub stored_not_backed_up: &'static str,
    pub export_stored: &'static str,
    pub export_backup: &'static str,
    pub backups_title: &'static str,
    pub backups_hint: &'static str,
    pub backup_unreadable: &'static str,
    /// `{found}`.
    pub backup_newer: &'static str,
    /// `{count}`.
    pub backup_set_aside: Plural,
    pub backup_repaired: &'static str,
    pub backup_readable: &'static str,
    pub backup_replaced: &'static str,
    pub backup_remove: &'static str,
    pub backup_remove_confirm: &'static str,
    pub backup_remove_yes: &'static str,
    pub backup_removed: &'static str,
    pub storage_unavailable: &'static str,
}

impl TrackerTexts {
    /// Every text with its field name (plurals as two entries), for tests
    /// that check all of them.
    pub fn all(&self) -> Vec<(&'static str, &'static str)> {
        let mut all = vec![
            ("title", self.title),
            ("intro", self.intro),
            ("settings_in_use", self.settings_in_use),
            ("settings_in_use_picked", self.settings_in_use_picked),
            ("settings_link", self.settings_link),
            ("add_title", self.add_title),
            ("date_label", self.date_label),
            ("date_error", self.date_error),
            ("date_too_early", self.date_too_early),
            ("date_in_future", self.date_in_future),
            ("amount_label", self.amount_label),
            ("note_label", self.note_label),
            ("note_hint", self.note_hint),
            ("add_button", self.add_button),
            ("added", self.added),
            ("warn_single", self.warn_single),
            ("warn_monthly", self.warn_monthly),
            ("warn_yearly", self.warn_yearly),
            ("warn_estimated", self.warn_estimated),
            ("not_saved_full", self.not_saved_full),
            ("not_saved_unavailable", self.not_saved_unavailable),
            ("not_saved_held", self.not_saved_held),
            ("list_title", self.list_title),
            ("empty", self.empty),
            ("list_month_label", self.list_month_label),
            ("row_fee", self.row_fee),
            ("row_total_cost", self.row_total_cost),
            ("row_total_cost_home", self.row_total_cost_home),
            ("row_rules", self.row_rules),
            ("refused_title", self.refused_title),
            ("refused_single", self.refused_single),
            ("refused_monthly", self.refused_monthly),
            ("refused_yearly", self.refused_yearly),
            ("refund_action", self.refund_action),
            ("edit_action", self.edit_action),
            ("delete_action", self.delete_action),
            ("actions_label", self.actions_label),
            ("refunded_label", self.refunded_label),
            ("fee_back", self.fee_back),
            ("delete_refund", self.delete_refund),
            ("refund_title", self.refund_title),
            ("refund_amount_label", self.refund_amount_label),
            ("refund_date_label", self.refund_date_label),
            ("refund_left", self.refund_left),
            ("refund_button", self.refund_button),
            ("refund_all", self.refund_all),
            ("edit_title", self.edit_title),
            ("save", self.save),
            ("cancel", self.cancel),
            ("deleted", self.deleted),
            ("undo", self.undo),
            ("restored", self.restored),
            ("edited", self.edited),
            ("refunded", self.refunded),
            ("refund_removed", self.refund_removed),
            ("error_refund_too_large", self.error_refund_too_large),
            (
                "error_refund_before_payment",
                self.error_refund_before_payment,
            ),
            ("error_refund_in_future", self.error_refund_in_future),
            ("error_below_refunded", self.error_below_refunded),
            ("error_note_too_long", self.error_note_too_long),
            ("error_not_found", self.error_not_found),
            ("error_inconsistent", self.error_inconsistent),
            ("summary_title", self.summary_title),
            ("month_format", self.month_format),
            ("year_title", self.year_title),
            ("row_spent", self.row_spent),
            ("row_refunded", self.row_refunded),
            ("row_fees", self.row_fees),
            ("row_markup", self.row_markup),
            ("row_total", self.row_total),
            ("row_total_home", self.row_total_home),
            ("compound_note", self.compound_note),
            ("limits_title", self.limits_title),
            ("limit_single", self.limit_single),
            ("limit_monthly", self.limit_monthly),
            ("limit_yearly", self.limit_yearly),
            ("limit_used", self.limit_used),
            ("limit_over", self.limit_over),
            ("limit_single_text", self.limit_single_text),
            ("limit_not_published", self.limit_not_published),
            ("limit_estimated", self.limit_estimated),
            ("refunds_note", self.refunds_note),
            ("chart_title", self.chart_title),
            ("chart_description", self.chart_description),
            ("chart_axis_amount", self.chart_axis_amount),
            ("chart_axis_fee", self.chart_axis_fee),
            ("chart_marker", self.chart_marker),
            ("promo_title", self.promo_title),
            ("promo_intro", self.promo_intro),
            ("promo_offer_title", self.promo_offer_title),
            ("promo_expired", self.promo_expired),
            ("promo_active", self.promo_active),
            ("promo_upcoming", self.promo_upcoming),
            ("promotion_badge", self.promotion_badge),
            ("data_title", self.data_title),
            ("data_note", self.data_note),
            ("export_json", self.export_json),
            ("export_csv", self.export_csv),
            ("export_csv_semicolon", self.export_csv_semicolon),
            ("import_label", self.import_label),
            ("set_aside_item", self.set_aside_item),
            ("import_replace", self.import_replace),
            ("import_too_large", self.import_too_large),
            ("import_not_json", self.import_not_json),
            ("import_not_ledger", self.import_not_ledger),
            ("import_newer", self.import_newer),
            ("import_unreadable_file", self.import_unreadable_file),
            ("clear_all", self.clear_all),
            ("clear_yes", self.clear_yes),
            ("cleared", self.cleared),
            ("not_replaced_full", self.not_replaced_full),
            ("not_replaced_unavailable", self.not_replaced_unavailable),
            ("stored_unreadable", self.stored_unreadable),
            ("stored_newer", self.stored_newer),
            ("stored_repaired", self.stored_repaired),
            ("stored_not_backed_up", self.stored_not_backed_up),
            ("export_stored", self.export_stored),
            ("export_backup", self.export_backup),
            ("backups_title", self.backups_title),
            ("backups_hint", self.backups_hint),
            ("backup_unreadable", self.backup_unreadable),
            ("backup_newer", self.backup_newer),
            ("backup_repaired", self.backup_repaired),
            ("backup_readable", self.backup_readable),
            ("backup_replaced", self.backup_replaced),
            ("backup_remove", self.backup_remove),
            ("backup_remove_confirm", self.backup_remove_confirm),
            ("backup_remove_yes", self.backup_remove_yes),
            ("backup_removed", self.backup_removed),
            ("storage_unavailable", self.storage_unavailable),
        ];
        all.extend(self.month_names.iter().map(|text| ("month_names", *text)));
        all.push(("payments_count", self.payments_count.one));
        all.push(("payments_count", self.payments_count.other));
        all.extend(self.csv_header.iter().map(|text| ("csv_header", *text)));
        all.push(("import_confirm", self.import_confirm.one));
        all.push(("import_confirm", self.import_confirm.other));
        all.push(("import_left_out", self.import_left_out.one));
        all.push(("import_left_out", self.import_left_out.other));
        all.push(("import_nothing_usable", self.import_nothing_usable.one));
        all.push(("import_nothing_usable", self.import_nothing_usable.other));
        all.push(("import_done", self.import_done.one));
        all.push(("import_done", self.import_done.other));
        all.push(("clear_confirm", self.clear_confirm.one));
        all.push(("clear_confirm", self.clear_confirm.other));
        all.push(("stored_set_aside", self.stored_set_aside.one));
        all.push(("stored_set_aside", self.stored_set_aside.other));
        all.push(("backup_set_aside", self.backup_set_aside.one));
        all.push(("backup_set_aside", self.backup_set_aside.other));
        all
    }
}

pub fn tracker(lang: Lang) -> &'static TrackerTexts {
    match lang {
        Lang::En => &en::TRACKER,
        Lang::Nb => &nb::TRACKER,
        Lang::Zh => &zh::TRACKER,
    }
}
