//! What each language fills in for the eligibility checker: a question
//! and the checker's own labels.

use crate::Plural;

/// A question with its help text.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    pub label: &'static str,
    pub help: &'static str,
}

/// The questions, in the order they are asked (the table is the core's).
pub use waika_core::eligibility::QuestionId;

catalogue! {
    /// The checker's own headings and buttons.
    #[derive(Debug)]
    pub struct CheckerTexts {
        title: &'static str,
        intro: &'static str,
        not_sure: &'static str,
        other: &'static str,
        /// Card networks as the card prints them, with the language's own
        /// name where it has one: Mastercard, American Express, Diners Club
        /// International, UnionPay.
        mastercard: &'static str,
        american_express: &'static str,
        diners_club: &'static str,
        unionpay: &'static str,
        version_placeholder: &'static str,
        /// `{text}`: what was typed.
        version_unreadable: &'static str,
        /// `{version}`: how a version typed another way was read.
        version_read_as: &'static str,
        verdict_title: &'static str,
        see_verdict: &'static str,
        /// `{count}`: questions still open.
        incomplete: Plural,
        reasons_title: &'static str,
        fixes_title: &'static str,
        features_title: &'static str,
        /// The same table under a "not possible" verdict: nothing there is available yet.
        features_title_if_solved: &'static str,
        /// Before every question is answered: what a linked card does.
        features_title_unanswered: &'static str,
        alternatives_title: &'static str,
        /// `{rule}`: the rule's name; its sources follow.
        rule_ref: &'static str,
        /// `{step}`: the step's title.
        open_step: &'static str,
        share_title: &'static str,
        share_note: &'static str,
        share_copy: &'static str,
        share_copied: &'static str,
        /// Asks the card's own questions again, for another card.
        another_card: &'static str,
        start_over: &'static str,
    }
}
