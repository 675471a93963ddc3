//! One step of the guide: what to do, where to tap (in the user's language
//! and in Chinese, since many phones show WeChat in Chinese), what should
//! happen, and what to do if it does not.

use crate::components::fraud_warning::{fraud_warning, WarningForm};
use crate::components::tap_path::tap_path;
use crate::context::LangContext;
use crate::rule_text::{published_in, rule_values, with_rules};
use waika_core::guide::{problems_at, Audience, SectionId, Step, StepId};
use waika_core::route::Route;
use waika_texts::guide::{self, step as step_text};
use waika_texts::problems::problem;
use waika_texts::Lang;
use yew::prelude::*;

/// The heading text of a step, for links that point to it.
pub fn step_title(lang: Lang, id: StepId) -> &'static str {
    step_text(lang, id).title
}

/// The step's card; `level` is its title's heading level: 2 on its own
/// page, 3 in the whole guide. `warn` adds the official fraud warning to a
/// step where people type personal details; the whole guide gives it once
/// per section instead. A view function: it has no state of its own.
pub fn step_card(context: &LangContext, step: Step, level: u8, warn: bool) -> Html {
    let (lang, texts) = (context.lang, context.texts());
    let text = guide::step(lang, step.id);
    let values = rule_values(lang, context.rules());
    let mut templates: Vec<&str> = text.actions.to_vec();
    templates.extend([text.expect, text.if_not]);
    let published = published_in(context.rules(), &templates).line(lang);
    let title_id = format!("step-{}", step.slug);
    let problems: Vec<_> = problems_at(step.id).collect();
    let badge = match step.audience {
        Audience::Everyone => None,
        Audience::PassportUsers => Some(texts.audience_passport),
        Audience::IfEntryMissing => Some(texts.audience_entry_missing),
    };
    let title = html! { <span>{ text.title }</span> };
    let heading = if level == 2 {
        html! { <h2 id={title_id.clone()}>{ title }</h2> }
    } else {
        html! { <h3 id={title_id.clone()}>{ title }</h3> }
    };
    html! {
        <section class="step-card" aria-labelledby={title_id}>
            { heading }
            if let Some(badge) = badge {
                <p class="badge">{ badge }</p>
            }
            <ul class="step-actions">
                for action in text.actions.iter() { <li>{ with_rules(action, &values) }</li> }
            </ul>
            if step.in_app {
                { tap_path(texts.tap_path_label, guide::tap_path(lang, step.id), None) }
                if lang != Lang::Zh {
                    { tap_path(texts.tap_path_zh_label, guide::tap_path(Lang::Zh, step.id), Some(Lang::Zh.tag())) }
                }
            }
            <dl class="step-outcome">
                <dt>{ texts.expect_label }</dt>
                <dd>{ with_rules(text.expect, &values) }</dd>
                <dt>{ texts.if_not_label }</dt>
                <dd>{ with_rules(text.if_not, &values) }</dd>
            </dl>
            // Where to go when this step fails, one tap away.
            if !problems.is_empty() {
                <p class="step-problems-label">{ texts.step_problems_label }</p>
                <ul class="related">
                    for found in problems.iter() {
                        <li><a href={context.href(Route::Help(Some(found.id)))}>{ with_rules(problem(lang, found.id).title, &values) }</a></li>
                    }
                </ul>
            }
            if let Some(line) = published {
                <p class="field-note published">{ line }</p>
            }
            if warn && step.sensitive {
                { fraud_warning(context, if step.section == SectionId::Passport { WarningForm::PassportSteps } else { WarningForm::Compact }) }
            }
        </section>
    }
}
