//! Sentences to show at the counter: large Chinese for the cashier, with a
//! small line for the user in their own language.

use crate::context::use_lang;
use waika_texts::guide::CASHIER_PHRASES;
use waika_texts::Lang;
use yew::prelude::*;

#[component]
pub fn CashierPage() -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, context.texts());
    html! {
        <article class="cashier">
            <h1>{ texts.cashier_title }</h1>
            <p class="intro">{ texts.cashier_intro }</p>
            <ul class="phrases">
                for phrase in CASHIER_PHRASES.iter() {
                    <li class="phrase">
                        <p class="phrase-zh" lang={Lang::Zh.tag()}>{ phrase.zh }</p>
                        <p class="phrase-user" lang={if lang == Lang::Nb { Lang::Nb.tag() } else { Lang::En.tag() }}>
                            { phrase.for_user(lang) }
                        </p>
                    </li>
                }
            </ul>
        </article>
    }
}
