//! The fee calculator: what a payment costs with the fee, the card issuer's
//! markup and the exchange rate, and whether it fits the limit. It updates
//! on every keystroke and remembers the card and currency settings.

use crate::components::amount_field::{amount_field, AmountShown};
use crate::components::new_user_questions::{use_new_user_answers, NewUserQuestions};
use crate::components::quote_view::{quote_view, QuoteShown};
use crate::components::rule_set_note::rule_set_note;
use crate::components::text_field::{FieldKind, TextField};
use crate::components::waiver_note::fee_if_still;
use crate::context::use_lang;
use crate::session::{session_set, use_session_text, PAYMENT_TO_RECORD};
use rust_decimal::Decimal;
use waika_core::amount::{parse_cny_rate, parse_percent, read_cny_amount, AmountError};
use waika_core::date::Date;
use waika_core::fees::latest_planned_date;
use waika_core::fees::QuoteContext;
use waika_core::fees::{quote, Quote};
use waika_core::ledger::earliest_payment_date;
use waika_core::limits::check_single_transaction;
use waika_core::money::{CnyRate, Currency, Money};
use waika_core::promotions::{NewUserAnswers, Unknown, WaiverOutcome};
use waika_core::route::Route;
use waika_core::rules::{
    IssuerMarkup, RuleChoice, RuleSet, ISSUER_MARKUPS, RULES_REVIEWED, RULE_SETS,
};
use waika_core::store::StorageError;
use waika_texts::{
    amount_error_message, around, fill, format_long_date, format_money, format_percent,
    issuer_name, Lang,
};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::settings::state::SettingsChange;
use crate::settings::{rate_text, use_settings, CUSTOM_CARD, UNIONPAY};

mod carried;
mod home_rate;
use carried::use_carried_to_full_app;
use home_rate::{home_currency_fields, use_rate_button, HomeRate};

// Long: one form drawn top to bottom as the page shows it (settings, amount, day, result);
// its parts are components, and what is left is the wiring of each field to the shared
// settings.
/// The result in one line under the amount: both costs past the small
/// waiver's confirmed end, and yuan only while the home currency has no rate.
fn one_line(lang: Lang, quote: &Quote, rules: &RuleSet, markup_unknown: bool) -> String {
    let texts = lang.texts();
    let markup = if markup_unknown {
        texts.markup_not_counted.to_string()
    } else {
        format_money(lang, quote.markup)
    };
    let money = |value| format_money(lang, value);
    let home = |value: Option<Money>| value.map(money).unwrap_or_default();
    let template = match (quote.home_total.is_some(), quote.small_waiver_unconfirmed) {
        (true, false) => texts.quote_line,
        (true, true) => texts.quote_line_unconfirmed,
        (false, false) => texts.quote_line_yuan,
        (false, true) => texts.quote_line_yuan_unconfirmed,
    };
    // Past the last day a source stated, a fee is the figure stated until
    // then: the line says so, as the note under the result does.
    let fee = if quote.fee_past_stated {
        fee_if_still(lang, quote.fee, rules.fee_percent.value)
    } else {
        money(quote.fee)
    };
    fill(
        template,
        &[
            ("fee", &fee),
            ("lapsed", &money(quote.fee_if_lapsed)),
            ("markup", &markup),
            ("total", &money(quote.total_cny)),
            ("total_lapsed", &money(quote.total_if_lapsed)),
            ("home", &home(quote.home_total)),
            ("home_lapsed", &home(quote.home_total_if_lapsed)),
        ],
    )
}

