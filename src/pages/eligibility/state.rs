//! The checker's answers as one state with one action enum. The answers in
//! the address arrive after the first drawing; each answer the user gives
//! is an action.

use std::rc::Rc;
use waika_core::eligibility::{Answers, AppVersion};
use yew::prelude::*;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckerState {
    pub answers: Answers,
    /// The app version as typed, which may not read as a version yet.
    pub version_text: String,
    /// Whether the share link was copied since the last answer.
    pub copied: bool,
}

#[derive(Debug, Clone)]
pub enum CheckerAction {
    /// The answers in the page's address, read after the first drawing.
    FromAddress(Answers),
    /// One choice: the question's writer and the code chosen.
    Choose {
        write: fn(&mut Answers, &str),
        code: &'static str,
    },
    /// The app version, as typed.
    Version(String),
    Copied,
    /// Another card of the same person: the card's own answers go.
    AnotherCard,
    StartOver,
}

impl Reducible for CheckerState {
    type Action = CheckerAction;

    fn reduce(self: Rc<Self>, action: CheckerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.copied = false;
        match action {
            CheckerAction::FromAddress(answers) => {
                next.version_text = answers.version.map(|v| v.to_string()).unwrap_or_default();
                next.answers = answers;
            }
            CheckerAction::Choose { write, code } => write(&mut next.answers, code),
            CheckerAction::Version(text) => {
                next.answers.version = AppVersion::parse(&text);
                next.version_text = text;
            }
            CheckerAction::Copied => next.copied = true,
            CheckerAction::AnotherCard => next.answers = next.answers.for_another_card(),
            CheckerAction::StartOver => next = CheckerState::default(),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use waika_core::eligibility::QUESTIONS;

    fn run(actions: Vec<CheckerAction>) -> Rc<CheckerState> {
        actions
            .into_iter()
            .fold(Rc::new(CheckerState::default()), Reducible::reduce)
    }

    /// What happens, and a check of the state after it.
    type Case = (&'static str, Vec<CheckerAction>, fn(&CheckerState) -> bool);

    #[test]
    fn each_action_gives_the_state() {
        let first = &QUESTIONS[0];
        let code = (first.choices)()[0];
        let shared = Answers::from_query("ver=8.0.50");
        let cases: Vec<Case> = vec![
            ("nothing answered", vec![], |s| {
                s.answers == Answers::default() && s.version_text.is_empty()
            }),
            (
                "a shared link's answers, with its version as text",
                vec![CheckerAction::FromAddress(shared)],
                |s| s.version_text == "8.0.50" && s.answers.version.is_some(),
            ),
            (
                "a version that does not read is kept as typed",
                vec![CheckerAction::Version("8,0".into())],
                |s| s.version_text == "8,0",
            ),
            (
                "a choice is written into the answers",
                vec![CheckerAction::Choose {
                    write: first.write,
                    code,
                }],
                |s| s.answers != Answers::default(),
            ),
            (
                "copying is said until the next answer",
                vec![
                    CheckerAction::Copied,
                    CheckerAction::Version("8.0.50".into()),
                ],
                |s| !s.copied,
            ),
            ("copying is said", vec![CheckerAction::Copied], |s| s.copied),
            (
                "another card asks the card's questions and the cards linked again, and keeps the rest",
                vec![
                    CheckerAction::FromAddress(Answers::from_query(
                        "id=passport&net=visa&kind=credit&intl=yes&sms=yes&cards=0",
                    )),
                    CheckerAction::AnotherCard,
                ],
                |s| {
                    s.answers.network.is_none()
                        && s.answers.kind.is_none()
                        && s.answers.international.is_none()
                        && s.answers.cards.is_none()
                        && s.answers.id.is_some()
                        && s.answers.sms.is_some()
                },
            ),
            (
                "starting over forgets every answer",
                vec![CheckerAction::FromAddress(shared), CheckerAction::StartOver],
                |s| *s == CheckerState::default(),
            ),
        ];
        for (name, actions, check) in cases {
            let state = run(actions.clone());
            assert!(check(&state), "{name} ({actions:?}): {state:?}");
        }
    }
}
