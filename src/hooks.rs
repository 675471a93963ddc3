//! Hooks for values read from the device after the first drawing.

use yew::prelude::*;

/// Runs `effect` each time `value` changes, but not for the first drawing,
/// whose value is the page as written, not something the user typed.
#[hook]
pub fn use_effect_after_first<T>(value: &T, effect: impl Fn(&T) + 'static)
where
    T: Clone + PartialEq + 'static,
{
    let first = use_mut_ref(|| true);
    use_effect_with(value.clone(), move |value| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            effect(value);
        }
    });
}
