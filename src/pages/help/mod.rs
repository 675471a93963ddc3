//! The troubleshooter: type what you see or say it in your own words, in
//! any language, and get what to do now, whose side it is, why, and what
//! fixes it for next time. A problem's own address shows its answer first.

mod answer;
mod call_numbers;

use crate::components::problem_search::{ProblemSearch, QUERY_KEY};
use crate::context::use_lang;
use crate::router::query_value;
use crate::rule_text::{rule_values, with_rules};
use crate::session::session_set;
use answer::problem_answer;
use call_numbers::customer_service_numbers;
use waika_core::guide::ProblemId;
use waika_core::route::Route;
use waika_texts::problems::{help_texts, problem};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpPageProps {
    /// A problem opened from a link.
    pub problem: Option<ProblemId>,
}

/// The question in the address (`?q=`), as a search form without the app
/// sends it.
fn question_in_address() -> Option<String> {
    let question = query_value("q")?;
    (!question.trim().is_empty()).then_some(question)
}

#[component]
pub fn HelpPage(props: &HelpPageProps) -> Html {
    let context = use_lang();
    let (lang, texts, help) = (context.lang, context.texts(), help_texts(context.lang));
    let values = rule_values(lang, context.rules());
    // A question sent by the start page's form becomes the search's, and
    // the page draws again with it.
    let asked = use_state(|| None::<String>);
    {
        let asked = asked.clone();
        use_effect_with((), move |_| {
            if let Some(question) = question_in_address() {
                session_set(QUERY_KEY, &question);
                asked.set(Some(question));
            }
        });
    }
    let search = html! {
        <ProblemSearch
            key={(*asked).clone().unwrap_or_default()}
            id="help-search"
            label={texts.help_search_label}
            hint={AttrValue::from(texts.help_search_hint)}
        />
    };
    html! {
        <article class="help">
            if let Some(id) = props.problem {
                <p class="back-link"><a href={context.href(Route::Help(None))}>{ help.all_problems }</a></p>
                <h1>{ with_rules(problem(lang, id).title, &values) }</h1>
                { problem_answer(&context, id) }
                <h2 class="other-problems">{ texts.help_title }</h2>
                { search }
            } else {
                <h1>{ texts.help_title }</h1>
                <p class="intro">{ texts.help_intro }</p>
                { search }
            }
            <section class="customer-service" aria-labelledby="customer-service-title">
                <h2 id="customer-service-title">{ texts.help_call_title }</h2>
                { customer_service_numbers(&context) }
            </section>
            <p class="jump-link">
                <a href={format!("{}#what-you-may-have-read", context.href(Route::BeforeYouGo))}>
                    { waika_texts::claims::claims_texts(lang).title }
                </a>
            </p>
        </article>
    }
}
