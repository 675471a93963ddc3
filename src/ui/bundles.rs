//! What each bundle draws (see `route::Bundle`). A bundle's binary names
//! one of these types; the views of the others never reach its wasm file.

use crate::i18n::eligibility::checker;
use crate::i18n::tracker::tracker;
use crate::i18n::Lang;
use crate::route::{Bundle, Route};
use crate::ui::app::Views;
use crate::ui::pages::before_you_go::BeforeYouGoPage;
use crate::ui::pages::calculator::CalculatorPage;
use crate::ui::pages::cashier::CashierPage;
use crate::ui::pages::eligibility::EligibilityPage;
use crate::ui::pages::guide::GuidePage;
use crate::ui::pages::guide_all::GuideAllPage;
use crate::ui::pages::help::HelpPage;
use crate::ui::pages::home::HomePage;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::tracker::TrackerPage;
use yew::prelude::*;

pub struct Start;

impl Views for Start {
    const BUNDLE: Bundle = Bundle::Start;
    fn view(route: Route) -> Html {
        match route {
            Route::Home => html! { <HomePage /> },
            _ => html! { <NotFoundPage /> },
        }
    }
    // The start page's tab shows the app's name alone.
    fn title(_: Route, _: Lang) -> Option<&'static str> {
        None
    }
}

pub struct Guide;

impl Views for Guide {
    const BUNDLE: Bundle = Bundle::Guide;
    fn view(route: Route) -> Html {
        match route {
            Route::GuideStep(step) => html! { <GuidePage {step} /> },
            Route::GuideAll => html! { <GuideAllPage /> },
            Route::Help(problem) => html! { <HelpPage {problem} /> },
            Route::BeforeYouGo => html! { <BeforeYouGoPage /> },
            Route::Cashier => html! { <CashierPage /> },
            _ => html! { <NotFoundPage /> },
        }
    }
    fn title(route: Route, lang: Lang) -> Option<&'static str> {
        let texts = lang.texts();
        Some(match route {
            Route::Help(_) => texts.help_title,
            Route::BeforeYouGo => texts.before_title,
            Route::Cashier => texts.cashier_title,
            _ => texts.guide_title,
        })
    }
}

pub struct Fees;

impl Views for Fees {
    const BUNDLE: Bundle = Bundle::Fees;
    fn view(_: Route) -> Html {
        html! { <CalculatorPage /> }
    }
    fn title(_: Route, lang: Lang) -> Option<&'static str> {
        Some(lang.texts().calculator_title)
    }
}

pub struct Eligibility;

impl Views for Eligibility {
    const BUNDLE: Bundle = Bundle::Eligibility;
    fn view(_: Route) -> Html {
        html! { <EligibilityPage /> }
    }
    fn title(_: Route, lang: Lang) -> Option<&'static str> {
        Some(checker(lang).title)
    }
}

pub struct Tracker;

impl Views for Tracker {
    const BUNDLE: Bundle = Bundle::Tracker;
    fn view(_: Route) -> Html {
        html! { <TrackerPage /> }
    }
    fn title(_: Route, lang: Lang) -> Option<&'static str> {
        Some(tracker(lang).title)
    }
}
