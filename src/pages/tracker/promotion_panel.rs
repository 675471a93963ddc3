//! The new-user fee waivers: each dated offer with its reading of what was
//! not published and its sources, and the questions that decide whether it
//! applies. Nothing is assumed without the answers.

use crate::components::new_user_questions::NewUserQuestions;
use crate::components::waiver_note::{offer_reading, sources_sentence};
use crate::context::LangContext;
use waika_core::date::Date;
use waika_core::promotions::{status, NewUserAnswers, PromotionStatus, NEW_USER_WAIVERS};
use waika_core::store::StorageError;
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_long_date};
use yew::prelude::*;

/// The panel, with the questions answered so far (`answers`, kept with
/// `saved`) and the oldest payment in the tracker. A view function: the
/// questions keep their own state.
pub fn promotion_panel(
    context: &LangContext,
    answers: NewUserAnswers,
    on_change: Callback<NewUserAnswers>,
    saved: Result<(), StorageError>,
    first_recorded: Option<Date>,
) -> Html {
    let (lang, texts) = (context.lang, tracker(context.lang));
    let today = context.today;
    let offers = NEW_USER_WAIVERS.iter().rev().map(|promotion| {
        let status = status(promotion, today);
        let state = match status {
            PromotionStatus::Expired => fill(
                texts.promo_expired,
                &[("until", &format_long_date(lang, promotion.anchor_until))],
            ),
            PromotionStatus::Active => texts.promo_active.to_string(),
            PromotionStatus::Upcoming => fill(
                texts.promo_upcoming,
                &[("from", &format_long_date(lang, promotion.valid_from))],
            ),
        };
        let body = html! {
            <>
                <p><strong>{ state }</strong></p>
                <p>{ offer_reading(lang, promotion) }</p>
                <p class="field-note">{ sources_sentence(lang, promotion.sources) }</p>
            </>
        };
        // An offer that has ended matters only for payments made under it:
        // folded, so it is not read as news beside the one that runs.
        if status == PromotionStatus::Expired {
            let summary = fill(
                texts.promo_ended_summary,
                &[
                    ("id", promotion.id),
                    ("until", &format_long_date(lang, promotion.anchor_until)),
                ],
            );
            html! {
                <li class="offer">
                    <details class="offer-ended">
                        <summary>{ summary }</summary>
                        { body }
                    </details>
                </li>
            }
        } else {
            html! {
                <li class="offer">
                    <h3>{ fill(texts.promo_offer_title, &[("id", promotion.id)]) }</h3>
                    { body }
                </li>
            }
        }
    });
    html! {
        <section id="new-user" class="panel" aria-labelledby="promo-title">
            <h2 id="promo-title">{ texts.promo_title }</h2>
            <p>{ texts.promo_intro }</p>
            <NewUserQuestions {answers} {on_change} {saved} id_prefix="tracker" {first_recorded} />
            <ul class="offers">for offer in offers { { offer } }</ul>
        </section>
    }
}
