//! The words of the eligibility checker in each language: questions,
//! answer labels, findings and the verdict. Each language answers every
//! enum variant through an exhaustive `match`, so nothing can be missing.

pub mod en;
pub mod nb;
pub mod zh;

use crate::Lang;
use waika_core::eligibility::{
    codes, AppStore, Availability, BoundCards, CardKind, Feature, Finding, IdAnswer,
    InternationalUse, NetworkAnswer, Outcome, PayPlace, Rule, SmsAnswer, WalletSign,
};
use waika_core::rules::IdDocument;

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
        version_placeholder: &'static str,
        /// `{text}`: what was typed.
        version_unreadable: &'static str,
        /// `{version}`: how a version typed another way was read.
        version_read_as: &'static str,
        verdict_title: &'static str,
        see_verdict: &'static str,
        /// `{count}`: questions still open.
        incomplete: &'static str,
        reasons_title: &'static str,
        fixes_title: &'static str,
        features_title: &'static str,
        /// The same table under a "not possible" verdict: nothing there is available yet.
        features_title_if_solved: &'static str,
        alternatives_title: &'static str,
        /// `{rule}`, `{id}`: the rule's name and rule set.
        rule_ref: &'static str,
        /// `{step}`: the step's title.
        open_step: &'static str,
        share_title: &'static str,
        share_note: &'static str,
        share_copy: &'static str,
        share_copied: &'static str,
        start_over: &'static str,
    }
}

by_language!(pub fn checker -> &'static CheckerTexts = CHECKER);

by_language!(pub fn question(id: QuestionId) -> Question);

by_language!(pub fn id_document(id: IdDocument) -> &'static str);

by_language!(pub fn card_kind(kind: CardKind) -> &'static str);

by_language!(pub fn sms(answer: SmsAnswer) -> &'static str);

by_language!(pub fn store(store: AppStore) -> &'static str);

by_language!(pub fn wallet(sign: WalletSign) -> &'static str);

by_language!(pub fn bound_cards(cards: BoundCards) -> &'static str);

by_language!(pub fn place(place: PayPlace) -> &'static str);

by_language!(pub fn international(answer: InternationalUse) -> &'static str);

by_language!(
    /// A finding as a sentence. Placeholders: `{document}`, `{network}`,
    /// `{minimum}`, `{more}`, `{max}`, filled by the UI.
    pub fn finding(finding: Finding) -> &'static str
);

by_language!(pub fn rule_name(rule: Rule) -> &'static str);

by_language!(pub fn outcome(outcome: Outcome) -> &'static str);

by_language!(pub fn feature(feature: Feature) -> &'static str);

by_language!(pub fn availability(availability: Availability) -> &'static str);

/// The label of the answer with `code` to question `id`, as the checker
/// offers it; `None` for a code the question does not have.
pub fn answer_label(lang: Lang, id: QuestionId, code: &str) -> Option<String> {
    let texts = checker(lang);
    let label: &str = match id {
        QuestionId::Id => match codes::value_of(codes::ID, code)? {
            IdAnswer::Supported(document) => id_document(lang, document),
            IdAnswer::Other => texts.other,
            IdAnswer::NotSure => texts.not_sure,
        },
        QuestionId::Network => match codes::value_of(codes::NETWORK, code)? {
            NetworkAnswer::Named(network) => network.brand(),
            NetworkAnswer::UnionPay => "UnionPay",
            NetworkAnswer::Maestro => "Maestro",
            NetworkAnswer::Other => texts.other,
            NetworkAnswer::NotSure => texts.not_sure,
        },
        QuestionId::Kind => card_kind(lang, codes::value_of(codes::KIND, code)?),
        QuestionId::Sms => sms(lang, codes::value_of(codes::SMS, code)?),
        QuestionId::Store => store(lang, codes::value_of(codes::STORE, code)?),
        QuestionId::Wallet => wallet(lang, codes::value_of(codes::WALLET, code)?),
        QuestionId::Cards => bound_cards(lang, codes::value_of(codes::CARDS, code)?),
        QuestionId::Place => place(lang, codes::value_of(codes::PLACE, code)?),
        QuestionId::International => {
            international(lang, codes::value_of(codes::INTERNATIONAL, code)?)
        }
        QuestionId::Version => return None,
    };
    Some(label.to_string())
}
