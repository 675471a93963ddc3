//! The page: header with the language switch, the section menu, the view
//! for the current address, and the footer. Every bundle draws the same
//! frame; `Views` says which views a bundle draws itself.

use crate::i18n::Lang;
use crate::route::{Bundle, Route};
use crate::ui::components::footer::Footer;
use crate::ui::components::header::Header;
use crate::ui::components::nav_bar::NavBar;
use crate::ui::components::pwa_banner::PwaBanner;
use crate::ui::context::{apply_lang, apply_title, initial_lang, LangContext};
use crate::ui::embed::{embed_options, full_app_url};
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::router::{focus_main, use_route};
use yew::prelude::*;

/// The views one bundle draws. Each bundle's binary names one type that
/// implements this, so its wasm file carries only those views' code.
pub trait Views: 'static {
    const BUNDLE: Bundle;
    /// The view for a route of this bundle.
    fn view(route: Route) -> Html;
    /// The view's name for the tab's title; `None` on the start page.
    fn title(route: Route, lang: Lang) -> Option<&'static str>;
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Drawn because the user moved here from another bundle's view (and
    /// not because the page was opened): focus goes to the new view.
    #[prop_or_default]
    pub arrived: bool,
}

/// The root component.
#[function_component(App)]
pub fn app<V: Views>(props: &AppProps) -> Html {
    let embed = use_memo((), |_| embed_options());
    let embed = *embed;
    // An embedding tag's language wins, and is not remembered for the full app.
    let lang = use_state(|| {
        embed
            .and_then(|options| options.lang)
            .unwrap_or_else(initial_lang)
    });
    let route = use_route();
    {
        let lang = *lang;
        use_effect_with(lang, move |lang| apply_lang(*lang, false));
    }
    {
        // Move focus to the new view, but not on the first render of a page
        // just opened: a page that grabs focus on load confuses screen
        // reader users.
        let first = use_mut_ref(|| !props.arrived);
        use_effect_with(route, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_main();
            }
        });
    }
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            apply_lang(chosen, true);
            lang.set(chosen);
        })
    };
    let context = LangContext {
        lang: *lang,
        set_lang,
    };
    let texts = context.texts();
    // The view and the tab's title; `None` for a view another bundle draws:
    // the start-up script is loading that bundle and will put it in place
    // of this one.
    let (view, title) = match route.bundle() {
        Some(bundle) if bundle == V::BUNDLE => (V::view(route), Some(V::title(route, *lang))),
        Some(_) => (Html::default(), None),
        None => (
            html! { <NotFoundPage /> },
            Some(Some(texts.not_found_title)),
        ),
    };
    use_effect_with((*lang, title), |(lang, title)| {
        if let Some(view_name) = title {
            apply_title(*lang, *view_name);
        }
    });
    if embed.is_some() {
        return html! {
            <ContextProvider<LangContext> {context}>
                <main id="main" class="embedded" tabindex="-1">
                    { view }
                    <p class="embed-footer">
                        <a href={full_app_url()} target="_blank" rel="noopener">{ texts.open_full_app }{ " ↗" }</a>
                    </p>
                </main>
            </ContextProvider<LangContext>>
        };
    }
    html! {
        <ContextProvider<LangContext> {context}>
            <a class="skip-link" href="#main" onclick={Callback::from(|event: MouseEvent| {
                // The fragment is the router's; move focus without changing it.
                event.prevent_default();
                focus_main();
            })}>{ texts.skip_to_content }</a>
            <Header />
            <NavBar {route} />
            <main id="main" tabindex="-1">
                { view }
            </main>
            <Footer show_fraud_warning={route != Route::Home} />
            // Last in the page, as it is last on the screen (fixed to the
            // bottom): the skip link stays the first thing Tab reaches.
            <PwaBanner />
        </ContextProvider<LangContext>>
    }
}
