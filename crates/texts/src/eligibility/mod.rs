//! The words of the eligibility checker in each language: questions,
//! answer labels, findings and the verdict. Each language answers every
//! enum variant through an exhaustive `match`, so nothing can be missing.

pub mod en;
pub mod nb;
pub mod zh;

mod shape;
pub use shape::*;

use crate::Lang;
use waika_core::eligibility::{
    codes, AppStore, Availability, BoundCards, CardKind, Feature, Finding, IdAnswer,
    InternationalUse, NetworkAnswer, Outcome, PayPlace, Rule, SmsAnswer, WalletSign,
};
use waika_core::rules::{CardNetwork, IdDocument};

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
            NetworkAnswer::Named(CardNetwork::Mastercard) => texts.mastercard,
            NetworkAnswer::Named(CardNetwork::AmericanExpress) => texts.american_express,
            NetworkAnswer::Named(CardNetwork::DinersClubInternational) => texts.diners_club,
            NetworkAnswer::Named(network) => network.brand(),
            NetworkAnswer::UnionPay => texts.unionpay,
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
