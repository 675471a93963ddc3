//! Paying with Weixin Pay using an international card: the domain core,
//! the three-language text catalogue and (in the browser) the Yew UI.
//!
//! `core` and `i18n` are plain Rust and are tested on the host; `ui` exists
//! only in the WebAssembly build.

pub mod core;
pub mod envelope;
pub mod i18n;
pub mod route;
pub mod store;
/// In the host build only the parts of the UI without browser calls (the
/// tracker's state) exist, so that native tests cover them.
pub mod ui;

/// The body of a bundle's binary: the `mount` and `unmount` functions the
/// start-up script calls, for the views of the named type.
#[macro_export]
macro_rules! bundle {
    ($views:ty) => {
        #[cfg(target_arch = "wasm32")]
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn mount(root: web_sys::Element, arrived: bool) {
            $crate::ui::mount::<$views>(root, arrived);
        }

        #[cfg(target_arch = "wasm32")]
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn unmount() {
            $crate::ui::unmount();
        }

        // The start-up script mounts the app once the bundle is loaded.
        #[cfg(target_arch = "wasm32")]
        fn main() {}

        // The host build exists so that `cargo test` can compile everything.
        #[cfg(not(target_arch = "wasm32"))]
        fn main() {
            eprintln!("waika is a web app: build and serve it with `bash scripts/serve.sh`.");
        }
    };
}
