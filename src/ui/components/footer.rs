//! The page footer: the official warning and what the app does with data.

use crate::i18n::fill;
use crate::ui::components::fraud_warning::FraudWarning;
use crate::ui::context::use_lang;
use wasm_bindgen::JsCast;

/// The build's version, written into the page by the build step.
fn build_version() -> Option<String> {
    let meta = web_sys::window()?
        .document()?
        .query_selector("meta[name=\"waika-version\"]")
        .ok()??
        .dyn_into::<web_sys::HtmlMetaElement>()
        .ok()?;
    let version = meta.content();
    // A development build has no version yet.
    (!version.starts_with("__")).then_some(version)
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
            if let Some(version) = build_version() {
                <p class="version">{ fill(texts.version_label, &[("version", &version)]) }</p>
            }
        </footer>
    }
}
