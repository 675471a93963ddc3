//! Adding a payment. The form keeps what is typed to itself, so typing
//! redraws only the form, and checks every field as it is typed: how the
//! amount was read, whether the date is possible, which limits it breaks.

use super::costs::Costs;
use super::messages::{ledger_error, save_problem};
use super::state::{Action, Event, SaveStatus, TrackerState};
use super::status_line::status_line;
use crate::components::amount_field::{amount_field, AmountShown};
use crate::components::text_field::{FieldKind, TextField};
use crate::context::use_lang;
use crate::rule_text::today_in_china;
use crate::session::{
    session_get, session_set, use_session_text, use_session_text_of_day, PAYMENT_TO_RECORD,
};
use crate::settings::use_settings;
use std::rc::Rc;
use waika_core::amount::{read_cny_amount, AmountError};
use waika_core::date::Date;
use waika_core::ledger::{
    check_new_note, check_payment_date, warnings_for_new_payment, Ledger, LimitKind, LimitWarning,
};
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_long_date, format_money, format_number, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A second press of Add within this time is the same press, twice.
const DOUBLE_PRESS_MILLIS: i64 = 1500;

/// Where the add form's unsent amount is kept for this tab.
const AMOUNT_KEY: &str = "waika.session.tracker-amount";

#[derive(Properties, PartialEq)]
pub struct AddFormProps {
    pub ledger: Rc<Ledger>,
    pub costs: Costs,
    pub dispatch: UseReducerDispatcher<TrackerState>,
    pub notice: Option<Event>,
    pub save: SaveStatus,
}

/// A typed date checked against the dates a payment may have.
pub fn typed_date(lang: Lang, text: &str, today: Date) -> Result<Date, String> {
    let texts = tracker(lang);
    let date = Date::parse_iso(text).ok_or_else(|| texts.date_error.to_string())?;
    check_payment_date(date, today).map_err(|error| ledger_error(lang, texts, error))?;
    Ok(date)
}

