//! The app's own catalogue: every text of its views in one language, as
//! the fields of [`Texts`]. Each language fills it in its own module.

catalogue! {
    /// Every text of the app in one language. Placeholders in braces, e.g.
    /// `{amount}`, are filled by `fill`; each language must use the same ones.
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
        /// On the passport steps: where the passport page is uploaded, and only there.
        passport_upload_note: &'static str,
        /// `{name}`, `{percent}`: a card in the list, with its markup.
        card_option: &'static str,
        /// `{card}`, `{code}`, `{id}`, `{date}`: what the line under the
        /// amount is costed with, so a guess is never taken for the user's
        /// own card, and the rules of which day it follows.
        quote_assumes: &'static str,
        /// The link from that line to the card and currency fields.
        quote_change: &'static str,
        /// Under a cost worked out for today or a day gone: opens the
        /// tracker's form with the amount and the day filled in.
        record_in_tracker: &'static str,
        /// `{fee}`, `{markup}`, `{total}`, `{home}`: the result in one line under the amount.
        quote_line: &'static str,
        /// `{asked}`: the language an address asked for, offline, when the
        /// device keeps only another language.
        other_language_offline: &'static str,
        /// `{fee}`, `{lapsed}`, `{total}`, `{home}`, `{total_lapsed}`,
        /// `{home_lapsed}`: the same past the small-payment waiver's confirmed
        /// end, with the cost if it lapsed.
        quote_line_unconfirmed: &'static str,
        /// `{fee}`, `{percent}`: a fee in that line for a day past the last one
        /// a source stated, worked out with the figure stated until then.
        fee_if_still: &'static str,
        /// `{fee}`, `{markup}`, `{total}`: the line for a currency with no
        /// rate yet, in yuan only.
        quote_line_yuan: &'static str,
        /// `{fee}`, `{lapsed}`, `{total}`, `{total_lapsed}`: the same past the
        /// small-payment waiver's confirmed end.
        quote_line_yuan_unconfirmed: &'static str,
        /// `{code}`: the home total's place while its rate is missing.
        home_needs_rate: &'static str,
        /// `{code}`, `{example}`, `{rate}`: a rate typed the other way round.
        rate_turned: &'static str,
        /// The same for a currency counted in whole units without an
        /// example rate: `{code}`, `{rate}` ("1 CNY = 190 KRW").
        rate_turned_whole: &'static str,
        /// `{typed}`, `{code}`: a rate of more yuan than any currency is worth, with no example to tell how it was meant.
        rate_impossible: &'static str,
        /// Under the headline, for a plain number that could be meant either
        /// way round: the total of the other reading; {typed}, {code}, {home}.
        rate_other_way_short: &'static str,
        rate_use: &'static str,
        /// Under the one-line result while the rate looks turned around.
        rate_turned_short: &'static str,
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
        /// `{date}`: the oldest payment the tracker holds, offered as the
        /// answer to the first payment's day.
        new_user_use_first_recorded: &'static str,
        new_user_saved_full: &'static str,
        /// `{id}`.
        waiver_applied: &'static str,
        /// `{days}`, `{cap}`, `{until}`, `{from}`.
        waiver_reading_2026: &'static str,
        /// `{days}`, `{cap}`, `{from}`, `{until}`.
        waiver_reading_2025: &'static str,
        /// `{id}`, `{until}`: the last day the offer could be started;
        /// `{cap}` a day for `{days}` days. A link to the questions
        /// (`new_user_go`) follows it wherever it is shown.
        waiver_maybe_not_answered: &'static str,
        /// A link from the result to the new-user questions.
        new_user_go: &'static str,
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
        /// "Before you go", past the small-payment waiver's last confirmed
        /// day: `{free}`, `{free_until}`.
        small_waiver_unconfirmed_short: &'static str,
        small_waiver_unconfirmed: &'static str,
        /// As `small_waiver_unconfirmed`, for a card without markup (or one not known).
        small_waiver_unconfirmed_no_markup: &'static str,
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
        /// The custom card named in a sentence, e.g. the tracker's settings line.
        card_custom_name: &'static str,
        /// `{percent}`, `{source}`.
        card_preset_source: &'static str,
        markup_label: &'static str,
        markup_hint: &'static str,
        home_currency_label: &'static str,
        /// `{code}`: the home currency.
        rate_label: &'static str,
        /// `{date}`: when the example rates were taken.
        rate_hint: &'static str,
        /// Under the rate of a currency the app has no example rate for: `{code}`.
        rate_needed: &'static str,
        /// Under a typed rate of a currency without an example rate, the
        /// same rate the other way round: `{inverse}`, `{code}`.
        rate_inverse: &'static str,
        /// Under a plain number typed for a currency without an example:
        /// `{typed}`, `{code}`; a button takes that reading.
        rate_other_way: &'static str,
        /// A rate far off the example with no reading near it: `{example}`,
        /// `{code}`, `{date}` of the example.
        rate_far: &'static str,
        /// A rate that cannot be read at all: `{code}`.
        rate_unreadable: &'static str,
        /// The group of home currencies the app has no example rate for.
        home_more_currencies: &'static str,
        usd_rate_label: &'static str,
        rule_set_label: &'static str,
        /// The rules in force on the payment's day, whichever they are;
        /// the other options name each set and its first day.
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
        /// `{percent}`: the same after the last day a source stated it.
        row_fee_if_still: &'static str,
        /// The fee row's label when the whole fee is waived (no rate beside ¥0.00).
        row_fee_waived: &'static str,
        /// `{fee}`, `{lapsed}`: the fee row past the waiver's confirmed end.
        fee_or_lapsed: &'static str,
        /// `{free}`: the fee-free amount.
        fee_waived_note: &'static str,
        /// The summary of the folded fine print of a new-user offer.
        offer_details_summary: &'static str,
        /// In place of the markup while the user's own card has none typed.
        markup_not_counted: &'static str,
        /// In place of the markup on the line under the amount, when none is typed.
        markup_unknown_short: &'static str,
        /// Says the totals leave that markup out.
        markup_unknown_note: &'static str,
        /// The same in the waiver's last confirmed year; `{until}`.
        fee_waived_note_until: &'static str,
        row_charged: &'static str,
        /// `{percent}`: the issuer's markup.
        row_markup: &'static str,
        row_total_cny: &'static str,
        /// The same when the card's markup is not known and left out.
        row_total_cny_no_markup: &'static str,
        /// `{code}`: the home currency.
        row_home_total: &'static str,
        /// `{code}`, `{rate}`; `{other_way}`: [`yuan_in_units`] for a
        /// currency worth less than a yuan, else nothing.
        home_estimate_note: &'static str,
        /// After "1 {code} = … yuan" for a currency worth less than a yuan:
        /// `{rate}` units of `{code}` for one yuan, as banks quote it.
        yuan_in_units: &'static str,
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
        /// A payment above the small-payment limit dated past the last
        /// day a source stated the fees for: `{until}`, `{percent}`.
        fee_after_confirmed: &'static str,
        /// `{limit}`.
        limit_within: &'static str,
        /// `{limit}`, `{excess}`.
        limit_over: &'static str,
        /// As `limit_over`, for a limit set in US dollars and converted at an estimated rate.
        limit_over_estimated: &'static str,
        /// `{rate}`: yuan per US dollar.
        limit_estimate_note: &'static str,
        limit_not_published: &'static str,
        /// `{id}`, `{date}`.
        rules_used: &'static str,
        sources_label: &'static str,

        // Why a typed number cannot be used.
        error_empty: &'static str,
        /// The card's markup field left empty: a percentage, not an amount.
        error_empty_percent: &'static str,
        error_not_a_number: &'static str,
        error_other_currency: &'static str,
        /// Two amounts in one field: the app never adds them up.
        error_several_amounts: &'static str,
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
        /// Above the links from a guide step to the problems met there.
        step_problems_label: &'static str,
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
        /// Names the links to the page's sections.
        before_contents: &'static str,
        options_title: &'static str,
        option_good: &'static str,
        option_bad: &'static str,
        risks_title: &'static str,
        checklist_title: &'static str,
        /// Before you go, while the 2026 new-user offer can still be
        /// started: `{cap}`, `{days}`, `{until}`.
        new_user_deadline: &'static str,
        /// `{done}`, `{total}`.
        checklist_progress: &'static str,
        checklist_note: &'static str,
        checklist_unreadable: &'static str,
        cashier_title: &'static str,
        cashier_intro: &'static str,
        /// The button that shows one sentence large, for the cashier.
        /// Over the short names that open each sentence large with one tap.
        cashier_quick_title: &'static str,
        cashier_show_large: &'static str,
        /// Back from a sentence shown large.
        cashier_back: &'static str,
        /// Over the cashier's answer, tapped on the large view.
        cashier_reply_shown: &'static str,
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
        /// `{year}`, `{names}`, `{source}`: figures only a secondary source reports.
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
