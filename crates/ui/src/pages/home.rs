//! The start page: what the app does, where to begin, and the official
//! warning against fraud.

use crate::components::fraud_warning::FraudWarning;
use crate::components::step_card::step_title;
use crate::context::use_lang;
use crate::pages::guide::saved_step;
use waika_core::guide::STEPS;
use waika_core::route::Route;
use waika_texts::fill;
use yew::prelude::*;

#[component]
pub fn HomePage() -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, context.texts());
    let resume = saved_step().filter(|id| Some(*id) != STEPS.first().map(|step| step.id));
    let tiles = [
        (Route::Eligibility, texts.nav_check, texts.tile_check),
        (Route::GuideStep(None), texts.nav_guide, texts.tile_guide),
        (Route::Help(None), texts.nav_help, texts.tile_help),
        (Route::Fees, texts.nav_fees, texts.tile_fees),
        (Route::Tracker, texts.nav_tracker, texts.tile_tracker),
        (Route::BeforeYouGo, texts.nav_before, texts.tile_before),
        (Route::Cashier, texts.nav_cashier, texts.tile_cashier),
    ];
    html! {
        <article class="home">
            <h1>{ texts.home_title }</h1>
            <p class="intro">{ texts.home_intro }</p>
            <p class="cta-row">
                if let Some(step) = resume {
                    <a class="button primary" href={context.href(Route::GuideStep(Some(step)))}>
                        { fill(texts.home_resume, &[("step", step_title(lang, step))]) }
                    </a>
                } else {
                    <a class="button primary" href={context.href(Route::GuideStep(STEPS.first().map(|step| step.id)))}>
                        { texts.home_start }
                    </a>
                }
            </p>
            <FraudWarning heading_id="home-fraud-warning" />
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
