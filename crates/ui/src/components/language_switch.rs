//! 中文 / English / Norsk: each name written in its own language, so a
//! person who cannot read the current one still finds theirs. Each is a
//! link to the same view in that language, which works without scripts.

use crate::address::Address;
use crate::context::use_lang;
use waika_texts::Lang;
use yew::prelude::*;

#[component]
pub fn LanguageSwitch() -> Html {
    let context = use_lang();
    let links = Lang::ALL.iter().map(|&lang| {
        let current = lang == context.lang;
        html! {
            <a
                href={Address::new(lang, context.route).href()}
                lang={lang.tag()}
                hreflang={lang.tag()}
                class={classes!("lang-button", current.then_some("is-current"))}
                aria-current={current.then_some("true")}
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
