//! The calculator rendered in a real browser: typing updates the result,
//! bad input shows a message instead of breaking the page.
#![cfg(target_arch = "wasm32")]

use waika_core::route::Route;
use waika_texts::Lang;
use waika_ui::address::Address;
use waika_ui::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app into its own element, in English.
fn mount() -> Element {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    // What an earlier test typed is kept for the tab: start afresh.
    let session = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    session.clear().unwrap();
    storage
        .set_item("waika.lang", r#"{"version":1,"data":"en"}"#)
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let address = Address::new(Lang::En, Route::Fees);
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            address,
            embedded: false,
            early_input: Default::default(),
            asked_for: None,
        },
    )
    .render();
    root
}

/// Yew renders on the next turn of the event loop; wait for it.
async fn next_render() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn type_into(root: &Element, selector: &str, text: &str) {
    let input: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    next_render().await;
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|element| element.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// The text at `selector` once `holds` is true of it, or as it is after
/// two seconds: the first renders of a cold debug build can take longer
/// than one turn of the event loop, so a check waits for the page rather
/// than for a fixed time.
async fn text_when(root: &Element, selector: &str, holds: impl Fn(&str) -> bool) -> String {
    for _ in 0..66 {
        let text = text_of(root, selector);
        if holds(&text) {
            return text;
        }
        next_render().await;
    }
    text_of(root, selector)
}

#[wasm_bindgen_test]
async fn typing_an_amount_shows_fee_and_total() {
    let root = mount();
    next_render().await;
    let result = text_when(&root, ".result", |text| text.contains("Type an amount")).await;
    assert!(
        result.contains("Type an amount"),
        "placeholder before typing: {result}"
    );
    // (typed, fee, charged) with the default card; fee and charge do not
    // depend on the markup.
    let rows = [
        ("200", "¥0.00", "¥200.00"),
        ("201", "¥6.03", "¥207.03"),
        ("1 000,00", "¥30.00", "¥1,030.00"),
        ("２００．０１", "¥6.00", "¥206.01"),
    ];
    for (typed, fee, charged) in rows {
        type_into(&root, "#amount", typed).await;
        let rows = text_when(&root, ".quote", |rows| {
            rows.contains(fee) && rows.contains(charged)
        })
        .await;
        assert!(rows.contains(fee), "fee for {typed:?} in {rows}");
        assert!(rows.contains(charged), "charged for {typed:?} in {rows}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn unreadable_input_gets_a_message_and_the_page_lives_on() {
    let root = mount();
    next_render().await;
    let rows = [
        ("abc", "not a number"),
        ("-5", "cannot be negative"),
        ("0", "more than zero"),
        ("1.234.5", "not a number"),
        ("12.3456", "at most 2 decimals"),
    ];
    for (typed, message) in rows {
        type_into(&root, "#amount", typed).await;
        let error = text_when(&root, "#amount-error", |error| error.contains(message)).await;
        assert!(error.contains(message), "{typed:?} gave {error:?}");
        let input = root.query_selector("#amount").unwrap().unwrap();
        assert_eq!(
            input.get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "{typed:?} marks the field invalid"
        );
    }
    // After bad input, good input works again.
    type_into(&root, "#amount", "201").await;
    assert!(text_when(&root, ".quote", |quote| quote.contains("¥6.03"))
        .await
        .contains("¥6.03"));
    assert!(text_when(&root, "#amount-error", str::is_empty)
        .await
        .is_empty());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_rule_set_used_is_named() {
    let root = mount();
    next_render().await;
    type_into(&root, "#amount", "6000.01").await;
    let note = text_when(&root, ".rule-set-note", |note| {
        note.contains("Rule set 2024-11")
    })
    .await;
    assert!(note.contains("Rule set 2024-11"), "{note}");
    assert!(
        text_when(&root, ".limit", |limit| limit.contains("Within"))
            .await
            .contains("Within"),
        "6000.01 fits the 2024-11 limit"
    );
    root.remove();
}
