//! The fee against the amount from 0 to 1,000 yuan, as a picture: flat at
//! zero, then a jump after the fee-free amount. The user's amount is marked.

use crate::components::waiver_note::with_or_without;
use crate::context::LangContext;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use waika_core::date::Date;
use waika_core::fees::service_fee;
use waika_core::promotions::SMALL_PAYMENTS;
use waika_core::rules::RuleSet;
use waika_texts::tracker::tracker;
use waika_texts::{
    fill, format_long_date, format_number, format_percent, format_yuan, format_yuan_figure,
};
use yew::prelude::*;

// Whole-number coordinates keep float formatting out of the download.
const WIDTH: i64 = 340;
const HEIGHT: i64 = 190;
const LEFT: i64 = 44;
const RIGHT: i64 = 22;
const TOP: i64 = 12;
const BOTTOM: i64 = 40;
const MAX_AMOUNT: i64 = 1_000;

/// What the chart shows.
pub struct FeeChartShown {
    pub rules: &'static RuleSet,
    /// A payment to mark, if any: its amount, the fee it was charged (a
    /// waiver may have made it less than the curve's), and the fee if the
    /// small-payment waiver has lapsed, past its last confirmed day.
    pub marked: Option<(Decimal, Decimal, Option<Decimal>)>,
    /// Today in China: past the small-payment waiver's last confirmed day
    /// the caption says the fee is not known.
    pub today: Date,
}

fn fee_for(rules: &RuleSet, amount: Decimal) -> Decimal {
    service_fee(rules, amount).amount()
}

// Long: the chart's axes, bars and labels, drawn as one SVG. A view
// function: it has no state of its own.
pub fn fee_chart(context: &LangContext, props: &FeeChartShown) -> Html {
    let (lang, texts) = (context.lang, tracker(context.lang));
    let rules = props.rules;
    let free = rules.fee_free_up_to_cny.value;
    let max_fee = fee_for(rules, Decimal::from(MAX_AMOUNT));
    let max_fee_scale = max_fee.max(Decimal::ONE);
    let scale = |value: Decimal, full: Decimal, span: i64| {
        (value * Decimal::from(span) / full)
            .round()
            .to_i64()
            .unwrap_or(0)
    };
    let x = |amount: Decimal| LEFT + scale(amount, Decimal::from(MAX_AMOUNT), WIDTH - LEFT - RIGHT);
    let y = |fee: Decimal| HEIGHT - BOTTOM - scale(fee, max_fee_scale, HEIGHT - TOP - BOTTOM);
    let fee_after_free = fee_for(rules, free + Decimal::new(1, 2));
    let line = format!(
        "{},{} {},{}",
        x(Decimal::ZERO),
        y(Decimal::ZERO),
        x(free),
        y(Decimal::ZERO)
    );
    let jump = format!(
        "{},{} {},{}",
        x(free),
        y(Decimal::ZERO),
        x(free),
        y(fee_after_free)
    );
    let rising = format!(
        "{},{} {},{}",
        x(free),
        y(fee_after_free),
        x(Decimal::from(MAX_AMOUNT)),
        y(max_fee)
    );
    let ticks = [0, 200, 400, 600, 800, 1000];
    let fee_ticks = [Decimal::ZERO, max_fee / Decimal::TWO, max_fee];
    let marked = props
        .marked
        .filter(|(amount, ..)| *amount > Decimal::ZERO && *amount <= Decimal::from(MAX_AMOUNT));
    let free_text = format_yuan_figure(lang, free);
    let (description, until) = if SMALL_PAYMENTS.unconfirmed_on(props.today) {
        (
            texts.chart_description_unconfirmed,
            format_long_date(lang, SMALL_PAYMENTS.confirmed_until),
        )
    } else {
        (texts.chart_description, String::new())
    };
    let description = fill(
        description,
        &[
            ("free", &free_text),
            ("percent", &format_percent(lang, rules.fee_percent.value)),
            ("until", &until),
        ],
    );
    let marker_text = marked.map(|(amount, fee, if_lapsed)| {
        let fee = with_or_without(
            lang,
            if_lapsed.is_some(),
            format_yuan(lang, fee),
            format_yuan(lang, if_lapsed.unwrap_or(fee)),
        );
        fill(
            texts.chart_marker,
            &[("amount", &format_yuan(lang, amount)), ("fee", &fee)],
        )
    });
    html! {
        <figure class="fee-chart">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="fee-chart-title fee-chart-desc">
                <title id="fee-chart-title">{ texts.chart_title }</title>
                <desc id="fee-chart-desc">{ description.clone() }{ marker_text.clone().map(|t| format!(" {t}")).unwrap_or_default() }</desc>
                <g class="chart-grid">
                    { for ticks.iter().map(|tick| {
                        let tx = x(Decimal::from(*tick));
                        html! {
                            <>
                                <line x1={tx.to_string()} x2={tx.to_string()} y1={TOP.to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
                                <text x={tx.to_string()} y={(HEIGHT - BOTTOM + 14).to_string()} text-anchor="middle">{ format_number(lang, Decimal::from(*tick), 0) }</text>
                            </>
                        }
                    }) }
                    { for fee_ticks.iter().map(|fee| {
                        let ty = y(*fee);
                        html! {
                            <>
                                <line x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={ty.to_string()} y2={ty.to_string()} />
                                <text x={(LEFT - 6).to_string()} y={(ty + 4).to_string()} text-anchor="end">{ format_number(lang, *fee, 0) }</text>
                            </>
                        }
                    }) }
                </g>
                <polyline class="chart-line" points={line} />
                <polyline class="chart-jump" points={jump} />
                <polyline class="chart-line" points={rising} />
                if let Some((amount, fee, _)) = marked {
                    <circle class="chart-marker" cx={x(amount).to_string()} cy={y(fee).to_string()} r="5" />
                }
                <text class="chart-axis" x={((LEFT + WIDTH - RIGHT) / 2).to_string()} y={(HEIGHT - 6).to_string()} text-anchor="middle">{ texts.chart_axis_amount }</text>
                <text class="chart-axis" x="12" y={((TOP + HEIGHT - BOTTOM) / 2).to_string()} text-anchor="middle" transform={format!("rotate(-90 12 {})", (TOP + HEIGHT - BOTTOM) / 2)}>{ texts.chart_axis_fee }</text>
            </svg>
            <figcaption>
                { description }
                if let Some(text) = marker_text {
                    <br />{ text }
                }
            </figcaption>
        </figure>
    }
}
