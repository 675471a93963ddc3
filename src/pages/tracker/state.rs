//! The tracker's state and every way it changes, as one reducer with one
//! `Action` enum (the shape of yew's function_todomvc). Pure: no browser
//! calls. The page writes the ledger to the device in an effect, from
//! what `pending` asks for, and reports back with `Action::Persisted`.

pub use super::action::Action;
pub use super::events::{Confirm, EditorKind, Event, ImportProblem, Notice, Place, SaveStatus};
use super::lineage::rebase_on;
use super::persist::Pending;
use super::saved::{Backup, LoadedLedger, StoredProblem};
use std::rc::Rc;
use waika_core::export::{export_json, stored_len, MAX_LEDGER_BYTES};
use waika_core::ledger::{Ledger, Payment, Period};
use waika_core::store::StorageError;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct TrackerState {
    pub ledger: Rc<Ledger>,
    /// The ledger as stored when this tab last read or wrote it: what
    /// another tab's changes are told apart from.
    pub base: Rc<Ledger>,
    /// The stored text of `base`, to see whether another tab wrote since.
    pub stored_text: Option<Rc<str>>,
    /// At least the bytes `ledger` takes when stored: checked against the
    /// size limit without writing the whole ledger out on every change.
    pub size_bound: usize,
    /// Counts changes that need storage work; the effect runs on it.
    pub revision: u64,
    pub pending: Pending,
    /// The ledger before a replacement, restored if its backup fails.
    pub rollback: Option<Rc<Ledger>>,
    pub save: SaveStatus,
    /// What was wrong with the stored ledger when the page opened.
    pub stored_problem: Option<StoredProblem>,
    /// The stored text, when it could not be backed up.
    pub unbacked_raw: Option<String>,
    pub backups: Vec<Backup>,
    pub notice: Option<Notice>,
    /// The last deleted payment and its place, for undo.
    pub undo: Option<(usize, Payment)>,
    /// The deletions before it, oldest first: Undo offers each in turn (a
    /// second quick delete once took the first one's Undo away for good).
    pub earlier_deletions: Vec<(usize, Payment)>,
    pub editor: Option<(u64, EditorKind)>,
    pub confirm: Option<Confirm>,
    /// The month the user picked for the list and the summary.
    pub month: Option<Period>,
}

/// How many deletions Undo can take back, one after another.
const MAX_UNDOS: usize = 20;

impl TrackerState {
    /// The state for a ledger just read from the device.
    pub fn from_loaded(loaded: LoadedLedger) -> TrackerState {
        let save = if loaded.unavailable {
            SaveStatus::Failed(StorageError::Unavailable)
        } else if loaded.unbacked_raw.is_some() {
            SaveStatus::Held
        } else {
            SaveStatus::Saved
        };
        let ledger = Rc::new(loaded.ledger);
        TrackerState {
            size_bound: stored_len(&ledger),
            base: ledger.clone(),
            stored_text: loaded.stored_text,
            ledger,
            revision: 0,
            pending: Pending::default(),
            rollback: None,
            save,
            stored_problem: loaded.problem,
            unbacked_raw: loaded.unbacked_raw,
            backups: loaded.backups,
            notice: None,
            undo: None,
            earlier_deletions: Vec::new(),
            editor: None,
            confirm: None,
            month: None,
        }
    }

