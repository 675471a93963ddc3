//! The guide step by step: one step at a time with progress, next and back,
//! and the place remembered on the device for the next visit.

use crate::components::current_order::current_order;
use crate::components::fraud_warning::{fraud_warning, WarningForm};
use crate::components::step_card::step_card;
use crate::context::use_lang;
use crate::session::{session_get, session_set};
use crate::storage::{self, Loaded};
use waika_core::guide::{step_by_slug, step_index, StepId, STEPS};
use waika_core::route::Route;
use waika_texts::fill;
use waika_texts::guide::section;
use yew::prelude::*;

const PLACE_KEY: &str = "waika.guide";
/// Set once this tab has shown a step of the guide.
const SEEN_IN_TAB_KEY: &str = "waika.session.guide-seen";

/// The step the user last opened, if any.
pub fn saved_step() -> Option<StepId> {
    match storage::load_text(PLACE_KEY) {
        Loaded::Found(slug) => step_by_slug(&slug).map(|step| step.id),
        Loaded::Missing | Loaded::Unreadable { .. } => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct GuidePageProps {
    /// The step in the address; `None` resumes where the user left off.
    pub step: Option<StepId>,
}

#[component]
pub fn GuidePage(props: &GuidePageProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, context.texts());
    // At /guide/ the place kept on the device is read after the first
    // drawing, as every stored value is; until then nothing is written.
    // `None`: not read for this address yet.
    let resumed = use_state(|| None::<Option<StepId>>);
    {
        let resumed = resumed.clone();
        use_effect_with(props.step, move |asked| {
            resumed.set(asked.is_none().then(saved_step));
        });
    }
    let place_read = props.step.is_some() || resumed.is_some();
    let index = props
        .step
        .or((*resumed).flatten())
        .and_then(step_index)
        .unwrap_or(0);
    let step = STEPS[index];
    let embedded = context.embedded;
    use_effect_with((step.slug, place_read), move |(slug, place_read)| {
        // The place is a convenience: without it the guide starts at step 1.
        // A blog's frame leaves the reader's own place alone, and one step
        // opened from an answer ("Show your payment code") is not a place
        // in the guide until the user moves on from it, or had one before.
        let engaged = index == 0
            || saved_step().is_some()
            || session_get(SEEN_IN_TAB_KEY).is_some_and(|seen| !seen.is_empty());
        if *place_read && !embedded {
            if engaged {
                let _ = storage::save_text(PLACE_KEY, slug);
            }
            session_set(SEEN_IN_TAB_KEY, "1");
        }
    });
    let total = STEPS.len();
    let number = (index + 1).to_string();
    let total_text = total.to_string();
    let progress = fill(
        texts.guide_progress,
        &[("n", &number), ("total", &total_text)],
    );
    let previous = index.checked_sub(1).map(|i| STEPS[i]);
    let next = STEPS.get(index + 1).copied();
    let section = section(lang, step.section);
    html! {
        <article class="guide">
            <h1>{ texts.guide_title }</h1>
            { current_order(&context) }
            <div class="guide-mode">
                <a href={context.href(Route::GuideAll)}>{ texts.guide_one_page }</a>
            </div>
            <div class="progress">
                <p id="guide-progress-label">{ progress }</p>
                <progress max={total_text.clone()} value={number.clone()} aria-labelledby="guide-progress-label"></progress>
            </div>
            <p class="section-title">{ section.title }</p>
            { step_card(&context, step, 2, true) }
            // The official warning, one line, the whole text one tap away;
            // a step where details are typed has it in full already.
            if !step.sensitive {
                { fraud_warning(&context, WarningForm::Folded) }
            }
            <nav class="step-nav" aria-label={texts.guide_title}>
                if let Some(previous) = previous {
                    <a class="button" rel="prev" href={context.href(Route::GuideStep(Some(previous.id)))}>
                        { "← " }{ texts.guide_back }
                    </a>
                } else {
                    <span></span>
                }
                if let Some(next) = next {
                    <a class="button primary" rel="next" href={context.href(Route::GuideStep(Some(next.id)))}>
                        { texts.guide_next }{ " →" }
                    </a>
                }
            </nav>
            if next.is_none() {
                <section class="guide-done" aria-labelledby="guide-done-title">
                    <h2 id="guide-done-title">{ texts.guide_done_title }</h2>
                    <p>{ texts.guide_done_body }</p>
                    <p class="cta-row">
                        <a class="button primary" href={context.href(Route::Help(None))}>{ texts.nav_help }</a>
                        <a class="button" href={context.href(Route::GuideStep(Some(STEPS[0].id)))}>{ texts.guide_restart }</a>
                    </p>
                </section>
            }
        </article>
    }
}
