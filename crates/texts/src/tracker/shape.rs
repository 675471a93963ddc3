//! What each language fills in for the spending tracker.

use crate::Plural;

catalogue! {
    /// Every text of the tracker. Placeholders in braces are filled by the UI;
    /// each language uses the same ones. Messages are whole sentences with
    /// their own punctuation, so nothing is glued together in code.
    #[derive(Debug)]
    pub struct TrackerTexts {
        title: &'static str,
        intro: &'static str,
        /// `{card}`, `{code}`: the settings in use; `{ids}`: the rule sets.
        settings_in_use: &'static str,
        /// `{card}`, `{code}`, `{id}`: the settings in use, with a rule set the user picked.
        settings_in_use_picked: &'static str,
        /// `{code}`: the home currency, while no rate for it can be used.
        home_without_rate: &'static str,
        settings_link: &'static str,
        /// `{typed}`, `{percent}`: the custom markup cannot be read; the last one that could is used.
        markup_fallback: &'static str,
        /// Over the totals when no markup is typed for the user's own card.
        markup_not_typed: &'static str,
        /// `{typed}`: the custom markup cannot be read and none could before.
        markup_missing: &'static str,
        /// The card is a UnionPay card issued abroad.
        unionpay_note: &'static str,

        // Adding a payment.
        add_title: &'static str,
        date_label: &'static str,
        date_error: &'static str,
        /// `{date}`: the form's date, kept after adding a payment, is not
        /// today's.
        date_not_today: &'static str,
        /// Sets the form's date to today.
        date_use_today: &'static str,
        /// `{amount}`, `{date}`: the payment the fees page handed over,
        /// offered when a payment was being typed here already.
        handed_offer: &'static str,
        /// The button that puts the handed payment in the form.
        handed_use: &'static str,
        /// `{earliest}`.
        date_too_early: &'static str,
        /// `{latest}`.
        date_in_future: &'static str,
        amount_label: &'static str,
        note_label: &'static str,
        note_hint: &'static str,
        add_button: &'static str,
        /// `{amount}`, `{date}`.
        added: &'static str,
        /// `{amount}`: after `added`, when a payment of that amount was already recorded that day.
        added_same_again: &'static str,
        /// `{limit}`, `{over}`.
        warn_single: &'static str,
        /// As `warn_single`, when only the estimated dollar rate puts it over.
        warn_single_estimated: &'static str,
        /// `{limit}`, `{over}`.
        warn_monthly: &'static str,
        /// `{limit}`, `{over}`.
        warn_yearly: &'static str,
        /// `{rate}`.
        warn_estimated: &'static str,

        // Whether a change reached the device.
        not_saved_full: &'static str,
        not_saved_unavailable: &'static str,
        not_saved_held: &'static str,
        not_saved_backups: &'static str,

        // The list of payments.
        list_title: &'static str,
        empty: &'static str,
        /// Under it, when payments deleted or replaced are kept in a backup.
        empty_backup_kept: &'static str,
        list_month_label: &'static str,
        /// `{shown}`, `{total}`: rows drawn of the month's payments.
        list_shown: &'static str,
        /// `{count}`: rows the button adds.
        list_more: Plural,
        /// `{count}`: payments recorded in months other than the one shown.
        list_other_months: Plural,
        /// `{amount}`.
        row_fee: &'static str,
        /// `{amount}`.
        row_total_cost: &'static str,
        /// `{amount}`, `{home}`.
        row_total_cost_home: &'static str,
        /// A badge on a payment whose whole amount came back.
        refunded_in_full: &'static str,
        /// Once above the payments when some rely on the small-payment
        /// waiver past its confirmed end: `{free}`, `{until}`.
        list_unconfirmed: &'static str,
        /// `{id}`.
        row_rules: &'static str,
        /// A payment costed with the card chosen when it was recorded,
        /// which is not the one chosen now; {percent}.
        row_card_markup: &'static str,
        /// Its button: cost it with the card chosen now; {percent}.
        row_card_use_now: &'static str,
        refused_title: &'static str,
        /// As `refused_title`, when a limit broken is set in US dollars and converted at an estimated rate.
        refused_title_estimated: &'static str,
        /// `{limit}`, `{over}`.
        refused_single: &'static str,
        /// `{limit}`, `{over}`.
        refused_monthly: &'static str,
        /// `{limit}`, `{over}`.
        refused_yearly: &'static str,
        /// Under the limits a recorded payment broke: what to do, since it
        /// either went through or did not.
        refused_what_now: &'static str,
        refund_action: &'static str,
        edit_action: &'static str,
        delete_action: &'static str,
        /// `{amount}`, `{date}`: names the buttons of one payment.
        actions_label: &'static str,
        /// `{date}`, `{amount}`.
        refunded_label: &'static str,
        /// `{fee}`.
        /// Under a payment's refunds: what is not published about them.
        refund_rate_unknown: &'static str,
        fee_back: &'static str,
        delete_refund: &'static str,
        /// `{amount}`, `{date}`.
        refund_title: &'static str,
        refund_amount_label: &'static str,
        refund_date_label: &'static str,
        /// `{left}`.
        refund_left: &'static str,
        refund_button: &'static str,
        refund_all: &'static str,
        /// After "cannot be negative" in the add form.
        negative_is_refund: &'static str,
        edit_title: &'static str,
        save: &'static str,
        cancel: &'static str,
        /// `{amount}`, `{date}`.
        deleted: &'static str,
        undo: &'static str,
        restored: &'static str,
        /// A checkbox in the import's question: {card}, {percent}, {code}.
        import_settings: &'static str,
        /// The import's box for the file's new-user answers.
        import_new_user: &'static str,
        gone_elsewhere: &'static str,
        /// In the edit form, when another tab changed the payment while it
        /// was open: `{payment}` is its amount, date and note now.
        changed_elsewhere: &'static str,
        /// In the edit or refund form, after Esc with something typed.
        escape_unsaved: &'static str,
        /// In an edit or refund form opened again with what was typed
        /// before and not saved.
        draft_back: &'static str,
        edited: &'static str,
        /// `{amount}`.
        refunded: &'static str,
        refund_removed: &'static str,

        // Why a change was refused: whole sentences.
        /// `{left}`.
        error_refund_too_large: &'static str,
        error_refund_before_payment: &'static str,
        /// `{latest}`.
        error_refund_in_future: &'static str,
        /// `{refunded}`.
        error_below_refunded: &'static str,
        /// `{max}`.
        /// A note typed with a card's number or security code in it.
        error_note_card_details: &'static str,
        error_note_too_long: &'static str,
        error_not_found: &'static str,
        error_inconsistent: &'static str,
        /// `{max}`: megabytes.
        error_ledger_full: &'static str,

        // The summary.
        summary_title: &'static str,
        /// `{month}`, `{year}`.
        month_format: &'static str,
        month_names: [&'static str; 12],
        /// `{year}`.
        year_title: &'static str,
        /// `{from}`, `{to}`: the days of the first and the last payment
        /// kept, when they fall in different years.
        all_title: &'static str,
        /// `{count}`.
        payments_count: Plural,
        /// `{count}`, `{amount}`: payments in the period over a limit.
        includes_refused: Plural,
        row_spent: &'static str,
        row_refunded: &'static str,
        row_fees: &'static str,
        /// `{percent}`.
        row_markup: &'static str,
        /// The same, for payments recorded with cards of different markups.
        row_markup_each_card: &'static str,
        row_total: &'static str,
        /// `{code}`.
        row_total_home: &'static str,
        /// `{fee}`, `{markup}`, `{total}`, `{sum}`, `{free}`.
        compound_note: &'static str,
        /// `{free}`, `{until}`, `{extra}`: payments in the totals counted without
        /// a fee past the small-payment waiver's confirmed end.
        totals_unconfirmed: &'static str,

        // The limits.
        limits_title: &'static str,
        limit_single: &'static str,
        /// `{month}`.
        limit_monthly: &'static str,
        /// `{year}`.
        limit_yearly: &'static str,
        /// `{used}`, `{limit}`, `{left}`.
        limit_used: &'static str,
        /// `{used}`, `{limit}`, `{over}`.
        limit_over: &'static str,
        /// `{limit}`.
        limit_single_text: &'static str,
        limit_not_published: &'static str,
        /// `{rate}`.
        limit_estimated: &'static str,
        /// `{rate}`, `{date}`: the same, at the example rate of `{date}`.
        limit_estimated_example: &'static str,
        /// `{code}`, `{rate}`: the totals in the home currency, at the rate
        /// typed; `{other_way}`: the app's `yuan_in_units`, or nothing.
        home_rate_typed: &'static str,
        /// `{code}`, `{rate}`, `{date}`: the same, at the example rate of `{date}`.
        home_rate_example: &'static str,
        refunds_note: &'static str,
        /// That no source says whether a year is a calendar year.
        limits_year_basis: &'static str,
        /// Limits in dollars are published for verified users.
        limits_verified: &'static str,
        /// What a refund gives back: the fee by a source, the markup by
        /// assumption.
        refund_markup_note: &'static str,

        // The fee chart.
        chart_title: &'static str,
        /// `{free}`, `{percent}`.
        chart_description: &'static str,
        /// The same past the small-payment waiver's last confirmed day;
        /// `{until}` too.
        chart_description_unconfirmed: &'static str,
        chart_axis_amount: &'static str,
        chart_axis_fee: &'static str,
        /// `{amount}`, `{fee}`.
        chart_marker: &'static str,

        // The new-user fee waivers.
        promo_title: &'static str,
        promo_intro: &'static str,
        /// `{id}`.
        promo_offer_title: &'static str,
        /// `{until}`.
        promo_expired: &'static str,
        /// An offer that can no longer be started, folded: `{id}`, `{until}`.
        promo_ended_summary: &'static str,
        promo_active: &'static str,
        /// `{from}`.
        promo_upcoming: &'static str,
        /// `{id}`.
        promotion_badge: &'static str,

        // Your data: export, import, clearing and backups.
        data_title: &'static str,
        data_note: &'static str,
        export_json: &'static str,
        export_csv: &'static str,
        export_csv_semicolon: &'static str,
        /// Column names of the CSV export: date, amount, refunded, fee, fee refunded, markup, total, rule set, note;
        /// `{code}`, `{rate}`: the home currency and its rate;
        /// `{other_way}`: [`csv_yuan_in_units`], or nothing.
        csv_header: [&'static str; 12],
        /// In the CSV's header, after "1 {code} = … CNY" for a currency worth
        /// less than a yuan: `{rate}` units of `{code}` for one yuan.
        csv_yuan_in_units: &'static str,
        import_label: &'static str,
        /// `{count}`: payments in the file; `{current}`: payments now on the device.
        import_confirm: Plural,
        /// The question when the device holds no payments yet.
        import_confirm_new: Plural,
        /// Its yes.
        import_add: &'static str,
        /// `{count}`: payments in the file that cannot be used.
        import_left_out: Plural,
        /// Why a payment in a file could not be read at all.
        unreadable_reason: &'static str,
        /// Names a payment of which the file gives no date, amount or note.
        unnamed_payment: &'static str,
        /// `{what}`: the payment's date, amount and note as the file has
        /// them; `{reason}` (a whole sentence).
        set_aside_item: &'static str,
        import_replace: &'static str,
        /// `{count}`.
        import_done: Plural,
        /// `{count}`, when no payment was replaced.
        import_done_new: Plural,
        /// `{count}` payments, `{file}` the file's name.
        exported: Plural,
        /// `{count}` payments on this device that the file lacks.
        import_device_only: Plural,
        /// `{count}` payments in the file, every one already on this device.
        import_all_here: Plural,
        /// `{count}` payments in the file with the day and id of a payment
        /// here but another amount or note: an export of this device read
        /// back after an edit. Adding them would count those payments twice.
        import_versions: Plural,
        /// One of those versions: `{file}` as the file has it, `{here}` as
        /// this device has it (day · amount · note).
        import_version_item: &'static str,
        /// In a payment named in a list: `{amount}` refunded in all.
        part_refunded: &'static str,
        /// The button that adds only the file's `{count}` payments missing here.
        import_add_missing: Plural,
        /// `{count}` payments added from a file beside those here.
        import_added: Plural,
        /// A file made from this device's last export on another device:
        /// `{added}`, `{changed}`, `{removed}` payments since then.
        import_based_on: &'static str,
        /// The same file with no change since the export.
        import_based_on_unchanged: &'static str,
        /// The button that folds that file's changes into the payments here.
        import_bring_in: &'static str,
        /// Done: `{added}`, `{changed}`, `{removed}` as above.
        brought_in: &'static str,
        /// `{count}`: payments in the file, none usable.
        import_nothing_usable: Plural,
        /// `{max}`: megabytes.
        import_too_large: &'static str,
        /// `{max}`: megabytes.
        import_ledger_too_large: &'static str,
        import_not_json: &'static str,
        import_not_ledger: &'static str,
        /// `{found}`.
        import_newer: &'static str,
        import_unreadable_file: &'static str,
        clear_all: &'static str,
        /// `{count}`.
        clear_confirm: Plural,
        clear_yes: &'static str,
        cleared: &'static str,
        not_replaced_full: &'static str,
        not_replaced_unavailable: &'static str,
        not_replaced_backups: &'static str,

        // Saved payments that could not be used as they were, and backups.
        stored_unreadable: &'static str,
        /// `{found}`.
        stored_newer: &'static str,
        /// `{count}`: saved payments left out.
        stored_set_aside: Plural,
        /// `{count}`: the payments read before the damage.
        stored_cut_off: Plural,
        stored_repaired: &'static str,
        stored_not_backed_up: &'static str,
        export_stored: &'static str,
        export_backup: &'static str,
        backups_title: &'static str,
        backups_hint: &'static str,
        backup_unreadable: &'static str,
        /// `{found}`.
        backup_newer: &'static str,
        /// `{count}`.
        backup_set_aside: Plural,
        backup_cut_off: &'static str,
        /// Brings a backup's payments back, through the import's question.
        backup_restore: &'static str,
        /// In the import question, for a file damaged part-way.
        import_cut_off: &'static str,
        backup_repaired: &'static str,
        backup_readable: &'static str,
        backup_replaced: &'static str,
        /// `{count}` payments, the latest on `{date}`.
        backup_holds: Plural,
        backup_holds_none: &'static str,
        backup_remove: &'static str,
        backup_remove_confirm: &'static str,
        backup_remove_yes: &'static str,
        backup_removed: &'static str,
        storage_unavailable: &'static str,
    }
}
