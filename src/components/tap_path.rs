//! A tap path as a breadcrumb of button names: Me › Services › Wallet.

use yew::prelude::*;

/// The breadcrumb, under `label`; `lang` is the language of the button
/// names when it differs from the page's. A view function: no state.
pub fn tap_path(
    label: &'static str,
    buttons: &'static [&'static str],
    lang: Option<&'static str>,
) -> Html {
    html! {
        <div class="tap-path">
            <span class="tap-path-label">{ label }</span>
            <ol lang={lang}>
                for button in buttons.iter() { <li><span class="tap">{ *button }</span></li> }
            </ol>
        </div>
    }
}
