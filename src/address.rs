//! Where the user is: a language folder and a view inside it, as in
//! `nb/guide/open-wallet/`. Addresses are written relative to the app's
//! folder (the page's `<base>`), so the app works at the root of a site or
//! in any sub-folder.

use waika_core::route::Route;
use waika_texts::{Lang, Texts};

/// The file name of a view's page drawn for a blog's frame, next to the
/// view's own `index.html`.
pub const EMBED_PAGE: &str = "embed.html";

/// A view a blog can embed with one tag (see static/embed.js).
#[derive(Debug, Clone, Copy)]
pub struct Embeddable {
    /// Its name in the tag: `data-view="calculator"`.
    pub name: &'static str,
    pub route: Route,
    /// The frame's accessible name.
    pub title: fn(&Texts) -> &'static str,
}

/// The views a blog can embed. The build gives this table to embed.js and
/// to the app's start page (see crates/prerender).
pub const EMBEDDABLE: [Embeddable; 6] = [
    Embeddable {
        name: "calculator",
        route: Route::Fees,
        title: |texts| texts.embed_title_calculator,
    },
    Embeddable {
        name: "eligibility",
        route: Route::Eligibility,
        title: |texts| texts.embed_title_eligibility,
    },
    Embeddable {
        name: "guide",
        route: Route::GuideStep(None),
        title: |texts| texts.embed_title_guide,
    },
    Embeddable {
        name: "troubleshooter",
        route: Route::Help(None),
        title: |texts| texts.embed_title_troubleshooter,
    },
    Embeddable {
        name: "tracker",
        route: Route::Tracker,
        title: |texts| texts.embed_title_tracker,
    },
    Embeddable {
        name: "cashier",
        route: Route::Cashier,
        title: |texts| texts.embed_title_cashier,
    },
];

/// A view in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Address {
    pub lang: Lang,
    pub route: Route,
}

impl Address {
    pub const fn new(lang: Lang, route: Route) -> Address {
        Address { lang, route }
    }

    /// The address relative to the app's folder: `nb/fees/`.
    pub fn href(self) -> String {
        format!("{}/{}", self.lang.folder(), self.route.path())
    }

    /// How many folders deep the address's page is, which is how many
    /// `../` lead from it back to the app's folder.
    pub fn depth(self) -> usize {
        self.href().matches('/').count()
    }

    /// Reads an address relative to the app's folder, such as
    /// `zh/help/sms-code/?x=1`. `None` when it is not in a language folder
    /// (the app's own start page, or a file next to it). A link from
    /// before views had paths (`#/fees`) names its view in the fragment.
    pub fn from_relative(relative: &str) -> Option<Address> {
        let (path, fragment) = relative.split_once('#').unwrap_or((relative, ""));
        let path = path.split('?').next().unwrap_or_default();
        let (folder, rest) = path.split_once('/').unwrap_or((path, ""));
        let lang = Lang::from_folder(folder)?;
        // The page drawn for a blog's frame sits next to the view's own.
        let rest = rest.strip_suffix(EMBED_PAGE).unwrap_or(rest);
        let route = if fragment.starts_with('/') && rest.is_empty() {
            Route::from_fragment(fragment)
        } else {
            Route::from_path(rest)
        };
        Some(Address { lang, route })
    }
}

/// The query of a relative address (after `?`, before `#`), or of the
/// fragment of an old link (`#/eligibility?id=passport`).
pub fn query_of(relative: &str) -> &str {
    let (path, fragment) = relative.split_once('#').unwrap_or((relative, ""));
    let query_in_path = path.split_once('?').map_or("", |(_, query)| query);
    if !query_in_path.is_empty() {
        return query_in_path;
    }
    fragment.split_once('?').map_or("", |(_, query)| query)
}

/// What a page was drawn for, as the build writes it on the page's `#app`:
/// the app hydrates the page only when it would draw the very same (an
/// offline copy of another view or language is drawn over instead).
pub fn drawn_for(address: Address, embedded: bool) -> String {
    let frame = if embedded { " embedded" } else { "" };
    // The 404 page has the start page's address; it is not the same page.
    let page = match address.route {
        Route::NotFound => format!("{}/404", address.lang.folder()),
        _ => address.href(),
    };
    format!("{page}{frame}")
}
