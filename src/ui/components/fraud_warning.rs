//! The official anti-fraud warning of the Weixin Pay guide.

use crate::ui::context::use_lang;
use yew::prelude::*;

#[function_component(FraudWarning)]
pub fn fraud_warning() -> Html {
    let texts = use_lang().texts();
    html! {
        <aside class="fraud-warning" aria-labelledby="fraud-warning-title">
            <h2 id="fraud-warning-title">{ texts.fraud_warning_title }</h2>
            <p>{ texts.fraud_warning_body }</p>
            <p>{ texts.never_asks_note }</p>
        </aside>
    }
}
