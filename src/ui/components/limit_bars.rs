//! How much of each limit is used, as bars with the figures beside them.

use crate::core::ledger::{LimitKind, LimitUse};
use crate::core::money::Money;
use crate::i18n::tracker::tracker;
use crate::i18n::{fill, format_money};
use crate::ui::context::use_lang;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LimitBarsProps {
    pub uses: Vec<(LimitKind, LimitUse)>,
    pub rule_set: &'static str,
}

#[function_component(LimitBars)]
pub fn limit_bars(props: &LimitBarsProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    let money = |value: Money| format_money(lang, value);
    let rows = props.uses.iter().map(|(kind, usage)| {
        let label = match kind {
            LimitKind::Single => texts.limit_single,
            LimitKind::Monthly => texts.limit_monthly,
            LimitKind::Yearly => texts.limit_yearly,
        };
        match usage {
            LimitUse::Known { limit, .. } if *kind == LimitKind::Single => {
                html! {
                    <li class="limit-bar">
                        <span class="limit-label">{ label }</span>
                        <span class="limit-text">{ fill(texts.limit_single_text, &[("limit", &money(*limit))]) }</span>
                    </li>
                }
            }
            LimitUse::Known { limit, used, left, .. } => {
                // A drawing width in whole percent.
                let percent = if limit.amount().is_zero() {
                    100
                } else {
                    (used.amount() * Decimal::ONE_HUNDRED / limit.amount())
                        .min(Decimal::ONE_HUNDRED)
                        .round()
                        .to_i64()
                        .unwrap_or(0)
                };
                let full = used.amount() >= limit.amount();
                html! {
                    <li class="limit-bar">
                        <span class="limit-label">{ label }</span>
                        <span class={classes!("bar", full.then_some("bar-full"))} aria-hidden="true">
                            <span class="bar-fill" style={format!("width: {percent}%")}></span>
                        </span>
                        <span class="limit-text">
                            { fill(texts.limit_used, &[("used", &money(*used)), ("limit", &money(*limit)), ("left", &money(*left))]) }
                        </span>
                    </li>
                }
            }
            LimitUse::NotPublished => html! {
                <li class="limit-bar">
                    <span class="limit-label">{ label }</span>
                    <span class="limit-text">{ fill(texts.limit_not_published, &[("id", props.rule_set)]) }</span>
                </li>
            },
        }
    });
    html! { <ul class="limit-bars">{ for rows }</ul> }
}
