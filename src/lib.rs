//! Paying with Weixin Pay using an international card: the domain core,
//! the three-language text catalogue and (in the browser) the Yew UI.
//!
//! `core` and `i18n` are plain Rust and are tested on the host; `ui` exists
//! only in the WebAssembly build.

pub mod core;
pub mod i18n;
pub mod route;
#[cfg(target_arch = "wasm32")]
pub mod ui;
