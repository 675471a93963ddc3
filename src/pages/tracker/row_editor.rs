//! The refund or edit form under a payment. Like the add form it checks
//! every field as it is typed, and editing shows the limits the changed
//! payment would break.

use super::add_form::{input_value, typed_date, warning_list};
use super::costs::Costs;
use super::drafts::Draft;
use super::messages::ledger_error;
use super::state::{Action, EditorKind, TrackerState};
use crate::components::amount_field::{amount_field, unambiguous_text, AmountShown};
use crate::components::text_field::{FieldKind, TextField};
use crate::context::use_lang;
use crate::hooks::use_effect_after_first;
use crate::rule_text::today_in_china;
use rust_decimal::Decimal;
use std::rc::Rc;
use waika_core::amount::read_cny_amount;
use waika_core::date::Date;
use waika_core::ledger::{check_new_note, warnings_for_new_payment, Ledger, LedgerError, Payment};
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_long_date, format_short_date, format_yuan, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RowEditorProps {
    pub kind: EditorKind,
    pub payment: Payment,
    pub ledger: Rc<Ledger>,
    pub costs: Costs,
    pub dispatch: UseReducerDispatcher<TrackerState>,
    /// Why the last submit was refused, if it was.
    pub problem: Option<LedgerError>,
}

/// The refund date checked: not before the payment, not in the future.
fn refund_date(lang: Lang, text: &str, payment: &Payment, today: Date) -> Result<Date, String> {
    let texts = tracker(lang);
    let date = Date::parse_iso(text).ok_or_else(|| texts.date_error.to_string())?;
    payment
        .check_refund_date(date, today)
        .map_err(|error| match error {
            LedgerError::DateInFuture { latest } => fill(
                texts.error_refund_in_future,
                &[("latest", &format_long_date(lang, latest))],
            ),
            other => ledger_error(lang, texts, other),
        })?;
    Ok(date)
}

