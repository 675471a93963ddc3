//! The one field for yuan amounts, used by the calculator and every form of
//! the tracker. It shows how the typed text was read before anything is
//! used, and when a separator could mean two things ("12.345", "1,234")
//! offers the other reading with one tap.

use crate::components::text_field::TextField;
use crate::context::LangContext;
use rust_decimal::Decimal;
use waika_core::amount::{AmountError, AmountReading, DecimalMark};
use waika_core::limits::could_be_one_payment;
use waika_texts::{amount_error_message, fill, format_yuan, Lang};
use yew::prelude::*;

/// What an amount field shows; what is not given is left out.
#[derive(Default)]
pub struct AmountShown {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// How `value` was read; `None` while the field is empty.
    pub reading: Option<AmountReading>,
    pub hint: Option<AttrValue>,
    /// A problem the amount has besides being unreadable, e.g. "more than
    /// is left to refund"; shown in place of the "read as" line.
    pub problem: Option<AttrValue>,
    pub large: bool,
    /// Said after "cannot be negative", where a negative amount means
    /// something else (in the tracker, a refund).
    pub if_negative: Option<AttrValue>,
    pub on_input: Callback<String>,
}

/// The amount written so that it can be read only one way in `lang`: no
/// thousands separators, the language's own decimal mark.
pub fn unambiguous_text(lang: Lang, amount: Decimal) -> String {
    let text = amount.normalize().to_string();
    match lang.decimal_mark() {
        DecimalMark::Point => text,
        DecimalMark::Comma => text.replace('.', ","),
    }
}

/// A field for an amount in yuan: how it was read, or why it cannot be,
/// and the other reading of an ambiguous one with one tap. A view function:
/// the page keeps the text typed.
pub fn amount_field(context: &LangContext, props: AmountShown) -> Html {
    let (lang, texts) = (context.lang, context.texts());
    let money = |value: Decimal| format_yuan(lang, value);
    let error = match (&props.reading, &props.problem) {
        (
            Some(AmountReading {
                value: Err(error), ..
            }),
            _,
        ) => Some(AttrValue::from(match (error, &props.if_negative) {
            (AmountError::Negative, Some(then)) => {
                format!("{}{}{then}", amount_error_message(lang, *error), lang.gap())
            }
            _ => amount_error_message(lang, *error),
        })),
        (_, Some(problem)) => Some(problem.clone()),
        _ => None,
    };
    let note = match &props.reading {
        Some(AmountReading {
            value: Ok(value), ..
        }) => Some(AttrValue::from(fill(
            texts.amount_read_as,
            &[("amount", &money(*value))],
        ))),
        _ => None,
    };
    // "350,505" in Norwegian is no ¥350,505 payment: a reading no single
    // payment could be is left out rather than offered with one tap.
    let rules = context.rules();
    let other = props
        .reading
        .and_then(|reading| reading.other)
        .filter(|other| could_be_one_payment(rules, *other));
    html! {
        <div class="amount-field">
            <TextField id={props.id} label={props.label} value={props.value}
                hint={props.hint} note={note} error={error} large={props.large}
                on_input={props.on_input.clone()} />
            if let Some(other) = other {
                <button type="button" class="button small other-reading"
                    onclick={{
                        let on_input = props.on_input.clone();
                        Callback::from(move |_: MouseEvent| on_input.emit(unambiguous_text(lang, other)))
                    }}>
                    { fill(texts.amount_other_reading, &[("amount", &money(other))]) }
                </button>
            }
        </div>
    }
}
