//! The optional questions behind the new-user fee waivers, shared by the
//! calculator and the tracker and kept on this device only. Without
//! answers nothing is assumed.

use crate::core::date::Date;
use crate::core::promotions::NewUserAnswers;
use crate::store::StorageError;
use crate::ui::context::use_lang;
use crate::ui::storage::{self, Loaded};
use web_sys::HtmlInputElement;
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
    let answers = use_state(|| match storage::load::<NewUserAnswers>(NEW_USER_KEY) {
        Loaded::Found(answers) => answers,
        Loaded::Missing | Loaded::Unreadable { .. } => NewUserAnswers::default(),
    });
    let saved = use_state(|| Ok(()));
    {
        let saved = saved.clone();
        use_effect_with(*answers, move |answers| {
            if *answers != NewUserAnswers::default() || storage::raw(NEW_USER_KEY).is_some() {
                saved.set(storage::save(NEW_USER_KEY, answers));
            }
        });
    }
    let set = {
        let answers = answers.clone();
        Callback::from(move |next: NewUserAnswers| answers.set(next))
    };
    (*answers, set, *saved)
}

#[derive(Properties, PartialEq)]
pub struct NewUserQuestionsProps {
    pub answers: NewUserAnswers,
    pub on_change: Callback<NewUserAnswers>,
    pub saved: Result<(), StorageError>,
    /// Keeps element ids unique when a page shows the questions once.
    pub id_prefix: AttrValue,
}

#[component]
pub fn NewUserQuestions(props: &NewUserQuestionsProps) -> Html {
    let context = use_lang();
    let texts = context.texts();
    let answers = props.answers;
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
    let date_field =
        |name: &str,
         label: &'static str,
         value: Option<Date>,
         set: fn(NewUserAnswers, Option<Date>) -> NewUserAnswers| {
            let on_change = props.on_change.clone();
            let input_id = id(name);
            html! {
                <div class="field">
                    <label for={input_id.clone()}>{ label }</label>
                    <input id={input_id} type="date" value={value.map(|d| d.to_string()).unwrap_or_default()}
                        onchange={Callback::from(move |event: Event| {
                            let text = event.target_unchecked_into::<HtmlInputElement>().value();
                            on_change.emit(set(answers, Date::parse_iso(&text)));
                        })} />
                </div>
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
                { date_field("first-payment", texts.new_user_first_payment, answers.first_payment,
                    |answers, date| NewUserAnswers { first_payment: date, ..answers }) }
                { date_field("first-link", texts.new_user_first_link, answers.first_link,
                    |answers, date| NewUserAnswers { first_link: date, ..answers }) }
            }
            if props.saved.is_err() {
                <p class="field-error" role="status">{ texts.new_user_saved_full }</p>
            }
        </div>
    }
}
