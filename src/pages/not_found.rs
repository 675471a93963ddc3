//! An address the app does not know.

use crate::context::LangContext;
use waika_core::route::Route;
use yew::prelude::*;

pub fn not_found_page(context: &LangContext) -> Html {
    let texts = context.texts();
    html! {
        <article>
            <h1>{ texts.not_found_title }</h1>
            <p>{ texts.not_found_body }</p>
            <p><a class="button" href={context.href(Route::Home)}>{ texts.not_found_home }</a></p>
        </article>
    }
}
