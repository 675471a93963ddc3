//! Build step, run after Trunk has built the app into a folder: writes an
//! HTML page for every view in every language (`en/fees/index.html` …),
//! drawn by the app's own Yew components, so the text, title, description
//! and language links are there before any script runs; the app's own
//! start page, which sends visitors to their language; and `sitemap.xml`.
//!
//! Usage: `waika-prerender DIST` (Trunk's hook passes its staging folder).
//! `WAIKA_SITE_URL` is the address the app is served from, for the
//! sitemap and the 404 pages (`http://127.0.0.1:8080/` if unset).

mod page;
mod script_data;

use page::{escape, Template};
use std::path::{Path, PathBuf};
use waika_core::date::Date;
use waika_core::route::Route;
use waika_texts::Lang;
use waika_ui::address::{Address, EMBEDDABLE, EMBED_PAGE};
use waika_ui::app::{App, AppProps};
use waika_ui::browser::{set_prerender_stamp, BuildStamp};

/// The build's version is known only once every file is written:
/// scripts/post-build/placeholders.mjs fills it in, with the values below.
const VERSION_PLACEHOLDER: &str = "__BUILD_VERSION__";

/// The values this tool knows and the pages or scripts ask for, by
/// placeholder name, for scripts/post-build/placeholders.mjs to fill in.
const VALUES_FILE: &str = "build-values.json";

fn main() {
    if let Err(error) = run() {
        eprintln!("prerender: {error}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let dist = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .ok_or("name the built folder: waika-prerender DIST")?;
    let site = std::env::var("WAIKA_SITE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/".into());
    let site = if site.ends_with('/') {
        site
    } else {
        format!("{site}/")
    };
    // The day of the build in China, in the footer and the page's meta tag.
    let built = Date::in_china_at_unix_millis(waika_ui::browser::now_unix_millis()).to_string();
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|error| format!("{}: {error}", template_path.display()))?;
    let template = Template::parse(&template, &site)?;
    set_prerender_stamp(BuildStamp {
        built: built.clone(),
        version: VERSION_PLACEHOLDER.to_string(),
    });

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| error.to_string())?;
    let mut pages = 0;
    for lang in Lang::ALL {
        for route in Route::all() {
            let address = Address::new(lang, route);
            let body = runtime.block_on(render(address, false));
            let html = template.app_page(address, &body);
            write(&dist.join(address.href()).join("index.html"), &html)?;
            pages += 1;
        }
        // The pages drawn for a blog's frame: the view alone, as the app
        // draws it in embed mode, from the first paint.
        for view in EMBEDDABLE {
            let address = Address::new(lang, view.route);
            let body = runtime.block_on(render(address, true));
            let html = template.embed_page(address, &body);
            write(&dist.join(address.href()).join(EMBED_PAGE), &html)?;
            pages += 1;
        }
        // The page a static host shows for an address it does not have.
        let missing = Address::new(lang, Route::NotFound);
        let body = runtime.block_on(render(missing, false));
        write(
            &dist.join(lang.folder()).join("404.html"),
            &template.app_page(missing, &body),
        )?;
    }
    write(&template_path, &template.start_page())?;
    // The page's meta tag gets the build's day, and the scripts outside
    // the app its table of views and languages.
    let values = serde_json::json!({
        "BUILD_DATE": built,
        "APP_DATA": script_data::table(),
    });
    write(&dist.join(VALUES_FILE), &values.to_string())?;
    write(&dist.join("sitemap.xml"), &sitemap(&site))?;
    println!("prerender: {pages} pages in {} languages", Lang::ALL.len());
    Ok(())
}

/// The app's HTML at `address` (in a frame or not), as a first visit in
/// the browser draws it.
async fn render(address: Address, embedded: bool) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        address,
        embedded,
        early_input: Default::default(),
        asked_for: None,
    })
    .hydratable(true)
    .render()
    .await
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|error| format!("{}: {error}", folder.display()))?;
    }
    std::fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))
}

/// Every address in every language, with its alternates in the others.
fn sitemap(site: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in Route::all() {
        for lang in Lang::ALL {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                escape(&format!("{site}{}", Address::new(lang, route).href()))
            ));
            for other in Lang::ALL {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    other.tag(),
                    escape(&format!("{site}{}", Address::new(other, route).href()))
                ));
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}
