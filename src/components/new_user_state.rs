//! The new-user answers as one state with one set of actions: what is kept
//! on the device arrives after the first drawing, the user's choice, and
//! whether the last choice was kept. Pure, so the host tests walk it.

use std::rc::Rc;
use waika_core::promotions::NewUserAnswers;
use waika_core::store::StorageError;
use yew::Reducible;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NewUserState {
    pub answers: NewUserAnswers,
    /// Whether the last choice was kept on the device.
    pub saved: Result<(), StorageError>,
    /// How many choices the user made here; the answers are written only
    /// after one, never for what was read.
    pub choices: u32,
}

impl Default for NewUserState {
    fn default() -> Self {
        NewUserState {
            answers: NewUserAnswers::default(),
            saved: Ok(()),
            choices: 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NewUserAction {
    /// What the device kept, read after the first drawing.
    Loaded(NewUserAnswers),
    /// The user changed an answer.
    Choose(NewUserAnswers),
    /// Whether writing the answers worked.
    Saved(Result<(), StorageError>),
}

impl Reducible for NewUserState {
    type Action = NewUserAction;

    fn reduce(self: Rc<Self>, action: NewUserAction) -> Rc<Self> {
        let next = match action {
            // A choice made before the kept answers arrived wins: it is
            // what the user sees, and it is written next.
            NewUserAction::Loaded(_) if self.choices > 0 => return self,
            NewUserAction::Loaded(kept) => NewUserState {
                answers: kept,
                ..*self
            },
            NewUserAction::Choose(answers) => NewUserState {
                answers,
                choices: self.choices.saturating_add(1),
                ..*self
            },
            NewUserAction::Saved(saved) => NewUserState { saved, ..*self },
        };
        match next == *self {
            true => self,
            false => Rc::new(next),
        }
    }
}
