//! The pre-trip checklist's reducer: ticks, clears, what is stored, and
//! which states are written back.

use std::rc::Rc;
use waika_ui::pages::before_you_go::checklist::{Checklist, ChecklistAction};
use yew::Reducible;

fn keys(list: &[&str]) -> Vec<String> {
    list.iter().map(|key| key.to_string()).collect()
}

fn run(actions: Vec<ChecklistAction>) -> Checklist {
    let mut state = Rc::new(Checklist::default());
    for action in actions {
        state = state.reduce(action);
    }
    (*state).clone()
}

#[test]
fn actions_give_the_ticks_and_whether_to_write_them() {
    use ChecklistAction::*;
    let cases: Vec<(&str, Vec<ChecklistAction>, Vec<&str>, bool)> = vec![
        ("nothing stored, nothing done", vec![], vec![], false),
        (
            "stored ticks load unchanged",
            vec![Loaded(keys(&["cash", "bring-id"]))],
            vec!["cash", "bring-id"],
            false,
        ),
        (
            "a tap ticks",
            vec![Toggle("cash".into())],
            vec!["cash"],
            true,
        ),
        (
            "a second tap clears",
            vec![Toggle("cash".into()), Toggle("cash".into())],
            vec![],
            true,
        ),
        (
            "a tap after loading keeps the rest",
            vec![Loaded(keys(&["cash", "bring-id"])), Toggle("cash".into())],
            vec!["bring-id"],
            true,
        ),
        (
            "a key of a later version is kept",
            vec![
                Loaded(keys(&["from-a-later-version"])),
                Toggle("cash".into()),
            ],
            vec!["from-a-later-version", "cash"],
            true,
        ),
        (
            "a tap before the stored ticks arrive is kept with them",
            vec![Toggle("cash".into()), Loaded(keys(&["bring-id", "cash"]))],
            vec!["cash", "bring-id"],
            true,
        ),
    ];
    for (name, actions, ticked, changed) in cases {
        let state = run(actions);
        assert_eq!(state.ticked, keys(&ticked), "{name}");
        assert_eq!(state.changed, changed, "{name}: written back");
    }
}
