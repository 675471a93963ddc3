//! The amount and day typed in a blog's embedded calculator go along to
//! the full app it opens: the frame keeps storage of its own, which the
//! full app cannot read. They travel in the link's fragment, never in the
//! address the host sees, and the full app takes them out once read.

use crate::context::use_lang;
use crate::router::{keep_for_full_app, query_from, take_carried};
use waika_core::route::Route;
use yew::prelude::*;

const AMOUNT: &str = "amount";
const DATE: &str = "date";

/// Reads what an embedded calculator sent along, after the first drawing
/// and over what this tab kept; in a blog's frame, keeps what is typed for
/// the full app.
#[hook]
pub fn use_carried_to_full_app(amount: &UseStateHandle<String>, date: &UseStateHandle<String>) {
    let context = use_lang();
    {
        let (amount, date) = (amount.clone(), date.clone());
        use_effect_with((), move |_| {
            for (name, value) in take_carried() {
                match name.as_str() {
                    AMOUNT => amount.set(value),
                    DATE => date.set(value),
                    _ => {}
                }
            }
        });
    }
    let page = context.href(Route::Fees);
    let embedded = context.embedded;
    use_effect_with(
        ((**amount).clone(), (**date).clone()),
        move |(amount, date)| {
            if embedded {
                keep_for_full_app(&page, &query_from(&[(AMOUNT, amount), (DATE, date)]));
            }
        },
    );
}
