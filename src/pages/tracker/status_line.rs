//! The result of a change, shown next to the control that made it and
//! announced to screen readers; with the save problem when the change did
//! not reach the device.

use super::messages::{changed_ledger, event_text, is_problem, save_problem};
use super::state::{Event, SaveStatus};
use crate::context::LangContext;
use waika_texts::tracker::tracker;
use yew::prelude::*;

/// The line for `event`; `extra` is a control beside it, e.g. "Undo". A
/// view function: it has no state of its own.
pub fn status_line(context: &LangContext, event: &Event, save: SaveStatus, extra: Html) -> Html {
    let (lang, texts) = (context.lang, tracker(context.lang));
    let problem = is_problem(event);
    // Taken, but maybe twice: it looks like a problem without interrupting.
    let maybe_twice = matches!(event, Event::Added { same_before, .. } if *same_before > 0);
    let not_saved = changed_ledger(event)
        .then(|| save_problem(texts, save))
        .flatten();
    html! {
        <div class={classes!("status-line", (problem || maybe_twice || not_saved.is_some()).then_some("status-problem"))}
            role={if problem { "alert" } else { "status" }}>
            <p>{ event_text(lang, texts, event) }</p>
            if let Some(not_saved) = not_saved {
                <p class="status-not-saved">{ not_saved }</p>
            }
            { extra }
        </div>
    }
}
