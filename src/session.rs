//! The user's place, kept for this tab only (sessionStorage): what was
//! typed but not saved, and how far each view was scrolled. It survives
//! moving between views and Back, and is gone with the tab; it never
//! reaches localStorage or an address.

use crate::hooks::use_effect_after_first;
use yew::prelude::*;

/// A payment the fees page hands to the tracker's add form, as
/// "2026-12-04\n35,50": the day, then the amount as typed.
pub const PAYMENT_TO_RECORD: &str = "waika.session.payment-to-record";

fn session_storage() -> Option<web_sys::Storage> {
    crate::browser::window()?.session_storage().ok().flatten()
}

/// The text kept under `key` for this tab.
pub fn session_get(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

/// Keeps `value` under `key` for this tab; an empty value removes it. A
/// failure only means the place is not kept.
pub fn session_set(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = if value.is_empty() {
            storage.remove_item(key)
        } else {
            storage.set_item(key, value)
        };
    }
}

/// A typed text that survives moving between views, starting from what
/// this tab had under `key` (or `initial`). The kept text arrives after the
/// first drawing, which is the page as the build wrote it; nothing is
/// written back before it has been read.
#[hook]
pub fn use_session_text(
    key: &'static str,
    initial: impl FnOnce() -> String,
) -> UseStateHandle<String> {
    let text = use_state(initial);
    {
        let text = text.clone();
        use_effect_with((), move |_| {
            if let Some(kept) = session_get(key) {
                text.set(kept);
            }
        });
    }
    use_effect_after_first(&*text, move |value| session_set(key, value));
    text
}

/// A typed text kept like [`use_session_text`], but only on the day (in
/// China) it was typed: a tab left open overnight, or reloaded the next
/// day, starts from `initial` again, so yesterday's date is never offered
/// as today's.
/// `initial` gives the text for a day; a text left as it was follows the
/// day when the form is drawn again after midnight.
#[hook]
pub fn use_session_text_of_day(
    key: &'static str,
    today: String,
    initial: fn(&str) -> String,
) -> UseStateHandle<String> {
    let text = use_state(|| initial(&today));
    {
        let text = text.clone();
        use_effect_with((), move |_| {
            // Today's date, not the first drawing's (the build's day).
            let today = crate::rule_text::today_in_china().to_string();
            let kept = session_get(key).and_then(|kept| {
                let (day, text) = kept.split_once('\n')?;
                (day == today).then(|| text.to_string())
            });
            if let Some(kept) = kept {
                text.set(kept);
            }
        });
    }
    let drawn_on = use_mut_ref(|| today.clone());
    {
        let text = text.clone();
        use_effect_with(today.clone(), move |today| {
            let before = std::mem::replace(&mut *drawn_on.borrow_mut(), today.clone());
            if before != *today && *text == initial(&before) {
                text.set(initial(today));
            }
        });
    }
    // Kept with the day it was written, not the day it is drawn on.
    use_effect_after_first(&*text, move |value| {
        session_set(
            key,
            &format!("{}\n{value}", crate::rule_text::today_in_china()),
        )
    });
    text
}

fn scroll_key(address: &str) -> String {
    format!("waika.scroll.{address}")
}

/// Remembers how far the view at `address` was scrolled.
pub fn save_scroll(address: &str) {
    if let Some(y) = crate::browser::window().and_then(|window| window.scroll_y().ok()) {
        session_set(&scroll_key(address), &(y.round() as i64).to_string());
    }
}

/// How far the view at `address` was scrolled when the user left it
/// (whole pixels).
pub fn saved_scroll(address: &str) -> f64 {
    session_get(&scroll_key(address))
        .and_then(|text| text.parse::<i32>().ok())
        .map_or(0.0, f64::from)
}
