//! The start page, for someone in the middle of a failure: what the app
//! does, "What do you see?" to find the problem from a message or their
//! own words, the main doors (check my card, set up, fees, at the
//! counter), the official warning folded to one line, and the rest.

use crate::components::fraud_warning::{fraud_warning, WarningForm};
use crate::components::problem_search::ProblemSearch;
use crate::components::step_card::step_title;
use crate::context::use_lang;
use crate::pages::guide::saved_step;
use waika_core::guide::{StepId, STEPS};
use waika_core::problem_search::ANSWERS_ON_START;
use waika_core::route::Route;
use waika_texts::fill;
use waika_texts::problems::help_texts;
use yew::prelude::*;

#[component]
pub fn HomePage() -> Html {
    let context = use_lang();
    let (lang, texts, help) = (context.lang, context.texts(), help_texts(context.lang));
    // The place kept in the guide, read after the first drawing.
    let saved = use_state(|| None::<StepId>);
    {
        let saved = saved.clone();
        use_effect_with((), move |_| saved.set(saved_step()));
    }
    let resume = (*saved).filter(|id| Some(*id) != STEPS.first().map(|step| step.id));
    let (guide_route, guide_label) = match resume {
        Some(step) => (
            Route::GuideStep(Some(step)),
            fill(texts.home_resume, &[("step", step_title(lang, step))]),
        ),
        None => (
            Route::GuideStep(STEPS.first().map(|step| step.id)),
            texts.home_start.to_string(),
        ),
    };
    let doors = [
        (Route::Eligibility, texts.nav_check.to_string()),
        (guide_route, guide_label),
        (Route::Fees, texts.nav_fees.to_string()),
        (Route::Cashier, texts.nav_cashier.to_string()),
    ];
    let tiles = [
        (Route::Help(None), texts.nav_help, texts.tile_help),
        (Route::Tracker, texts.nav_tracker, texts.tile_tracker),
        (Route::BeforeYouGo, texts.nav_before, texts.tile_before),
    ];
    html! {
        <article class="home">
            <h1>{ texts.home_title }</h1>
            // The search and the doors first: people open this in the middle
            // of a failure, and zoomed in the intro pushed them off the screen.
            <ProblemSearch
                id="home-search"
                label={help.what_do_you_see}
                hint={AttrValue::from(help.what_do_you_see_hint)}
                limit={ANSWERS_ON_START}
                resume=false
            />
            <ul class="doors">
                for (route, label) in doors.iter() {
                    <li><a href={context.href(*route)}>{ label.clone() }</a></li>
                }
            </ul>
            <p class="intro">{ texts.home_intro }</p>
            { fraud_warning(&context, WarningForm::Folded) }
            <ul class="tiles">
                for (route, title, body) in tiles.iter() {
                    <li>
                        <a class="tile" href={context.href(*route)}>
                            <span class="tile-title">{ *title }</span>
                            <span class="tile-body">{ *body }</span>
                        </a>
                    </li>
                }
            </ul>
        </article>
    }
}
