//! The amount and day typed in the calculator, kept in its address as the
//! checker keeps its answers: a reload, a shared link, or a blog's
//! embedded calculator opening the full app (a frame in a blog keeps
//! storage of its own, which the full app cannot read) shows the same
//! payment.

use crate::hooks::use_effect_after_first;
use crate::router::{query_from, query_value, replace_query};
use yew::prelude::*;

const AMOUNT: &str = "amount";
const DATE: &str = "date";

/// Reads the amount and day from the address after the first drawing,
/// over what this tab kept, and writes them back as they are typed.
#[hook]
pub fn use_typed_in_address(amount: &UseStateHandle<String>, date: &UseStateHandle<String>) {
    {
        let (amount, date) = (amount.clone(), date.clone());
        use_effect_with((), move |_| {
            if let Some(typed) = query_value(AMOUNT) {
                amount.set(typed);
            }
            if let Some(typed) = query_value(DATE) {
                date.set(typed);
            }
        });
    }
    use_effect_after_first(&((**amount).clone(), (**date).clone()), |(amount, date)| {
        replace_query(&query_from(&[(AMOUNT, amount), (DATE, date)]))
    });
}
