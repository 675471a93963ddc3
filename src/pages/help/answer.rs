//! One problem's answer, in the order someone at a till needs it: what to
//! do now and the ways to pay now, whose side it is, why, what they see,
//! and what fixes it for next time (with what to ask the bank).

use super::call_numbers::customer_service_numbers;
use crate::components::problem_search::{show_cashier, way_href};
use crate::components::step_card::step_title;
use crate::components::waiver_note::sources_sentence;
use crate::context::LangContext;
use crate::rule_text::{published_in, rule_values, with_rules};
use waika_core::guide::{ProblemId, PROBLEMS, STEPS};
use waika_core::route::Route;
use waika_core::trouble::{trouble_of, Side};
use waika_texts::guide::cashier_phrase;
use waika_texts::problems::{
    bank_script, help_texts, problem, seen, side, way, BANK_REFUSED_MESSAGE,
};
use waika_texts::Lang;
use yew::prelude::*;

/// What to ask the bank, labelled as travel guides' advice, with the
/// official message to read out in Chinese and English.
fn bank_call(lang: Lang) -> Html {
    let script = bank_script(lang);
    let (zh, en) = BANK_REFUSED_MESSAGE;
    html! {
        <section class="panel bank-call" aria-labelledby="bank-call-title">
            <h3 id="bank-call-title">{ script.title }</h3>
            <p class="field-note">{ script.intro }</p>
            <ol class="bank-questions">
                for question in script.questions.iter() { <li>{ *question }</li> }
            </ol>
            <p>{ script.read_out }</p>
            <p class="read-out" lang={Lang::Zh.tag()}>{ zh }</p>
            <p class="read-out" lang={Lang::En.tag()}>{ en }</p>
        </section>
    }
}

