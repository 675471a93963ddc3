//! "What you may have read": claims other sites repeat about paying with
//! an international card in Weixin Pay, each with what the official and
//! news sources say instead, and when. The texts are in
//! `waika_texts::claims`; every answer rests on a dated row of the rules.

use crate::context::LangContext;
use waika_texts::claims::{claims, claims_texts};
use yew::prelude::*;

/// The section of claims, one labelled pair per claim: what the user may
/// have read, then what the sources say. Its id is a link target
/// (`#what-you-may-have-read`), so it appears once per page. A view
/// function: it has no state of its own.
pub fn wrong_claims(context: &LangContext) -> Html {
    let lang = context.lang;
    let texts = claims_texts(lang);
    html! {
        <section id="what-you-may-have-read" class="panel" aria-labelledby="claims-title">
            <h2 id="claims-title">{ texts.title }</h2>
            <p class="field-note">{ texts.intro }</p>
            <ul class="claims">
                for item in claims(lang).iter() {
                    <li>
                        // The same labelled pairs as a step's outcome.
                        <dl class="step-outcome">
                            <dt>{ texts.read_label }</dt>
                            <dd>{ item.claim }</dd>
                            <dt>{ texts.instead_label }</dt>
                            <dd>{ item.instead }</dd>
                        </dl>
                    </li>
                }
            </ul>
        </section>
    }
}
