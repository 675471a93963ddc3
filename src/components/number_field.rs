//! A labelled text field for numbers. It is a text field, not
//! `type="number"`, because people type "¥200", "200元" or "1 234,50",
//! which a number field would silently empty.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Element id; the hint, note and error ids derive from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A confirmation of what was read, e.g. "Read as ¥1,234.00".
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Why the value cannot be used; marks the field invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub large: bool,
    pub on_input: Callback<String>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let note_id = format!("{}-note", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
        props.note.as_ref().map(|_| note_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let on_input = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_input.emit(input.value());
        })
    };
    html! {
        <div class={classes!("field", props.large.then_some("field-large"), props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <input
                id={props.id.clone()}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value={props.value.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                oninput={on_input}
            />
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ error.clone() }</p>
            } else if let Some(note) = &props.note {
                <p class="field-note" id={note_id}>{ note.clone() }</p>
            }
        </div>
    }
}
