//! The section menu: one link per view, the current one marked.

use crate::context::use_lang;
use waika_core::route::Route;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavBarProps {
    pub route: Route,
}

/// Scrolls the menu sideways so the current view's link is in sight: on a
/// phone the menu is one row that scrolls.
fn show_current(menu: &NodeRef) {
    let Some(list) = menu.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(current)) = list.query_selector("[aria-current=page]") else {
        return;
    };
    if let Ok(current) = current.dyn_into::<web_sys::HtmlElement>() {
        let centre = current.offset_left() + current.offset_width() / 2 - list.client_width() / 2;
        list.set_scroll_left(centre.max(0));
    }
}

#[component]
pub fn NavBar(props: &NavBarProps) -> Html {
    let context = use_lang();
    let texts = context.texts();
    let menu = use_node_ref();
    {
        let menu = menu.clone();
        use_effect_with(props.route, move |_| show_current(&menu));
    }
    let section_of = |route: Route| match route {
        Route::GuideStep(_) | Route::GuideAll => Route::GuideStep(None),
        Route::Help(_) => Route::Help(None),
        other => other,
    };
    let current = section_of(props.route);
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
            <ul ref={menu}>
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
