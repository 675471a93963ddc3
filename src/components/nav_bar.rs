//! The section menu: one link per view, the current one marked. On a
//! phone it wraps into rows, so no view hides off the edge.

use crate::context::LangContext;
use waika_core::route::Route;
use yew::prelude::*;

/// The menu, with `route`'s section marked. A view function: no state.
pub fn nav_bar(context: &LangContext, route: Route) -> Html {
    let texts = context.texts();
    let section_of = |route: Route| match route {
        Route::GuideStep(_) | Route::GuideAll => Route::GuideStep(None),
        Route::Help(_) => Route::Help(None),
        other => other,
    };
    let current = section_of(route);
    let links = [
        (Route::Home, texts.nav_home),
        (Route::Eligibility, texts.nav_check),
        (Route::GuideStep(None), texts.nav_guide),
        (Route::Help(None), texts.nav_help),
        (Route::Fees, texts.nav_fees),
        (Route::Tracker, texts.nav_tracker),
        (Route::BeforeYouGo, texts.nav_before),
        (Route::Cashier, texts.nav_cashier),
    ];
    html! {
        <nav class="nav-bar" aria-label={texts.nav_label}>
            <ul>
                { for links.iter().map(|(route, label)| {
                    let is_current = *route == current;
                    html! {
                        <li>
                            <a href={context.href(*route)} aria-current={is_current.then_some("page")}>
                                { *label }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
