//! The current route, read from the URL fragment and kept in step with it.

use crate::route::Route;
use crate::ui::session::{save_scroll, saved_scroll};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The route of the current address; re-renders when the fragment changes
/// (a link, the back button, or a typed address).
#[hook]
pub fn use_route() -> Route {
    let route = use_state(|| Route::from_fragment(&current_fragment()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            // The address being left: its scroll position is kept when the
            // fragment changes, before the new view is drawn.
            let mut previous = current_fragment();
            let listener = Closure::<dyn FnMut()>::new(move || {
                save_scroll(&previous);
                previous = current_fragment();
                route.set(Route::from_fragment(&previous));
            });
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = &window {
                    let _ = window.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }
    *route
}

/// After moving to another view: back to where the user left that view
/// (the top if new), and focus on the main region so screen readers and
/// keyboard users start at the new content.
pub fn focus_main() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let main = window
        .document()
        .and_then(|document| document.get_element_by_id("main"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main.focus_with_options(&options);
    }
    window.scroll_to_with_x_and_y(0.0, saved_scroll(&current_fragment()));
}
