//! The page: header with the language switch, the section menu, the view
//! for the current address, and the footer.

use crate::address::Address;
use crate::components::footer::footer;
use crate::components::header::header;
use crate::components::nav_bar::nav_bar;
use crate::components::pwa_banner::PwaBanner;
use crate::context::{apply_lang, apply_title, page_title, LangContext};
use crate::early_input::EarlyInput;
use crate::pages::before_you_go::BeforeYouGoPage;
use crate::pages::calculator::CalculatorPage;
use crate::pages::cashier::CashierPage;
use crate::pages::eligibility::EligibilityPage;
use crate::pages::guide::GuidePage;
use crate::pages::guide_all::guide_all_page;
use crate::pages::help::HelpPage;
use crate::pages::home::HomePage;
use crate::pages::not_found::not_found_page;
use crate::pages::tracker::TrackerPage;
use crate::router::{focus_main, use_address};
use crate::rule_text::today_in_china;
use crate::settings::SettingsProvider;
use std::rc::Rc;
use waika_core::date::Date;
use waika_core::route::Route;
use waika_texts::eligibility::checker;
use waika_texts::guide;
use waika_texts::tracker::tracker;
use waika_texts::{fill, Lang};
use yew::prelude::*;

/// The view for a route.
fn view(context: &LangContext) -> Html {
    match context.route {
        Route::Home => html! { <HomePage /> },
        Route::GuideStep(step) => html! { <GuidePage {step} /> },
        Route::GuideAll => guide_all_page(context),
        Route::Help(problem) => html! { <HelpPage {problem} /> },
        Route::Fees => html! { <CalculatorPage /> },
        Route::Eligibility => html! { <EligibilityPage /> },
        Route::Tracker => html! { <TrackerPage /> },
        Route::BeforeYouGo => html! { <BeforeYouGoPage /> },
        Route::Cashier => html! { <CashierPage /> },
        Route::NotFound => not_found_page(context),
    }
}

/// The view's name, for the tab's title (a guide step's or a problem's own
/// title, so a search result says what it leads to); `None` on the start
/// page, whose tab shows the app's name alone.
pub fn view_name(route: Route, lang: Lang) -> Option<&'static str> {
    let texts = lang.texts();
    match route {
        Route::Home => None,
        Route::GuideStep(Some(id)) => Some(guide::step(lang, id).title),
        Route::GuideStep(None) | Route::GuideAll => Some(texts.guide_title),
        Route::Help(Some(id)) => Some(waika_texts::problems::problem(lang, id).title),
        Route::Help(None) => Some(texts.help_title),
        Route::Fees => Some(texts.calculator_title),
        Route::Eligibility => Some(checker(lang).title),
        Route::Tracker => Some(tracker(lang).title),
        Route::BeforeYouGo => Some(texts.before_title),
        Route::Cashier => Some(texts.cashier_title),
        Route::NotFound => Some(texts.not_found_title),
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The address the page was opened at.
    pub address: Address,
    /// Set when the page runs inside a blog's frame.
    #[prop_or_default]
    pub embedded: bool,
    /// What the visitor typed in the written page before the app started.
    #[prop_or_default]
    pub early_input: Rc<EarlyInput>,
    /// The address's language, when this language's app draws the page in
    /// its place: offline, before that language was kept on the device.
    #[prop_or_default]
    pub asked_for: Option<Lang>,
}

/// The day the build wrote its pages for, which the first drawing in the
/// browser must use to be the same page; today where there is none.
fn build_day() -> Date {
    crate::browser::build_day_text()
        .and_then(|built| Date::parse_iso(&built))
        .unwrap_or_else(today_in_china)
}

