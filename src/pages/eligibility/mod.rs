//! The eligibility checker: questions on the left of the verdict, which
//! updates with every answer. The answers live in the address, so the page
//! can be shared and restored; they hold nothing personal. The tab keeps
//! them too, so another view or another language loses none.

use crate::address::{query_of, Address};
use crate::components::choice_group::{choice_group, ChoiceGroup};
use crate::components::text_field::{FieldKind, TextField};
use crate::components::waiver_note::{
    new_user_deadline_notice, sources_sentence, stale_notice, StaleAbout,
};
use crate::context::use_lang;
use crate::hooks::use_effect_after_first;
use crate::router::{current_relative, replace_query};
use crate::rule_text::{rule_values, with_rules};
use crate::session::{session_get, session_set};
use crate::settings::state::SettingsChange;
use crate::settings::{use_settings, UNIONPAY};
use waika_core::eligibility::{
    assess, AnswerForm, Answers, AppVersion, NetworkAnswer, Outcome, Reason, Weight, QUESTIONS,
};
use waika_core::guide::PaymentOption;
use waika_core::route::Route;
use waika_texts::eligibility::{self as words, checker, question, QuestionId};
use waika_texts::guide::payment_option;
use waika_texts::{fill, format_long_date, Lang};
use yew::prelude::*;

mod reasons;
mod state;

use reasons::{published_in_reasons, reason_item};
use state::{CheckerAction, CheckerState};

/// The answers as a query, kept for this tab (sessionStorage).
const ANSWERS_KEY: &str = "waika.session.eligibility";

fn query_in_address() -> String {
    current_relative()
        .map(|relative| query_of(&relative).to_string())
        .unwrap_or_default()
}

/// The checker's address with the answers in its query.
fn address_with_answers(lang: Lang, answers: &Answers) -> String {
    let query = answers.to_query();
    let href = Address::new(lang, Route::Eligibility).href();
    if query.is_empty() {
        href
    } else {
        format!("{href}?{query}")
    }
}

/// The whole link to this checker with these answers, to share.
fn share_url(lang: Lang, answers: &Answers) -> String {
    let base = crate::browser::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    format!("{base}{}", address_with_answers(lang, answers))
}

/// Shows the verdict and moves the focus to its heading, so the keyboard
/// carries on from there, not from the button scrolled out of sight.
fn scroll_to_verdict() {
    if let Some(title) = crate::browser::element_by_id("verdict-title") {
        title.scroll_into_view();
        let _ = title.focus();
    }
}

fn copy_to_clipboard(text: &str) {
    if let Some(window) = crate::browser::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}

// Long: the question table, the verdict and the share panel in the order the page shows
// them; each question and reason is a component.
/// The first choice of the card's network, the first question about a
/// card.
fn focus_first_card_question() {
    let first = crate::browser::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("input[name=net]").ok().flatten())
        .and_then(|input| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(input).ok());
    if let Some(input) = first {
        let _ = input.focus();
    }
}

