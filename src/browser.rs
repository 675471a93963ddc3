//! The browser, when there is one. The prerender tool draws the same
//! components on the build machine, where there is no window: every call
//! into the page goes through here and finds nothing there.

use std::sync::OnceLock;

/// The page's window; `None` while prerendering.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The page's element with this id, if there is one.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// What the text field with this id holds now, if there is one.
pub fn field_value(id: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    element_by_id(id)?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
        .map(|input| input.value())
}

/// The home currency the browser's languages suggest by their region
/// ("zh-MY": ringgit), the first that names one.
pub fn browser_home_currency() -> Option<waika_core::money::Currency> {
    use waika_core::money::{home_currency_of_region, region_of_tag};
    window()?
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| region_of_tag(&tag).and_then(home_currency_of_region))
}

/// Moves the focus to the next of `container`'s buttons (the previous one
/// with `backwards`), round from the last to the first: Tab stays inside a
/// view that covers the page.
pub fn focus_next_button(container: &web_sys::Element, backwards: bool) {
    use wasm_bindgen::JsCast;
    let Ok(list) = container.query_selector_all("button") else {
        return;
    };
    let buttons: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|at| list.item(at))
        .filter_map(|node| node.dyn_into().ok())
        .collect();
    let count = buttons.len();
    if count == 0 {
        return;
    }
    let focused = focused_element();
    let at = buttons
        .iter()
        .position(|button| focused.as_ref() == Some(button));
    let next = match (at, backwards) {
        (Some(at), false) => (at + 1) % count,
        (Some(at), true) => (at + count - 1) % count,
        (None, _) => 0,
    };
    let _ = buttons[next].focus();
}

/// The element that has the focus, if it is an HTML element.
pub fn focused_element() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    window()?
        .document()?
        .active_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Calls `handler` on each `event` the window receives, while the returned
/// closure is kept; `None` without a window.
pub fn listen(
    event: &'static str,
    handler: impl Fn() + 'static,
) -> Option<wasm_bindgen::closure::Closure<dyn Fn()>> {
    use wasm_bindgen::JsCast;
    let window = window()?;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(handler);
    window
        .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())
        .ok()?;
    Some(closure)
}

/// Runs `work` in a task of its own, after the current one ends (right
/// away without a window). The browser can paint and answer input in
/// between: one long task blocks a phone for as long as it lasts.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = window() else {
        return work();
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(work);
    if window
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0)
        .is_err()
    {
        // Never expected; drawing late is better than not at all.
        let run: &js_sys::Function = callback.unchecked_ref();
        let _ = run.call0(&wasm_bindgen::JsValue::UNDEFINED);
    }
}

/// Asks the browser to give the page the whole screen, hiding its own bars;
/// it must follow a tap. Where the browser says no (an iPhone, a frame
/// without permission), the view still fills the window.
pub fn enter_full_screen() {
    let root = window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        let _ = root.request_fullscreen();
    }
}

/// Whether the page has the whole screen now.
pub fn is_full_screen() -> bool {
    window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.fullscreen_element().is_some())
}

/// Gives the screen back to the browser, if the page has it.
pub fn leave_full_screen() {
    if is_full_screen() {
        if let Some(document) = window().and_then(|window| window.document()) {
            document.exit_fullscreen();
        }
    }
}

/// The mark of the history entry a view on top of the page adds (the
/// cashier's large sentence), so that the phone's Back closes that view
/// instead of leaving the page.
const OVER_PAGE_ENTRY: &str = "waika-over-page";

/// Adds the entry of a view on top of the page; the address stays.
pub fn push_over_page_entry() {
    if let Some(history) = window().and_then(|window| window.history().ok()) {
        let _ = history.push_state(&wasm_bindgen::JsValue::from_str(OVER_PAGE_ENTRY), "");
    }
}

/// Goes back past the entry of a view on top of the page, if it is the
/// current one, and says whether it did: its `popstate` closes the view.
/// The entry loses its mark at once: going back takes a moment, and a
/// second close in that moment (Esc also leaves the full screen, which
/// closes too) must not go back a second time, off the page.
pub fn pop_over_page_entry() -> bool {
    let Some(history) = window().and_then(|window| window.history().ok()) else {
        return false;
    };
    let ours = history
        .state()
        .is_ok_and(|state| state.as_string().as_deref() == Some(OVER_PAGE_ENTRY));
    ours && history
        .replace_state(&wasm_bindgen::JsValue::NULL, "")
        .and_then(|()| history.back())
        .is_ok()
}

/// Keeps `text` with the current history entry under `key`, so going Back
/// to this page finds it again; a new visit starts without it.
pub fn keep_in_history_entry(key: &str, text: &str) {
    let Some(history) = window().and_then(|window| window.history().ok()) else {
        return;
    };
    let kept = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&kept, &key.into(), &text.into());
    let _ = history.replace_state(&kept, "");
}

/// What [`keep_in_history_entry`] kept with the current entry under `key`.
pub fn kept_in_history_entry(key: &str) -> Option<String> {
    let state = window()?.history().ok()?.state().ok()?;
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(&state, &key.into()).ok()?.as_string()
}

/// Stops a [`listen`] handler.
pub fn unlisten(event: &'static str, closure: &wasm_bindgen::closure::Closure<dyn Fn()>) {
    use wasm_bindgen::JsCast;
    if let Some(window) = window() {
        let _ = window.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
}

/// The build's date and version, as the prerender tool knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildStamp {
    /// The day of the build, `YYYY-MM-DD`.
    pub built: String,
    /// A hash of the build's files.
    pub version: String,
}

static PRERENDER_STAMP: OnceLock<BuildStamp> = OnceLock::new();

/// Tells the components, before prerendering, what the build is.
pub fn set_prerender_stamp(stamp: BuildStamp) {
    let _ = PRERENDER_STAMP.set(stamp);
}

/// The build's date and version: in the browser from the page's meta
/// tags, which the build step wrote; while prerendering from the tool.
pub fn build_stamp() -> Option<BuildStamp> {
    if let Some(stamp) = PRERENDER_STAMP.get() {
        return Some(stamp.clone());
    }
    Some(BuildStamp {
        built: build_day_text()?,
        version: page_meta("waika-version")?,
    })
}

/// The day of the build (`YYYY-MM-DD`), as [`build_stamp`] gives it; the
/// first drawing needs only this.
pub fn build_day_text() -> Option<String> {
    match PRERENDER_STAMP.get() {
        Some(stamp) => Some(stamp.built.clone()),
        None => page_meta("waika-built"),
    }
}

fn page_meta(name: &str) -> Option<String> {
    let value = window()?
        .document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .get_attribute("content")?;
    // A development build has neither yet.
    (!value.starts_with("__")).then_some(value)
}

/// Milliseconds since 1970 now.
pub fn now_unix_millis() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_millis() as i64)
    }
}

/// A random number, for names that must differ between devices.
pub fn random_u32() -> u32 {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::process::id() ^ (now_unix_millis() as u32)
    }
}