/// The limit warnings as a list, one sentence each.
pub fn warning_list(lang: Lang, warnings: &[LimitWarning], costs: &Costs) -> Html {
    let texts = tracker(lang);
    if warnings.is_empty() {
        return Html::default();
    }
    let items = warnings.iter().map(|warning| {
        let template = match warning.kind {
            LimitKind::Single if warning.within_estimate() => texts.warn_single_estimated,
            LimitKind::Single => texts.warn_single,
            LimitKind::Monthly => texts.warn_monthly,
            LimitKind::Yearly => texts.warn_yearly,
        };
        let values = [
            ("limit", format_money(lang, warning.limit)),
            ("over", format_money(lang, warning.over_by)),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        html! {
            <li>
                { fill(template, &values) }
                if warning.estimated {
                    <span class="after-sentence">{ fill(texts.warn_estimated, &[("rate", &format_number(lang, costs.usd.cny_per_unit, 2))]) }</span>
                }
            </li>
        }
    });
    html! { <ul class="limit-warnings" aria-live="polite">for item in items { { item } }</ul> }
}

/// The text of the input an event came from.
pub fn input_value(event: &InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

// Long: the form's fields, their checks and the limit warnings, which depend on each other.
#[component]
pub fn AddForm(props: &AddFormProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    let today = context.today;
    // An unsent form survives moving between views, in this tab only.
    let date_text = use_session_text_of_day(
        "waika.session.tracker-date",
        today.to_string(),
        str::to_string,
    );
    let amount_text = use_session_text(AMOUNT_KEY, String::new);
    let note_text = use_session_text("waika.session.tracker-note", String::new);
    // A payment handed over by the fees page, offered beside a draft.
    let handed = use_state(|| None::<(String, String)>);
    {
        // A payment handed over by the fees page fills the form. A payment
        // being typed here already stays, and the handed one is offered
        // beside it: filled in silently, it once read as the payment just
        // costed.
        let (date_text, amount_text, handed) =
            (date_text.clone(), amount_text.clone(), handed.clone());
        use_effect_with((), move |_| {
            let Some(passed) = session_get(PAYMENT_TO_RECORD) else {
                return;
            };
            session_set(PAYMENT_TO_RECORD, "");
            let Some((date, amount)) = passed.split_once('\n') else {
                return;
            };
            let typing = session_get(AMOUNT_KEY).is_some_and(|typed| !typed.trim().is_empty());
            if typing {
                handed.set(Some((date.to_string(), amount.to_string())));
            } else {
                date_text.set(date.to_string());
                amount_text.set(amount.to_string());
            }
        });
    }
    let handed_offer = (*handed).clone().and_then(|(date, amount)| {
        let day = Date::parse_iso(&date)?;
        let value = read_cny_amount(&amount, lang.decimal_mark()).value.ok()?;
        let (date_text, amount_text, note_text, handed) = (
            date_text.clone(),
            amount_text.clone(),
            note_text.clone(),
            handed.clone(),
        );
        let use_it = Callback::from(move |_: MouseEvent| {
            date_text.set(date.clone());
            amount_text.set(amount.clone());
            note_text.set(String::new());
            handed.set(None);
        });
        let offer = fill(
            texts.handed_offer,
            &[
                ("amount", &format_money(lang, waika_core::money::Money::cny(value))),
                ("date", &format_long_date(lang, day)),
            ],
        );
        Some(html! {
            <p class="notice handed-offer">
                <span>{ offer }</span>
                <button type="button" class="button small after-sentence" onclick={use_it}>{ texts.handed_use }</button>
            </p>
        })
    });
    // The empty amount is pointed out only once the user tries to add.
    let tried = use_state(|| false);
    // When the last payment was added, to tell a double press from a try.
    let last_added = use_mut_ref(|| i64::MIN / 2);

    let date = typed_date(lang, &date_text, today);
    let reading = if amount_text.trim().is_empty() {
        (*tried).then(|| read_cny_amount("", lang.decimal_mark()))
    } else {
        Some(read_cny_amount(&amount_text, lang.decimal_mark()))
    };
    // Too long, or a card's number in it: said beside the field.
    let note_problem = check_new_note(&note_text).err();
    let note_wrong = note_problem.is_some();
    let warnings = match (&date, reading.map(|r| r.value)) {
        (Ok(date), Some(Ok(amount))) => warnings_for_new_payment(
            &props.ledger,
            *date,
            amount,
            None,
            props.costs.choice,
            props.costs.usd,
        ),
        _ => Vec::new(),
    };

    let on_submit = {
        let (date_text, amount_text, note_text, tried) = (
            date_text.clone(),
            amount_text.clone(),
            note_text.clone(),
            tried.clone(),
        );
        let (dispatch, settings) = (props.dispatch.clone(), use_settings());
        let (last_added, card_markup) = (last_added.clone(), props.costs.card_markup);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // A second Enter or tap right after Add, with the field emptied
            // by it: "This field is empty" beside "Added …" read as a
            // failure. A press later on is told the field is empty.
            let empty = amount_text.trim().is_empty() && note_text.trim().is_empty();
            let now = crate::browser::now_unix_millis();
            if empty && now - *last_added.borrow() < DOUBLE_PRESS_MILLIS {
                if let Some(field) = crate::browser::element_by_id("payment-amount") {
                    let _ = field.focus();
                }
                return;
            }
            tried.set(true);
            let date = typed_date(lang, &date_text, today_in_china());
            let amount = read_cny_amount(&amount_text, lang.decimal_mark()).value;
            // A field that cannot be read takes the focus, so its message
            // is read out and the keyboard is where the fix is typed.
            let first_wrong = if date.is_err() {
                Some("payment-date")
            } else if amount.is_err() {
                Some("payment-amount")
            } else {
                note_wrong.then_some("payment-note")
            };
            if let Some(field) = first_wrong.and_then(crate::browser::element_by_id) {
                let _ = field.focus();
            }
            if let (Ok(date), Ok(amount), false) = (date, amount, note_wrong) {
                dispatch.dispatch(Action::Add {
                    date,
                    amount,
                    note: (*note_text).clone(),
                    markup: card_markup,
                    today: today_in_china(),
                });
                // The card and currency this payment is costed with stay,
                // whichever language the tracker is opened in next.
                settings.keep();
                *last_added.borrow_mut() = now;
                amount_text.set(String::new());
                note_text.set(String::new());
                tried.set(false);
            }
        })
    };
    let other_day = date.as_ref().ok().copied().filter(|date| *date != today);
    let note_error = note_problem.map(|problem| ledger_error(lang, texts, problem));
    let empty_error = matches!(reading.map(|r| r.value), Some(Err(AmountError::Empty)));
    // "Added …" answers the last press of Add. Once the next payment is
    // being typed it would stand beside that payment's own checks as if it
    // were about them, so it goes, unless it says the last one was not saved.
    let typing_next = !amount_text.trim().is_empty() || date.is_err() || note_wrong || empty_error;
    let notice = props.notice.clone().filter(|event| {
        !(matches!(event, Event::Added { .. })
            && typing_next
            && save_problem(texts, props.save).is_none())
    });

    html! {
        <section class="panel" aria-labelledby="add-title">
            <h2 id="add-title">{ texts.add_title }</h2>
            { for handed_offer }
            <form class="add-form" onsubmit={on_submit} novalidate=true>
                <div class="field-pair">
                    // The amount first: the date is today's unless changed, and a
                    // keyboard user's first Tab no longer lands in the date's parts.
                    { amount_field(&context, AmountShown {
                        id: "payment-amount".into(),
                        label: texts.amount_label.into(),
                        value: (*amount_text).clone().into(),
                        reading,
                        if_negative: Some(texts.negative_is_refund.into()),
                        on_input: { let amount_text = amount_text.clone(); Callback::from(move |text: String| amount_text.set(text)) },
                        ..AmountShown::default()
                    }) }
                    <TextField
                        id="payment-date"
                        kind={FieldKind::Date {
                            min: waika_core::ledger::earliest_payment_date().to_string().into(),
                            max: waika_core::ledger::latest_payment_date(today).to_string().into(),
                        }}
                        label={texts.date_label}
                        value={(*date_text).clone()}
                        error={date.clone().err().map(AttrValue::from)}
                        on_input={{ let date_text = date_text.clone(); Callback::from(move |text: String| date_text.set(text)) }}
                    />
                </div>
                // The date stays after Add, for the next payment of that
                // day; a user who had back-dated one did not see it stay.
                if let Some(other_day) = other_day {
                    <p class="field-note date-not-today">
                        <span>{ fill(texts.date_not_today, &[("date", &format_long_date(lang, other_day))]) }</span>
                        <button type="button" class="button small after-sentence" onclick={{
                            let date_text = date_text.clone();
                            Callback::from(move |_: MouseEvent| date_text.set(today_in_china().to_string()))
                        }}>{ texts.date_use_today }</button>
                    </p>
                }
                <TextField
                    id="payment-note"
                    kind={FieldKind::Text}
                    label={texts.note_label}
                    hint={AttrValue::from(texts.note_hint)}
                    value={(*note_text).clone()}
                    error={note_error.map(AttrValue::from)}
                    on_input={{ let note_text = note_text.clone(); Callback::from(move |text: String| note_text.set(text)) }}
                />
                { warning_list(lang, &warnings, &props.costs) }
                <p><button type="submit" class="button primary" aria-describedby={empty_error.then_some("payment-amount-error")}>{ texts.add_button }</button></p>
            </form>
            if let Some(event) = notice {
                { status_line(&context, &event, props.save, Html::default()) }
            }
        </section>
    }
}
