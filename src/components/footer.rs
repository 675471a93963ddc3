//! The page footer: the official warning and what the app does with data.

use crate::components::fraud_warning::{fraud_warning, WarningForm};
use crate::context::LangContext;
use waika_core::rules::RULES_REVIEWED;
use waika_texts::fill;
use yew::prelude::*;

/// The footer. `show_fraud_warning` is false where the page shows the
/// warning near the top already (the start page, the guide). A view
/// function: it has no state of its own.
pub fn footer(context: &LangContext, show_fraud_warning: bool) -> Html {
    let texts = context.texts();
    let stamp = crate::browser::build_stamp();
    html! {
        <footer class="site-footer">
            if show_fraud_warning {
                { fraud_warning(context, WarningForm::Full) }
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
