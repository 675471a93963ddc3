//! A tap path as a breadcrumb of button names: Me › Services › Wallet.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TapPathProps {
    pub label: AttrValue,
    pub buttons: &'static [&'static str],
    /// The language of the button names, when it differs from the page's.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

#[component]
pub fn TapPath(props: &TapPathProps) -> Html {
    html! {
        <div class="tap-path">
            <span class="tap-path-label">{ props.label.clone() }</span>
            <ol lang={props.lang.clone()}>
                for button in props.buttons.iter() { <li><span class="tap">{ *button }</span></li> }
            </ol>
        </div>
    }
}
