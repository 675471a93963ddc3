//! One reason of the checker's verdict: the finding in words, the rule and
//! its dated sources, and the guide's step that fixes it.

use crate::components::step_card::step_title;
use crate::context::LangContext;
use crate::rule_text::{Figure, Published};
use waika_core::eligibility::{reason_sources, Finding, Reason, Weight};
use waika_core::route::Route;
use waika_core::rules::CardNetwork;
use waika_core::rules::{MIN_APP_VERSIONS, RULES_2023_07};
use waika_texts::eligibility::{self as words, checker};
use waika_texts::{fill, source_title, Lang};
use yew::prelude::*;

/// A finding as a sentence with its values filled in.
fn finding_text(lang: Lang, finding: Finding) -> String {
    let template = words::finding(lang, finding);
    let document = match finding {
        Finding::IdSupported(document) => words::id_document(lang, document),
        _ => "",
    };
    let network = match finding {
        Finding::NetworkSupported(network) | Finding::NetworkNotInRuleSet(network) => {
            network.brand()
        }
        _ => CardNetwork::Visa.brand(),
    };
    // When these (2023) figures were last stated goes in one line under
    // the reasons (`published_in_reasons`), never after the user's count.
    let (minimum, more, max) = match finding {
        Finding::AppTooOld { minimum } | Finding::AppVersionShort { minimum } => {
            (minimum.to_string(), String::new(), String::new())
        }
        Finding::CardsRoom { more } => (String::new(), more.to_string(), String::new()),
        Finding::CardsFull { max } => (String::new(), String::new(), max.to_string()),
        _ => Default::default(),
    };
    fill(
        template,
        &[
            ("document", document),
            ("network", network),
            ("minimum", &minimum),
            ("more", &more),
            ("max", &max),
        ],
    )
}

/// The figures the reasons show, for the line that says when a source
/// last stated them.
pub fn published_in_reasons(reasons: &[Reason]) -> Published {
    let mut published = Published::default();
    for reason in reasons {
        match reason.finding {
            Finding::AppTooOld { .. } | Finding::AppVersionShort { .. } => {
                published.add(Figure::AppVersions, &MIN_APP_VERSIONS)
            }
            Finding::CardsRoom { .. } | Finding::CardsFull { .. } => {
                published.add(Figure::Cards, &RULES_2023_07.max_bound_cards)
            }
            _ => {}
        }
    }
    published
}

/// One reason of the verdict, with its rule, sources and the guide's step
/// that fixes it. A view function: it has no state of its own.
pub fn reason_item(context: &LangContext, reason: Reason) -> Html {
    let lang = context.lang;
    let texts = checker(lang);
    let rules = context.rules();
    // Dated and separated as each language writes a list of sources.
    let sources = reason_sources(rules, &reason)
        .map(|source| {
            let title = source_title(lang, source.id);
            fill(
                context.texts().source_dated,
                &[("source", title), ("date", source.published)],
            )
        })
        .collect::<Vec<_>>()
        .join(if lang == Lang::Zh { "；" } else { "; " });
    let class = match reason.weight {
        Weight::Fine => "reason-fine",
        Weight::Note => "reason-note",
        Weight::Fix => "reason-fix",
        Weight::Blocker => "reason-blocker",
    };
    html! {
        <li class={classes!("reason", class)}>
            <p class="reason-text">{ finding_text(lang, reason.finding) }</p>
            <p class="reason-rule">
                { fill(texts.rule_ref, &[("rule", words::rule_name(lang, reason.rule))]) }{ lang.gap() }{ sources }
            </p>
            if let Some(step) = reason.guide_step {
                <p class="reason-step">
                    <a href={context.href(Route::GuideStep(Some(step)))}>
                        { fill(texts.open_step, &[("step", step_title(lang, step))]) }
                    </a>
                </p>
            }
        </li>
    }
}
