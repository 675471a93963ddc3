//! What the dated waivers mean for one payment, in whole sentences: which
//! new-user offer waived the fee and on whose word, why the fee may not be
//! due, and what a payment would cost if the small-payment waiver lapsed.

use crate::context::LangContext;
use rust_decimal::Decimal;
use waika_core::money::Money;
use waika_core::promotions::{
    status, Anchor, NewUserWaiver, NotCovered, PromotionStatus, Unknown, WaiverOutcome,
    NEW_USERS_2026, SMALL_PAYMENTS,
};
use waika_core::rules::{months_between, review_is_stale, Grade, Source, RULES_REVIEWED};
use waika_texts::{
    fill, format_long_date, format_money, format_percent, format_yuan, format_yuan_figure,
    source_title, Lang,
};
use yew::prelude::*;

/// The titles of `sources`, each marked "reported" when only a secondary
/// source, separated as the language separates list items.
pub fn source_names(lang: Lang, sources: &[Source]) -> String {
    let separator = match lang {
        Lang::Zh => "；",
        Lang::En | Lang::Nb => "; ",
    };
    sources
        .iter()
        .map(|source| {
            if source.published.is_empty() {
                return source_title(lang, source.id).to_string();
            }
            let template = match source.grade {
                Grade::Reported => lang.texts().source_reported,
                Grade::Official | Grade::News => lang.texts().source_dated,
            };
            fill(
                template,
                &[
                    ("source", source_title(lang, source.id)),
                    ("date", source.published),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// "Source: …" or "Sources: …", as many as there are.
pub fn sources_sentence(lang: Lang, sources: &[Source]) -> String {
    let texts = lang.texts();
    let template = if sources.len() == 1 {
        texts.source_line
    } else {
        texts.sources_line
    };
    fill(template, &[("sources", &source_names(lang, sources))])
}

/// How a new-user offer works and what about it was not published.
pub fn offer_reading(lang: Lang, promotion: &NewUserWaiver) -> String {
    let texts = lang.texts();
    let template = match promotion.anchor {
        Anchor::FirstPayment => texts.waiver_reading_2026,
        Anchor::FirstCardLink => texts.waiver_reading_2025,
    };
    fill(
        template,
        &[
            ("days", &promotion.window_days.to_string()),
            ("cap", &format_yuan_figure(lang, promotion.daily_cap_cny)),
            // Running text: "27 May 2026", as the other dates in sentences.
            ("from", &format_long_date(lang, promotion.valid_from)),
            ("until", &format_long_date(lang, promotion.anchor_until)),
        ],
    )
}

/// "Link it by 31 December 2026 …" while the 2026 new-user offer can still
/// be started; `None` after its last day. The sources put the deadline on
/// the link or on the first payment, so the sentence gives both.
pub fn new_user_deadline(context: &LangContext) -> Option<String> {
    let (lang, offer) = (context.lang, NEW_USERS_2026);
    (status(&offer, context.today) == PromotionStatus::Active).then(|| {
        fill(
            lang.texts().new_user_deadline,
            &[
                ("until", &format_long_date(lang, offer.anchor_until)),
                ("cap", &format_yuan_figure(lang, offer.daily_cap_cny)),
                ("days", &offer.window_days.to_string()),
            ],
        )
    })
}

/// The deadline above with its sources, for a page that has no other
/// place for them. A view function: no state.
pub fn new_user_deadline_notice(context: &LangContext) -> Html {
    let Some(deadline) = new_user_deadline(context) else {
        return Html::default();
    };
    html! {
        <div class="notice offer-deadline">
            <p>{ deadline }</p>
            <p class="field-note">{ sources_sentence(context.lang, NEW_USERS_2026.sources) }</p>
        </div>
    }
}

/// The sentence for a new-user waiver outcome; empty when none applies.
pub fn waiver_sentence(lang: Lang, waiver: WaiverOutcome) -> Option<String> {
    let texts = lang.texts();
    let id = |promotion: &NewUserWaiver| promotion.id.to_string();
    Some(match waiver {
        WaiverOutcome::None => return None,
        WaiverOutcome::Waived(promotion) => fill(
            texts.waiver_applied,
            &[
                ("id", &id(promotion)),
                ("source", &source_names(lang, promotion.sources)),
            ],
        ),
        WaiverOutcome::Maybe(promotion, Unknown::NotAnswered) => fill(
            texts.waiver_maybe_not_answered,
            &[
                ("id", &id(promotion)),
                ("until", &format_long_date(lang, promotion.anchor_until)),
                ("cap", &format_yuan_figure(lang, promotion.daily_cap_cny)),
                ("days", &promotion.window_days.to_string()),
            ],
        ),
        WaiverOutcome::Maybe(promotion, Unknown::AnchorNotGiven) => fill(
            match promotion.anchor {
                Anchor::FirstPayment => texts.waiver_maybe_first_payment,
                Anchor::FirstCardLink => texts.waiver_maybe_first_link,
            },
            &[("id", &id(promotion))],
        ),
        WaiverOutcome::NotCovered(promotion, why) => {
            let template = match why {
                NotCovered::OverDailyCap => texts.waiver_not_covered_cap,
                NotCovered::OutsideWindow => texts.waiver_not_covered_window,
                NotCovered::AnchorBeforeOffer => texts.waiver_not_covered_before,
                NotCovered::AnchorAfterOffer => texts.waiver_not_covered_after,
            };
            fill(
                template,
                &[
                    ("id", &id(promotion)),
                    ("cap", &format_yuan_figure(lang, promotion.daily_cap_cny)),
                    ("days", &promotion.window_days.to_string()),
                    ("from", &format_long_date(lang, promotion.valid_from)),
                    ("until", &format_long_date(lang, promotion.anchor_until)),
                ],
            )
        }
        WaiverOutcome::Maybe(promotion, Unknown::DeadlineOnLink) => fill(
            texts.waiver_maybe_link_reading,
            &[
                ("id", &id(promotion)),
                ("until", &format_long_date(lang, promotion.anchor_until)),
            ],
        ),
        WaiverOutcome::Maybe(promotion, Unknown::PastPublishedEnd) => fill(
            texts.waiver_maybe_past_end,
            &[
                ("id", &id(promotion)),
                ("until", &format_long_date(lang, promotion.anchor_until)),
            ],
        ),
    })
}

/// The sentence for a payment that relies on the small-payment waiver past
/// its confirmed end: what it costs if the waiver lapsed.
pub fn unconfirmed_sentence(
    lang: Lang,
    fee_if_lapsed: Decimal,
    with_waiver: Decimal,
    without_waiver: Decimal,
    with_markup: bool,
) -> String {
    // Without a markup, "and your card's markup on it" is only noise.
    let template = if with_markup {
        lang.texts().small_waiver_unconfirmed
    } else {
        lang.texts().small_waiver_unconfirmed_no_markup
    };
    fill(
        template,
        &[
            ("free", &format_yuan_figure(lang, SMALL_PAYMENTS.up_to_cny)),
            (
                "until",
                &format_long_date(lang, SMALL_PAYMENTS.confirmed_until),
            ),
            ("fee", &format_yuan(lang, fee_if_lapsed)),
            ("with", &format_yuan(lang, with_waiver)),
            ("without", &format_yuan(lang, without_waiver)),
        ],
    )
}

/// A figure the small-payment waiver changes: past its confirmed end
/// (`unconfirmed`) both, with it and without it ("¥0.00 or ¥4.50"), since
/// no source says which applies; before it, the one.
pub fn with_or_without(lang: Lang, unconfirmed: bool, now: String, lapsed: String) -> String {
    // Where the waiver changes nothing (no markup on no fee) one figure says it.
    if unconfirmed && now != lapsed {
        fill(
            lang.texts().fee_or_lapsed,
            &[("fee", &now), ("lapsed", &lapsed)],
        )
    } else {
        now
    }
}

/// A fee due past the last day a source stated it: the figure stated until
/// then, said as such ("¥10.52 if still 3 %").
pub fn fee_if_still(lang: Lang, fee: Money, percent: Decimal) -> String {
    fill(
        lang.texts().fee_if_still,
        &[
            ("fee", &format_money(lang, fee)),
            ("percent", &format_percent(lang, percent)),
        ],
    )
}

/// What a staleness notice stands next to, so it speaks of what the view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaleAbout {
    /// A fee or an amount to pay.
    Amount,
    /// The checker's answer.
    Verdict,
    /// The tracker's totals and limits.
    Totals,
    /// The order of the guide's steps.
    Order,
}

/// "May have changed", with the day the rules were last checked and how
/// long ago, once that review is six calendar months old (or a figure
/// leans on a waiver past its confirmed end): `depends_on_unconfirmed`
/// shows it even when the review is recent. A view function: no state.
pub fn stale_notice(
    context: &LangContext,
    about: StaleAbout,
    depends_on_unconfirmed: bool,
) -> Html {
    let (lang, today) = (context.lang, context.today);
    let texts = lang.texts();
    let text = if review_is_stale(today) {
        let template = match about {
            StaleAbout::Amount => texts.stale_reviewed_amount,
            StaleAbout::Verdict => texts.stale_reviewed_verdict,
            StaleAbout::Totals => texts.stale_reviewed_totals,
            StaleAbout::Order => texts.stale_reviewed_order,
        };
        fill(
            template,
            &[
                ("date", &format_long_date(lang, RULES_REVIEWED)),
                ("months", &months_between(RULES_REVIEWED, today).to_string()),
            ],
        )
    } else if depends_on_unconfirmed {
        texts.stale_notice.to_string()
    } else {
        return Html::default();
    };
    html! { <p class="notice stale-notice" role="note">{ text }</p> }
}
