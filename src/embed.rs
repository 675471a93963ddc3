//! Embed mode: the app inside a blog's frame, without its own header, menu
//! and footer (`?embed=1` in the address).

use crate::address::query_of;
use crate::router::current_relative;

/// Whether the page runs embedded (`?embed=1`).
pub fn is_embedded() -> bool {
    current_relative()
        .is_some_and(|relative| query_of(&relative).split('&').any(|pair| pair == "embed=1"))
}
