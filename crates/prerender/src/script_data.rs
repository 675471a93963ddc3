//! The app's table of views and languages, for the two scripts that run
//! outside the app: the start page's `go.js`, which sends a visitor to a
//! language folder, and the blog's `embed.js`. Both are plain files in
//! `static/`, and the build writes this table into each, as JSON, in place
//! of `__APP_DATA__`, so the scripts never repeat a view, a language or a
//! title.

use serde::Serialize;
use std::collections::BTreeMap;
use waika_core::route::Route;
use waika_texts::{Lang, PRIMARY_TAGS};
use waika_ui::address::{EMBEDDABLE, EMBED_PAGE};
use waika_ui::context::LANG_KEY;

#[derive(Serialize)]
struct ScriptData {
    /// Every view's path inside a language folder ("fees/"; "" is the start page).
    paths: Vec<String>,
    /// The views a blog can embed: the name in the tag, and the view's path.
    embeddable: BTreeMap<&'static str, String>,
    /// The language folders.
    folders: Vec<&'static str>,
    /// The folder for each primary language subtag a browser may give.
    tags: BTreeMap<&'static str, &'static str>,
    /// The frames' names: by language folder, then by view name.
    titles: BTreeMap<&'static str, BTreeMap<&'static str, &'static str>>,
    /// Where the app keeps the language last used.
    lang_key: &'static str,
    /// The page drawn for a frame, next to each embeddable view's own.
    embed_page: &'static str,
}

/// The table, for serde_json.
pub fn table() -> impl Serialize {
    let data = ScriptData {
        paths: Route::all().into_iter().map(Route::path).collect(),
        embeddable: EMBEDDABLE
            .iter()
            .map(|view| (view.name, view.route.path()))
            .collect(),
        folders: Lang::ALL.iter().map(|lang| lang.folder()).collect(),
        tags: PRIMARY_TAGS
            .iter()
            .map(|(tag, lang)| (*tag, lang.folder()))
            .collect(),
        titles: Lang::ALL
            .iter()
            .map(|lang| {
                let names = EMBEDDABLE
                    .iter()
                    .map(|view| (view.name, (view.title)(lang.texts())))
                    .collect();
                (lang.folder(), names)
            })
            .collect(),
        lang_key: LANG_KEY,
        embed_page: EMBED_PAGE,
    };
    data
}
