//! The page footer: the official warning and what the app does with data.

use crate::ui::components::fraud_warning::FraudWarning;
use crate::ui::context::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// The start page shows the warning near the top; the footer then
    /// does not repeat it.
    pub show_fraud_warning: bool,
}

#[function_component(Footer)]
pub fn footer(props: &FooterProps) -> Html {
    let texts = use_lang().texts();
    html! {
        <footer class="site-footer">
            if props.show_fraud_warning {
                <FraudWarning />
            }
            <p class="privacy-note">{ texts.privacy_note }</p>
        </footer>
    }
}