pub fn problem_answer(context: &LangContext, id: ProblemId) -> Html {
    let (lang, help) = (context.lang, help_texts(context.lang));
    let values = rule_values(lang, context.rules());
    let text = problem(lang, id);
    let trouble = trouble_of(id);
    let whose = side(lang, trouble.side);
    let seen_lines = seen(lang, id);
    let mut templates: Vec<&str> = seen_lines.to_vec();
    templates.push(text.cause);
    templates.extend(text.now.iter().copied());
    templates.extend(text.fix.iter().copied());
    let published = published_in(context.rules(), &templates).line(lang);
    let entry = PROBLEMS.iter().find(|entry| entry.id == id);
    let customer_service = entry.is_some_and(|entry| entry.customer_service);
    let see_also = entry.map(|entry| entry.see_also).unwrap_or_default();
    let related = entry
        .map(|entry| entry.related_steps)
        .unwrap_or_default()
        .iter()
        .filter_map(|step| STEPS.iter().find(|s| s.id == *step));
    // The cashier card's sentence for this moment, with its place there.
    let phrase = entry
        .and_then(|entry| entry.cashier_phrase)
        .and_then(cashier_phrase);
    let has_now = !text.now.is_empty()
        || !trouble.pay_now.is_empty()
        || !see_also.is_empty()
        || phrase.is_some();
    // The cashier's sentence follows what to do at once, before the checks
    // and the ways: it is said while the queue waits, and on a zoomed-in
    // phone it was screens down after them.
    let show_cashier = phrase.map(|phrase| show_cashier(context, phrase));
    let (lead, then) = match text.now.split_first() {
        Some((lead, then)) => (Some(*lead), then),
        None => (None, text.now),
    };
    // A question of how (a train ticket) is answered, not diagnosed.
    let (why_title, fix_title, seen_title) = if trouble.how_to {
        (help.how_why_title, help.how_fix_title, help.how_seen_title)
    } else {
        (help.why_title, help.fix_title, help.seen_title)
    };
    // "Only travel guides report this": one notice, under the side when the
    // answer has one.
    let reported = trouble
        .only_reported
        .then(|| html! { <p class="notice reported">{ help.only_reported }</p> });
    html! {
        <div class="answer">
            if has_now {
                <section class="panel pay-now" aria-labelledby="pay-now-title">
                    <h2 id="pay-now-title">{ help.now_title }</h2>
                    if let Some(lead) = lead {
                        <p class="now-lead">{ with_rules(lead, &values) }</p>
                    }
                    { show_cashier }
                    if !then.is_empty() {
                        <ul class="now">
                            for line in then.iter() { <li>{ with_rules(line, &values) }</li> }
                        </ul>
                    }
                    if !trouble.pay_now.is_empty() {
                        <ul class="ways-now">
                            for way_to_pay in trouble.pay_now.iter().copied() {
                                <li>
                                    if let Some(href) = way_href(context, way_to_pay) {
                                        <a class="way-now" {href}>{ way(lang, way_to_pay).label }</a>
                                    } else {
                                        <strong class="way-now">{ way(lang, way_to_pay).label }</strong>
                                    }
                                    <span class="way-how">
                                        { way(lang, way_to_pay).how }
                                        if way_to_pay.is_advice() {
                                            { lang.gap() }<em class="advice">{ lang.in_brackets(help.advice) }</em>
                                        }
                                    </span>
                                </li>
                            }
                        </ul>
                    }
                    // After the ways: someone at a till pays first.
                    if !see_also.is_empty() {
                        <p class="related-intro">{ help.related_answers }</p>
                        <ul class="related">
                            for other in see_also.iter().copied() {
                                <li><a href={context.href(Route::Help(Some(other)))}>{ problem(lang, other).title }</a></li>
                            }
                        </ul>
                    }
                </section>
            }
            // A question of how (a train ticket) has no side to name.
            if !trouble.how_to {
                <section class="side" aria-labelledby="side-title">
                    <h2 id="side-title">{ help.side_title }</h2>
                    // "Not known" needs no name of its own: the sentence says it.
                    if trouble.side != Side::NotKnown {
                        <p class="side-label"><strong>{ whose.label }</strong></p>
                    }
                    <p>{ whose.body }</p>
                    // Said under the side it qualifies, so the side is not
                    // read as an official statement.
                    { reported.clone() }
                </section>
            }
            <section aria-labelledby="why-title">
                <h2 id="why-title">{ why_title }</h2>
                <p>{ with_rules(text.cause, &values) }</p>
                // Without a side, under the cause.
                if trouble.how_to {
                    { reported }
                }
                if !seen_lines.is_empty() {
                    <h3>{ seen_title }</h3>
                    <ul class="seen">
                        for line in seen_lines.iter() { <li>{ with_rules(line, &values) }</li> }
                        // WeChat set to Chinese shows these: a visitor who
                        // cannot read them can still match them.
                        if lang != Lang::Zh {
                            for line in seen(Lang::Zh, id).iter() {
                                <li lang={Lang::Zh.tag()}>{ with_rules(line, &values) }</li>
                            }
                        }
                    </ul>
                }
            </section>
            <section aria-labelledby="fix-title">
                <h2 id="fix-title">{ fix_title }</h2>
                // One step needs no number.
                if let [only] = text.fix {
                    <p class="actions">{ with_rules(only, &values) }</p>
                } else if !text.fix.is_empty() {
                    <ol class="actions">
                        for line in text.fix.iter() { <li>{ with_rules(line, &values) }</li> }
                    </ol>
                }
                <ul class="related">
                    if trouble.check_card {
                        <li><a href={context.href(Route::Eligibility)}>{ help.check_card }</a></li>
                    }
                    if trouble.open_fees {
                        <li><a href={context.href(Route::Fees)}>{ help.open_fees }</a></li>
                    }
                    for step in related {
                        <li><a href={context.href(Route::GuideStep(Some(step.id)))}>{ step_title(lang, step.id) }</a></li>
                    }
                </ul>
                if trouble.call_bank {
                    { bank_call(lang) }
                }
                if customer_service {
                    { customer_service_numbers(context) }
                }
            </section>
            if let Some(line) = published {
                <p class="field-note published">{ line }</p>
            }
            <p class="field-note">{ sources_sentence(lang, trouble.sources) }</p>
        </div>
    }
}
