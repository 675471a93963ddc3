//! The optional questions behind the new-user fee waivers, shared by the
//! calculator and the tracker and kept on this device only. Without
//! answers nothing is assumed.

use crate::components::new_user_state::{NewUserAction, NewUserState};
use crate::components::text_field::{FieldKind, TextField};
use crate::context::use_lang;
use crate::storage::{self, Loaded};
use waika_core::date::Date;
use waika_core::fees::latest_planned_date;
use waika_core::ledger::earliest_payment_date;
use waika_core::promotions::NewUserAnswers;
use waika_core::store::StorageError;
use waika_texts::{fill, format_long_date};
use yew::prelude::*;

const NEW_USER_KEY: &str = "waika.new-user";

/// The answers kept on the device, a way to change them, and whether the
/// last change was kept.
#[hook]
pub fn use_new_user_answers() -> (
    NewUserAnswers,
    Callback<NewUserAnswers>,
    Result<(), StorageError>,
) {
    let state = use_reducer(NewUserState::default);
    // What is kept arrives after the first drawing.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            if let Loaded::Found(kept) = storage::load::<NewUserAnswers>(NEW_USER_KEY) {
                dispatch.dispatch(NewUserAction::Loaded(kept));
            }
        });
    }
    // Written after each choice, never for what was read.
    {
        let dispatch = state.dispatcher();
        use_effect_with((state.answers, state.choices), move |(answers, choices)| {
            if *choices > 0 {
                dispatch.dispatch(NewUserAction::Saved(storage::save(NEW_USER_KEY, answers)));
            }
        });
    }
    let choose = {
        let dispatch = state.dispatcher();
        Callback::from(move |answers| dispatch.dispatch(NewUserAction::Choose(answers)))
    };
    (state.answers, choose, state.saved)
}

#[derive(Properties, PartialEq)]
pub struct NewUserQuestionsProps {
    pub answers: NewUserAnswers,
    pub on_change: Callback<NewUserAnswers>,
    pub saved: Result<(), StorageError>,
    /// Keeps element ids unique when a page shows the questions once.
    pub id_prefix: AttrValue,
    /// The oldest payment the page holds, offered as the first payment's
    /// day so nobody has to look it up.
    #[prop_or_default]
    pub first_recorded: Option<Date>,
}

#[component]
pub fn NewUserQuestions(props: &NewUserQuestionsProps) -> Html {
    let context = use_lang();
    let texts = context.texts();
    let answers = props.answers;
    // The date field whose last input was out of range, if any, and what
    // was typed there: it stays in the field (drawn from the answer alone,
    // the field would be emptied halfway through typing a year).
    let wrong_date = use_state(|| None::<(&'static str, String)>);
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let choice = |value: Option<bool>, label: &'static str, name: &str| {
        let on_change = props.on_change.clone();
        let input_id = id(name);
        html! {
            <label class="choice" for={input_id.clone()}>
                <input type="radio" id={input_id} name={id("first-card")}
                    checked={answers.first_card == value}
                    onchange={Callback::from(move |_: Event| on_change.emit(NewUserAnswers { first_card: value, ..answers }))} />
                { label }
            </label>
        }
    };
    // A date outside the possible range is not kept: the field says why.
    let earliest = earliest_payment_date();
    // A day ahead is a planned trip: the offers follow the days planned.
    let latest = latest_planned_date(context.today);
    let range_error = fill(
        texts.new_user_date_error,
        &[
            ("earliest", &format_long_date(context.lang, earliest)),
            ("latest", &format_long_date(context.lang, latest)),
        ],
    );
    let date_field =
        |name: &'static str,
         label: &'static str,
         value: Option<Date>,
         set: fn(NewUserAnswers, Option<Date>) -> NewUserAnswers| {
            let on_change = props.on_change.clone();
            let wrong = wrong_date.clone();
            let typed = wrong_date
                .as_ref()
                .filter(|(field, _)| *field == name)
                .map(|(_, text)| text.clone());
            let has_error = typed.is_some();
            let on_input = Callback::from(move |text: String| match Date::parse_iso(&text) {
                Some(date) if date < earliest || date > latest => wrong.set(Some((name, text))),
                date => {
                    wrong.set(None);
                    on_change.emit(set(answers, date));
                }
            });
            html! {
                <TextField
                    id={id(name)}
                    kind={FieldKind::Date { min: earliest.to_string().into(), max: latest.to_string().into() }}
                    {label}
                    value={typed.unwrap_or_else(|| value.map(|d| d.to_string()).unwrap_or_default())}
                    error={has_error.then(|| AttrValue::from(range_error.clone()))}
                    {on_input}
                />
            }
        };
    html! {
        <div class="new-user-questions">
            <p class="field-hint">{ texts.new_user_hint }</p>
            <fieldset class="choice-group">
                <legend>{ texts.new_user_first_card }</legend>
                <div class="choices">
                    { choice(Some(true), texts.answer_yes, "first-card-yes") }
                    { choice(Some(false), texts.answer_no, "first-card-no") }
                    { choice(None, texts.answer_not_sure, "first-card-not-sure") }
                </div>
            </fieldset>
            if answers.first_card == Some(true) {
                // In the order they happen: the card is linked, then used.
                { date_field("first-link", texts.new_user_first_link, answers.first_link,
                    |answers, date| NewUserAnswers { first_link: date, ..answers }) }
                { date_field("first-payment", texts.new_user_first_payment, answers.first_payment,
                    |answers, date| NewUserAnswers { first_payment: date, ..answers }) }
                if let (None, Some(day)) = (answers.first_payment, props.first_recorded) {
                    <p>
                        <button type="button" class="button"
                            onclick={{
                                let on_change = props.on_change.clone();
                                Callback::from(move |_: MouseEvent| on_change.emit(NewUserAnswers { first_payment: Some(day), ..answers }))
                            }}>
                            { fill(texts.new_user_use_first_recorded, &[("date", &format_long_date(context.lang, day))]) }
                        </button>
                    </p>
                }
            }
            if props.saved.is_err() {
                <p class="field-error" role="status">{ texts.new_user_saved_full }</p>
            }
        </div>
    }
}
