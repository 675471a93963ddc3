//! The browser UI: Yew function components and hooks. Domain rules live in
//! `core`; texts in `i18n`. This layer only wires them to the page.

pub mod app;
pub mod components;
pub mod context;
pub mod embed;
pub mod files;
pub mod pages;
pub mod panic;
pub mod router;
pub mod rule_text;
pub mod storage;

/// Starts the app in the page's `<main>` container (or the body).
pub fn start() {
    panic::install_hook();
    let document = web_sys::window().and_then(|window| window.document());
    let root = document
        .as_ref()
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
