//! The language shared by every component, and how it is chosen:
//! remembered from an earlier visit, else negotiated from the browser.

use crate::i18n::{negotiate, Lang, Texts};
use crate::ui::storage::{self, Loaded};
use yew::prelude::*;

const LANG_KEY: &str = "waika.lang";

/// The current language and a way to change it.
#[derive(Clone, PartialEq)]
pub struct LangContext {
    /// The language the page is shown in.
    pub lang: Lang,
    /// Switches the language and remembers the choice.
    pub set_lang: Callback<Lang>,
}

impl LangContext {
    /// The catalogue of the current language.
    pub fn texts(&self) -> &'static Texts {
        self.lang.texts()
    }
}

/// The language and texts for a component; English outside a provider.
#[hook]
pub fn use_lang() -> LangContext {
    use_context::<LangContext>().unwrap_or_else(|| LangContext {
        lang: Lang::En,
        set_lang: Callback::noop(),
    })
}

/// The language for this visit: the remembered choice, else the browser's
/// preferred languages.
pub fn initial_lang() -> Lang {
    match storage::load_text(LANG_KEY) {
        Loaded::Found(tag) => Lang::from_tag(&tag).unwrap_or_else(browser_lang),
        Loaded::Missing | Loaded::Unreadable { .. } => browser_lang(),
    }
}

fn browser_lang() -> Lang {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Lang::En;
    };
    let mut preferred: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if preferred.is_empty() {
        preferred.extend(navigator.language());
    }
    negotiate(&preferred)
}

/// Remembers the choice and updates `<html lang>`, so screen readers
/// pronounce the page in the right language.
pub fn apply_lang(lang: Lang, remember: bool) {
    if remember {
        // Forgetting the language is harmless: the browser's choice applies.
        let _ = storage::save_text(LANG_KEY, lang.tag());
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// The tab's title: the view's name, then the app's (the start page: the
/// app's name alone), so tabs, history and bookmarks say where they lead.
pub fn apply_title(lang: Lang, view: Option<&str>) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let app_name = lang.texts().app_name;
    match view {
        Some(view) => document.set_title(&format!("{view} · {app_name}")),
        None => document.set_title(app_name),
    }
}
