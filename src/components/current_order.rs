//! The note at the top of the guide: since 2024 the card comes first and
//! identity later, while the steps below are the official guide of 2023.
//! Folded by default, so the step and its buttons stay on the first screen.

use crate::components::waiver_note::{sources_sentence, stale_notice, StaleAbout};
use crate::context::LangContext;
use crate::rule_text::{limit_text, Figure, Published};
use waika_core::rules::{RULES_2024_04, TENCENT_RELEASE_2024};
use waika_texts::fill;
use yew::prelude::*;

/// The note. A view function: it has no state of its own.
pub fn current_order(context: &LangContext) -> Html {
    let (lang, texts) = (context.lang, context.texts());
    let rules = context.rules();
    let body = fill(
        texts.guide_order_body,
        &[
            ("date", &RULES_2024_04.effective_from.to_string()),
            (
                "single",
                &limit_text(lang, rules.single_transaction_limit.value),
            ),
            ("yearly", &limit_text(lang, rules.yearly_limit.value)),
        ],
    );
    let mut published = Published::default();
    published.add_limit(Figure::Single, &rules.single_transaction_limit);
    published.add_limit(Figure::Yearly, &rules.yearly_limit);
    html! {
        <details class="current-order">
            <summary>{ texts.guide_order_summary }</summary>
            <p>{ body }</p>
            if let Some(line) = published.line(lang) {
                <p class="field-note published">{ line }</p>
            }
            <p class="field-note">{ sources_sentence(lang, &[TENCENT_RELEASE_2024]) }</p>
            { stale_notice(context, StaleAbout::Order, false) }
        </details>
    }
}
