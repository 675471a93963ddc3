//! The home currency and its rate: the currency the estimate is made in,
//! the rate typed or the example one, and what the page makes of it.

use crate::components::text_field::TextField;
use crate::settings::state::SettingsChange;
use crate::settings::{rate_text, CalculatorSettings, SettingsContext};
use rust_decimal::Decimal;
use waika_core::amount::{parse_cny_rate, rate_is_plain_number, turned_round, AmountError};
use waika_core::money::{CnyRate, Currency};
use waika_core::rules::{
    example_rate, rate_far_from_example, rate_impossible, rate_turned_around, usable_rate,
    EXAMPLE_RATES_AS_OF,
};
use waika_texts::{
    amount_error_message, currency_choice, currency_word, fill, format_number, Lang,
};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The home rate as the page reads it.
pub struct HomeRate {
    pub currency: Currency,
    /// What the rate field shows: the user's text or the example rate.
    pub text: String,
    pub value: Result<Decimal, AmountError>,
    /// The app has no example rate for the currency: the user types one.
    pub no_example: bool,
    /// The rate the user more likely meant, when the one typed looks
    /// turned around, as the field takes it: yuan per unit written the
    /// language's way, or "1 CNY = …" for a currency without an example.
    pub turned: Option<String>,
    /// A plain number for a currency without an example, which could be
    /// meant either way round: the other reading, as the field takes it.
    pub other_way: Option<String>,
    /// Far from the example rate, and no reading of it comes near.
    pub far: bool,
    /// More yuan than any currency is worth, and no reading of it known to
    /// be the one meant: not used, and the two usual readings are offered.
    pub impossible: bool,
    /// The rate for the quote, `None` while there is no rate that can be
    /// read: the yuan figures stand without it, and the field says why.
    pub for_quote: Option<CnyRate>,
}

impl HomeRate {
    pub fn read(settings: &CalculatorSettings, lang: Lang) -> HomeRate {
        let currency = settings.home;
        let text = rate_text(settings, currency, lang);
        let value = parse_cny_rate(&text);
        let no_example = example_rate(currency).is_none();
        // The typed number read as the home currency's units for one yuan,
        // written so the field reads it that way round.
        let units_per_yuan = || format!("1 CNY = {} {}", text.trim(), currency.code());
        // A rate typed the way round a bank shows it would halve the estimate.
        let turned = value
            .ok()
            .and_then(|rate| rate_turned_around(currency, rate))
            .map(|rate| match no_example {
                true => units_per_yuan(),
                false => format_number(lang, rate, rate.scale()),
            });
        let other_way = (no_example
            && turned.is_none()
            && value.is_ok_and(|rate| !rate_impossible(rate))
            && rate_is_plain_number(&text))
        .then(units_per_yuan);
        let far = turned.is_none() && value.is_ok_and(|rate| rate_far_from_example(currency, rate));
        let impossible = turned.is_none() && value.is_ok_and(rate_impossible);
        let for_quote = value.ok().and_then(|rate| usable_rate(currency, rate));
        HomeRate {
            currency,
            text,
            value,
            no_example,
            turned,
            other_way,
            far,
            impossible,
            for_quote,
        }
    }

    /// What the field says under the rate when it cannot be used. Empty is
    /// not an error: nothing was typed wrong yet (the note asks for it).
    fn error(&self, lang: Lang) -> Option<AttrValue> {
        match self.value {
            Err(AmountError::Empty) => None,
            // The number error's example is an amount: a rate's is a rate.
            Err(AmountError::NotANumber) => Some(AttrValue::from(fill(
                lang.texts().rate_unreadable,
                &[("code", self.currency.code())],
            ))),
            Err(error) => Some(AttrValue::from(amount_error_message(lang, error))),
            Ok(_) => None,
        }
    }

    /// The note under the rate of a currency without an example: what to
    /// type while it is empty, then the typed rate the other way round
    /// too (a rate typed as "190" for the won shows ¥1 = 0.0053 KRW).
    fn note(&self, lang: Lang) -> Option<String> {
        if self.no_example && matches!(self.value, Err(AmountError::Empty)) {
            return Some(fill(
                lang.texts().rate_needed,
                &[("code", currency_word(lang, self.currency))],
            ));
        }
        let rate = self.value.ok().filter(|_| self.no_example)?;
        let inverse = turned_round(rate)?;
        let decimals = if inverse < Decimal::ONE { 4 } else { 2 };
        Some(fill(
            lang.texts().rate_inverse,
            &[
                ("inverse", &format_number(lang, inverse, decimals)),
                ("code", currency_word(lang, self.currency)),
            ],
        ))
    }
}

