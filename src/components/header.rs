//! The top bar: the app's name and the language switch.

use crate::components::language_switch::LanguageSwitch;
use crate::context::LangContext;
use yew::prelude::*;

/// The header. A view function: it has no state of its own.
pub fn header(context: &LangContext) -> Html {
    let texts = context.texts();
    html! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">{ "¥" }</span>
                <span class="brand-text">
                    <span class="brand-name">{ texts.app_name }</span>
                    <span class="brand-tagline">{ texts.app_tagline }</span>
                </span>
            </div>
            <LanguageSwitch />
        </header>
    }
}
