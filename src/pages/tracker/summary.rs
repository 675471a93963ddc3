//! Totals for the month shown and its year: spent, refunded, fees, the
//! issuer's markup and the total, with the compounding spelled out.

use super::costs::Costs;
use super::messages::month_name;
use crate::context::use_lang;
use rust_decimal::Decimal;
use std::rc::Rc;
use waika_core::ledger::{refusals, totals, Ledger, Period, PeriodTotals};
use waika_core::money::Money;
use waika_core::promotions::SMALL_PAYMENTS;
use waika_core::rules::EXAMPLE_RATES_AS_OF;
use waika_texts::tracker::tracker;
use waika_texts::{
    fill, format_long_date, format_money, format_percent, format_rate, format_yuan_figure,
    yuan_in_units, Lang,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub ledger: Rc<Ledger>,
    pub costs: Costs,
    pub month: Period,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    let money = |value: Money| format_money(lang, value);
    let refunded = |value: Money| {
        if value.amount().is_zero() {
            money(value)
        } else {
            format!("\u{2212}{}", money(value))
        }
    };
    let markup = props.costs.settings.markup_percent;
    let year = props.month.first_day().year;
    let refused = {
        let costs = props.costs;
        use_memo((props.ledger.clone(), costs), move |(ledger, costs)| {
            refusals(ledger, costs.choice, costs.usd)
        })
    };
    // Payments over a limit still count in the totals; the summary says so.
    let refused_in = |period: Period| {
        let over: Vec<Decimal> = props
            .ledger
            .in_period(period)
            .iter()
            .filter(|payment| refused.contains_key(&payment.id))
            .map(|payment| payment.amount)
            .collect();
        (!over.is_empty()).then(|| {
            let amount = Money::cny(over.iter().sum());
            fill(
                &texts.includes_refused.count(over.len()),
                &[("amount", &money(amount))],
            )
        })
    };
    // The markup a period's row names: each payment keeps the card it was
    // recorded with, so one percentage is named only when all share it.
    let current = (!props.costs.markup_not_typed).then_some(markup);
    let period_markup = |period: Period| {
        let mut markups = props
            .ledger
            .in_period(period)
            .iter()
            .map(|payment| payment.markup.or(current));
        let first = markups.next().unwrap_or(current);
        match (first, markups.all(|other| other == first)) {
            (_, false) => PeriodMarkup::Several,
            (None, true) => PeriodMarkup::NotTyped,
            (Some(percent), true) => PeriodMarkup::One(percent),
        }
    };
    let view = |title: String, period: Period, totals: PeriodTotals| {
        let home = props
            .costs
            .home
            .map(|rate| rate.from_cny(totals.total_cny.amount()));
        let count = texts.payments_count.count(totals.payments);
        let (markup_label, markup_value) = match period_markup(period) {
            PeriodMarkup::NotTyped => (
                fill(texts.row_markup, &[("percent", "?")]),
                lang.texts().markup_not_counted.to_string(),
            ),
            PeriodMarkup::One(percent) => (
                fill(
                    texts.row_markup,
                    &[("percent", &format_percent(lang, percent))],
                ),
                money(totals.markup),
            ),
            PeriodMarkup::Several => (texts.row_markup_each_card.to_string(), money(totals.markup)),
        };
        html! {
            <section class="period-totals" aria-label={title.clone()}>
                // Read aloud as "December 2026, 2 payments", not "20262".
                <h3 aria-label={format!("{title}{}{count}", if lang == Lang::Zh { "，" } else { ", " })}>
                    { title }<span class="count">{ count.clone() }</span>
                </h3>
                <dl class="quote">
                    <div class="quote-row"><dt>{ texts.row_spent }</dt><dd>{ money(totals.spent) }</dd></div>
                    // Refunds are taken off the total: the sign says so.
                    <div class="quote-row"><dt>{ texts.row_refunded }</dt><dd>{ refunded(totals.refunded) }</dd></div>
                    <div class="quote-row"><dt>{ texts.row_fees }</dt><dd>{ money(totals.fees) }</dd></div>
                    <div class="quote-row"><dt>{ markup_label }</dt><dd>{ markup_value }</dd></div>
                    <div class="quote-row quote-subtotal"><dt>{ texts.row_total }</dt><dd>{ money(totals.total_cny) }</dd></div>
                    if let Some(home) = home {
                        <div class="quote-row quote-total"><dt>{ fill(texts.row_total_home, &[("code", waika_texts::currency_word(lang, home.currency()))]) }</dt><dd>{ format!("≈\u{a0}{}", money(home)) }</dd></div>
                    }
                </dl>
                if let Some(refused) = refused_in(period) {
                    <p class="field-note">{ refused }</p>
                }
                if !totals.extra_if_waiver_lapsed.amount().is_zero() {
                    <p class="note-warning unconfirmed-note">{ fill(texts.totals_unconfirmed, &[
                        ("free", &format_yuan_figure(lang, SMALL_PAYMENTS.up_to_cny)),
                        ("until", &format_long_date(lang, SMALL_PAYMENTS.confirmed_until)),
                        ("extra", &money(totals.extra_if_waiver_lapsed)),
                    ]) }</p>
                }
            </section>
        }
    };
    let month_totals = totals(
        &props.ledger,
        props.month,
        props.costs.choice,
        props.costs.settings,
    );
    let year_totals = totals(
        &props.ledger,
        Period::Year { year },
        props.costs.choice,
        props.costs.settings,
    );
    // A trip over the turn of a year is in no one year: every payment kept
    // is totalled as well.
    let across_years = props
        .ledger
        .span()
        .filter(|span| span.first_day().year != span.last_day().year)
        .map(|span| {
            let title = fill(
                texts.all_title,
                &[
                    ("from", &format_long_date(lang, span.first_day())),
                    ("to", &format_long_date(lang, span.last_day())),
                ],
            );
            let span_totals = totals(
                &props.ledger,
                span,
                props.costs.choice,
                props.costs.settings,
            );
            view(title, span, span_totals)
        });
    // The compounding, spelled out with the user's own markup and the
    // rules of the month shown.
    let rules = props.costs.choice.for_date(props.month.last_day());
    let fee_percent = rules.fee_percent.value;
    let hundred = Decimal::ONE_HUNDRED;
    let compound_total = (hundred + fee_percent) * (hundred + markup) / hundred - hundred;
    let compound = fill(
        texts.compound_note,
        &[
            ("fee", &format_percent(lang, fee_percent)),
            ("markup", &format_percent(lang, markup)),
            ("total", &format_percent(lang, compound_total)),
            ("sum", &format_percent(lang, fee_percent + markup)),
            (
                "free",
                &format_yuan_figure(lang, rules.fee_free_up_to_cny.value),
            ),
        ],
    );
    // The totals in the home currency say which rate made them, and when an
    // example rate was last checked.
    let home_rate_note = props.costs.home.map(|home| {
        let (code, rate) = (
            waika_texts::currency_word(lang, home.currency),
            format_rate(lang, home.cny_per_unit),
        );
        let other_way = yuan_in_units(context.texts().yuan_in_units, lang, code, home.cny_per_unit);
        let values = [
            ("code", code),
            ("rate", rate.as_str()),
            ("other_way", other_way.as_str()),
            ("date", EXAMPLE_RATES_AS_OF),
        ];
        if props.costs.home_is_example {
            fill(texts.home_rate_example, &values)
        } else {
            fill(texts.home_rate_typed, &values)
        }
    });
    html! {
        <section class="panel" aria-labelledby="summary-title">
            <h2 id="summary-title">{ texts.summary_title }</h2>
            { view(month_name(texts, props.month), props.month, month_totals) }
            { view(fill(texts.year_title, &[("year", &year.to_string())]), Period::Year { year }, year_totals) }
            { across_years.unwrap_or_default() }
            // Without a markup there is nothing to compound ("3% and 0%
            // make 3%, not 3%").
            if !markup.is_zero() {
                <p class="field-note">{ compound }</p>
            }
            if let Some(note) = home_rate_note {
                <p class="field-note">{ note }</p>
            }
            if !markup.is_zero() && props.ledger.payments.iter().any(|payment| !payment.refunds.is_empty()) {
                <p class="field-note">{ texts.refund_markup_note }</p>
            }
        </section>
    }
}

/// What a period's markup row names.
enum PeriodMarkup {
    /// No payment's card has a markup typed: left out, and said so.
    NotTyped,
    /// Every payment's card has this one.
    One(Decimal),
    /// The payments were recorded with cards of different markups.
    Several,
}
