//! The app as the browser runs it.

fn main() {
    waika_ui::start();
}
