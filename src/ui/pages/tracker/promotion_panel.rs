//! The dated 2025 new-user waiver: what it was, whether it runs, how its
//! unpublished accounting is read, and the first card link it counts from.

use super::state::{Action, Event, SaveStatus, TrackerState};
use super::status_line::StatusLine;
use crate::core::date::Date;
use crate::core::money::Money;
use crate::core::promotions::{status, PromotionStatus, NEW_USER_WAIVER};
use crate::i18n::tracker::tracker;
use crate::i18n::{fill, format_money};
use crate::ui::context::use_lang;
use crate::ui::rule_text::today_in_china;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PromotionPanelProps {
    pub first_link: Option<Date>,
    pub dispatch: UseReducerDispatcher<TrackerState>,
    pub notice: Option<Event>,
    pub save: SaveStatus,
}

#[component]
pub fn PromotionPanel(props: &PromotionPanelProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    let promotion = NEW_USER_WAIVER;
    let state_text = match status(&promotion, today_in_china()) {
        PromotionStatus::Expired => fill(
            texts.promo_expired,
            &[("until", &promotion.valid_until.to_string())],
        ),
        PromotionStatus::Active => texts.promo_active.to_string(),
        PromotionStatus::Upcoming => fill(
            texts.promo_upcoming,
            &[("from", &promotion.valid_from.to_string())],
        ),
    };
    let cap = format_money(lang, Money::cny(promotion.daily_cap_cny));
    let on_change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: web_sys::Event| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            dispatch.dispatch(Action::SetFirstLink(Date::parse_iso(&value)));
        })
    };
    html! {
        <section class="panel" aria-labelledby="promo-title">
            <h2 id="promo-title">{ texts.promo_title }</h2>
            <p>{ fill(texts.promo_body, &[
                ("from", &promotion.valid_from.to_string()),
                ("until", &promotion.valid_until.to_string()),
                ("cap", &cap),
                ("days", &promotion.days_from_first_link.to_string()),
            ]) }</p>
            <p><strong>{ state_text }</strong></p>
            <p class="field-note">{ fill(texts.promo_ambiguity, &[("cap", &cap)]) }</p>
            <div class="field">
                <label for="first-link">{ texts.first_link_label }</label>
                <input id="first-link" type="date"
                    value={props.first_link.map(|date| date.to_string()).unwrap_or_default()}
                    onchange={on_change} />
            </div>
            if let Some(event) = props.notice.clone() {
                <StatusLine {event} save={props.save} />
            }
        </section>
    }
}
