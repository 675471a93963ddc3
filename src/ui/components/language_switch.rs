//! 中文 / English / Norsk: each name written in its own language, so a
//! person who cannot read the current one still finds theirs.

use crate::i18n::Lang;
use crate::ui::context::use_lang;
use yew::prelude::*;

#[function_component(LanguageSwitch)]
pub fn language_switch() -> Html {
    let context = use_lang();
    let buttons = Lang::ALL.iter().map(|&lang| {
        let on_click = {
            let set_lang = context.set_lang.clone();
            Callback::from(move |_: MouseEvent| set_lang.emit(lang))
        };
        let pressed = lang == context.lang;
        html! {
            <button
                type="button"
                lang={lang.tag()}
                class={classes!("lang-button", pressed.then_some("is-current"))}
                aria-pressed={pressed.to_string()}
                onclick={on_click}
            >
                { lang.native_name() }
            </button>
        }
    });
    html! {
        <div class="lang-switch" role="group" aria-label={context.texts().language_switch_label}>
            { for buttons }
        </div>
    }
}
