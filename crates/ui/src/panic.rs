//! A panic in WebAssembly stops the app for good; instead of a frozen page
//! the user gets a short message in their language and a way to reload.

use std::panic;
use waika_texts::{negotiate, Lang};

fn message(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Zh => (
            "出错了，应用已停止运行。你保存的数据仍在本设备上，没有离开你的设备。",
            "重新加载",
        ),
        Lang::En => (
            "Something went wrong and the app stopped. Your saved data is still on this device and has not left it.",
            "Reload",
        ),
        Lang::Nb => (
            "Noe gikk galt, og appen stoppet. Dataene du har lagret, er fortsatt på denne enheten og har ikke forlatt den.",
            "Last inn på nytt",
        ),
    }
}

/// The user's language without the app running: the remembered choice,
/// else the browser's.
fn language() -> Lang {
    let window = crate::browser::window();
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item("waika.lang").ok().flatten())
        .unwrap_or_default();
    for lang in Lang::ALL {
        if stored.contains(&format!("\"{}\"", lang.tag())) {
            return lang;
        }
    }
    let preferred: Vec<String> = window
        .and_then(|w| w.navigator().language())
        .into_iter()
        .collect();
    negotiate(&preferred)
}

/// Replaces the page with the message when the app panics, and keeps the
/// panic text in the console for whoever debugs it.
pub fn install_hook() {
    panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let lang = language();
        let (text, reload) = message(lang);
        let body = crate::browser::window()
            .and_then(|window| window.document())
            .and_then(|document| document.body());
        if let Some(body) = body {
            // A plain link reloads without any script, which the page's
            // Content-Security-Policy would not allow inline.
            body.set_inner_html(&format!(
                r#"<div class="crash" role="alert" lang="{}"><p>{text}</p><p><a class="button primary" href="">{reload}</a></p></div>"#,
                lang.tag()
            ));
        }
    }));
}
