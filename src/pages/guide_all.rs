//! The whole guide on one page, for reading through or printing.

use crate::components::current_order::current_order;
use crate::components::fraud_warning::{fraud_warning, WarningForm};
use crate::components::step_card::step_card;
use crate::context::LangContext;
use waika_core::guide::{SectionId, STEPS};
use waika_core::route::Route;
use waika_texts::guide::section;
use yew::prelude::*;

fn print_page() {
    if let Some(window) = crate::browser::window() {
        let _ = window.print();
    }
}

pub fn guide_all_page(context: &LangContext) -> Html {
    let (lang, texts) = (context.lang, context.texts());
    let sections = SectionId::ALL.iter().map(|&id| {
        let text = section(lang, id);
        let heading_id = format!(
            "section-{}",
            STEPS
                .iter()
                .position(|step| step.section == id)
                .unwrap_or(0)
        );
        html! {
            <section class="guide-section" aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id}>{ text.title }</h2>
                <p class="intro">{ text.intro }</p>
                // Once for the section, not in each step where it applies.
                if STEPS.iter().any(|step| step.section == id && step.sensitive) {
                    { fraud_warning(context, if id == SectionId::Passport { WarningForm::PassportSteps } else { WarningForm::Compact }) }
                }
                for step in STEPS.iter().filter(|step| step.section == id) {
                    { step_card(context, *step, 3, false) }
                }
            </section>
        }
    });
    html! {
        <article class="guide guide-all">
            <h1>{ texts.guide_title }</h1>
            { current_order(context) }
            <div class="guide-mode no-print">
                <a href={context.href(Route::GuideStep(None))}>{ texts.guide_step_mode }</a>
                <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| print_page())}>
                    { texts.guide_print }
                </button>
            </div>
            for section in sections { { section } }
        </article>
    }
}
