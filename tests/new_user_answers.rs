//! The new-user answers' state: what the device kept arrives after the
//! first drawing, a choice made before it wins, and only choices are
//! written back.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;
use waika_core::date::Date;
use waika_core::promotions::NewUserAnswers;
use waika_core::store::StorageError;
use waika_ui::components::new_user_state::{NewUserAction, NewUserState};
use yew::Reducible;

fn answers(first_card: Option<bool>, first_link: &str) -> NewUserAnswers {
    NewUserAnswers {
        first_card,
        first_link: Date::parse_iso(first_link),
        first_payment: None,
    }
}

/// What happens, the actions, the answers after them, the choices made
/// (written only when more than none), and whether the last write worked.
type Row = (
    &'static str,
    Vec<NewUserAction>,
    NewUserAnswers,
    u32,
    Result<(), StorageError>,
);

#[test]
fn each_sequence_of_actions_gives_the_answers_and_the_writes_it_should() {
    let kept = answers(Some(true), "2026-11-20");
    let chosen = answers(Some(false), "");
    let rows: Vec<Row> = vec![
        (
            "nothing kept, nothing chosen",
            vec![],
            NewUserAnswers::default(),
            0,
            Ok(()),
        ),
        (
            "kept answers arrive",
            vec![NewUserAction::Loaded(kept)],
            kept,
            0,
            Ok(()),
        ),
        (
            "a choice after the kept answers",
            vec![NewUserAction::Loaded(kept), NewUserAction::Choose(chosen)],
            chosen,
            1,
            Ok(()),
        ),
        (
            "a choice before the kept answers arrive wins",
            vec![NewUserAction::Choose(chosen), NewUserAction::Loaded(kept)],
            chosen,
            1,
            Ok(()),
        ),
        (
            "a full store is reported, and the answers stay",
            vec![
                NewUserAction::Choose(chosen),
                NewUserAction::Saved(Err(StorageError::Full)),
            ],
            chosen,
            1,
            Err(StorageError::Full),
        ),
        (
            "the next write that works clears the report",
            vec![
                NewUserAction::Choose(chosen),
                NewUserAction::Saved(Err(StorageError::Full)),
                NewUserAction::Choose(kept),
                NewUserAction::Saved(Ok(())),
            ],
            kept,
            2,
            Ok(()),
        ),
    ];
    for (what, actions, expected, choices, saved) in rows {
        let state = actions
            .iter()
            .fold(Rc::new(NewUserState::default()), |state, action| {
                state.reduce(*action)
            });
        assert_eq!(state.answers, expected, "{what}: {actions:?}");
        assert_eq!(state.choices, choices, "{what}: {actions:?}");
        assert_eq!(state.saved, saved, "{what}: {actions:?}");
    }
}

#[test]
fn an_action_that_changes_nothing_keeps_the_same_state() {
    let state = Rc::new(NewUserState::default());
    let after = state.clone().reduce(NewUserAction::Saved(Ok(())));
    assert!(Rc::ptr_eq(&state, &after), "Saved(Ok) on a fresh state");
}
