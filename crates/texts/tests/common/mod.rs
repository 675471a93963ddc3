//! Helpers the text tests share.

use std::collections::BTreeSet;

/// The placeholders a text uses, such as `cards` for `{cards}`.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}
