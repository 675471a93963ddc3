//! The result of the fee calculator: every figure of a quote, the limit
//! check, and the notes that explain the 200-yuan cliff and the markup.

use crate::components::waiver_note::{
    offer_reading, source_names, sources_sentence, stale_notice, unconfirmed_sentence,
    waiver_sentence, with_or_without, StaleAbout,
};
use crate::context::LangContext;
use crate::rule_text::{Figure, Published};
use rust_decimal::Decimal;
use waika_core::fees::Quote;
use waika_core::limits::SingleLimitCheck;
use waika_core::money::{Currency, Money};
use waika_core::promotions::{Unknown, WaiverOutcome, SMALL_PAYMENTS, UNIONPAY_LAUNCH};
use waika_core::rules::RuleSet;
use waika_texts::{
    fill, format_long_date, format_money, format_number, format_percent, format_rate,
    format_yuan_figure, yuan_in_units, Lang,
};
use yew::prelude::*;

/// What a quote is shown with.
pub struct QuoteShown {
    pub quote: Quote,
    pub limit: SingleLimitCheck,
    pub rules: &'static RuleSet,
    /// The home currency, named even while its rate is missing.
    pub home: Currency,
    /// Yuan per US dollar, shown when a limit is set in dollars.
    pub usd_rate: Decimal,
    /// The card is a UnionPay card issued abroad, whose fees are not published.
    pub unionpay: bool,
    /// The user's own card has no markup typed: it is left out, and said so.
    pub markup_unknown: bool,
}

/// What is published about a UnionPay card issued abroad, and the cost
/// with and without the launch promotion whose end is not published.
fn unionpay_sentence(lang: Lang, quote: &Quote) -> String {
    let texts = lang.texts();
    let known = fill(
        texts.unionpay_fees_note,
        &[
            ("date", &format_long_date(lang, UNIONPAY_LAUNCH.from)),
            ("sources", &source_names(lang, UNIONPAY_LAUNCH.sources)),
        ],
    );
    if quote.fee.amount().is_zero() {
        return known;
    }
    let with = quote.total_without_fee();
    let totals = fill(
        texts.unionpay_totals,
        &[
            ("with", &format_money(lang, with)),
            ("without", &format_money(lang, quote.total_cny)),
        ],
    );
    format!("{known}{}{totals}", lang.gap())
}