/// Puts `rate` in the field, as the field takes it.
fn put_rate(shared: &SettingsContext, currency: Currency, rate: String) -> Callback<MouseEvent> {
    let shared = shared.clone();
    Callback::from(move |_: MouseEvent| shared.change(SettingsChange::Rate(currency, rate.clone())))
}

/// "Use this rate", for the reading the app offers.
pub(super) fn use_rate_button(
    lang: Lang,
    shared: &SettingsContext,
    currency: Currency,
    rate: String,
) -> Html {
    let onclick = put_rate(shared, currency, rate);
    html! { <button type="button" class="link-button" {onclick}>{ lang.texts().rate_use }</button> }
}

/// A reading of the typed rate, named by itself, for the user to choose.
fn reading_button(shared: &SettingsContext, currency: Currency, reading: String) -> Html {
    let onclick = put_rate(shared, currency, reading.clone());
    html! { <button type="button" class="button small" {onclick}>{ reading }</button> }
}

/// The home currency's picker, its rate and what is said about the rate.
pub fn home_currency_fields(lang: Lang, shared: &SettingsContext, home: &HomeRate) -> Html {
    let texts = lang.texts();
    let currency = home.currency;
    let option = |option: Currency| {
        html! {
            <option value={option.code()} selected={option == currency}>{ currency_choice(lang, option) }</option>
        }
    };
    let on_currency = {
        let shared = shared.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            shared.change(SettingsChange::Home(select.value()));
        })
    };
    let on_rate = {
        let shared = shared.clone();
        Callback::from(move |value: String| shared.change(SettingsChange::Rate(currency, value)))
    };
    // One above the other, not side by side: the rate's label, error and
    // note are long.
    html! {
        <>
            <div class="field">
                <label for="home-currency">{ texts.home_currency_label }</label>
                <select id="home-currency" onchange={on_currency}>
                    for currency in Currency::HOME { { option(currency) } }
                    <optgroup label={texts.home_more_currencies}>
                        for currency in Currency::more_home() { { option(currency) } }
                    </optgroup>
                </select>
            </div>
            <TextField
                id="home-rate"
                label={fill(texts.rate_label, &[("code", currency_word(lang, currency))])}
                value={home.text.clone()}
                error={home.error(lang)}
                note={home.note(lang).map(AttrValue::from)}
                on_input={on_rate}
            />
            if !home.no_example {
                <p class="field-note">{ fill(texts.rate_hint, &[("date", EXAMPLE_RATES_AS_OF)]) }</p>
            }
            if home.far {
                <p class="notice rate-far" role="status">
                    { fill(texts.rate_far, &[
                        ("code", currency_word(lang, currency)),
                        ("example", &example_rate(currency).map(|example| format_number(lang, example, 2)).unwrap_or_default()),
                        ("date", EXAMPLE_RATES_AS_OF),
                    ]) }
                </p>
            }
            // Banks write a rate two ways besides yuan for one unit: which
            // one a number no currency could have is, the user says.
            if home.impossible {
                <p class="notice rate-impossible" role="status">
                    { fill(texts.rate_impossible, &[("typed", home.text.trim()), ("code", currency_word(lang, currency))]) }
                    { lang.gap() }
                    { reading_button(shared, currency, format!("1 CNY = {} {}", home.text.trim(), currency.code())) }
                    { lang.gap() }
                    { reading_button(shared, currency, format!("100 {} = {} CNY", currency.code(), home.text.trim())) }
                </p>
            }
            if let Some(rate) = home.other_way.clone() {
                <p class="field-note rate-other-way">
                    { fill(texts.rate_other_way, &[("typed", home.text.trim()), ("code", currency.code())]) }
                    { lang.gap() }
                    { use_rate_button(lang, shared, currency, rate) }
                </p>
            }
            if let Some(rate) = home.turned.clone() {
                <p class="notice rate-turned" role="status">
                    { match example_rate(currency) {
                        Some(example) => fill(texts.rate_turned, &[
                            ("code", currency_word(lang, currency)),
                            ("example", &format_number(lang, example, 2)),
                            ("rate", &rate),
                        ]),
                        None => fill(texts.rate_turned_whole, &[("code", currency_word(lang, currency)), ("rate", &rate)]),
                    } }
                    { lang.gap() }
                    { use_rate_button(lang, shared, currency, rate) }
                </p>
            }
        </>
    }
}
