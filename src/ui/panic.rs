//! A panic in WebAssembly stops the app for good; instead of a frozen page
//! the user gets a short message in all three languages and a reload link.

use std::panic;

const MESSAGE: &str = r#"<div class="crash" role="alert">
<p lang="en">Something went wrong and the app stopped. Nothing you typed has left your device.</p>
<p lang="zh-CN">出错了，应用已停止运行。你输入的内容没有离开你的设备。</p>
<p lang="nb">Noe gikk galt, og appen stoppet. Ingenting du skrev, har forlatt enheten din.</p>
<p><a href="">Reload · 重新加载 · Last inn på nytt</a></p>
</div>"#;

/// Replaces the page with [`MESSAGE`] when the app panics, and keeps the
/// panic text in the console for whoever debugs it.
pub fn install_hook() {
    panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let body = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.body());
        if let Some(body) = body {
            body.set_inner_html(MESSAGE);
        }
    }));
}
