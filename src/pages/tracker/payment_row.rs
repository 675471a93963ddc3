//! One payment: its cost under the rule set of its date, its refunds, a
//! mark when Weixin Pay would have refused it, and its buttons.

use super::costs::Costs;
use super::row_editor::RowEditor;
use super::state::{Action, EditorKind, Event, SaveStatus, TrackerState};
use super::status_line::status_line;
use crate::components::waiver_note::{fee_if_still, waiver_sentence, with_or_without};
use crate::context::use_lang;
use crate::rule_text::today_in_china;
use std::rc::Rc;
use waika_core::ledger::{Ledger, LimitKind, LimitWarning, Payment, PaymentCost};
use waika_core::money::Money;
use waika_core::promotions::{Unknown, WaiverOutcome};
use waika_core::route::Route;
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_money, format_percent, format_short_date};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PaymentRowProps {
    pub payment: Payment,
    pub cost: PaymentCost,
    /// The limits it broke when it was made, if any.
    pub refused: Option<Vec<LimitWarning>>,
    pub editor: Option<EditorKind>,
    pub notice: Option<Event>,
    pub save: SaveStatus,
    pub costs: Costs,
    /// The whole ledger, only while a form is open (for its limit checks).
    pub ledger: Option<Rc<Ledger>>,
    pub dispatch: UseReducerDispatcher<TrackerState>,
}

/// Whether the focus was in this row or went with what was removed from
/// it (back to the page's body); not when the user has moved on to
/// another row's form.
fn focus_was_here(row: &NodeRef) -> bool {
    match crate::browser::focused_element() {
        None => true,
        Some(active) => {
            active.tag_name() == "BODY" || row.get().is_some_and(|row| row.contains(Some(&active)))
        }
    }
}

