//! Saving a file to the user's device and reading one they pick.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `filename`.
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(document) = crate::browser::window().and_then(|window| window.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Why a picked file was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickError {
    /// No file was picked.
    None,
    /// Larger than the caller accepts; not read at all.
    TooLarge,
    /// The browser could not read it as text.
    Unreadable,
}

/// The text of the first file picked in `input`, if it is at most
/// `max_bytes` long. A larger file is refused before it is read, so a huge
/// file cannot freeze the page.
pub async fn read_picked_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Result<String, PickError> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(PickError::None)?;
    if file.size() > max_bytes as f64 {
        return Err(PickError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| PickError::Unreadable)?;
    text.as_string().ok_or(PickError::Unreadable)
}
