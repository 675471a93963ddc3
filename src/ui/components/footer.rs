//! The page footer: the official warning and what the app does with data.

use crate::core::rules::RULES_REVIEWED;
use crate::i18n::fill;
use crate::ui::components::fraud_warning::FraudWarning;
use crate::ui::context::use_lang;
use wasm_bindgen::JsCast;

/// A value the build step wrote into the page: "waika-version" (a hash
/// of the build's files) or "waika-built" (the build date).
fn build_meta(name: &str) -> Option<String> {
    let meta = web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .dyn_into::<web_sys::HtmlMetaElement>()
        .ok()?;
    let value = meta.content();
    // A development build has neither yet.
    (!value.starts_with("__")).then_some(value)
}
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
            // The dates say how fresh the figures are; the build's hash, for
            // reports, sits in the tooltip.
            <p class="version" title={build_meta("waika-version")}>
                { fill(texts.version_label, &[
                    ("reviewed", &RULES_REVIEWED.to_string()),
                    ("built", &build_meta("waika-built").unwrap_or_else(|| "—".to_string())),
                ]) }
            </p>
        </footer>
    }
}
