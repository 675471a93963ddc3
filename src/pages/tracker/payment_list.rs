//! The payments of one month, newest first, with the month picker. Only
//! that month's rows are drawn, a page of them at a time, and each row
//! redraws only when its own payment, cost or form changes, so a long
//! ledger stays quick.

use super::costs::Costs;
use super::messages::month_name;
use super::payment_row::PaymentRow;
use super::state::{Action, EditorKind, Notice, Place, SaveStatus, TrackerState};
use super::status_line::status_line;
use crate::context::use_lang;
use rust_decimal::Decimal;
use std::rc::Rc;
use waika_core::date::Date;
use waika_core::ledger::{payment_cost, refusals, Ledger, Period};
use waika_core::promotions::SMALL_PAYMENTS;
use waika_core::route::Route;
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_long_date, format_percent, format_yuan_figure};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PaymentListProps {
    pub ledger: Rc<Ledger>,
    pub costs: Costs,
    pub month: Period,
    /// Months with payments, newest first.
    pub months: Vec<Period>,
    pub editor: Option<(u64, EditorKind)>,
    pub notice: Option<Notice>,
    pub save: SaveStatus,
    /// The deleted payment that can be put back (its amount and date).
    pub undo: Option<(Decimal, Date)>,
    /// Payments deleted all at once or replaced by an import are kept in a
    /// backup on this device: an empty list says where.
    pub replaced_kept: bool,
    pub dispatch: UseReducerDispatcher<TrackerState>,
}

/// Rows drawn at first, and added by each "show more".
const PAGE: usize = 50;