// Long: every line of a quote (fee, markup, totals, waivers, limits), each shown only when
// it applies, in the order the page shows them. A view function: it has no
// state of its own.
pub fn quote_view(context: &LangContext, props: &QuoteShown) -> Html {
    let (lang, texts) = (context.lang, context.texts());
    let quote = &props.quote;
    let money = |value: Money| format_money(lang, value);
    let rules = props.rules;
    let free = format_yuan_figure(lang, rules.fee_free_up_to_cny.value);
    let fee_percent = format_percent(lang, rules.fee_percent.value);
    // When a source last stated the rule's figures: one line under the notes.
    let mut published = Published::default();
    published.add(Figure::FeeFree, &rules.fee_free_up_to_cny);
    published.add(Figure::FeePercent, &rules.fee_percent);
    // Past the last day a source stated the fee, its rate is the one
    // stated until then, not a fact.
    let past_stated = quote.fee_past_stated;
    // A fee waived in full shows no rate beside ¥0.00, which read as a
    // rate charged.
    let fee_label = if past_stated {
        texts.row_fee_if_still
    } else if quote.fee.amount().is_zero()
        && !quote.small_waiver_unconfirmed
        && !rules.fee_percent.value.is_zero()
    {
        texts.row_fee_waived
    } else {
        texts.row_fee
    };
    let markup_percent = format_percent(lang, quote.markup_percent);
    let code = waika_texts::currency_word(lang, props.home);

    let row = |class: &'static str, label: String, value: String| {
        html! {
            <div class={classes!("quote-row", class)}>
                <dt>{ label }</dt>
                <dd>{ value }</dd>
            </div>
        }
    };

    let mut notes: Vec<(&'static str, String)> = Vec::new();
    let mut offer_details: Option<Vec<String>> = None;
    if props.markup_unknown {
        notes.push(("note-warning", texts.markup_unknown_note.to_string()));
    }
    // Past the waiver's confirmed end, what it costs if it lapsed comes
    // first, in place of "no fee".
    if quote.small_waiver_unconfirmed {
        notes.push((
            "note-warning unconfirmed-note",
            // With the sources of the day it is confirmed to.
            format!(
                "{}{}{}",
                unconfirmed_sentence(
                    lang,
                    quote.fee_if_lapsed.amount(),
                    quote.total_cny.amount(),
                    quote.total_if_lapsed.amount(),
                    !quote.markup_percent.is_zero() && !props.markup_unknown,
                ),
                lang.gap(),
                sources_sentence(lang, SMALL_PAYMENTS.sources)
            ),
        ));
    } else if let Some(until) = quote.small_waiver_until {
        let until = format_long_date(lang, until);
        notes.push((
            "note-good",
            fill(
                texts.fee_waived_note_until,
                &[("free", &free), ("until", &until)],
            ),
        ));
    } else if quote.fee_waived {
        notes.push(("note-good", fill(texts.fee_waived_note, &[("free", &free)])));
    } else if !matches!(quote.waiver, WaiverOutcome::Waived(_)) && !past_stated {
        // A fee the new-user offer waives is explained by the offer's note;
        // one past the last stated day by the note that says so.
        notes.push((
            "note",
            // The year is said once, next to the rule's figure.
            fill(
                texts.fee_rule_note,
                &[("free", &free), ("percent", &fee_percent)],
            ),
        ));
    }
    if let Some(sentence) = waiver_sentence(lang, quote.waiver) {
        let class = match quote.waiver {
            WaiverOutcome::Waived(_) => "note-good waiver-note",
            _ => "note-warning waiver-note",
        };
        notes.push((class, sentence));
        if let WaiverOutcome::Waived(promotion)
        | WaiverOutcome::Maybe(promotion, _)
        | WaiverOutcome::NotCovered(promotion, _) = quote.waiver
        {
            let about = vec![
                sources_sentence(lang, promotion.sources),
                offer_reading(lang, promotion),
                fill(
                    texts.waiver_other_payments,
                    &[("cap", &format_yuan_figure(lang, promotion.daily_cap_cny))],
                ),
            ];
            // Not answered yet: the offer's fine print is folded, so the
            // rest of the answer stays within a phone's reach.
            if matches!(quote.waiver, WaiverOutcome::Maybe(_, Unknown::NotAnswered)) {
                offer_details = Some(about);
            } else {
                notes.extend(about.into_iter().map(|text| ("note waiver-note", text)));
            }
        }
    }
    if props.unionpay {
        notes.push(("note-warning unionpay-note", unionpay_sentence(lang, quote)));
    }
    // Past the last day a source stated, the fee itself is not stated
    // either: the figure is the one that applied until then.
    if past_stated {
        notes.push((
            "note-warning",
            fill(
                texts.fee_after_confirmed,
                &[
                    (
                        "until",
                        &format_long_date(lang, SMALL_PAYMENTS.confirmed_until),
                    ),
                    ("percent", &fee_percent),
                ],
            ),
        ));
    }
    if quote.just_above_fee_free {
        notes.push((
            "note-warning",
            fill(
                // Past the waiver's confirmed end, no sentence promises a
                // payment without a fee.
                if quote.past_small_waiver {
                    texts.cliff_note_unconfirmed
                } else {
                    texts.cliff_note
                },
                &[
                    (
                        "until",
                        &format_long_date(lang, SMALL_PAYMENTS.confirmed_until),
                    ),
                    ("above", &money(quote.above_fee_free)),
                    ("free", &free),
                    ("fee", &money(quote.fee)),
                    ("percent", &fee_percent),
                ],
            ),
        ));
    }
    // With the markup not known, a share of the amount would leave it out.
    if !props.markup_unknown
        && (!quote.total_cost_percent.is_zero() || quote.small_waiver_unconfirmed)
    {
        let percent = with_or_without(
            lang,
            quote.small_waiver_unconfirmed,
            format_percent(lang, quote.total_cost_percent),
            format_percent(lang, quote.total_cost_percent_if_lapsed),
        );
        notes.push((
            "note",
            fill(texts.total_cost_note, &[("percent", &percent)]),
        ));
    }
    if !quote.fee.amount().is_zero() && !quote.markup.amount().is_zero() {
        notes.push((
            "note",
            fill(
                texts.compound_note,
                &[("markup", &money(quote.markup)), ("fee", &money(quote.fee))],
            ),
        ));
    }
    if let Some(rate) = quote.home_rate {
        let shown = format_rate(lang, rate.cny_per_unit);
        let other_way = yuan_in_units(texts.yuan_in_units, lang, code, rate.cny_per_unit);
        notes.push((
            "note",
            fill(
                texts.home_estimate_note,
                &[("code", code), ("rate", &shown), ("other_way", &other_way)],
            ),
        ));
    }

    if !matches!(props.limit, SingleLimitCheck::NotPublished) {
        published.add_limit(Figure::Single, &rules.single_transaction_limit);
    }
    let limit = match props.limit {
        // What is left under a limit on one payment says nothing: the
        // sentence says which users the limit is for.
        SingleLimitCheck::Within { limit, .. } => Some((
            "limit-ok",
            fill(texts.limit_within, &[("limit", &money(limit.cny))]),
            limit.estimated,
        )),
        SingleLimitCheck::Over { limit, excess } => Some((
            "limit-over",
            // Converted from dollars at an estimated rate: near the limit,
            // the day's real rate may differ.
            fill(
                if limit.over_within_estimate(excess) {
                    texts.limit_over_estimated
                } else {
                    texts.limit_over
                },
                &[("limit", &money(limit.cny)), ("excess", &money(excess))],
            ),
            limit.estimated,
        )),
        SingleLimitCheck::NotPublished => None,
    };
    let usd_rate = format_number(lang, props.usd_rate, 2.max(props.usd_rate.scale()));
    // Past the waiver's confirmed end every row it changes gives both.
    let either = |now: Money, lapsed: Money| {
        with_or_without(
            lang,
            quote.small_waiver_unconfirmed,
            money(now),
            money(lapsed),
        )
    };
    // Without a rate the row asks for one, in the look of a hint, not a result.
    let (home_class, home_total) = match (quote.home_total, quote.home_total_if_lapsed) {
        (Some(now), Some(lapsed)) => ("quote-total", format!("≈\u{a0}{}", either(now, lapsed))),
        _ => (
            "quote-total quote-missing",
            fill(texts.home_needs_rate, &[("code", code)]),
        ),
    };

    html! {
        <>
            <dl class="quote">
                { row("", texts.row_amount.to_string(), money(quote.amount)) }
                { row("", fill(fee_label, &[("percent", &fee_percent)]), either(quote.fee, quote.fee_if_lapsed)) }
                { row("quote-subtotal", texts.row_charged.to_string(), either(quote.charged, quote.charged_if_lapsed)) }
                if props.markup_unknown {
                    { row("", fill(texts.row_markup, &[("percent", "?")]), texts.markup_not_counted.to_string()) }
                } else {
                    { row("", fill(texts.row_markup, &[("percent", &markup_percent)]), either(quote.markup, quote.markup_if_lapsed)) }
                }
                { row("", if props.markup_unknown { texts.row_total_cny_no_markup } else { texts.row_total_cny }.to_string(), either(quote.total_cny, quote.total_if_lapsed)) }
                { row(home_class, fill(texts.row_home_total, &[("code", code)]), home_total) }
            </dl>
            <ul class="quote-notes">
                for (class, text) in notes.into_iter() { <li class={class}>{ text }</li> }
            </ul>
            if let Some(about) = offer_details {
                <details class="offer-details">
                    <summary>{ texts.offer_details_summary }</summary>
                    for text in about { <p class="field-note">{ text }</p> }
                </details>
            }
            if let Some((class, text, estimated)) = limit {
                <p class={classes!("limit", class)}>
                    { text }
                    if estimated {
                        { lang.gap() }{ fill(texts.limit_estimate_note, &[("rate", &usd_rate)]) }
                    }
                </p>
            } else {
                <p class="limit">{ texts.limit_not_published }</p>
            }
            if let Some(line) = published.line(lang) {
                <p class="field-note published">{ line }</p>
            }
            { stale_notice(context, StaleAbout::Amount, quote.small_waiver_unconfirmed || quote.past_small_waiver) }
        </>
    }
}
