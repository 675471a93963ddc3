//! The official anti-fraud warning of the Weixin Pay guide. The full form
//! stands in the footer, a folded one on the start page (one line, the
//! whole text one tap away); the compact form is
//! repeated inside the steps where people type personal details.

use crate::context::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FraudWarningProps {
    /// A note inside a step instead of a section with its own heading.
    #[prop_or_default]
    pub compact: bool,
    /// One line, with the whole official text one tap away.
    #[prop_or_default]
    pub folded: bool,
    /// Id of the heading, unique per page.
    #[prop_or(AttrValue::from("fraud-warning-title"))]
    pub heading_id: AttrValue,
}

#[component]
pub fn FraudWarning(props: &FraudWarningProps) -> Html {
    let context = use_lang();
    let texts = context.texts();
    if props.compact {
        return html! {
            <div class="fraud-warning compact" role="note">
                <p><strong>{ texts.fraud_warning_title }{ context.lang.gap() }</strong>{ texts.fraud_warning_body }</p>
                <p>{ texts.never_asks_note }</p>
            </div>
        };
    }
    if props.folded {
        return html! {
            <details class="fraud-warning compact folded">
                <summary><strong>{ texts.fraud_warning_title }{ context.lang.gap() }</strong>{ texts.fraud_warning_short }</summary>
                <p>{ texts.fraud_warning_body }</p>
                <p>{ texts.never_asks_note }</p>
            </details>
        };
    }
    html! {
        <aside class="fraud-warning" aria-labelledby={props.heading_id.clone()}>
            <h2 id={props.heading_id.clone()}>{ texts.fraud_warning_title }</h2>
            <p>{ texts.fraud_warning_body }</p>
            <p>{ texts.never_asks_note }</p>
        </aside>
    }
}
