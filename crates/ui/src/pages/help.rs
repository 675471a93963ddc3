//! The troubleshooter: type what you see, in any language, and get the
//! cause and what to do, for every problem the official guide lists.

use crate::components::step_card::step_title;
use crate::context::use_lang;
use crate::rule_text::{published_in, rule_values, rules_today, with_rules};
use crate::session::use_session_text;
use waika_core::guide::{search, ProblemId, PROBLEMS, STEPS};
use waika_core::route::Route;
use waika_core::rules::CUSTOMER_SERVICE;
use waika_texts::fill;
use waika_texts::guide::{problem, problem_search_text_all_languages};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A phone number as a tap-to-call link target: digits and a leading +.
fn tel_href(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// The customer service numbers, as links a phone can call.
#[component]
pub fn CustomerServiceNumbers() -> Html {
    let context = use_lang();
    let texts = context.texts();
    let numbers = CUSTOMER_SERVICE.value;
    html! {
        <ul class="call-list">
            <li>
                <a class="call" href={tel_href(numbers.mainland)}>{ numbers.mainland }</a>
                { context.lang.gap() }{ texts.call_mainland }
            </li>
            <li>
                <a class="call" href={tel_href(numbers.international)}>{ numbers.international }</a>
                { context.lang.gap() }{ texts.call_abroad }
            </li>
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct HelpPageProps {
    /// A problem opened from a link.
    pub problem: Option<ProblemId>,
}

#[component]
pub fn HelpPage(props: &HelpPageProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, context.texts());
    let query = use_session_text("waika.session.help-search", String::new);
    let values = rule_values(lang, rules_today());
    let found = search(&query, problem_search_text_all_languages);
    let count = found.len().to_string();
    let total = PROBLEMS.len().to_string();
    let on_input = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            query.set(input.value());
        })
    };
    let entries = found.iter().filter_map(|id| PROBLEMS.iter().find(|p| p.id == *id)).map(|entry| {
        let text = problem(lang, entry.id);
        let open = props.problem == Some(entry.id) || found.len() == 1;
        let mut templates: Vec<&str> = text.seen.to_vec();
        templates.push(text.cause);
        templates.extend(text.actions.iter().copied());
        let published = published_in(rules_today(), &templates).line(lang);
        let related = entry.related_steps.iter().filter_map(|step| STEPS.iter().find(|s| s.id == *step));
        html! {
            <li>
                <details class="problem" id={format!("problem-{}", entry.slug)} open={open}>
                    <summary><h2 class="problem-title">{ with_rules(text.title, &values) }</h2></summary>
                    <div class="problem-body">
                        <h3>{ texts.help_seen }</h3>
                        <ul class="seen">
                            for seen in text.seen.iter() { <li>{ with_rules(seen, &values) }</li> }
                        </ul>
                        <h3>{ texts.help_cause }</h3>
                        <p>{ with_rules(text.cause, &values) }</p>
                        <h3>{ texts.help_actions }</h3>
                        <ol class="actions">
                            for action in text.actions.iter() { <li>{ with_rules(action, &values) }</li> }
                        </ol>
                        if let Some(line) = published {
                            <p class="field-note published">{ line }</p>
                        }
                        if entry.customer_service {
                            <CustomerServiceNumbers />
                        }
                        if !entry.related_steps.is_empty() {
                            <h3>{ texts.help_related }</h3>
                            <ul class="related">
                                for step in related {
                                    <li><a href={context.href(Route::GuideStep(Some(step.id)))}>{ step_title(lang, step.id) }</a></li>
                                }
                            </ul>
                        }
                    </div>
                </details>
            </li>
        }
    });
    html! {
        <article class="help">
            <h1>{ texts.help_title }</h1>
            <p class="intro">{ texts.help_intro }</p>
            <div class="field search-field">
                <label for="help-search">{ texts.help_search_label }</label>
                <p class="field-hint" id="help-search-hint">{ texts.help_search_hint }</p>
                <input
                    id="help-search"
                    type="search"
                    autocomplete="off"
                    value={(*query).clone()}
                    aria-describedby="help-search-hint"
                    oninput={on_input}
                />
            </div>
            <p class="result-count" aria-live="polite">
                { fill(texts.help_count, &[("count", &count), ("total", &total)]) }
            </p>
            if found.is_empty() {
                <p class="notice">{ texts.help_no_results }</p>
            }
            <ul class="problems">for entry in entries { { entry } }</ul>
            <section class="customer-service" aria-labelledby="customer-service-title">
                <h2 id="customer-service-title">{ texts.help_call_title }</h2>
                <CustomerServiceNumbers />
            </section>
            <p class="jump-link">
                <a href={format!("{}#what-you-may-have-read", context.href(Route::BeforeYouGo))}>
                    { waika_texts::claims::claims_texts(lang).title }
                </a>
            </p>
        </article>
    }
}
