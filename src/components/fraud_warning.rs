//! The official anti-fraud warning of the Weixin Pay guide. The full form
//! stands in the footer, a folded one on the start page (one line, the
//! whole text one tap away); the compact form is
//! repeated inside the steps where people type personal details.

use crate::context::LangContext;
use yew::prelude::*;

/// Where the warning stands, and so how much of it shows.
#[derive(Clone, Copy, PartialEq)]
pub enum WarningForm {
    /// A section with its own heading (the footer).
    Full,
    /// A note inside a step where people type personal details.
    Compact,
    /// As `Compact`, on the steps where a passport's page is uploaded: the
    /// official text forbids giving ID photos to anyone, so where the
    /// upload belongs is said next to it.
    PassportSteps,
    /// One line, with the whole official text one tap away.
    Folded,
}

/// The warning in `form`. A view function, not a component: it has no
/// state of its own, and a component costs the app's code more.
pub fn fraud_warning(context: &LangContext, form: WarningForm) -> Html {
    let texts = context.texts();
    match form {
        WarningForm::Compact | WarningForm::PassportSteps => html! {
            <div class="fraud-warning compact" role="note">
                <p><strong>{ texts.fraud_warning_title }{ context.lang.colon() }</strong>{ texts.fraud_warning_body }</p>
                if form == WarningForm::PassportSteps {
                    <p>{ texts.passport_upload_note }</p>
                }
                <p>{ texts.never_asks_note }</p>
            </div>
        },
        WarningForm::Folded => html! {
            <details class="fraud-warning compact folded">
                <summary><strong>{ texts.fraud_warning_title }{ context.lang.colon() }</strong>{ texts.fraud_warning_short }</summary>
                <p>{ texts.fraud_warning_body }</p>
                <p>{ texts.never_asks_note }</p>
            </details>
        },
        WarningForm::Full => html! {
            <aside class="fraud-warning" aria-labelledby="fraud-warning-title">
                <h2 id="fraud-warning-title">{ texts.fraud_warning_title }</h2>
                <p>{ texts.fraud_warning_body }</p>
                <p>{ texts.never_asks_note }</p>
            </aside>
        },
    }
}
