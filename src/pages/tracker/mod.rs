//! The spending tracker: payments kept on this device, what is left of the
//! limits, and what the payments really cost. Nothing here is ever wiped
//! silently: data that cannot be used as it is is kept as a backup and
//! offered back, a failed save is reported next to the change, imports are
//! checked whole before they replace anything.
//!
//! `state` holds every change as one reducer; `saved` reads the device and
//! `persist` writes to it. Both compile on the host and are tested there. The parts below
//! get the dispatcher and draw one panel each.

pub mod persist;
pub mod saved;
pub mod state;

mod action;
mod add_form;
mod answers;
mod costs;
mod data_panel;
mod drafts;
mod events;
mod import_question;
mod limits_panel;
pub mod lineage;
mod messages;
mod page;
mod payment_list;
mod payment_row;
mod promotion_panel;
mod row_editor;
mod size_limit;
mod status_line;
mod stored_notice;
mod summary;
mod sync;

pub use page::TrackerPage;
