//! One component per view of the app.

pub mod before_you_go;
pub mod calculator;
pub mod cashier;
pub mod eligibility;
pub mod guide;
pub mod guide_all;
pub mod help;
pub mod home;
pub mod not_found;
pub mod tracker;
