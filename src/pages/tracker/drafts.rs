//! What was typed in a payment's edit or refund form and not saved, kept
//! for this tab like the add form's text: leaving for another view, opening
//! another payment's form or reloading brings it back, not an empty form.

use super::events::{EditorKind, Event, Notice, Place};
use crate::session::{session_get, session_set};
use waika_core::ledger::Payment;

/// Which form is open, so coming back to the tracker opens it again.
const OPEN_KEY: &str = "waika.session.tracker-editor";

fn kind_name(kind: EditorKind) -> &'static str {
    match kind {
        EditorKind::Edit => "edit",
        EditorKind::Refund => "refund",
    }
}

/// A payment's form by name, "edit-12": in its draft's key, and as the
/// form that is open.
fn form_name(id: u64, kind: EditorKind) -> String {
    format!("{}-{id}", kind_name(kind))
}

fn draft_key(id: u64, kind: EditorKind) -> String {
    format!("waika.session.tracker-{}", form_name(id, kind))
}

/// A form's fields as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub date: String,
    pub amount: String,
    pub note: String,
}

impl Draft {
    /// The form's draft kept in this tab, if any.
    pub fn read(id: u64, kind: EditorKind) -> Option<Draft> {
        let kept = session_get(&draft_key(id, kind))?;
        let mut lines = kept.splitn(3, '\n');
        Some(Draft {
            date: lines.next()?.to_string(),
            amount: lines.next()?.to_string(),
            note: lines.next()?.to_string(),
        })
    }

    /// Keeps the draft; a note cannot hold a line break (the field is one
    /// line), so the three fields split back as they were.
    pub fn keep(&self, id: u64, kind: EditorKind) {
        let note = self.note.replace('\n', " ");
        let text = format!("{}\n{}\n{note}", self.date, self.amount);
        session_set(&draft_key(id, kind), &text);
    }

    /// Forgets the draft: saved, or given up on purpose.
    pub fn forget(id: u64, kind: EditorKind) {
        session_set(&draft_key(id, kind), "");
    }
}

/// Remembers the form that is open, or that none is.
pub fn remember_open(editor: Option<(u64, EditorKind)>) {
    let text = editor.map_or(String::new(), |(id, kind)| form_name(id, kind));
    session_set(OPEN_KEY, &text);
}

/// The form that was open when the user left the tracker in this tab.
pub fn open_before() -> Option<(u64, EditorKind)> {
    let kept = session_get(OPEN_KEY)?;
    let (kind, id) = kept.split_once('-')?;
    let kind = match kind {
        "edit" => EditorKind::Edit,
        "refund" => EditorKind::Refund,
        _ => return None,
    };
    Some((id.parse().ok()?, kind))
}

/// The last deletion, so Undo survives a reload of this tab (a reload
/// once took it away from a user who had deleted by mistake).
const UNDO_KEY: &str = "waika.session.tracker-undo";

/// Keeps the deletion Undo would put back, or forgets it.
pub fn remember_undo(undo: Option<&(usize, Payment)>) {
    let text = undo
        .and_then(|deleted| serde_json::to_string(deleted).ok())
        .unwrap_or_default();
    session_set(UNDO_KEY, &text);
}

/// The deletion this tab could undo before it was reloaded.
pub fn undo_before() -> Option<(usize, Payment)> {
    serde_json::from_str(&session_get(UNDO_KEY)?).ok()
}

/// Forgets the draft of a form whose change the ledger took. A save the
/// ledger refused (too large, changed in another tab) keeps what was typed.
pub fn forget_saved(notice: Option<&Notice>) {
    let Some(Notice {
        place: Place::Payment(id),
        event,
    }) = notice
    else {
        return;
    };
    let kind = match event {
        Event::Edited => EditorKind::Edit,
        Event::Refunded { .. } => EditorKind::Refund,
        _ => return,
    };
    Draft::forget(*id, kind);
}