#[component]
pub fn PaymentRow(props: &PaymentRowProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    let money = |value: Money| format_money(lang, value);
    let payment = &props.payment;
    let cost = &props.cost;
    let id = payment.id;
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    // Past the small-payment waiver's confirmed end, each figure it
    // changes is given with it and without it.
    let either = |now: Money, lapsed: Money| {
        with_or_without(lang, cost.unconfirmed_waiver, money(now), money(lapsed))
    };
    let amount = either(cost.total_cny, cost.total_if_lapsed);
    let total = match props.costs.home {
        Some(rate) => {
            let home = |total: Money| rate.from_cny(total.amount());
            let home = either(home(cost.total_cny), home(cost.total_if_lapsed));
            fill(
                texts.row_total_cost_home,
                &[("amount", &amount), ("home", &home)],
            )
        }
        None => fill(texts.row_total_cost, &[("amount", &amount)]),
    };
    let refused = props.refused.as_ref().map(|broken| {
        let items = broken.iter().map(|warning| {
            let template = match warning.kind {
                LimitKind::Single => texts.refused_single,
                LimitKind::Monthly => texts.refused_monthly,
                LimitKind::Yearly => texts.refused_yearly,
            };
            html! { <li>{ fill(template, &[("limit", &money(warning.limit)), ("over", &money(warning.over_by))]) }</li> }
        });
        let title = if broken.iter().all(LimitWarning::within_estimate) {
            texts.refused_title_estimated
        } else {
            texts.refused_title
        };
        html! {
            <div class="refused">
                <p class="refused-title">{ title }</p>
                <ul>for item in items { { item } }</ul>
                <p>{ texts.refused_what_now }</p>
            </div>
        }
    });
    let refunds = payment.refunds.iter().map(|refund| {
        html! {
            <li>
                { fill(texts.refunded_label, &[("date", &format_short_date(lang, refund.date)), ("amount", &money(Money::cny(refund.amount)))]) }
                <button type="button" class="link-button" onclick={send(Action::RemoveRefund { payment: id, refund: refund.id })}>{ texts.delete_refund }</button>
            </li>
        }
    });
    let actions_label = fill(
        texts.actions_label,
        &[
            ("amount", &money(Money::cny(payment.amount))),
            ("date", &format_short_date(lang, payment.date)),
        ],
    );

    // After Save, a refund or Undo the button pressed is gone: the focus
    // comes to the row, with its message, so a keyboard goes on from here.
    // Cancel or Esc changed nothing: the focus goes back to the button that
    // opened the form.
    let row = use_node_ref();
    let (edit_button, refund_button) = (use_node_ref(), use_node_ref());
    {
        let (row, open_before) = (row.clone(), use_mut_ref(|| None));
        let (edit_button, refund_button) = (edit_button.clone(), refund_button.clone());
        let open = props.editor;
        let told = props.notice.is_some() && open.is_none();
        use_effect_with((open, props.notice.clone()), move |_| {
            let closed =
                std::mem::replace(&mut *open_before.borrow_mut(), open).filter(|_| open.is_none());
            if !(told || closed.is_some()) || !focus_was_here(&row) {
                return;
            }
            let target = match (told, closed) {
                (false, Some(EditorKind::Edit)) => &edit_button,
                (false, Some(EditorKind::Refund)) => &refund_button,
                _ => &row,
            };
            // A Refund button gone with the last refund leaves the row.
            let element = target.cast::<web_sys::HtmlElement>();
            if let Some(element) = element.or_else(|| row.cast::<web_sys::HtmlElement>()) {
                let _ = element.focus();
            }
        });
    }

    // A refund removed by a stray tap comes back with Undo: recorded again,
    // with the ledger's own checks.
    let undo_refund_removal = |event: &Event| match event {
        Event::RefundRemoved { amount, date } => {
            let (dispatch, amount, date) = (props.dispatch.clone(), *amount, *date);
            let onclick = Callback::from(move |_: MouseEvent| {
                dispatch.dispatch(Action::Refund {
                    id,
                    date,
                    amount,
                    today: today_in_china(),
                })
            });
            html! { <button type="button" class="button small" {onclick}>{ texts.undo }</button> }
        }
        _ => Html::default(),
    };

    // Past the last day a source stated the fee, it is the figure stated
    // until then, said as such on the row as on the fees page.
    let fee = if cost.fee_past_stated {
        fee_if_still(lang, cost.fee, cost.rules.fee_percent.value)
    } else {
        either(cost.fee, cost.fee_if_lapsed)
    };

    // A payment refunded in full costs nothing: no waiver can change that.
    let fully_refunded = payment.left().is_zero();

    html! {
        <li class={classes!("payment", props.refused.is_some().then_some("payment-refused"))} ref={row} tabindex="-1">
            <div class="payment-main">
                <span class="payment-date">{ format_short_date(lang, payment.date) }</span>
                <span class="payment-amount">{ money(Money::cny(payment.amount)) }</span>
                <span class="payment-total">{ total }</span>
            </div>
            // The user's own words on a line of their own: after a badge
            // that wrapped, a line would start with the separator.
            if !payment.note.is_empty() {
                <p class="payment-note">{ payment.note.clone() }</p>
            }
            <p class="payment-detail">
                <span>{ fill(texts.row_fee, &[("amount", &fee)]) }</span>
                if fully_refunded {
                    <span class="badge">{ texts.refunded_in_full }</span>
                }
                if let WaiverOutcome::Waived(promotion) = cost.waiver {
                    <span class="badge">{ fill(texts.promotion_badge, &[("id", promotion.id)]) }</span>
                }
                // Named only where a payment is costed with other rules than
                // today's: on every row it would read as jargon.
                if cost.rules.id != context.rules().id {
                    <span>{ fill(texts.row_rules, &[("id", cost.rules.id)]) }</span>
                }
            </p>
            // Costed with the card it was recorded with, not the one chosen
            // now: said, with one tap to change it.
            if let Some(percent) = payment.markup.filter(|percent| Some(*percent) != props.costs.card_markup) {
                <p class="payment-card">
                    { fill(texts.row_card_markup, &[("percent", &format_percent(lang, percent))]) }
                    if let Some(now) = props.costs.card_markup {
                        { lang.gap() }
                        <button type="button" class="link-button" onclick={send(Action::SetMarkup { id, markup: Some(now) })}>
                            { fill(texts.row_card_use_now, &[("percent", &format_percent(lang, now))]) }
                        </button>
                    }
                </p>
            }
            // A small payment past the waiver's end has its one short line.
            if let Some(maybe) = waiver_sentence(lang, cost.waiver).filter(|_| !matches!(cost.waiver, WaiverOutcome::Waived(_)) && !cost.unconfirmed_waiver && !fully_refunded) {
                <p class="payment-waiver">
                    { maybe }
                    // The questions are far down the page: one tap to them.
                    if matches!(cost.waiver, WaiverOutcome::Maybe(_, Unknown::NotAnswered)) {
                        { context.lang.gap() }
                        <a href={format!("{}#new-user", context.href(Route::Tracker))}>{ context.texts().new_user_go }</a>
                    }
                </p>
            }
            for refused_item in refused { { refused_item } }
            if !payment.refunds.is_empty() {
                <ul class="refunds">
                    for refund in refunds { { refund } }
                    if !cost.fee_refunded.amount().is_zero() {
                        <li>{ fill(texts.fee_back, &[("fee", &money(cost.fee_refunded))]) }</li>
                    }
                </ul>
                // A refunded deposit read "¥0.00 ≈ INR 0.00": the rate and
                // the markup on a refund are not published.
                <p class="field-note">{ texts.refund_rate_unknown }</p>
            }
            <div class="payment-actions" role="group" aria-label={actions_label}>
                // Nothing is left to refund once it all came back.
                if !fully_refunded {
                    <button type="button" class="button small" ref={refund_button} onclick={send(Action::OpenEditor(id, EditorKind::Refund))}>{ texts.refund_action }</button>
                }
                <button type="button" class="button small" ref={edit_button} onclick={send(Action::OpenEditor(id, EditorKind::Edit))}>{ texts.edit_action }</button>
                <button type="button" class="button small danger" onclick={send(Action::Delete(id))}>{ texts.delete_action }</button>
            </div>
            if let (Some(kind), Some(ledger)) = (props.editor, props.ledger.clone()) {
                <RowEditor {kind} payment={payment.clone()} {ledger} costs={props.costs} dispatch={props.dispatch.clone()}
                    problem={match &props.notice { Some(Event::Refused(error)) => Some(*error), _ => None }} />
            }
            if let Some(event) = props.notice.clone().filter(|_| props.editor.is_none()) {
                { status_line(&context, &event, props.save, undo_refund_removal(&event)) }
            }
        </li>
    }
}
