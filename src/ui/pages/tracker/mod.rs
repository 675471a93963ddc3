//! The spending tracker: payments kept on this device, what is left of the
//! limits, and what the payments really cost. Nothing here is ever wiped
//! silently: data that cannot be used as it is is kept as a backup and
//! offered back, a failed save is reported next to the change, imports are
//! checked whole before they replace anything.
//!
//! `state` holds every change as one reducer; `saved` reads and writes the
//! device. Both compile on the host and are tested there. The parts below
//! get the dispatcher and draw one panel each.

pub mod saved;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod add_form;
#[cfg(target_arch = "wasm32")]
mod data_panel;
#[cfg(target_arch = "wasm32")]
mod limits_panel;
#[cfg(target_arch = "wasm32")]
mod messages;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod payment_list;
#[cfg(target_arch = "wasm32")]
mod payment_row;
#[cfg(target_arch = "wasm32")]
mod promotion_panel;
#[cfg(target_arch = "wasm32")]
mod row_editor;
#[cfg(target_arch = "wasm32")]
mod status_line;
#[cfg(target_arch = "wasm32")]
mod stored_notice;
#[cfg(target_arch = "wasm32")]
mod summary;

#[cfg(target_arch = "wasm32")]
pub use page::TrackerPage;
