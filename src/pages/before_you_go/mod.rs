//! Before the trip: the practical ways to pay, the risks, and a checklist
//! whose ticks are kept on the device.

pub mod checklist;

use crate::components::waiver_note::{new_user_deadline, sources_sentence};
use crate::components::wrong_claims::wrong_claims;
use crate::context::use_lang;
use crate::rule_text::{published_in, rule_values, with_rules};
use crate::storage::{self, Loaded};
use checklist::{Checklist, ChecklistAction};
use waika_core::promotions::{NEW_USERS_2026, SMALL_PAYMENTS};
use waika_core::route::Route;
use waika_texts::fill;
use waika_texts::guide::{
    checklist_item, payment_option, risk, ChecklistItem, PaymentOption, Risk,
};
use yew::prelude::*;

const CHECKLIST_KEY: &str = "waika.checklist";

// Long: the checklist, the offer's deadline and the ways to pay in page order.
#[component]
pub fn BeforeYouGoPage() -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, context.texts());
    let values = rule_values(lang, context.rules());
    let checklist = use_reducer(Checklist::default);
    let unreadable = use_state(|| false);
    {
        // What is stored arrives after the first drawing.
        let (checklist, unreadable) = (checklist.clone(), unreadable.clone());
        use_effect_with((), move |_| match storage::load_texts(CHECKLIST_KEY) {
            Loaded::Found(keys) => checklist.dispatch(ChecklistAction::Loaded(keys)),
            Loaded::Unreadable { .. } => unreadable.set(true),
            Loaded::Missing => {}
        });
    }
    {
        // Written back only after a tap, so opening the page writes nothing.
        let saved = checklist.clone();
        use_effect_with(checklist.ticked.clone(), move |ticked| {
            if saved.changed {
                let _ = storage::save_texts(CHECKLIST_KEY, ticked);
            }
        });
    }
    let unreadable = *unreadable;
    let done = ChecklistItem::ALL
        .iter()
        .filter(|item| checklist.is_ticked(item.key()))
        .count();
    let options = PaymentOption::ALL.iter().map(|&id| {
        let text = payment_option(lang, id);
        html! {
            <li class="option" id={format!("way-{}", id.slug())}>
                <h3>{ text.title }</h3>
                <p>{ with_rules(text.summary, &values) }</p>
                <p><strong>{ texts.option_good }</strong><span class="after-sentence">{ with_rules(text.good, &values) }</span></p>
                <p><strong>{ texts.option_bad }</strong><span class="after-sentence">{ with_rules(text.bad, &values) }</span></p>
                // A trip comes later: from the year the small-payment
                // waiver is last confirmed for, the fee above it may not
                // be the whole story by the time the traveller pays.
                if id == PaymentOption::InternationalCard && SMALL_PAYMENTS.tell_traveller_on(context.today) {
                    <p class="notice">
                        { with_rules(texts.small_waiver_unconfirmed_short, &values) }
                        <span class="after-sentence">{ sources_sentence(lang, SMALL_PAYMENTS.sources) }</span>
                    </p>
                }
                if let Some(line) = published_in(context.rules(), &[text.summary, text.good, text.bad]).line(lang) {
                    <p class="field-note published">{ line }</p>
                }
                <p class="field-note">{ sources_sentence(lang, id.sources()) }</p>
            </li>
        }
    });
    let risks = Risk::ALL.iter().map(|&id| {
        let text = risk(lang, id);
        html! {
            <li>
                <h3>{ text.title }</h3>
                <p>{ with_rules(text.body, &values) }</p>
                if let Some(line) = published_in(context.rules(), &[text.body]).line(lang) {
                    <p class="field-note published">{ line }</p>
                }
            </li>
        }
    });
    // Time-bound, so part of preparing while the offer can be started.
    let offer_deadline = new_user_deadline(&context);
    let items = ChecklistItem::ALL.iter().map(|&item| {
        let key = item.key();
        let checked = checklist.is_ticked(key);
        let on_change = {
            let checklist = checklist.clone();
            Callback::from(move |_: Event| {
                checklist.dispatch(ChecklistAction::Toggle(key.to_string()))
            })
        };
        let id = format!("check-{key}");
        html! {
            // The whole row is the label: a tap anywhere on it ticks the box.
            <li>
                <label for={id.clone()}>
                    <input type="checkbox" id={id} checked={checked} onchange={on_change} />
                    <span>{ with_rules(checklist_item(lang, item), &values) }</span>
                </label>
            </li>
        }
    });
    html! {
        <article class="before">
            <h1>{ texts.before_title }</h1>
            <p class="intro">{ texts.before_intro }</p>
            // A long page on a phone: each part one tap away (the checklist
            // comes next, in sight).
            <nav class="page-contents" aria-label={texts.before_contents}>
                <ul>
                    for (anchor, title) in [
                        ("ways-to-pay", texts.ways_to_pay_title),
                        ("risks", texts.risks_title),
                        ("what-you-may-have-read", waika_texts::claims::claims_texts(lang).title),
                    ] {
                        <li><a href={format!("{}#{anchor}", context.href(Route::BeforeYouGo))}>{ title }</a></li>
                    }
                </ul>
            </nav>
            <section id="checklist" aria-labelledby="checklist-title" class="panel">
                <h2 id="checklist-title">{ texts.checklist_title }</h2>
                // Time-bound: before the list, so it is read in time.
                if let Some(deadline) = offer_deadline.clone() {
                    <p class="notice offer-deadline">{ deadline }</p>
                }
                if unreadable {
                    <p class="notice" role="status">{ texts.checklist_unreadable }</p>
                }
                <p class="result-count" aria-live="polite">
                    { fill(texts.checklist_progress, &[("done", &done.to_string()), ("total", &ChecklistItem::ALL.len().to_string())]) }
                </p>
                <ul class="checklist">for item in items { { item } }</ul>
                <p class="field-note">{ texts.checklist_note }</p>
                if offer_deadline.is_some() {
                    <p class="field-note">{ sources_sentence(lang, NEW_USERS_2026.sources) }</p>
                }
            </section>
            <section id="ways-to-pay" aria-labelledby="options-title" class="panel ways-to-pay">
                <h2 id="options-title">{ texts.ways_to_pay_title }</h2>
                <p class="field-note">{ texts.ways_to_pay_intro }</p>
                <ul class="options">for option in options { { option } }</ul>
            </section>
            <section id="risks" aria-labelledby="risks-title" class="panel">
                <h2 id="risks-title">{ texts.risks_title }</h2>
                <ul class="risks">for risk in risks { { risk } }</ul>
            </section>
            { wrong_claims(&context) }
        </article>
    }
}
