#[cfg(target_arch = "wasm32")]
fn main() {
    waika::ui::start();
}

// The app only runs in a browser; the host build exists so that `cargo test`
// can compile the whole crate.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("waika is a web app: build and serve it with `bash scripts/serve.sh`.");
}
