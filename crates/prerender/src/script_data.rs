//! The app's table of views and languages, for the two scripts that run
//! outside the app: the start page's `go.js`, which sends a visitor to a
//! language folder, and the blog's `embed.js`. Both are plain files in
//! `static/`; this writes the table into each, as JSON, in place of
//! `__APP_DATA__`, so the scripts never repeat a view, a language or a title.

use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use waika_core::route::Route;
use waika_texts::{Lang, PRIMARY_TAGS};
use waika_ui::address::{EMBEDDABLE, EMBED_PAGE};
use waika_ui::context::LANG_KEY;

const PLACEHOLDER: &str = "__APP_DATA__";

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

/// The table, as JSON.
pub fn table_json() -> String {
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
    serde_json::to_string(&data).unwrap_or_default()
}

/// Writes `table` into the script at `path`.
pub fn fill(path: &Path, table: &str) -> Result<(), String> {
    let script =
        std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))?;
    if !script.contains(PLACEHOLDER) {
        return Err(format!("{}: no {PLACEHOLDER} to fill in", path.display()));
    }
    std::fs::write(path, script.replace(PLACEHOLDER, table))
        .map_err(|error| format!("{}: {error}", path.display()))
}
