//! Which rule set a result follows, from when, and where it comes from.

use crate::context::LangContext;
use waika_core::date::Date;
use waika_core::rules::{RuleSet, RULES_2024_11, RULES_REVIEWED};
use waika_texts::{fill, format_long_date, source_title};
use yew::prelude::*;

/// The note for `rules`, with the sources of the fee and limit it gave.
/// A view function: it has no state of its own.
pub fn rule_set_note(context: &LangContext, rules: &'static RuleSet) -> Html {
    let texts = context.texts();
    let sources = rules.quote_sources().into_iter().map(|source| {
        let title = source_title(context.lang, source.id);
        html! {
            <li>
                if let Some(url) = source.url {
                    <a href={url} rel="noopener noreferrer" target="_blank">{ title }</a>
                } else {
                    { title }
                }
                { fill(texts.source_date_suffix, &[("date", source.published)]) }
            </li>
        }
    });
    let stated = rules.fee_percent.last_stated();
    let stated = Date::parse_iso(stated).map_or(stated.to_string(), |date| {
        format_long_date(context.lang, date)
    });
    html! {
        <section class="rule-set-note" aria-labelledby="rule-set-note-title">
            <h2 id="rule-set-note-title">
                { fill(texts.rules_used, &[("id", rules.id), ("date", &format_long_date(context.lang, rules.effective_from))]) }
            </h2>
            <p class="sources-label">{ texts.sources_label }</p>
            <ul class="sources">for source in sources { { source } }</ul>
            if rules.effective_from >= RULES_2024_11.effective_from {
                <p class="field-note">{ fill(texts.figures_last_published, &[("date", &stated)]) }</p>
            }
            <p class="field-note">{ fill(texts.rules_reviewed, &[("date", &format_long_date(context.lang, RULES_REVIEWED))]) }</p>
        </section>
    }
}
