//! The Yew UI: function components and hooks. Domain rules live in
//! `waika-core`, texts in `waika-texts`; this layer only wires them to the
//! page. It compiles for the browser, where `start` draws the app, and for
//! the build machine, where the prerender tool draws every address to HTML
//! with the same components.

pub mod address;
pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod early_input;
pub mod files;
pub mod hooks;
pub mod pages;
pub mod panic;
pub mod router;
pub mod rule_text;
pub mod session;
pub mod settings;
pub mod storage;

use address::{drawn_for, Address};
use app::{App, AppProps};
use early_input::EarlyInput;
use std::rc::Rc;

/// Starts the app in the page's `#app`, in the task after this one:
/// compiling the wasm and hydrating the page are two long pieces of work,
/// and in two tasks a phone stays responsive between them. Whatever is
/// typed in the meantime is kept (see `EarlyInput`).
pub fn start() {
    panic::install_hook();
    browser::in_next_task(hydrate_or_draw);
}

/// When the build wrote the page for the very address, language and frame
/// the app is about to draw, the app hydrates it: it keeps every node the
/// visitor already sees and attaches itself to them. Otherwise (an offline
/// copy of another page) it draws over it, in the same task, so the
/// browser never paints a half-drawn page.
fn hydrate_or_draw() {
    let Some(document) = browser::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    // Pages outside a language folder (the app's own start page) have no
    // view to draw: their script sends the visitor to one.
    let Some(mut address) = router::current_relative()
        .as_deref()
        .and_then(Address::from_relative)
    else {
        return;
    };
    // Each language's pages load that language's app. Offline, the worker
    // may show a page of another language it keeps: its app then draws the
    // view in its own language, and says so in `<html lang>`.
    let mut asked_for = None;
    if let Some(built) = waika_texts::BUILT_LANGUAGE {
        if built != address.lang {
            asked_for = Some(address.lang);
        }
        address = Address::new(built, address.route);
    }
    let embedded = router::is_embedded();
    // Whatever was typed in the written page is given to the app's fields
    // (hydrating sets each field to the value it was written with).
    let early_input = Rc::new(EarlyInput::collect(&root));
    // A page shown for another language's address says so, which the
    // written page does not: it is drawn over.
    let same_page = asked_for.is_none()
        && root.get_attribute("data-drawn") == Some(drawn_for(address, embedded));
    let props = AppProps {
        address,
        embedded,
        early_input,
        asked_for,
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    let _ = root.set_attribute("data-start", if same_page { "hydrate" } else { "draw" });
    if same_page {
        renderer.hydrate();
    } else {
        root.set_inner_html("");
        renderer.render();
    }
}