/// The day in China, from the build's day at first to today's after the
/// first drawing, and again whenever the app is shown, moves to a view or
/// is typed into (not on a tap: a message going away then would move the
/// button under the finger), so a tab left open overnight does not keep
/// yesterday: a form checks a date against the same day it is saved with.
#[hook]
fn use_day(address: Address) -> Date {
    const REFRESH_ON: [&str; 3] = ["visibilitychange", "input", "keydown"];
    let day = use_state_eq(build_day);
    {
        let day = day.clone();
        use_effect_with(address, move |_| day.set(today_in_china()));
    }
    {
        let day = day.clone();
        use_effect_with((), move |_| {
            let listeners = REFRESH_ON.map(|event| {
                let day = day.clone();
                crate::browser::listen(event, move || day.set(today_in_china()))
            });
            move || {
                for (event, listener) in REFRESH_ON.into_iter().zip(listeners) {
                    if let Some(listener) = listener {
                        crate::browser::unlisten(event, &listener);
                    }
                }
            }
        });
    }
    *day
}

/// Marks `#app` once the app has taken over the page (for tests and for
/// anyone checking how a page started).
fn say_started() {
    if let Some(root) = crate::browser::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
    {
        let _ = root.set_attribute("data-started", "");
    }
}

/// The root component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let embedded = props.embedded;
    let address = use_address(props.address);
    let (lang, route) = (address.lang, address.route);
    let today = use_day(address);
    // After the first render, once every field exists.
    use_effect_with(props.early_input.clone(), |early_input| {
        early_input.restore();
        say_started();
    });
    // An embedding tag's language is not remembered for the full app.
    use_effect_with(lang, move |lang| apply_lang(*lang, !embedded));
    {
        // Move focus to a new view, but not on the first render of a page
        // just opened (a page that grabs focus on load confuses screen
        // reader users), and not when only the language changed: the
        // language switch keeps the focus.
        let shown = use_mut_ref(|| route);
        use_effect_with(route, move |route| {
            if std::mem::replace(&mut *shown.borrow_mut(), *route) != *route {
                focus_main();
            }
        });
    }
    use_effect_with(address, |address| {
        apply_title(&page_title(
            address.lang,
            view_name(address.route, address.lang),
        ))
    });
    let context = LangContext {
        lang,
        route,
        embedded,
        today,
    };
    let texts = context.texts();
    if embedded {
        return html! {
            <ContextProvider<LangContext> {context}>
                <SettingsProvider>
                    <main id="main" class="embedded" tabindex="-1">
                        { view(&context) }
                        <p class="embed-footer">
                            // The router's click handling adds what the view
                            // keeps (the checker's answers, the amount).
                            <a href={context.href(route)} target="_blank" rel="noopener">{ texts.open_full_app }{ " ↗" }</a>
                        </p>
                    </main>
                </SettingsProvider>
            </ContextProvider<LangContext>>
        };
    }
    html! {
        <ContextProvider<LangContext> {context}>
          <SettingsProvider>
            <a class="skip-link" href="#main" onclick={Callback::from(|event: MouseEvent| {
                // Move focus without adding "#main" to the address.
                event.prevent_default();
                focus_main();
            })}>{ texts.skip_to_content }</a>
            { header(&context) }
            { nav_bar(&context, route) }
            <main id="main" tabindex="-1">
                if let Some(asked) = props.asked_for {
                    <p class="notice" role="status" lang={lang.tag()}>{ fill(texts.other_language_offline, &[("asked", asked.version_name_in(lang))]) }</p>
                }
                { view(&context) }
            </main>
            // The start page and the guide show the warning folded to one line.
            { footer(&context, !matches!(route, Route::Home | Route::GuideStep(_))) }
            // Last in the page, as it is last on the screen (fixed to the
            // bottom): the skip link stays the first thing Tab reaches.
            <PwaBanner />
          </SettingsProvider>
        </ContextProvider<LangContext>>
    }
}

/// What the view is for, in one sentence: the page's description for
/// search results and link previews.
pub fn view_summary(route: Route, lang: Lang) -> &'static str {
    let texts = lang.texts();
    match route {
        Route::Home | Route::NotFound => texts.home_intro,
        Route::GuideStep(_) | Route::GuideAll => texts.tile_guide,
        Route::Help(_) => texts.tile_help,
        Route::Fees => texts.tile_fees,
        Route::Eligibility => texts.tile_check,
        Route::Tracker => texts.tile_tracker,
        Route::BeforeYouGo => texts.tile_before,
        Route::Cashier => texts.tile_cashier,
    }
}
