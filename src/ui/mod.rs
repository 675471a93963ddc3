//! The browser UI: Yew function components and hooks. Domain rules live in
//! `core`; texts in `i18n`. This layer only wires them to the page.

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod bundles;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod context;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod files;
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod panic;
#[cfg(target_arch = "wasm32")]
pub mod router;
#[cfg(target_arch = "wasm32")]
pub mod rule_text;
#[cfg(target_arch = "wasm32")]
pub mod session;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
/// Draws the app with the views of `V` in `root`, in place of whatever this
/// bundle drew before. Called by the start-up script (see `bundle!`).
pub fn mount<V: app::Views>(root: web_sys::Element, arrived: bool) {
    panic::install_hook();
    unmount();
    let handle =
        yew::Renderer::<app::App<V>>::with_root_and_props(root, app::AppProps { arrived }).render();
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(Box::new(move || handle.destroy())));
}

#[cfg(target_arch = "wasm32")]
/// Takes this bundle's app off the page, when another bundle's view is
/// about to be drawn.
pub fn unmount() {
    if let Some(destroy) = MOUNTED.with(|mounted| mounted.borrow_mut().take()) {
        destroy();
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// How to remove the app this bundle drew, if it drew one.
    static MOUNTED: std::cell::RefCell<Option<Box<dyn FnOnce()>>> =
        std::cell::RefCell::new(None);
}