// Long: the edit and refund forms share their fields and checks; splitting them would write
// each twice.
#[component]
pub fn RowEditor(props: &RowEditorProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    let money = |value: Decimal| format_yuan(lang, value);
    let payment = &props.payment;
    let id = payment.id;
    let today = context.today;
    let editing = props.kind == EditorKind::Edit;
    let amount_text = use_state(|| {
        if editing {
            unambiguous_text(lang, payment.amount)
        } else {
            String::new()
        }
    });
    let date_text = use_state(|| {
        if editing {
            payment.date.to_string()
        } else {
            today.max(payment.date).to_string()
        }
    });
    let note_text = use_state(|| payment.note.clone());
    // The payment as the form last saw it: when another tab changes it
    // meanwhile, the fields the user has not touched take the new values,
    // so saving here does not put back what the other tab replaced.
    let seen = use_state(|| (payment.date, payment.amount, payment.note.clone()));
    let changed_elsewhere = use_state(|| false);
    {
        let now = (payment.date, payment.amount, payment.note.clone());
        let (seen, changed_elsewhere) = (seen.clone(), changed_elsewhere.clone());
        let (amount_text, date_text, note_text) =
            (amount_text.clone(), date_text.clone(), note_text.clone());
        use_effect_with(now, move |now| {
            let (date, amount, note) = &*seen;
            if *now == *seen || !editing {
                return;
            }
            if *amount_text == unambiguous_text(lang, *amount) {
                amount_text.set(unambiguous_text(lang, now.1));
            }
            if *date_text == date.to_string() {
                date_text.set(now.0.to_string());
            }
            if *note_text == *note {
                note_text.set(now.2.clone());
            }
            seen.set(now.clone());
            changed_elsewhere.set(true);
        });
    }
    // The empty amount is pointed out only once the user tries to save.
    let tried = use_state(|| false);
    // What was typed here before and not saved comes back, read after the
    // form is first drawn.
    let draft_back = use_state(|| false);
    {
        let (amount_text, date_text, note_text) =
            (amount_text.clone(), date_text.clone(), note_text.clone());
        let draft_back = draft_back.clone();
        let kind = props.kind;
        use_effect_with((), move |_| {
            if let Some(draft) = Draft::read(id, kind) {
                date_text.set(draft.date);
                amount_text.set(draft.amount);
                note_text.set(draft.note);
                draft_back.set(true);
            }
        });
    }

    let reading = (!amount_text.trim().is_empty() || *tried)
        .then(|| read_cny_amount(&amount_text, lang.decimal_mark()));
    let amount = reading.and_then(|reading| reading.value.ok());
    let left = payment.left();
    // The ledger's own checks, made before anything changes.
    let date = if editing {
        typed_date(lang, &date_text, today).and_then(|date| {
            payment
                .check_new_date(date, today)
                .map(|()| date)
                .map_err(|error| ledger_error(lang, texts, error))
        })
    } else {
        refund_date(lang, &date_text, payment, today)
    };
    // A problem with the amount that reading alone does not show.
    let amount_problem = amount.and_then(|amount| {
        let checked = match props.kind {
            EditorKind::Refund => payment.check_refund_amount(amount),
            EditorKind::Edit => payment.check_new_amount(amount),
        };
        checked.err().map(|error| ledger_error(lang, texts, error))
    });
    let note_error = editing
        .then(|| check_new_note(&note_text).err())
        .flatten()
        .map(|error| ledger_error(lang, texts, error));
    let warnings = match (editing, &date, amount) {
        (true, Ok(date), Some(amount)) => warnings_for_new_payment(
            &props.ledger,
            *date,
            amount,
            Some(id),
            props.costs.choice,
            props.costs.usd,
        ),
        _ => Vec::new(),
    };
    let ready = match (&date, amount) {
        (Ok(date), Some(amount)) if amount_problem.is_none() && note_error.is_none() => {
            Some((*date, amount))
        }
        _ => None,
    };

    let on_submit = {
        let dispatch = props.dispatch.clone();
        let (kind, note) = (props.kind, (*note_text).clone());
        let tried = tried.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // The draft is forgotten once the ledger took the change
            // (drafts::forget_saved): a refused save keeps it.
            let today = today_in_china();
            match (ready, kind) {
                (Some((date, amount)), EditorKind::Refund) => dispatch.dispatch(Action::Refund {
                    id,
                    date,
                    amount,
                    today,
                }),
                (Some((date, amount)), EditorKind::Edit) => dispatch.dispatch(Action::Edit {
                    id,
                    date,
                    amount,
                    note: note.clone(),
                    today,
                }),
                (None, _) => tried.set(true),
            }
        })
    };
    let give_up = {
        let (dispatch, kind) = (props.dispatch.clone(), props.kind);
        move || {
            Draft::forget(id, kind);
            dispatch.dispatch(Action::CloseEditor);
        }
    };
    let cancel = {
        let give_up = give_up.clone();
        Callback::from(move |_: MouseEvent| give_up())
    };
    // Esc leaves the form as Cancel does, but not silently over what was
    // typed: the first Esc says it is not saved, the second closes.
    let typed = if editing {
        let (date, amount, note) = &*seen;
        *amount_text != unambiguous_text(lang, *amount)
            || *date_text != date.to_string()
            || *note_text != *note
    } else {
        !amount_text.trim().is_empty()
    };
    let warned = use_state(|| false);
    {
        // Typed text is kept for this tab until it is saved or given up.
        let warned = warned.clone();
        let draft = Draft {
            date: (*date_text).clone(),
            amount: (*amount_text).clone(),
            note: (*note_text).clone(),
        };
        let kind = props.kind;
        use_effect_after_first(&(draft, typed), move |(draft, typed)| {
            warned.set(false);
            if *typed {
                draft.keep(id, kind);
            } else {
                Draft::forget(id, kind);
            }
        });
    }
    let date_id = format!("{}-date-{id}", if editing { "edit" } else { "refund" });
    // Opened by Edit or Refund: the amount is what people change.
    let amount_id = format!("{}-amount-{id}", if editing { "edit" } else { "refund" });
    let on_key = {
        let warned = warned.clone();
        // What the fields held when the form was last drawn: a key pressed
        // before what was just typed is drawn finds the fields differ.
        let drawn = [
            (date_id.clone(), (*date_text).clone()),
            (amount_id.clone(), (*amount_text).clone()),
            (format!("edit-note-{id}"), (*note_text).clone()),
        ];
        Callback::from(move |event: KeyboardEvent| {
            if event.key() != "Escape" {
                return;
            }
            event.prevent_default();
            let typed_since = drawn.iter().any(|(field, text)| {
                crate::browser::field_value(field).is_some_and(|now| now != *text)
            });
            if (typed || typed_since) && !*warned {
                warned.set(true);
            } else {
                give_up();
            }
        })
    };
    let draft_notice = html! {
        if *draft_back && typed { <p class="notice" role="status">{ texts.draft_back }</p> }
    };
    // Always one node, so the fields before it are not drawn again.
    let escape_notice = html! {
        if *warned { <p class="notice" role="status">{ texts.escape_unsaved }</p> }
    };
    let on_amount = {
        let amount_text = amount_text.clone();
        Callback::from(move |text: String| amount_text.set(text))
    };
    {
        let amount_id = amount_id.clone();
        use_effect_with((), move |_| {
            // Not when it opens again on the way back from another view,
            // where the focus is on the view's main region.
            let focused = crate::browser::focused_element();
            let moved_on = focused.is_some_and(|element| element.id() == "main");
            if let Some(field) = crate::browser::element_by_id(&amount_id).filter(|_| !moved_on) {
                let _ = field.focus();
            }
        });
    }
    let date_field = html! {
        <TextField
            id={date_id}
            kind={FieldKind::Date {
                min: waika_core::ledger::earliest_payment_date().to_string().into(),
                // Tomorrow in China, for a payment and its refund alike.
                max: waika_core::ledger::latest_payment_date(today).to_string().into(),
            }}
            label={if editing { texts.date_label } else { texts.refund_date_label }}
            value={(*date_text).clone()}
            error={date.clone().err().map(AttrValue::from)}
            on_input={{ let date_text = date_text.clone(); Callback::from(move |text: String| date_text.set(text)) }}
        />
    };
    let refused = props
        .problem
        .map(|error| html! { <p class="field-error" role="alert">{ ledger_error(lang, texts, error) }</p> });

    if editing {
        html! {
            <form class="row-editor" onsubmit={on_submit} onkeydown={on_key.clone()} novalidate=true>
                <h3>{ texts.edit_title }</h3>
                if *changed_elsewhere {
                    <p class="notice" role="status">{ fill(texts.changed_elsewhere, &[("payment", &[
                        money(payment.amount), format_short_date(lang, payment.date), payment.note.clone(),
                    ].iter().filter(|part| !part.is_empty()).cloned().collect::<Vec<_>>().join(" · "))]) }</p>
                }
                { draft_notice.clone() }
                <div class="field-pair">
                    { date_field }
                    { amount_field(&context, AmountShown {
                        id: amount_id.clone().into(),
                        label: texts.amount_label.into(),
                        value: (*amount_text).clone().into(),
                        reading,
                        problem: amount_problem.map(AttrValue::from),
                        on_input: on_amount,
                        ..AmountShown::default()
                    }) }
                </div>
                <div class={classes!("field", note_error.is_some().then_some("has-error"))}>
                    <label for={format!("edit-note-{id}")}>{ texts.note_label }</label>
                    <input id={format!("edit-note-{id}")} type="text" value={(*note_text).clone()}
                        oninput={{ let note_text = note_text.clone(); Callback::from(move |e: InputEvent| note_text.set(input_value(&e))) }} />
                    if let Some(error) = note_error {
                        <p class="field-error">{ error }</p>
                    }
                </div>
                { warning_list(lang, &warnings, &props.costs) }
                for refused_item in refused { { refused_item } }
                { escape_notice.clone() }
                <p class="cta-row">
                    <button type="submit" class="button primary">{ texts.save }</button>
                    <button type="button" class="button" onclick={cancel}>{ texts.cancel }</button>
                </p>
            </form>
        }
    } else {
        let fill_all = {
            let on_amount = on_amount.clone();
            Callback::from(move |_: MouseEvent| on_amount.emit(unambiguous_text(lang, left)))
        };
        html! {
            <form class="row-editor" onsubmit={on_submit} onkeydown={on_key.clone()} novalidate=true>
                <h3>{ fill(texts.refund_title, &[("amount", &money(payment.amount)), ("date", &format_short_date(lang, payment.date))]) }</h3>
                { draft_notice }
                <div class="field-pair">
                    { amount_field(&context, AmountShown {
                        id: amount_id.into(),
                        label: texts.refund_amount_label.into(),
                        value: (*amount_text).clone().into(),
                        reading,
                        problem: amount_problem.map(AttrValue::from),
                        hint: Some(fill(texts.refund_left, &[("left", &money(left))]).into()),
                        on_input: on_amount,
                        ..AmountShown::default()
                    }) }
                    { date_field }
                </div>
                for refused_item in refused { { refused_item } }
                { escape_notice }
                <p class="cta-row">
                    <button type="submit" class="button primary">{ texts.refund_button }</button>
                    <button type="button" class="button" onclick={fill_all}>{ texts.refund_all }</button>
                    <button type="button" class="button" onclick={cancel}>{ texts.cancel }</button>
                </p>
            </form>
        }
    }
}
