//! Embed mode: the app inside a blog's frame, without its own header, menu
//! and footer (`?embed=1` in the address).

use crate::address::query_of;
use crate::router::current_relative;

/// How the page was opened inside a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbedOptions;

/// `Some` when the page runs embedded (`?embed=1`).
pub fn embed_options() -> Option<EmbedOptions> {
    let relative = current_relative()?;
    query_of(&relative)
        .split('&')
        .any(|pair| pair == "embed=1")
        .then_some(EmbedOptions)
}
