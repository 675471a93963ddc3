//! A labelled field with its hint, its note and its error, each tied to
//! the field for screen readers (`aria-describedby`, `aria-invalid`): every
//! typed field of the app is one of these, so none of them lacks a part.
//! Numbers are text fields, not `type="number"`, because people type
//! "¥200", "200元" or "1 234,50", which a number field would silently empty.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the field takes.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// An amount, a rate or a percentage, as people type them.
    Number,
    /// A calendar date, with the earliest and latest allowed (`YYYY-MM-DD`).
    Date { min: AttrValue, max: AttrValue },
    /// Free text, such as a note or an app version.
    Text,
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Element id; the hint, note and error ids derive from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or(FieldKind::Number)]
    pub kind: FieldKind,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A confirmation of what was read, e.g. "Read as ¥1,234.00".
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Why the value cannot be used; marks the field invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub large: bool,
    /// Screen readers say the note when it changes (how a typed value was
    /// read), for a field whose note is the only answer to typing.
    #[prop_or_default]
    pub announce_note: bool,
    /// Called with the field's text as it changes (a date: once chosen).
    pub on_input: Callback<String>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
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
    let emit = {
        let on_input = props.on_input.clone();
        move |event: &Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_input.emit(input.value());
        }
    };
    let (kind, input_mode, min, max) = match &props.kind {
        FieldKind::Number => ("text", Some("decimal"), None, None),
        FieldKind::Date { min, max } => ("date", None, Some(min.clone()), Some(max.clone())),
        FieldKind::Text => ("text", None, None, None),
    };
    // A date field says its value once it is whole; text as it is typed.
    let (on_input, on_change) = if matches!(props.kind, FieldKind::Date { .. }) {
        (None, Some(Callback::from(move |event: Event| emit(&event))))
    } else {
        let on_input = Callback::from(move |event: InputEvent| emit(&event));
        (Some(on_input), None)
    };
    html! {
        <div class={classes!("field", props.large.then_some("field-large"), props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <input
                id={props.id.clone()}
                type={kind}
                inputmode={input_mode}
                autocomplete="off"
                spellcheck="false"
                placeholder={props.placeholder.clone()}
                {min}
                {max}
                value={props.value.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                oninput={on_input}
                onchange={on_change}
            />
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id}>{ error.clone() }</p>
            } else if let Some(note) = &props.note {
                <p class="field-note" id={note_id} role={props.announce_note.then_some("status")}>{ note.clone() }</p>
            }
        </div>
    }
}
