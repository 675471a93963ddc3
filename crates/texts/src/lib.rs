//! The three languages of the app: choosing one (`lang`), the typed
//! catalogue of texts (here and in each language's module), and formatting
//! numbers and money the way each language writes them (`format`).
//!
//! Every text is a field of [`Texts`], and each language is one constant of
//! that type, so a text missing in one language is a compile error.

// A build for one language leaves the others' texts unused.
#![cfg_attr(
    any(feature = "only-zh", feature = "only-nb", feature = "only-en"),
    allow(dead_code)
)]

#[macro_use]
pub mod catalogue;
pub mod claims;
mod currency;
pub use currency::{currency_choice, currency_name, currency_word};
mod running_text;
pub use running_text::{chinese_amount, format_long_date, format_short_date};
pub mod eligibility;
mod en;
pub mod guide;
mod nb;
pub mod problems;
pub mod tracker;
mod zh;

mod format;
mod lang;
mod shape;

pub use format::*;
pub use lang::{Lang, BUILT_LANGUAGE, PRIMARY_TAGS};
pub use shape::Texts;
