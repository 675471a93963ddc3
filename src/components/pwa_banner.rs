//! Messages about offline use: "ready to work offline" once, and "a new
//! version is ready, reload" whenever one is waiting. The service worker
//! never swaps versions by itself.

use crate::browser::{listen, unlisten};
use crate::context::use_lang;
use crate::storage;
use yew::prelude::*;

const OFFLINE_READY_SHOWN_KEY: &str = "waika.offline-ready-shown";

#[derive(Clone, Copy, PartialEq)]
enum Banner {
    None,
    OfflineReady,
    UpdateAvailable,
}

#[component]
pub fn PwaBanner() -> Html {
    let texts = use_lang().texts();
    let banner = use_state(|| Banner::None);
    {
        let banner = banner.clone();
        use_effect_with((), move |_| {
            // News that arrived before the app started listening.
            let early = crate::browser::window()
                .and_then(|window| window.document())
                .and_then(|document| document.document_element());
            if let Some(root) = early {
                if root.has_attribute("data-waika-update") {
                    banner.set(Banner::UpdateAvailable);
                } else if root.has_attribute("data-waika-offline-ready")
                    && storage::raw(OFFLINE_READY_SHOWN_KEY).is_none()
                {
                    let _ = storage::save_raw(OFFLINE_READY_SHOWN_KEY, "1");
                    banner.set(Banner::OfflineReady);
                }
            }
            let update = {
                let banner = banner.clone();
                listen("waika:update-available", move || {
                    banner.set(Banner::UpdateAvailable)
                })
            };
            let ready = listen("waika:offline-ready", move || {
                // Said once per device, not on every install.
                if storage::raw(OFFLINE_READY_SHOWN_KEY).is_none() {
                    let _ = storage::save_raw(OFFLINE_READY_SHOWN_KEY, "1");
                    banner.set(Banner::OfflineReady);
                }
            });
            move || {
                for (event, closure) in [
                    ("waika:update-available", &update),
                    ("waika:offline-ready", &ready),
                ] {
                    if let Some(closure) = closure {
                        unlisten(event, closure);
                    }
                }
            }
        });
    }
    let dismiss = {
        let banner = banner.clone();
        Callback::from(move |_: MouseEvent| banner.set(Banner::None))
    };
    let reload = Callback::from(|_: MouseEvent| {
        if let Some(window) = crate::browser::window() {
            if let Ok(event) = web_sys::Event::new("waika:apply-update") {
                let _ = window.dispatch_event(&event);
            }
        }
    });
    match *banner {
        Banner::None => Html::default(),
        Banner::OfflineReady => html! {
            <div class="pwa-banner" role="status">
                <p>{ texts.offline_ready }</p>
                <button type="button" class="button small" onclick={dismiss}>{ texts.dismiss }</button>
            </div>
        },
        Banner::UpdateAvailable => html! {
            <div class="pwa-banner update" role="status">
                <p>{ texts.update_available }</p>
                <button type="button" class="button small primary" onclick={reload}>{ texts.update_reload }</button>
                <button type="button" class="button small" onclick={dismiss}>{ texts.dismiss }</button>
            </div>
        },
    }
}
