//! One component per view of the app.

pub mod calculator;