#[component]
pub fn CalculatorPage() -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, context.texts());
    let shared = use_settings();
    let amount_text = use_session_text("waika.session.fees-amount", String::new);
    let pay_date_text = use_session_text("waika.session.fees-date", String::new);
    use_carried_to_full_app(&amount_text, &pay_date_text);
    let (new_user, set_new_user, new_user_saved) = use_new_user_answers();
    let settings = shared.settings();
    let change = |make: fn(String) -> SettingsChange| {
        let shared = shared.clone();
        Callback::from(move |value: String| shared.change(make(value)))
    };
    let on_select = |make: fn(String) -> SettingsChange| {
        let change = change(make);
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            change.emit(select.value());
        })
    };

    // The day of the payment: today, or a day the user plans for.
    let today = context.today;
    let (earliest, latest) = (earliest_payment_date(), latest_planned_date(today));
    let pay_date = match Date::parse_iso(&pay_date_text) {
        _ if pay_date_text.trim().is_empty() => Ok(today),
        Some(date) if date >= earliest && date <= latest => Ok(date),
        _ => Err(fill(
            texts.new_user_date_error,
            &[
                ("earliest", &format_long_date(lang, earliest)),
                ("latest", &format_long_date(lang, latest)),
            ],
        )),
    };
    let day = pay_date.clone().unwrap_or(today);
    let rules = RuleChoice::from_id(settings.rule_set.as_deref()).for_date(day);

    // Parse every field; each error is shown next to its field.
    let amount_reading = (!amount_text.trim().is_empty())
        .then(|| read_cny_amount(&amount_text, lang.decimal_mark()));
    let amount = amount_reading.map(|reading| reading.value);
    let preset = settings.preset();
    // Not known yet: left out of the totals, and said so, so the fee still shows.
    let markup_unknown = settings.markup_not_typed();
    let markup: Result<_, AmountError> = match preset {
        Some(card) => Ok(card.percent),
        None if markup_unknown => Ok(Decimal::ZERO),
        None => parse_percent(&settings.custom_markup),
    };
    let home = settings.home;
    // The card as the line under the amount names it, guessed or chosen.
    let card_text = fill(
        texts.card_option,
        &[
            (
                "name",
                preset.map_or(texts.card_custom_name, |card| issuer_name(lang, card.name)),
            ),
            (
                "percent",
                &if markup_unknown {
                    texts.markup_unknown_short.to_string()
                } else {
                    markup.as_ref().map_or_else(
                        |_| "?".to_string(),
                        |percent| format_percent(lang, *percent),
                    )
                },
            ),
        ],
    );
    let home_rate = HomeRate::read(settings, lang);
    let usd_rate_text = rate_text(settings, Currency::Usd, lang);
    let usd_rate = parse_cny_rate(&usd_rate_text);
    let error_text = |result: &Result<_, AmountError>| {
        result
            .err()
            .map(|error| AttrValue::from(amount_error_message(lang, error)))
    };
    let rates = (
        home_rate.for_quote,
        usd_rate
            .ok()
            .and_then(|rate| CnyRate::new(Currency::Usd, rate)),
    );
    // The fee and total in one line right under the amount, so they stay in
    // sight above a phone's keyboard while typing.
    let mut quote_line = None;
    // A plain number for a currency without an example rate could be meant
    // either way round: the total of the other reading stands under the
    // headline (a rupee total 140 times too small sat there alone).
    let mut other_way_total = None;
    let other_reading = home_rate.other_way.clone();
    // The answer may turn on the new-user questions: open them, with a link
    // there (the page's base is the site's root, so the link names the page).
    let mut ask_new_user = false;
    let new_user_href = format!("{}#new-user", context.href(Route::Fees));
    let tracker_href = context.href(Route::Tracker);
    // A date that cannot be used gives no result: a cost for another day
    // would look like the answer.
    let result = match (amount, markup, rates, &pay_date) {
        (None, ..) => html! { <p class="result-placeholder">{ texts.result_placeholder }</p> },
        (Some(Ok(amount)), Ok(markup), (home_rate, Some(usd)), Ok(_)) => {
            let paid = QuoteContext {
                date: day,
                new_user,
            };
            let quote = quote(rules, amount, markup, home_rate, paid);
            ask_new_user = matches!(quote.waiver, WaiverOutcome::Maybe(_, Unknown::NotAnswered));
            let limit = check_single_transaction(rules, amount, usd);
            // Past the small-payment waiver's confirmed end the line gives
            // both costs: no source says which one applies.
            quote_line = Some(one_line(lang, &quote, rules, markup_unknown));
            other_way_total = other_reading
                .as_deref()
                .and_then(|reading| parse_cny_rate(reading).ok())
                .and_then(|rate| CnyRate::new(home, rate))
                .map(|rate| rate.from_cny(quote.total_cny.amount()));
            let unionpay = settings.network == UNIONPAY;
            // A payment made (today or before) can go to the tracker as it
            // was typed here; one planned for later cannot be recorded yet.
            let record = (day <= today).then(|| {
                let payment = format!("{day}\n{}", amount_text.trim());
                Callback::from(move |_: MouseEvent| session_set(PAYMENT_TO_RECORD, &payment))
            });
            html! {
                <>
                    { quote_view(&context, &QuoteShown { quote, limit, rules, home, usd_rate: usd.cny_per_unit, unionpay, markup_unknown }) }
                    if ask_new_user {
                        <p class="jump-link"><a href={new_user_href.clone()}>{ texts.new_user_go }</a></p>
                    }
                    if let Some(onclick) = record {
                        <p class="jump-link"><a href={tracker_href.clone()} {onclick}>{ texts.record_in_tracker }</a></p>
                    }
                </>
            }
        }
        _ => html! { <p class="result-placeholder">{ texts.result_needs_fix }</p> },
    };

    let card_options = ISSUER_MARKUPS.iter().map(|card| {
        html! {
            <option value={card.key} selected={settings.card == card.key}>
                { fill(texts.card_option, &[("name", issuer_name(lang, card.name)), ("percent", &format_percent(lang, card.percent))]) }
            </option>
        }
    });
    let rule_options = RULE_SETS.iter().map(|option| {
        html! {
            <option value={option.id} selected={settings.rule_set.as_deref() == Some(option.id)}>
                { fill(texts.rule_set_option, &[("id", option.id), ("date", &option.effective_from.to_string())]) }
            </option>
        }
    });
    let show_usd_rate = rules.has_usd_limit() && home != Currency::Usd;

    html! {
        <article class="calculator" aria-labelledby="calculator-title">
            <h1 id="calculator-title">{ texts.calculator_title }</h1>
            <p class="intro">{ texts.calculator_intro }</p>
            if shared.unreadable {
                <p class="notice" role="status">{ texts.settings_unreadable }</p>
            }
            if let Err(error) = shared.saved {
                <p class="notice" role="status">{ match error {
                    StorageError::Full | StorageError::TooManyBackups => texts.settings_storage_full,
                    StorageError::Unavailable => texts.settings_not_saved,
                } }</p>
            }
            { amount_field(&context, AmountShown {
                id: "amount".into(),
                large: true,
                label: texts.amount_label.into(),
                hint: Some(texts.amount_hint.into()),
                value: (*amount_text).clone().into(),
                reading: amount_reading,
                on_input: {
                    let amount_text = amount_text.clone();
                    Callback::from(move |text: String| amount_text.set(text))
                },
                ..AmountShown::default()
            }) }
            if let Some(line) = quote_line {
                <p class="quote-line" aria-hidden="true">{ line }</p>
                if home_rate.turned.is_some() {
                    <p class="quote-line-warning" aria-hidden="true">{ texts.rate_turned_short }</p>
                }
                if let (Some(other), Some(reading)) = (other_way_total, other_reading) {
                    <p class="quote-line-warning rate-either-way">
                        { fill(texts.rate_other_way_short, &[
                            ("typed", home_rate.text.trim()),
                            ("code", waika_texts::currency_word(lang, home)),
                            ("home", &format_money(lang, other)),
                        ]) }
                        { lang.gap() }
                        { use_rate_button(lang, &shared, home, reading) }
                    </p>
                }
                <p class="quote-assumes">
                    { fill(texts.quote_assumes, &[
                        ("card", &card_text),
                        ("code", waika_texts::currency_word(lang, home)),
                        ("id", rules.id),
                        ("date", &format_long_date(lang, day)),
                    ]) }
                    { lang.gap() }
                    <a href={format!("{}#card-settings", context.href(Route::Fees))}>{ texts.quote_change }</a>
                </p>
            }
            <TextField
                id="pay-date"
                kind={FieldKind::Date { min: earliest.to_string().into(), max: latest.to_string().into() }}
                label={texts.pay_date_label}
                hint={AttrValue::from(texts.pay_date_hint)}
                value={if pay_date_text.is_empty() { today.to_string() } else { (*pay_date_text).clone() }}
                error={pay_date.clone().err().map(AttrValue::from)}
                note={(day > today).then(|| AttrValue::from(fill(texts.pay_date_planned, &[("date", &format_long_date(lang, day))])))}
                on_input={{
                    let pay_date_text = pay_date_text.clone();
                    Callback::from(move |text: String| pay_date_text.set(text))
                }}
            />
            <section class="result" aria-labelledby="result-title" aria-live="polite">
                <h2 id="result-title">{ texts.result_title }</h2>
                { result }
            </section>
            <section id="card-settings" class="settings" aria-labelledby="settings-title">
                <h2 id="settings-title" class="visually-hidden">{ texts.card_label }</h2>
                <div class="field">
                    <label for="network">{ texts.network_label }</label>
                    <select id="network" onchange={on_select(SettingsChange::Network)}>
                        <option value="" selected={settings.network != UNIONPAY}>{ texts.network_named }</option>
                        <option value={UNIONPAY} selected={settings.network == UNIONPAY}>{ texts.network_unionpay }</option>
                    </select>
                </div>
                <div class="field">
                    <label for="card">{ texts.card_label }</label>
                    <select id="card" onchange={on_select(SettingsChange::Card)}>
                        for card_option in card_options { { card_option } }
                        <option value={CUSTOM_CARD} selected={preset.is_none()}>{ texts.card_custom }</option>
                    </select>
                    if let Some(card) = preset {
                        { card_source_note(lang, card) }
                    }
                </div>
                if preset.is_none() {
                    <TextField
                        id="markup"
                        label={texts.markup_label}
                        hint={AttrValue::from(texts.markup_hint)}
                        value={settings.custom_markup.clone()}
                        error={match markup {
                            Err(AmountError::Empty) => Some(AttrValue::from(texts.error_empty_percent)),
                            _ => error_text(&markup),
                        }}
                        on_input={change(SettingsChange::Markup)}
                    />
                }
                { home_currency_fields(lang, &shared, &home_rate) }
                // Hidden, not removed, where the home currency is the dollar:
                // a home currency from the browser's region arrives after the
                // page the build wrote, which keeps every node it drew.
                <div class="usd-rate" hidden={!show_usd_rate}>
                    <TextField
                        id="usd-rate"
                        label={texts.usd_rate_label}
                        value={usd_rate_text.clone()}
                        error={error_text(&usd_rate).filter(|_| show_usd_rate)}
                        on_input={{
                            let shared = shared.clone();
                            Callback::from(move |value: String| {
                                shared.change(SettingsChange::Rate(Currency::Usd, value))
                            })
                        }}
                    />
                </div>
                <div class="field">
                    <label for="rule-set">{ texts.rule_set_label }</label>
                    <select
                        id="rule-set"
                        onchange={on_select(SettingsChange::RuleSet)}
                    >
                        <option value="" selected={settings.rule_set.is_none()}>
                            { texts.rule_set_today }
                        </option>
                        for rule_option in rule_options { { rule_option } }
                    </select>
                </div>
            </section>
            <details id="new-user" class="panel new-user-panel" open={ask_new_user || new_user != NewUserAnswers::default()}>
                <summary>{ texts.new_user_title }</summary>
                <NewUserQuestions answers={new_user} on_change={set_new_user} saved={new_user_saved} id_prefix="fees" />
            </details>
            { rule_set_note(&context, rules) }
        </article>
    }
}

/// Where a card's markup comes from, as a link, and when it was checked:
/// the bank's pages give no date of their own.
fn card_source_note(lang: Lang, card: &IssuerMarkup) -> Html {
    let percent = format_percent(lang, card.percent);
    let checked = format_long_date(lang, RULES_REVIEWED);
    let values = [("percent", percent.as_str()), ("date", checked.as_str())];
    let (before, after) = around(lang.texts().card_preset_source, "source");
    html! {
        <p class="field-note">
            { fill(before, &values) }
            <a href={format!("https://{}", card.source)} rel="noopener noreferrer" target="_blank">{ card.source }</a>
            { fill(after, &values) }
        </p>
    }
}
