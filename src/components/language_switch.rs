//! 中文 / English / Norsk: each name written in its own language, so a
//! person who cannot read the current one still finds theirs. Each is a
//! link to the same view in that language, which works without scripts;
//! it loads that language's page and app, and the focus comes back to the
//! language switch there, so a keyboard user goes on from where they were.

use crate::address::Address;
use crate::components::problem_search::CARRY_KEY;
use crate::context::{remember_lang, use_lang};
use crate::session::{session_get, session_set};
use waika_core::route::Route;
use waika_texts::Lang;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Set for this tab when a language is chosen, until its page has started.
const SWITCHED_KEY: &str = "waika.session.language-switched";

#[component]
pub fn LanguageSwitch() -> Html {
    let context = use_lang();
    let current_link = use_node_ref();
    {
        let current_link = current_link.clone();
        use_effect_with((), move |_| {
            if session_get(SWITCHED_KEY).is_some() {
                session_set(SWITCHED_KEY, "");
                if let Some(link) = current_link.cast::<HtmlElement>() {
                    let _ = link.focus();
                }
            }
        });
    }
    let embedded = context.embedded;
    // The start page in the other language goes on with its search.
    let carry_search = context.route == Route::Home;
    let links = Lang::ALL.iter().map(|&lang| {
        let current = lang == context.lang;
        // Remembered at once, not when the other page has started: the
        // start page may be opened before that.
        let on_choose = Callback::from(move |_: MouseEvent| {
            session_set(SWITCHED_KEY, "1");
            if carry_search {
                session_set(CARRY_KEY, "1");
            }
            if !embedded {
                remember_lang(lang);
            }
        });
        html! {
            <a
                href={Address::new(lang, context.route).href()}
                lang={lang.tag()}
                hreflang={lang.tag()}
                class={classes!("lang-button", current.then_some("is-current"))}
                aria-current={current.then_some("true")}
                ref={if current { current_link.clone() } else { NodeRef::default() }}
                onclick={on_choose}
            >
                { lang.native_name() }
            </a>
        }
    });
    html! {
        <nav class="lang-switch" aria-label={context.texts().language_switch_label}>
            for link in links { { link } }
        </nav>
    }
}
