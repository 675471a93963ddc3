//! A panic in WebAssembly stops the app for good; instead of a frozen page
//! the user gets a short message in their language and a way to reload.

use std::panic;
use waika_texts::Lang;

/// The page's language (its address's folder, kept in `<html lang>`).
fn language() -> Lang {
    crate::browser::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

/// Replaces the page with the message when the app panics, and keeps the
/// panic text in the console for whoever debugs it.
pub fn install_hook() {
    panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let lang = language();
        let texts = lang.texts();
        let (text, reload) = (texts.crash_message, texts.crash_reload);
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
