//! The current address, kept in step with the browser's. Links inside the
//! app are followed without loading a page: the click is caught, the
//! address is pushed to the history and the view is drawn. Back and
//! forward do the same in reverse.

use crate::address::{query_of, Address};
use crate::session::{save_scroll, saved_scroll, session_get, session_set};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// `url` relative to the app's folder (the page's `<base>`), with query
/// and fragment; `None` for a URL outside it.
fn relative_to_base(url: &str) -> Option<String> {
    let base = crate::browser::window()?.document()?.base_uri().ok()??;
    url.strip_prefix(&base).map(str::to_string)
}

/// The page's address relative to the app's folder:
/// `en/eligibility/?id=passport`.
pub fn current_relative() -> Option<String> {
    let href = crate::browser::window()?.location().href().ok()?;
    relative_to_base(&href)
}

/// A value in the current address's query (`?amount=268.5`), decoded.
pub fn query_value(name: &str) -> Option<String> {
    let relative = current_relative()?;
    let encoded = query_of(&relative)
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?
        .replace('+', " ");
    js_sys::decode_uri_component(&encoded).ok()?.as_string()
}

/// A query made of `values`, each encoded; empty ones are left out.
pub fn query_from(values: &[(&str, &str)]) -> String {
    values
        .iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(name, value)| format!("{name}={}", js_sys::encode_uri_component(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The page of a relative address, without its query and place:
/// `en/eligibility/` of `en/eligibility/?id=passport#verdict`.
fn page_of(relative: &str) -> &str {
    relative.split(['?', '#']).next().unwrap_or_default()
}

/// Whether a pair of the query belongs to a blog's frame: `embed=1`, and
/// `parent`, the blog that is told the frame's height.
fn of_the_frame(pair: &str) -> bool {
    pair == "embed=1" || pair.starts_with("parent=")
}

/// The pairs of the current query but the frame's.
fn query_without_embed(relative: &str) -> impl Iterator<Item = &str> {
    query_of(relative)
        .split('&')
        .filter(|pair| !pair.is_empty() && !of_the_frame(pair))
}

/// Makes `query` the current address's query without adding a history
/// entry, so a reload or a shared link shows the same. The page, the
/// place on it and a blog frame's own pairs stay.
pub fn replace_query(query: &str) {
    let Some(relative) = current_relative() else {
        return;
    };
    let path = page_of(&relative);
    let pairs: Vec<&str> = query_of(&relative)
        .split('&')
        .filter(|pair| of_the_frame(pair))
        .chain((!query.is_empty()).then_some(query))
        .collect();
    let mut address = match pairs.join("&") {
        joined if joined.is_empty() => format!("./{path}"),
        joined => format!("./{path}?{joined}"),
    };
    // A place on the page ("#card-settings") stays.
    if let Some((_, place)) = relative
        .split_once('#')
        .filter(|(_, place)| !place.starts_with('/'))
    {
        address = format!("{address}#{place}");
    }
    if let Some(history) = crate::browser::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// Where an embedded view keeps what the full app's page should open
/// with: a frame in a blog keeps storage of its own, which the full app
/// cannot read, so it travels in the link's fragment (never sent to the
/// host, and taken out of the address once read).
fn carry_key(page: &str) -> String {
    format!("waika.session.carry:{page}")
}

/// Keeps `values` for the full app's `page`, as a query ("amount=350").
pub fn keep_for_full_app(page: &str, values: &str) {
    session_set(&carry_key(page), values);
}

/// The address of the full app's `page` for an embedded view, with what
/// the view keeps in its query (the checker's answers) and what it keeps
/// for the full app (the amount), and `place` on the page, if any.
fn full_app_address(page: &str, place: &str) -> String {
    let relative = current_relative().unwrap_or_default();
    let query = query_without_embed(&relative).collect::<Vec<_>>().join("&");
    let carried = session_get(&carry_key(page)).unwrap_or_default();
    let fragment: Vec<&str> = [place, carried.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    let mut address = page.to_string();
    if !query.is_empty() {
        address = format!("{address}?{query}");
    }
    if !fragment.is_empty() {
        address = format!("{address}#{}", fragment.join("&"));
    }
    address
}

/// What an embedded view sent along in the fragment
/// ("#card-settings&amount=350"), decoded. The address keeps only the
/// place, which is shown.
pub fn take_carried() -> Vec<(String, String)> {
    let Some(relative) = current_relative() else {
        return Vec::new();
    };
    let Some((before, fragment)) = relative.split_once('#') else {
        return Vec::new();
    };
    let (pairs, place): (Vec<&str>, Vec<&str>) =
        fragment.split('&').partition(|part| part.contains('='));
    if pairs.is_empty() || fragment.starts_with('/') {
        return Vec::new();
    }
    let place = place.first().copied().unwrap_or_default();
    let address = if place.is_empty() {
        format!("./{before}")
    } else {
        format!("./{before}#{place}")
    };
    if let Some(history) = crate::browser::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
    if let Some(element) = crate::browser::element_by_id(place) {
        element.scroll_into_view();
    }
    pairs
        .iter()
        .filter_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            let value = js_sys::decode_uri_component(value).ok()?.as_string()?;
            Some((name.to_string(), value))
        })
        .collect()
}

/// Whether the page runs in a blog's frame, without its own header, menu
/// and footer (`?embed=1` in the address).
pub fn is_embedded() -> bool {
    current_relative()
        .is_some_and(|relative| query_of(&relative).split('&').any(|pair| pair == "embed=1"))
}

/// Where a click on `anchor` leads inside the app, if it does: a link to
/// another page of the app's folder, to be opened in this tab.
fn link_target(event: &MouseEvent) -> Option<(String, Address)> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let relative = relative_to_base(&anchor.href())?;
    // In a blog's frame, another page of the app opens in a tab of its
    // own: the frame keeps the view the blog chose, and a place further
    // down a long page is not lost below the reader's screen.
    let here = current_relative().unwrap_or_default();
    if !relative.starts_with('#') && is_embedded() {
        anchor.set_target("_blank");
        anchor.set_rel("noopener");
        // A link to the full page of the view in the frame ("Open the full
        // app", "Change" the card) takes along what the view keeps.
        let page = page_of(&relative);
        let place = relative.split_once('#').map_or("", |(_, place)| place);
        if Address::from_relative(page).is_some()
            && Address::from_relative(page) == Address::from_relative(&here)
        {
            let _ = anchor.set_attribute("href", &full_app_address(page, place));
        }
        return None;
    }
    if !anchor.target().is_empty() || anchor.has_attribute("download") {
        return None;
    }
    // A link to a place on the same page is the browser's, with the
    // page's query (the checker's answers) kept, so it stays the same page.
    if relative.starts_with('#') {
        return None;
    }
    if let Some((_, fragment)) = relative.split_once('#') {
        if page_of(&relative) == page_of(&here) {
            let this_page = here.split('#').next().unwrap_or_default();
            let _ = anchor.set_attribute("href", &format!("{this_page}#{fragment}"));
            return None;
        }
    }
    let address = Address::from_relative(&relative)?;
    // Each language's pages run that language's own app: another language
    // is another page to load.
    let same_language =
        Address::from_relative(&here).is_some_and(|shown| shown.lang == address.lang);
    same_language.then_some((relative, address))
}

/// The address shown, starting at `initial`; re-renders when a link of
/// the app is followed or the user goes back or forward.
#[hook]
pub fn use_address(initial: Address) -> Address {
    let address = use_state(|| initial);
    {
        let address = address.clone();
        use_effect_with((), move |_| {
            let window = crate::browser::window();
            let document = window.as_ref().and_then(|window| window.document());
            if let Some(history) = window.as_ref().and_then(|window| window.history().ok()) {
                // The app puts each view back where the user left it.
                let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
            }
            // The address on screen, whose scroll position is kept when
            // the user leaves it.
            let shown = Rc::new(RefCell::new(current_relative().unwrap_or_default()));
            let on_click = {
                let address = address.clone();
                let shown = shown.clone();
                Closure::<dyn FnMut(MouseEvent)>::new(move |event: MouseEvent| {
                    let Some((relative, next)) = link_target(&event) else {
                        return;
                    };
                    event.prevent_default();
                    let Some(window) = crate::browser::window() else {
                        return;
                    };
                    save_scroll(&shown.replace(relative.clone()));
                    if let Ok(history) = window.history() {
                        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&relative));
                    }
                    address.set(next);
                })
            };
            let on_pop = Closure::<dyn FnMut()>::new(move || {
                let arrived = current_relative().unwrap_or_default();
                save_scroll(&shown.replace(arrived.clone()));
                if let Some(next) = Address::from_relative(&arrived) {
                    address.set(next);
                }
            });
            if let Some(document) = &document {
                let _ = document
                    .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
            }
            if let Some(window) = &window {
                let _ = window
                    .add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
            }
            move || {
                if let Some(document) = &document {
                    let _ = document.remove_event_listener_with_callback(
                        "click",
                        on_click.as_ref().unchecked_ref(),
                    );
                }
                if let Some(window) = &window {
                    let _ = window.remove_event_listener_with_callback(
                        "popstate",
                        on_pop.as_ref().unchecked_ref(),
                    );
                }
                drop((on_click, on_pop));
            }
        });
    }
    *address
}

/// After moving to another view: back to where the user left that view
/// (the top if new), and focus on the main region so screen readers and
/// keyboard users start at the new content.
pub fn focus_main() {
    let Some(window) = crate::browser::window() else {
        return;
    };
    let here = current_relative().unwrap_or_default();
    // A link to a part of the new view ("…/cashier/#phrase-failed") opens
    // at that part, and the focus starts there: Tab then reaches the part's
    // own buttons, not the top of the view.
    let part = here
        .split_once('#')
        .and_then(|(_, id)| window.document()?.get_element_by_id(id));
    let focused = match &part {
        Some(part) => {
            if !part.has_attribute("tabindex") {
                let _ = part.set_attribute("tabindex", "-1");
            }
            part.clone().dyn_into::<web_sys::HtmlElement>().ok()
        }
        None => crate::browser::element_by_id("main"),
    };
    if let Some(element) = focused {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
    match part {
        Some(part) => part.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, saved_scroll(&here)),
    }
}
