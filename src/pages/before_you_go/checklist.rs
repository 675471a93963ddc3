//! The pre-trip checklist's state: which boxes are ticked. One reducer,
//! one action enum; the page reads what is stored and writes it back in
//! effects, and only after the user has ticked or cleared a box.

use std::rc::Rc;
use yew::prelude::*;

/// The ticked boxes, by their storage keys, in the order they were ticked.
/// Keys this build does not know (from a later version) are kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checklist {
    pub ticked: Vec<String>,
    /// Whether the user changed anything since it was read: only then is
    /// it written back.
    pub changed: bool,
}

pub enum ChecklistAction {
    /// What was stored, read after the page was drawn.
    Loaded(Vec<String>),
    /// A tap on a box: ticked if it was not, cleared if it was.
    Toggle(String),
}

impl Checklist {
    pub fn is_ticked(&self, key: &str) -> bool {
        self.ticked.iter().any(|ticked| ticked == key)
    }
}

impl Reducible for Checklist {
    type Action = ChecklistAction;

    fn reduce(self: Rc<Self>, action: ChecklistAction) -> Rc<Self> {
        match action {
            // A tap made before the stored ticks arrived is kept with them:
            // the boxes it could reach were shown empty.
            ChecklistAction::Loaded(stored) if self.changed => {
                let mut ticked = self.ticked.clone();
                ticked.extend(stored.into_iter().filter(|key| !self.is_ticked(key)));
                Rc::new(Checklist {
                    ticked,
                    changed: true,
                })
            }
            ChecklistAction::Loaded(ticked) => Rc::new(Checklist {
                ticked,
                changed: false,
            }),
            ChecklistAction::Toggle(key) => {
                let mut ticked = self.ticked.clone();
                match ticked.iter().position(|ticked| *ticked == key) {
                    Some(index) => {
                        ticked.remove(index);
                    }
                    None => ticked.push(key),
                }
                Rc::new(Checklist {
                    ticked,
                    changed: true,
                })
            }
        }
    }
}
