//! Weixin Pay's customer service numbers, as links a phone can call.

use crate::context::LangContext;
use waika_core::rules::CUSTOMER_SERVICE;
use yew::prelude::*;

/// A phone number as a tap-to-call link target: digits and a leading +.
fn tel_href(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// The customer service numbers, as links a phone can call. A view
/// function: it has no state of its own.
pub fn customer_service_numbers(context: &LangContext) -> Html {
    let texts = context.texts();
    let numbers = CUSTOMER_SERVICE.value;
    html! {
        <ul class="call-list">
            <li>
                <a class="call" href={tel_href(numbers.mainland)}>{ numbers.mainland }</a>
                { context.lang.gap() }{ texts.call_mainland }
            </li>
            <li>
                <a class="call" href={tel_href(numbers.international)}>{ numbers.international }</a>
                { context.lang.gap() }{ texts.call_abroad }
            </li>
        </ul>
    }
}
