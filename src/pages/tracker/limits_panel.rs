//! How much of each limit the month and year shown use, as bars with the
//! figures beside them, named by the month and year they show. Going over
//! a limit says by how much.

use super::costs::Costs;
use super::messages::month_name;
use crate::context::LangContext;
use crate::rule_text::{limit_text, Figure, Published};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use waika_core::date::Date;
use waika_core::ledger::{limit_use, Ledger, LimitKind, LimitUse, Period};
use waika_core::money::Money;
use waika_core::rules::{Limit, EXAMPLE_RATES_AS_OF};
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_money, format_number};
use yew::prelude::*;

/// What the limits panel shows.
pub struct LimitsShown<'a> {
    pub ledger: &'a Ledger,
    pub costs: Costs,
    pub month: Period,
    pub today: Date,
}

/// A drawing width in whole percent, at most 100.
fn bar_percent(used: Money, limit: Money) -> i64 {
    if limit.amount().is_zero() {
        return 100;
    }
    (used.amount() * Decimal::ONE_HUNDRED / limit.amount())
        .min(Decimal::ONE_HUNDRED)
        .round()
        .to_i64()
        .unwrap_or(0)
}

/// A view function: it keeps no state of its own.
pub fn limits_panel(context: &LangContext, props: LimitsShown) -> Html {
    let (lang, texts) = (context.lang, tracker(context.lang));
    let money = |value: Money| format_money(lang, value);
    let month_label = month_name(texts, props.month);
    let year = props.month.first_day().year;
    let year_period = Period::Year { year };
    let rules = props
        .costs
        .choice
        .for_date(props.month.last_day().min(props.today));
    // A limit set in dollars is named in dollars beside its label, so the
    // yuan below it read as the estimates they are.
    let labelled = |label: String, limit: Limit| match limit {
        Limit::Usd(_) => format!(
            "{label}{}{}",
            lang.gap(),
            lang.in_brackets(&limit_text(lang, limit))
        ),
        _ => label,
    };
    let rows = [
        (
            LimitKind::Single,
            props.month,
            labelled(
                texts.limit_single.to_string(),
                rules.single_transaction_limit.value,
            ),
        ),
        (
            LimitKind::Monthly,
            props.month,
            labelled(
                fill(texts.limit_monthly, &[("month", &month_label)]),
                rules.monthly_limit.value,
            ),
        ),
        (
            LimitKind::Yearly,
            year_period,
            labelled(
                fill(texts.limit_yearly, &[("year", &year.to_string())]),
                rules.yearly_limit.value,
            ),
        ),
    ];
    // When a source last stated the limits shown: one line under the bars.
    let mut published = Published::default();
    published.add_limit(Figure::Single, &rules.single_transaction_limit);
    published.add_limit(Figure::Monthly, &rules.monthly_limit);
    published.add_limit(Figure::Yearly, &rules.yearly_limit);
    let mut any_estimate = false;
    let bars = rows.into_iter().map(|(kind, period, label)| {
        let usage = limit_use(props.ledger, kind, period, props.today, props.costs.choice, props.costs.usd);
        if let LimitUse::Known { estimated: true, .. } = usage {
            any_estimate = true;
        }
        let body = match usage {
            LimitUse::Known { limit, .. } if kind == LimitKind::Single => html! {
                <span class="limit-text">{ fill(texts.limit_single_text, &[("limit", &money(limit))]) }</span>
            },
            LimitUse::Known { limit, used, left, over, .. } => {
                let is_over = !over.amount().is_zero();
                let limit_text = money(limit);
                let text = if is_over {
                    fill(texts.limit_over, &[("used", &money(used)), ("limit", &limit_text), ("over", &money(over))])
                } else {
                    fill(texts.limit_used, &[("used", &money(used)), ("limit", &limit_text), ("left", &money(left))])
                };
                html! {
                    <>
                        <span class={classes!("bar", (used.amount() >= limit.amount()).then_some("bar-full"))} aria-hidden="true">
                            <span class="bar-fill" style={format!("width: {}%", bar_percent(used, limit))}></span>
                        </span>
                        <span class={classes!("limit-text", is_over.then_some("limit-over"))}>{ text }</span>
                    </>
                }
            }
            LimitUse::NotPublished => html! {
                <span class="limit-text">{ texts.limit_not_published }</span>
            },
        };
        html! {
            <li class="limit-bar">
                <span class="limit-label">{ label }</span>
                { body }
            </li>
        }
    }).collect::<Html>();
    // The dollar rate, dated when it is the example.
    let usd_rate = format_number(lang, props.costs.usd.cny_per_unit, 2);
    let limit_estimated = if props.costs.usd_is_example {
        fill(
            texts.limit_estimated_example,
            &[("rate", &usd_rate), ("date", EXAMPLE_RATES_AS_OF)],
        )
    } else {
        fill(texts.limit_estimated, &[("rate", &usd_rate)])
    };
    html! {
        <section class="panel" aria-labelledby="limits-title">
            <h2 id="limits-title">{ texts.limits_title }</h2>
            <ul class="limit-bars">{ bars }</ul>
            if let Some(line) = published.line(lang) {
                <p class="field-note published">{ line }</p>
            }
            if any_estimate {
                <p class="field-note">{ limit_estimated }</p>
            }
            if rules.has_usd_limit() {
                <p class="field-note">{ texts.limits_verified }</p>
            }
            <p class="field-note">{ texts.limits_year_basis }</p>
            <p class="field-note">{ texts.refunds_note }</p>
        </section>
    }
}
