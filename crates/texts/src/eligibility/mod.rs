//! The words of the eligibility checker in each language: questions,
//! answer labels, findings and the verdict. Each language answers every
//! enum variant through an exhaustive `match`, so nothing can be missing.

pub mod en;
pub mod nb;
pub mod zh;

use crate::Lang;
use waika_core::eligibility::{
    AppStore, Availability, BoundCards, CardKind, Feature, Finding, InternationalUse, Outcome,
    PayPlace, Rule, SmsAnswer, WalletSign,
};
use waika_core::rules::IdDocument;

/// A question with its help text.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    pub label: &'static str,
    pub help: &'static str,
}

/// The questions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionId {
    Id,
    Network,
    Kind,
    Sms,
    Store,
    Version,
    Wallet,
    Cards,
    Place,
    International,
}

impl QuestionId {
    pub const ALL: [QuestionId; 10] = [
        QuestionId::Id,
        QuestionId::Network,
        QuestionId::Kind,
        QuestionId::Sms,
        QuestionId::Store,
        QuestionId::Version,
        QuestionId::Wallet,
        QuestionId::Cards,
        QuestionId::Place,
        QuestionId::International,
    ];
}

/// The checker's own headings and buttons.
#[derive(Debug)]
pub struct CheckerTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub not_sure: &'static str,
    pub other: &'static str,
    pub version_placeholder: &'static str,
    /// `{text}`: what was typed.
    pub version_unreadable: &'static str,
    pub verdict_title: &'static str,
    pub see_verdict: &'static str,
    /// `{count}`: questions still open.
    pub incomplete: &'static str,
    pub reasons_title: &'static str,
    pub fixes_title: &'static str,
    pub features_title: &'static str,
    /// The same table under a "not possible" verdict: nothing there is available yet.
    pub features_title_if_solved: &'static str,
    pub alternatives_title: &'static str,
    /// `{rule}`, `{id}`: the rule's name and rule set.
    pub rule_ref: &'static str,
    /// `{step}`: the step's title.
    pub open_step: &'static str,
    pub share_title: &'static str,
    pub share_note: &'static str,
    pub share_copy: &'static str,
    pub share_copied: &'static str,
    pub start_over: &'static str,
}

pub fn checker(lang: Lang) -> &'static CheckerTexts {
    match lang {
        Lang::En => &en::CHECKER,
        Lang::Nb => &nb::CHECKER,
        Lang::Zh => &zh::CHECKER,
    }
}

pub fn question(lang: Lang, id: QuestionId) -> Question {
    match lang {
        Lang::En => en::question(id),
        Lang::Nb => nb::question(id),
        Lang::Zh => zh::question(id),
    }
}

pub fn id_document(lang: Lang, id: IdDocument) -> &'static str {
    match lang {
        Lang::En => en::id_document(id),
        Lang::Nb => nb::id_document(id),
        Lang::Zh => zh::id_document(id),
    }
}

pub fn card_kind(lang: Lang, kind: CardKind) -> &'static str {
    match lang {
        Lang::En => en::card_kind(kind),
        Lang::Nb => nb::card_kind(kind),
        Lang::Zh => zh::card_kind(kind),
    }
}

pub fn sms(lang: Lang, answer: SmsAnswer) -> &'static str {
    match lang {
        Lang::En => en::sms(answer),
        Lang::Nb => nb::sms(answer),
        Lang::Zh => zh::sms(answer),
    }
}

pub fn store(lang: Lang, store: AppStore) -> &'static str {
    match lang {
        Lang::En => en::store(store),
        Lang::Nb => nb::store(store),
        Lang::Zh => zh::store(store),
    }
}

pub fn wallet(lang: Lang, sign: WalletSign) -> &'static str {
    match lang {
        Lang::En => en::wallet(sign),
        Lang::Nb => nb::wallet(sign),
        Lang::Zh => zh::wallet(sign),
    }
}

pub fn bound_cards(lang: Lang, cards: BoundCards) -> &'static str {
    match lang {
        Lang::En => en::bound_cards(cards),
        Lang::Nb => nb::bound_cards(cards),
        Lang::Zh => zh::bound_cards(cards),
    }
}

pub fn place(lang: Lang, place: PayPlace) -> &'static str {
    match lang {
        Lang::En => en::place(place),
        Lang::Nb => nb::place(place),
        Lang::Zh => zh::place(place),
    }
}

pub fn international(lang: Lang, answer: InternationalUse) -> &'static str {
    match lang {
        Lang::En => en::international(answer),
        Lang::Nb => nb::international(answer),
        Lang::Zh => zh::international(answer),
    }
}

/// A finding as a sentence. Placeholders: `{document}`, `{network}`,
/// `{minimum}`, `{more}`, `{max}`, filled by the UI.
pub fn finding(lang: Lang, finding: Finding) -> &'static str {
    match lang {
        Lang::En => en::finding(finding),
        Lang::Nb => nb::finding(finding),
        Lang::Zh => zh::finding(finding),
    }
}

pub fn rule_name(lang: Lang, rule: Rule) -> &'static str {
    match lang {
        Lang::En => en::rule_name(rule),
        Lang::Nb => nb::rule_name(rule),
        Lang::Zh => zh::rule_name(rule),
    }
}

pub fn outcome(lang: Lang, outcome: Outcome) -> &'static str {
    match lang {
        Lang::En => en::outcome(outcome),
        Lang::Nb => nb::outcome(outcome),
        Lang::Zh => zh::outcome(outcome),
    }
}

pub fn feature(lang: Lang, feature: Feature) -> &'static str {
    match lang {
        Lang::En => en::feature(feature),
        Lang::Nb => nb::feature(feature),
        Lang::Zh => zh::feature(feature),
    }
}

pub fn availability(lang: Lang, availability: Availability) -> &'static str {
    match lang {
        Lang::En => en::availability(availability),
        Lang::Nb => nb::availability(availability),
        Lang::Zh => zh::availability(availability),
    }
}
