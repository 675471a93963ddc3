//! An address the app does not know.

use crate::ui::context::use_lang;
use yew::prelude::*;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let texts = use_lang().texts();
    html! {
        <article>
            <h1>{ texts.not_found_title }</h1>
            <p>{ texts.not_found_body }</p>
            <p><a class="button" href="#/">{ texts.not_found_home }</a></p>
        </article>
    }
}
