//! What a visitor typed or chose in the page the build wrote, before the
//! app started. The page is readable and its fields usable at once, while
//! the app is still on its way; when it starts, it draws its own fields,
//! so whatever was typed is read first and given back to the new fields
//! as if typed again, with the focus where it was.

/// One field the visitor changed before the app started.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlyValue {
    /// The field's id, the same in the page the build wrote and in the app.
    pub id: String,
    pub value: String,
    /// For a checkbox or a radio button: whether it is ticked.
    pub checked: Option<bool>,
}

/// What the visitor changed before the app started: each field in `root`
/// whose value differs from the one the page was written with, and the id
/// of the field that has the focus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EarlyInput {
    pub values: Vec<EarlyValue>,
    pub focused: Option<String>,
}

#[cfg(target_arch = "wasm32")]
mod browser_side {
    use super::{EarlyInput, EarlyValue};
    use wasm_bindgen::JsCast;
    use web_sys::{
        Element, Event, EventInit, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
    };

    fn changed(element: &Element) -> Option<EarlyValue> {
        let id = element.id();
        if id.is_empty() {
            return None;
        }
        if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            let kind = input.type_();
            if kind == "checkbox" || kind == "radio" {
                return (input.checked() != input.default_checked()).then(|| EarlyValue {
                    id,
                    value: input.value(),
                    checked: Some(input.checked()),
                });
            }
            return (input.value() != input.default_value()).then(|| EarlyValue {
                id,
                value: input.value(),
                checked: None,
            });
        }
        if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
            return (Ok(area.value()) != area.default_value()).then(|| EarlyValue {
                id,
                value: area.value(),
                checked: None,
            });
        }
        let select = element.dyn_ref::<HtmlSelectElement>()?;
        let options = select.options();
        let chosen_by_page = (0..options.length())
            .filter_map(|index| options.item(index))
            .filter_map(|option| option.dyn_into::<web_sys::HtmlOptionElement>().ok())
            .find(|option| option.default_selected())
            .map(|option| option.value());
        (chosen_by_page.as_deref() != Some(select.value().as_str())).then(|| EarlyValue {
            id,
            value: select.value(),
            checked: None,
        })
    }

    pub fn collect(root: &Element) -> EarlyInput {
        let mut values = Vec::new();
        if let Ok(fields) = root.query_selector_all("input, textarea, select") {
            for index in 0..fields.length() {
                let field = fields
                    .item(index)
                    .and_then(|node| node.dyn_into::<Element>().ok());
                values.extend(field.as_ref().and_then(changed));
            }
        }
        let focused = root
            .owner_document()
            .and_then(|document| document.active_element())
            .filter(|element| root.contains(Some(element)) && !element.id().is_empty())
            .map(|element| element.id());
        EarlyInput { values, focused }
    }

    fn announce(element: &Element, kind: &str) {
        let init = EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
            let _ = element.dispatch_event(&event);
        }
    }

    pub fn restore(early: &EarlyInput) {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        for early_value in &early.values {
            let Some(element) = document.get_element_by_id(&early_value.id) else {
                continue;
            };
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                match early_value.checked {
                    Some(checked) => input.set_checked(checked),
                    None => input.set_value(&early_value.value),
                }
            } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                area.set_value(&early_value.value);
            } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
                select.set_value(&early_value.value);
            }
            // The app's fields listen to one or the other.
            announce(&element, "input");
            announce(&element, "change");
        }
        let focused = early
            .focused
            .as_deref()
            .and_then(|id| document.get_element_by_id(id));
        if let Some(element) =
            focused.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    }
}

impl EarlyInput {
    /// Reads what was changed in `root`; nothing outside the browser.
    pub fn collect(root: &web_sys::Element) -> EarlyInput {
        #[cfg(target_arch = "wasm32")]
        {
            browser_side::collect(root)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = root;
            EarlyInput::default()
        }
    }

    /// Gives each value to the app's field of the same id, as if typed.
    pub fn restore(&self) {
        #[cfg(target_arch = "wasm32")]
        browser_side::restore(self);
    }
}
