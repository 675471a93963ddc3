//! The page footer: the official warning and what the app does with data.

use crate::components::fraud_warning::FraudWarning;
use crate::context::use_lang;
use waika_core::rules::RULES_REVIEWED;
use waika_texts::fill;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// The start page shows the warning near the top; the footer then
    /// does not repeat it.
    pub show_fraud_warning: bool,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let texts = use_lang().texts();
    let stamp = crate::browser::build_stamp();
    html! {
        <footer class="site-footer">
            if props.show_fraud_warning {
                <FraudWarning />
            }
            <p class="privacy-note">{ texts.privacy_note }</p>
            // The dates say how fresh the figures are; the build's hash, for
            // reports, sits in the tooltip.
            <p class="version" title={stamp.as_ref().map(|stamp| stamp.version.clone())}>
                { fill(texts.version_label, &[
                    ("reviewed", &RULES_REVIEWED.to_string()),
                    ("built", &stamp.map_or_else(|| "—".to_string(), |stamp| stamp.built)),
                ]) }
            </p>
        </footer>
    }
}
