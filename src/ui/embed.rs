//! Embed mode: the app inside a blog's frame, without its own header, menu
//! and footer, in the language the embedding tag asked for.

use crate::i18n::Lang;

/// How the page was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The language set by the embedding tag, if any.
    pub lang: Option<Lang>,
}

/// `Some` when the page runs embedded (`?embed=1`).
pub fn embed_options() -> Option<EmbedOptions> {
    let search = web_sys::window()?.location().search().ok()?;
    let mut embedded = false;
    let mut lang = None;
    for pair in search.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("embed", "1")) => embedded = true,
            Some(("lang", tag)) => lang = Lang::from_tag(tag),
            _ => {}
        }
    }
    embedded.then_some(EmbedOptions { lang })
}

/// The app's own address without the embed query, for "open the full app".
pub fn full_app_url() -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return String::new();
    };
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    format!("{path}{hash}")
}
