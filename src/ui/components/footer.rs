//! The page footer: the official warning and what the app does with data.

use crate::ui::components::fraud_warning::FraudWarning;
use crate::ui::context::use_lang;
use yew::prelude::*;

#[function_component(Footer)]
pub fn footer() -> Html {
    let texts = use_lang().texts();
    html! {
        <footer class="site-footer">
            <FraudWarning />
            <p class="privacy-note">{ texts.privacy_note }</p>
        </footer>
    }
}