    /// Applies one action. Every action clears the previous message, so a
    /// stale one never stands next to a new result.
    // Long: one arm per action of the one Action enum (the shape of function_todomvc), so
    // every way the state changes is read in one place.
    pub fn apply(&self, action: Action) -> TrackerState {
        if let Action::Loaded(loaded) = &action {
            // Read once, before the user can change anything. A change made
            // earlier has already been merged with what was stored when it
            // was written (see `saved::persist`).
            if self.revision == 0 {
                return TrackerState::from_loaded((**loaded).clone());
            }
            return self.clone();
        }
        let mut next = self.clone();
        if !matches!(
            action,
            Action::Persisted(_) | Action::StoredElsewhere { .. } | Action::BackupsElsewhere(_)
        ) {
            next.notice = None;
        }
        match action {
            Action::Add {
                date,
                amount,
                note,
                markup,
                today,
            } => {
                let add = |ledger: &mut Ledger| {
                    ledger
                        .add_with_markup(date, amount, &note, markup, today)
                        .map(drop)
                };
                let same_before = self.ledger.same_day_and_amount(date, amount);
                match self.grown(Self::entry_bound(&note, 0), add) {
                    Ok((ledger, bound)) => {
                        next.size_bound = bound;
                        let added = Event::Added {
                            amount,
                            date,
                            same_before,
                        };
                        next.change(ledger, Place::AddForm, added);
                        next.month = Some(Period::month_of(date));
                    }
                    Err(error) => next.tell(Place::AddForm, Event::Refused(error)),
                }
            }
            Action::Edit {
                id,
                date,
                amount,
                note,
                today,
            } => {
                let edit = |ledger: &mut Ledger| ledger.edit(id, date, amount, &note, today);
                match self.grown(Self::entry_bound(&note, 0), edit) {
                    Ok((ledger, bound)) => {
                        next.size_bound = bound;
                        next.change(ledger, Place::Payment(id), Event::Edited);
                        next.editor = None;
                        next.month = Some(Period::month_of(date));
                    }
                    Err(error) => next.tell(Place::Payment(id), Event::Refused(error)),
                }
            }
            Action::SetMarkup { id, markup } => {
                let set = |ledger: &mut Ledger| ledger.set_markup(id, markup);
                match self.grown(Self::entry_bound("", 0), set) {
                    Ok((ledger, bound)) => {
                        next.size_bound = bound;
                        next.change(ledger, Place::Payment(id), Event::Edited);
                    }
                    Err(error) => next.tell(Place::Payment(id), Event::Refused(error)),
                }
            }
            Action::Refund {
                id,
                date,
                amount,
                today,
            } => {
                let refund = |ledger: &mut Ledger| ledger.refund(id, date, amount, today).map(drop);
                match self.grown(Self::entry_bound("", 0), refund) {
                    Ok((ledger, bound)) => {
                        next.size_bound = bound;
                        next.change(ledger, Place::Payment(id), Event::Refunded { amount });
                        next.editor = None;
                    }
                    Err(error) => next.tell(Place::Payment(id), Event::Refused(error)),
                }
            }
            Action::Delete(id) => {
                let mut ledger = (*self.ledger).clone();
                if let Ok((index, removed)) = ledger.delete(id) {
                    let event = Event::Deleted {
                        amount: removed.amount,
                        date: removed.date,
                    };
                    next.change(ledger, Place::List, event);
                    if let Some(earlier) = next.undo.replace((index, removed)) {
                        next.earlier_deletions.push(earlier);
                        let over = next.earlier_deletions.len().saturating_sub(MAX_UNDOS);
                        next.earlier_deletions.drain(..over);
                    }
                    next.editor = None;
                }
            }
            Action::Undo => {
                if let Some((index, payment)) = self.undo.clone() {
                    let id = payment.id;
                    let growth = Self::entry_bound(&payment.note, payment.refunds.len());
                    let restore = |ledger: &mut Ledger| {
                        ledger.restore(index, payment);
                        Ok(())
                    };
                    match self.grown(growth, restore) {
                        Ok((ledger, bound)) => {
                            next.size_bound = bound;
                            next.change(ledger, Place::Payment(id), Event::Restored);
                            next.undo = next.earlier_deletions.pop();
                        }
                        Err(error) => next.tell(Place::List, Event::Refused(error)),
                    }
                }
            }
            Action::KeptUndo(index, payment) => {
                // Only a payment this ledger gave out and no longer holds:
                // after an import its id may belong to the next new payment.
                if payment.id < self.ledger.next_id {
                    next.undo = Some((index, payment));
                }
            }
            Action::RemoveRefund { payment, refund } => {
                let removed = self
                    .ledger
                    .payment(payment)
                    .and_then(|kept| kept.refunds.iter().find(|r| r.id == refund))
                    .map(|r| (r.amount, r.date));
                let mut ledger = (*self.ledger).clone();
                if let (Some((amount, date)), Ok(())) =
                    (removed, ledger.delete_refund(payment, refund))
                {
                    let event = Event::RefundRemoved { amount, date };
                    next.change(ledger, Place::Payment(payment), event);
                }
            }
            Action::OpenEditor(id, kind) => next.editor = Some((id, kind)),
            Action::CloseEditor => next.editor = None,
            Action::ChooseMonth(month) => next.month = Some(month),
            Action::AskClear => next.confirm = Some(Confirm::ClearAll),
            Action::ImportRead(Ok(salvaged), _)
                if salvaged.ledger.payments.is_empty() && salvaged.left_out() > 0 =>
            {
                let left_out = salvaged.left_out();
                next.confirm = None;
                next.tell(
                    Place::Data,
                    Event::ImportFailed(ImportProblem::NothingUsable { left_out }),
                );
            }
            Action::ImportRead(Ok(salvaged), _)
                if stored_len(&salvaged.ledger) > MAX_LEDGER_BYTES =>
            {
                next.confirm = None;
                next.tell(
                    Place::Data,
                    Event::ImportFailed(ImportProblem::LedgerTooLarge {
                        max_bytes: MAX_LEDGER_BYTES,
                    }),
                );
            }
            Action::ImportRead(Ok(salvaged), base) => {
                next.confirm = Some(Confirm::Import(Rc::new(salvaged), base))
            }
            Action::ImportRead(Err(problem), _) => {
                next.confirm = None;
                next.tell(Place::Data, Event::ImportFailed(problem));
            }
            Action::AskForget(key) => next.confirm = Some(Confirm::ForgetBackup(key)),
            Action::Confirm { today } => {
                // A ledger with no payments and no first card link needs no
                // backup: there is nothing to get back.
                let worth_keeping =
                    !self.ledger.payments.is_empty() || self.ledger.first_card_link.is_some();
                let (ledger, event) = match self.confirm.clone() {
                    Some(Confirm::ClearAll) => {
                        next.pending.based_on = Some(None);
                        (self.ledger.emptied(), Event::Cleared)
                    }
                    Some(Confirm::ForgetBackup(key)) => {
                        next.forget_backup(key);
                        return next;
                    }
                    Some(Confirm::Import(salvaged, base)) => {
                        // The device now holds the file's ledger, ids and all.
                        next.pending.based_on = Some(salvaged.export_id.clone());
                        next.pending.rebase = base.and(rebase_on(&salvaged));
                        let event = Event::Imported {
                            count: salvaged.ledger.payments.len(),
                            backed_up: worth_keeping,
                        };
                        (salvaged.ledger.clone(), event)
                    }
                    None => return next,
                };
                // The ledger being replaced is kept first; if that fails,
                // `Persisted` puts it back.
                next.size_bound = stored_len(&ledger);
                next.change(ledger, Place::Data, event);
                next.rollback = Some(self.ledger.clone());
                next.pending.backup_first = worth_keeping.then(|| export_json(&self.ledger, today));
                next.confirm = None;
                next.undo = None;
                next.earlier_deletions.clear();
                next.editor = None;
                next.month = None;
            }
            Action::CancelConfirm => next.confirm = None,
            Action::AddMissing { today } => next.add_missing(today),
            Action::BringIn { today } => next.bring_in(today),
            Action::Exported { file } => {
                let count = self.ledger.payments.len();
                next.tell(Place::Data, Event::Exported { count, file });
            }
            Action::Persisted(persisted) => next.persisted(persisted),
            Action::StoredElsewhere { ledger, text } => next.stored_elsewhere(ledger, text),
            Action::BackupsElsewhere(backups) => next.backups = backups,
            Action::Loaded(_) => {}
        }
        // Put back meanwhile (by an undo in another tab, or a merge that
        // kept it): there is nothing left to undo.
        let ledger = Rc::clone(&next.ledger);
        let gone = |(_, payment): &(usize, Payment)| ledger.payment(payment.id).is_none();
        next.earlier_deletions.retain(gone);
        if next.undo.as_ref().is_some_and(|deleted| !gone(deleted)) {
            next.undo = next.earlier_deletions.pop();
        }
        next
    }

    pub(super) fn tell(&mut self, place: Place, event: Event) {
        self.notice = Some(Notice { place, event });
    }

    /// A new ledger to show and to write to the device.
    pub(super) fn change(&mut self, ledger: Ledger, place: Place, event: Event) {
        self.ledger = Rc::new(ledger);
        self.revision += 1;
        // Work not yet done for an earlier revision stays queued.
        self.pending.save = true;
        self.rollback = None;
        self.tell(place, event);
    }
}

impl Reducible for TrackerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
