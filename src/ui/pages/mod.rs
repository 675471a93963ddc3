//! One component per view of the app.

#[cfg(target_arch = "wasm32")]
pub mod before_you_go;
#[cfg(target_arch = "wasm32")]
pub mod calculator;
#[cfg(target_arch = "wasm32")]
pub mod cashier;
#[cfg(target_arch = "wasm32")]
pub mod eligibility;
#[cfg(target_arch = "wasm32")]
pub mod guide;
#[cfg(target_arch = "wasm32")]
pub mod guide_all;
#[cfg(target_arch = "wasm32")]
pub mod help;
#[cfg(target_arch = "wasm32")]
pub mod home;
#[cfg(target_arch = "wasm32")]
pub mod not_found;
pub mod tracker;
