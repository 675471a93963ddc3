//! The words of the spending tracker in each language.

pub mod en;
pub mod nb;
pub mod zh;

mod shape;
pub use shape::*;

by_language!(pub fn tracker -> &'static TrackerTexts = TRACKER);