#[component]
pub fn EligibilityPage() -> Html {
    let context = use_lang();
    let lang = context.lang;
    let texts = checker(lang);
    let state = use_reducer(CheckerState::default);
    {
        // The answers of a shared link, else those this tab kept, arrive
        // after the first drawing.
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let mut answers = Answers::from_query(&query_in_address());
            if answers == Answers::default() {
                answers = Answers::from_query(&session_get(ANSWERS_KEY).unwrap_or_default());
            }
            if answers != Answers::default() {
                dispatch.dispatch(CheckerAction::FromAddress(answers));
            }
        });
    }
    use_effect_after_first(&state.answers, |answers| {
        replace_query(&answers.to_query());
        session_set(ANSWERS_KEY, &answers.to_query());
    });
    let answers = state.answers;
    let version_text = &state.version_text;
    {
        // The card's network is shared with the calculator and the tracker
        // (the settings are never written from a blog's frame).
        let settings = use_settings();
        use_effect_with(answers.network, move |network| {
            let network = match network {
                Some(NetworkAnswer::UnionPay) => UNIONPAY,
                Some(NetworkAnswer::Named(_)) => "",
                _ => return,
            };
            settings.change(SettingsChange::Network(network.to_string()));
        });
    }
    let rules = context.rules();
    let verdict = assess(&answers, rules);
    let values = rule_values(lang, rules);

    // One control per row of the question table, in its order.
    let choose = |write: fn(&mut Answers, &str)| {
        let dispatch = state.dispatcher();
        Callback::from(move |code: &'static str| {
            dispatch.dispatch(CheckerAction::Choose { write, code })
        })
    };
    let version_question = question(lang, QuestionId::Version);
    let version_error = (!version_text.trim().is_empty()
        && AppVersion::parse(version_text).is_none())
    .then(|| fill(texts.version_unreadable, &[("text", version_text.trim())]));
    // Typed another way ("8,0,50", "8 0 50", full-width): say how it was read.
    let version_read_as = AppVersion::parse(version_text)
        .map(|version| version.to_string())
        .filter(|version| version.as_str() != version_text.trim())
        .map(|version| fill(texts.version_read_as, &[("version", &version)]));
    let on_version = {
        let dispatch = state.dispatcher();
        Callback::from(move |text: String| dispatch.dispatch(CheckerAction::Version(text)))
    };

    let version_field = html! {
        <TextField
            id="version"
            kind={FieldKind::Text}
            label={version_question.label}
            hint={AttrValue::from(version_question.help)}
            placeholder={AttrValue::from(texts.version_placeholder)}
            value={version_text.clone()}
            error={version_error.map(AttrValue::from)}
            note={version_read_as.map(AttrValue::from)}
            announce_note=true
            on_input={on_version}
        />
    };

    let outcome_class = match verdict.outcome {
        Outcome::Eligible => "verdict-eligible",
        Outcome::NotYet => "verdict-not-yet",
        Outcome::NotPossible => "verdict-not-possible",
        Outcome::Incomplete => "verdict-incomplete",
    };
    let fixes: Vec<Reason> = verdict.fix_steps().copied().collect();
    // "Yes" alone read as a promise to someone whose card had just been
    // refused: the caveat is said right under it too (with its sources
    // among the reasons).
    let caveat = verdict
        .caveat()
        .map(|finding| words::finding(lang, finding));
    let others: Vec<Reason> = verdict
        .reasons
        .iter()
        .filter(|r| r.weight != Weight::Fix)
        .copied()
        .collect();
    let share = share_url(lang, &answers);

    html! {
        <article class="eligibility">
            <h1>{ texts.title }</h1>
            <p class="intro">{ texts.intro }</p>
            <form class="questions" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                { for QUESTIONS.iter().map(|row| match row.form {
                    AnswerForm::Choice => {
                        let q = question(lang, row.id);
                        let codes = (row.choices)();
                        let selected = (row.read)(&answers)
                            .and_then(|code| codes.iter().copied().find(|known| *known == code));
                        let choices: Vec<(&'static str, String)> = codes
                            .into_iter()
                            .map(|code| (code, words::answer_label(lang, row.id, code).unwrap_or_default()))
                            .collect();
                        choice_group(ChoiceGroup {
                            name: row.key,
                            legend: q.label,
                            help: q.help,
                            choices,
                            selected,
                            on_choose: choose(row.write),
                        })
                    }
                    AnswerForm::Version => version_field.clone(),
                }) }
                <div class={classes!("verdict-bar", outcome_class)}>
                    // Only the outcome is read out when it changes: the
                    // whole verdict on every answer would drown the form.
                    <p role="status">{ words::outcome(lang, verdict.outcome) }</p>
                    <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| scroll_to_verdict())}>
                        { texts.see_verdict }
                    </button>
                </div>
            </form>

            <section id="verdict" class={classes!("verdict", outcome_class)} aria-labelledby="verdict-title">
                <h2 id="verdict-title" tabindex="-1">{ texts.verdict_title }</h2>
                <p class="verdict-outcome">{ words::outcome(lang, verdict.outcome) }</p>
                if let Some(caveat) = caveat {
                    <p class="verdict-caveat">{ caveat }</p>
                }
                { stale_notice(&context, StaleAbout::Verdict, false) }
                if verdict.outcome == Outcome::Incomplete {
                    <p>{ texts.incomplete.count(verdict.unanswered) }</p>
                }
                if !fixes.is_empty() {
                    <h3>{ texts.fixes_title }</h3>
                    <ul class="reasons">for reason in fixes.iter() { { reason_item(&context, *reason) } }</ul>
                }
                // What to do by a date comes before the reasons; the offer
                // is for a first card only.
                if verdict.outcome != Outcome::NotPossible && answers.may_be_first_card() {
                    { new_user_deadline_notice(&context) }
                }
                if !others.is_empty() {
                    <h3>{ texts.reasons_title }</h3>
                    <ul class="reasons">for reason in others.iter() { { reason_item(&context, *reason) } }</ul>
                }
                if let Some(line) = published_in_reasons(&verdict.reasons).line(lang) {
                    <p class="field-note published">{ line }</p>
                }
                <p class="field-note">{ fill(context.texts().rules_used, &[("id", rules.id), ("date", &format_long_date(lang, rules.effective_from))]) }</p>
            </section>

            <section class="panel" aria-labelledby="features-title">
                <h2 id="features-title">{ match verdict.outcome {
                    Outcome::NotPossible => texts.features_title_if_solved,
                    Outcome::Incomplete => texts.features_title_unanswered,
                    Outcome::Eligible | Outcome::NotYet => texts.features_title,
                } }</h2>
                <dl class="features">
                    for (feature, availability) in verdict.features.iter() {
                        <div class="feature-row">
                            <dt>{ words::feature(lang, *feature) }</dt>
                            <dd>{ words::availability(lang, *availability) }</dd>
                        </div>
                    }
                </dl>
            </section>

            if verdict.outcome == Outcome::NotPossible || verdict.alternatives.contains(&PaymentOption::WeChatPayHk) {
                <section class="panel" aria-labelledby="alternatives-title">
                    <h2 id="alternatives-title">{ texts.alternatives_title }</h2>
                    <ul class="options">
                        { for verdict.alternatives.iter().map(|option| {
                            let text = payment_option(lang, *option);
                            html! {
                                <li>
                                    <h3>{ text.title }</h3>
                                    <p>{ with_rules(text.summary, &values) }</p>
                                    <p class="field-note">{ sources_sentence(lang, option.sources()) }</p>
                                </li>
                            }
                        }) }
                    </ul>
                    <p><a class="button" href={context.href(Route::BeforeYouGo)}>{ context.texts().ways_to_pay_link }</a></p>
                </section>
            }

            <section class="panel" aria-labelledby="share-title">
                <h2 id="share-title">{ texts.share_title }</h2>
                <p class="field-hint">{ texts.share_note }</p>
                <label class="visually-hidden" for="share-link">{ texts.share_title }</label>
                <input id="share-link" type="text" readonly=true value={share.clone()} />
                <p class="cta-row">
                    <button type="button" class="button primary" onclick={{
                        let dispatch = state.dispatcher();
                        Callback::from(move |_: MouseEvent| {
                            copy_to_clipboard(&share);
                            dispatch.dispatch(CheckerAction::Copied);
                        })
                    }}>{ texts.share_copy }</button>
                    // Another card of the same person: only its own
                    // questions are asked again, from the first of them.
                    <button type="button" class="button" onclick={{
                        let dispatch = state.dispatcher();
                        Callback::from(move |_: MouseEvent| {
                            dispatch.dispatch(CheckerAction::AnotherCard);
                            focus_first_card_question();
                        })
                    }}>{ texts.another_card }</button>
                    <button type="button" class="button" onclick={{
                        let dispatch = state.dispatcher();
                        Callback::from(move |_: MouseEvent| dispatch.dispatch(CheckerAction::StartOver))
                    }}>{ texts.start_over }</button>
                </p>
                if state.copied {
                    <p role="status">{ texts.share_copied }</p>
                }
            </section>
        </article>
    }
}