// Long: the month picker, the page of payments and the editors, which share the list's
// place.
#[component]
pub fn PaymentList(props: &PaymentListProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    // How many of the month's rows are drawn; back to one page for another month.
    let shown = use_state(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with(props.month, move |_| shown.set(PAGE));
    }
    let refused = {
        let costs = props.costs;
        use_memo((props.ledger.clone(), costs), move |(ledger, costs)| {
            refusals(ledger, costs.choice, costs.usd)
        })
    };
    let ledger = &props.ledger;
    let in_month = ledger.in_period(props.month);
    let other_months = ledger.payments.len().saturating_sub(in_month.len());
    // A payment the user is working on is drawn even beyond the page.
    let focus = props.editor.map(|(id, _)| id).or(match props.notice {
        Some(Notice {
            place: Place::Payment(id),
            ..
        }) => Some(id),
        _ => None,
    });
    let position = focus.and_then(|id| in_month.iter().rev().position(|p| p.id == id));
    let limit = (*shown).max(position.map_or(0, |at| at + 1));
    let hidden = in_month.len().saturating_sub(limit);
    let costed: Vec<_> = in_month
        .iter()
        .rev()
        .take(limit)
        .map(|payment| {
            let cost = payment_cost(ledger, payment, props.costs.choice, props.costs.settings);
            (payment, cost)
        })
        .collect();
    // Said once above the rows, not under each small payment.
    let unconfirmed = costed
        .iter()
        .any(|(_, cost)| cost.unconfirmed_waiver)
        .then(|| {
            fill(
                texts.list_unconfirmed,
                &[
                    ("free", &format_yuan_figure(lang, SMALL_PAYMENTS.up_to_cny)),
                    (
                        "until",
                        &format_long_date(lang, SMALL_PAYMENTS.confirmed_until),
                    ),
                ],
            )
        });
    // A payment above the small-payment limit after that day: the fee
    // itself is stated by no source yet.
    let fee_unstated = costed
        .iter()
        .find(|(payment, cost)| {
            SMALL_PAYMENTS.unconfirmed_on(payment.date)
                && !cost.unconfirmed_waiver
                && !cost.fee.amount().is_zero()
        })
        .map(|(_, cost)| {
            fill(
                context.texts().fee_after_confirmed,
                &[
                    (
                        "until",
                        &format_long_date(lang, SMALL_PAYMENTS.confirmed_until),
                    ),
                    (
                        "percent",
                        &format_percent(lang, cost.rules.fee_percent.value),
                    ),
                ],
            )
        });
    let rows = costed.into_iter().map(|(payment, cost)| {
        let id = payment.id;
        let editor = props
            .editor
            .filter(|(open, _)| *open == id)
            .map(|(_, kind)| kind);
        let notice = props
            .notice
            .as_ref()
            .filter(|notice| notice.place == Place::Payment(id))
            .map(|notice| notice.event.clone());
        html! {
            <PaymentRow key={id} payment={payment.clone()}
                {cost}
                refused={refused.get(&id).cloned()}
                {editor} {notice} save={props.save} costs={props.costs}
                ledger={editor.map(|_| ledger.clone())}
                dispatch={props.dispatch.clone()} />
        }
    });
    // A deletion stays undoable after a payment is added, so its line stays
    // too (a student lost a one-tap deletion to his next payment).
    let list_notice = props
        .notice
        .as_ref()
        .filter(|notice| notice.place == Place::List)
        .map(|notice| notice.event.clone())
        .or_else(|| {
            props
                .undo
                .map(|(amount, date)| super::events::Event::Deleted { amount, date })
        });
    let on_month = {
        let dispatch = props.dispatch.clone();
        let months = props.months.clone();
        Callback::from(move |event: Event| {
            let index: usize = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
                .parse()
                .unwrap_or(0);
            if let Some(month) = months.get(index) {
                dispatch.dispatch(Action::ChooseMonth(*month));
            }
        })
    };
    let undo = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Undo))
    };
    // The row deleted was further down, and its button is gone: the focus
    // goes to Undo, which brings it into sight on a phone.
    let undo_button = use_node_ref();
    {
        let undo_button = undo_button.clone();
        use_effect_with(props.undo.is_some(), move |undo| {
            if *undo {
                if let Some(button) = undo_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }

    html! {
        <section class="panel" aria-labelledby="list-title">
            <h2 id="list-title">{ texts.list_title }</h2>
            if props.months.len() > 1 {
                <div class="field">
                    <label for="list-month">{ texts.list_month_label }</label>
                    <select id="list-month" onchange={on_month} aria-describedby={(other_months > 0).then_some("list-month-others")}>
                        for (index, month) in props.months.iter().enumerate() {
                            <option value={index.to_string()} selected={*month == props.month}>{ month_name(texts, *month) }</option>
                        }
                    </select>
                    // Only this month's rows are drawn: the others are said
                    // to be there (a user took them for lost).
                    if other_months > 0 {
                        <p class="field-note" id="list-month-others">{ texts.list_other_months.count(other_months) }</p>
                    }
                </div>
            }
            if let Some(event) = list_notice {
                { status_line(&context, &event, props.save, html! {
                    if props.undo.is_some() {
                        <button type="button" class="button small" ref={undo_button} onclick={undo}>{ texts.undo }</button>
                    }
                }) }
            }
            if ledger.payments.is_empty() {
                <p class="result-placeholder">{ texts.empty }</p>
                if props.replaced_kept {
                    <p class="notice"><a href={format!("{}#backups", context.href(Route::Tracker))}>{ texts.empty_backup_kept }</a></p>
                }
            } else {
                if let Some(unconfirmed) = unconfirmed {
                    <p class="payment-waiver">{ unconfirmed }</p>
                }
                if let Some(fee_unstated) = fee_unstated {
                    <p class="payment-waiver">{ fee_unstated }</p>
                }
                <ul class="payments">for row in rows { { row } }</ul>
                if hidden > 0 {
                    <p class="field-note">
                        { fill(texts.list_shown, &[("shown", &limit.to_string()), ("total", &in_month.len().to_string())]) }
                    </p>
                    <button type="button" class="button" onclick={{
                        let shown = shown.clone();
                        Callback::from(move |_: MouseEvent| shown.set(limit + PAGE))
                    }}>{ texts.list_more.count(hidden.min(PAGE)) }</button>
                }
            }
        </section>
    }
}
