//! The language, view and day shared by every component. The language is
//! the address's folder (`zh/…`); the last one used is remembered, so the
//! app's own start page can send the user back to it.

use crate::address::Address;
use crate::storage;
use waika_core::date::Date;
use waika_core::route::Route;
use waika_core::rules::{RuleChoice, RuleSet};
use waika_texts::{Lang, Texts};
use yew::prelude::*;

/// Where the language last used is kept (read by the start page's script).
pub const LANG_KEY: &str = "waika.lang";

/// The language and view on screen.
#[derive(Clone, Copy, PartialEq)]
pub struct LangContext {
    /// The language the page is shown in.
    pub lang: Lang,
    /// The view on screen.
    pub route: Route,
    /// Shown in a blog's frame: nothing the full app keeps is written, so
    /// a reader's visit to a blog never changes their own settings.
    pub embedded: bool,
    /// The day in China the view is drawn for. The first drawing in the
    /// browser uses the build's day, so it is the very page the build
    /// wrote; the app then moves to today's date.
    pub today: Date,
}

impl LangContext {
    /// The catalogue of the current language.
    pub fn texts(&self) -> &'static Texts {
        self.lang.texts()
    }

    /// The link to `route` in the current language, relative to the app's
    /// folder.
    pub fn href(&self, route: Route) -> String {
        Address::new(self.lang, route).href()
    }

    /// The rule set in force on the day drawn.
    pub fn rules(&self) -> &'static RuleSet {
        RuleChoice::InForce.for_date(self.today)
    }
}

/// The language and texts for a component; English outside a provider.
#[hook]
pub fn use_lang() -> LangContext {
    use_context::<LangContext>().unwrap_or_else(|| LangContext {
        lang: Lang::En,
        route: Route::Home,
        embedded: false,
        today: crate::rule_text::today_in_china(),
    })
}

/// Remembers the language chosen, for the app's start page to send the
/// user back to it. Forgetting it is harmless: the browser's choice applies.
pub fn remember_lang(lang: Lang) {
    let _ = storage::save_text(LANG_KEY, lang.tag());
}

/// Remembers the language and updates `<html lang>`, so screen readers
/// pronounce the page in the right language.
pub fn apply_lang(lang: Lang, remember: bool) {
    if remember {
        remember_lang(lang);
    }
    let Some(document) = crate::browser::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// The tab's title: the view's name, then the app's (the start page: the
/// app's name alone), so tabs, history and bookmarks say where they lead.
pub fn page_title(lang: Lang, view: Option<&str>) -> String {
    let app_name = lang.texts().app_name;
    match view {
        Some(view) => format!("{view} · {app_name}"),
        None => app_name.to_string(),
    }
}

/// Puts the title in the tab.
pub fn apply_title(title: &str) {
    if let Some(document) = crate::browser::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}
