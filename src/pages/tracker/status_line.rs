//! The result of a change, shown next to the control that made it and
//! announced to screen readers; with the save problem when the change did
//! not reach the device.

use super::messages::{changed_ledger, event_text, is_problem, save_problem};
use super::state::{Event, SaveStatus};
use crate::context::use_lang;
use waika_texts::tracker::tracker;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    pub event: Event,
    pub save: SaveStatus,
    /// An extra control, e.g. "Undo".
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    let problem = is_problem(&props.event);
    let not_saved = changed_ledger(&props.event)
        .then(|| save_problem(texts, props.save))
        .flatten();
    html! {
        <div class={classes!("status-line", (problem || not_saved.is_some()).then_some("status-problem"))}
            role={if problem { "alert" } else { "status" }}>
            <p>{ event_text(lang, texts, &props.event) }</p>
            if let Some(not_saved) = not_saved {
                <p class="status-not-saved">{ not_saved }</p>
            }
            { props.children.clone() }
        </div>
    }
}
