//! The pages written around the drawn app: the built `index.html` is the
//! template, and each page gets its language, its `<base>` (so the built
//! files' relative addresses work from any folder depth), its title,
//! description, link-preview tags and language alternates.

use waika_core::route::Route;
use waika_texts::Lang;
use waika_ui::address::{drawn_for, Address};
use waika_ui::app::{view_name, view_summary};
use waika_ui::context::page_title;

/// The built `index.html`, cut where pages differ.
pub struct Template {
    html: String,
    /// The `<base>` of the 404 pages, which a host shows at any depth:
    /// the site's own folder.
    site_folder: String,
}

const APP_ROOT: &str = "<div id=\"app\"></div>";

impl Template {
    /// `site` is the address the app is served from.
    pub fn parse(html: &str, site: &str) -> Result<Template, String> {
        for needed in [
            "<html lang=\"en\">",
            "<meta charset=\"utf-8\" />",
            "<title>",
            "<meta name=\"description\"",
            "<noscript>",
            APP_ROOT,
            "</head>",
        ] {
            if !html.contains(needed) {
                return Err(format!("the built index.html has no {needed}"));
            }
        }
        Ok(Template {
            html: html.to_string(),
            site_folder: folder_of(site),
        })
    }

    /// The page of one view in one language, with the app drawn in it.
    pub fn app_page(&self, address: Address, body: &str) -> String {
        self.page_drawn(address, body, false)
    }

    /// The page for `address`, with `body` drawn by the app in a blog's
    /// frame (`embedded`) or not. `#app` says what it was drawn for, so
    /// the app takes it over only when it would draw the same.
    fn page_drawn(&self, address: Address, body: &str, embedded: bool) -> String {
        let (lang, route) = (address.lang, address.route);
        let title = page_title(lang, view_name(route, lang));
        let summary = view_summary(route, lang);
        let base = if route == Route::NotFound {
            self.site_folder.clone()
        } else {
            "../".repeat(address.depth())
        };
        let mut head = format!(
            "    <meta property=\"og:title\" content=\"{}\" />\n    <meta property=\"og:description\" content=\"{}\" />\n    <meta property=\"og:type\" content=\"website\" />\n    <meta property=\"og:locale\" content=\"{}\" />\n    <meta property=\"og:image\" content=\"icon-512.png\" />\n",
            escape(&title),
            escape(summary),
            og_locale(lang),
        );
        if route != Route::NotFound {
            head.push_str(&format!(
                "    <link rel=\"canonical\" href=\"{}\" />\n",
                address.href()
            ));
            for other in Lang::ALL {
                head.push_str(&format!(
                    "    <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n",
                    other.tag(),
                    Address::new(other, route).href()
                ));
            }
            head.push_str("    <link rel=\"alternate\" hreflang=\"x-default\" href=\"./\" />\n");
        }
        let mut html = self
            .html
            .replacen(
                "<html lang=\"en\">",
                &format!("<html lang=\"{}\">", lang.tag()),
                1,
            )
            .replacen(
                "<meta charset=\"utf-8\" />",
                &format!("<meta charset=\"utf-8\" />\n    <base href=\"{base}\" />"),
                1,
            )
            .replacen(
                APP_ROOT,
                &format!(
                    "<div id=\"app\" data-drawn=\"{}\">{body}</div>",
                    escape(&drawn_for(address, embedded))
                ),
                1,
            )
            .replacen("</head>", &format!("{head}  </head>"), 1);
        html = replace_element(
            &html,
            "<title>",
            "</title>",
            &format!("<title>{}</title>", escape(&title)),
        );
        html = replace_element(
            &html,
            "<meta name=\"description\"",
            ">",
            &format!(
                "<meta name=\"description\" content=\"{}\" />",
                escape(summary)
            ),
        );
        // Reading works without scripts; these views need them to work.
        let needs_script = matches!(route, Route::Fees | Route::Eligibility | Route::Tracker);
        let note = if needs_script {
            format!(
                "<noscript><p class=\"notice\">{}</p></noscript>",
                escape(lang.texts().needs_script)
            )
        } else {
            String::new()
        };
        replace_element(&html, "<noscript>", "</noscript>", &note)
    }

    /// The page of one view drawn for a blog's frame: not for search
    /// engines, which find the view's own page.
    pub fn embed_page(&self, address: Address, body: &str) -> String {
        self.page_drawn(address, body, true).replacen(
            "</head>",
            "    <meta name=\"robots\" content=\"noindex\" />\n  </head>",
            1,
        )
    }

    /// The app's own start page: a link to each language, and a script
    /// that sends the visitor on to the language they used last (else
    /// their browser's), keeping the view of a link from before views had
    /// their own addresses (`#/fees`).
    pub fn start_page(&self) -> String {
        let mut html = self.html.clone();
        // No app runs here: nothing to download.
        for (start, end) in [
            ("<script type=\"module\"", "</script>"),
            ("<link rel=\"modulepreload\"", ">"),
            ("<link rel=\"preload\"", ">"),
        ] {
            while html.contains(start) {
                html = replace_element(&html, start, end, "");
            }
        }
        html = replace_element(&html, "<noscript>", "</noscript>", "");
        let links: String = Lang::ALL
            .iter()
            .map(|&lang| {
                format!(
                    "<li lang=\"{tag}\"><a class=\"button primary\" href=\"{folder}/\" hreflang=\"{tag}\">{name}</a><p>{intro}</p></li>",
                    tag = lang.tag(),
                    folder = lang.folder(),
                    name = lang.native_name(),
                    intro = escape(lang.texts().home_intro),
                )
            })
            .collect();
        let body = format!(
            "<main id=\"main\" class=\"language-choice\"><h1>Waika</h1><ul class=\"language-list\">{links}</ul></main>"
        );
        let head: String = Lang::ALL
            .iter()
            .map(|lang| {
                format!(
                    "    <link rel=\"alternate\" hreflang=\"{}\" href=\"{}/\" />\n",
                    lang.tag(),
                    lang.folder()
                )
            })
            .collect();
        html.replacen(APP_ROOT, &format!("<div id=\"app\">{body}</div>"), 1)
            .replacen(
                "</head>",
                &format!("{head}    <script src=\"go.js\"></script>\n  </head>"),
                1,
            )
    }
}

/// The path of a site's folder: `/waika/` for `https://example.org/waika/`.
fn folder_of(site: &str) -> String {
    let after_scheme = site.split_once("://").map_or("", |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |at| &after_scheme[at..]);
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
        Lang::Nb => "nb_NO",
    }
}

/// Replaces the first element from `start` to the end of `end` with
/// `replacement`.
fn replace_element(html: &str, start: &str, end: &str, replacement: &str) -> String {
    let Some(from) = html.find(start) else {
        return html.to_string();
    };
    let Some(length) = html[from..].find(end) else {
        return html.to_string();
    };
    let to = from + length + end.len();
    format!("{}{replacement}{}", &html[..from], &html[to..])
}

/// Text made safe inside HTML text and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
