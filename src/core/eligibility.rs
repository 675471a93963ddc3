//! Can this person use Weixin Pay with this card, and what will they get?
//!
//! [`assess`] turns the answers of the eligibility checker into a verdict:
//! eligible, not yet (with the steps that fix it), or not possible (with
//! other ways to pay). Every finding names the rule it rests on and the rule
//! set that rule comes from.

use crate::core::guide::{PaymentOption, StepId};
use crate::core::rules::{AppVersions, CardNetwork, IdDocument, RuleSet, Source, MIN_APP_VERSIONS};
use serde::{Deserialize, Serialize};

/// The identity document the user registered (or will register) with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IdAnswer {
    Supported(IdDocument),
    /// Any other document, e.g. a national ID card or a driving licence.
    Other,
    NotSure,
}

/// The network printed on the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NetworkAnswer {
    Named(CardNetwork),
    /// UnionPay issued outside the Chinese Mainland.
    UnionPay,
    Maestro,
    Other,
    NotSure,
}

/// What kind of card it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardKind {
    Credit,
    Debit,
    Prepaid,
    Virtual,
    NotSure,
}

/// Whether the phone number receives SMS where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SmsAnswer {
    Yes,
    /// A foreign number with roaming turned off.
    RoamingOff,
    No,
    NotSure,
}

/// Where WeChat was installed from; each store numbers versions differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AppStore {
    /// Android, from a Chinese store or the official website.
    Android,
    Ios,
    GooglePlay,
    NotSure,
}

/// The currency sign shown in Wallet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WalletSign {
    /// ¥: the Chinese Mainland wallet.
    Yuan,
    /// HK$: WeChat Pay HK.
    HongKongDollar,
    /// RM: WeChat Pay MY.
    Ringgit,
    Other,
    /// No Wallet yet: Weixin Pay is not activated.
    NoWallet,
    NotSure,
}

/// How many international cards are bound already.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BoundCards {
    None,
    One,
    Two,
    ThreeOrMore,
}

impl BoundCards {
    /// The number bound (three stands for three or more).
    pub const fn count(self) -> u8 {
        match self {
            BoundCards::None => 0,
            BoundCards::One => 1,
            BoundCards::Two => 2,
            BoundCards::ThreeOrMore => 3,
        }
    }
}

/// Where the user wants to pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PayPlace {
    /// Shops and restaurants in the Chinese Mainland.
    MainlandShops,
    /// Apps and mini programs of merchants in the Chinese Mainland.
    Online,
    /// Merchants outside the Chinese Mainland.
    OutsideMainland,
    NotSure,
}

/// Whether the card is open for use abroad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InternationalUse {
    Enabled,
    Disabled,
    NotSure,
}

/// Everything the checker asks. `None` is a question not answered yet.
/// None of it is personal: no numbers, names or dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Answers {
    pub id: Option<IdAnswer>,
    pub network: Option<NetworkAnswer>,
    pub kind: Option<CardKind>,
    pub sms: Option<SmsAnswer>,
    pub store: Option<AppStore>,
    /// The WeChat version as "8.0.50"; `None` when not known.
    pub version: Option<AppVersion>,
    pub wallet: Option<WalletSign>,
    pub cards: Option<BoundCards>,
    pub place: Option<PayPlace>,
    pub international: Option<InternationalUse>,
}

/// A WeChat version such as 8.0.40, compared part by part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct AppVersion(pub u16, pub u16, pub u16);

impl AppVersion {
    /// Reads "8.0.40" (or "8.0", "v8.0.40", "8.0.40 (2024)"); `None` if it is not a version.
    pub fn parse(text: &str) -> Option<AppVersion> {
        let text = text.trim().trim_start_matches(['v', 'V']);
        let core = text
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .next()?;
        let numbers: Vec<u16> = core
            .split('.')
            .map(|part| part.parse().ok())
            .collect::<Option<_>>()?;
        match numbers.as_slice() {
            [major] => Some(AppVersion(*major, 0, 0)),
            [major, minor] => Some(AppVersion(*major, *minor, 0)),
            [major, minor, patch] => Some(AppVersion(*major, *minor, *patch)),
            _ => None,
        }
    }
}

impl std::fmt::Display for AppVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// The oldest version the guide names for a store; for an unknown store,
/// the highest of them, to be safe.
pub fn minimum_version(versions: AppVersions, store: AppStore) -> AppVersion {
    let text = match store {
        AppStore::Android => versions.android,
        AppStore::Ios => versions.ios,
        AppStore::GooglePlay => versions.google_play,
        AppStore::NotSure => {
            return [versions.android, versions.ios, versions.google_play]
                .iter()
                .filter_map(|v| AppVersion::parse(v))
                .max()
                .unwrap_or(AppVersion(0, 0, 0))
        }
    };
    AppVersion::parse(text).unwrap_or(AppVersion(0, 0, 0))
}

/// The rules a finding can rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rule {
    IdDocuments,
    CardNetworks,
    /// No rule is published on card kinds; the finding says so.
    CardKinds,
    SmsCode,
    AppVersion,
    MainlandWallet,
    MaxBoundCards,
    MainlandMerchants,
    IssuerMayRefuse,
    PassportVerification,
}

/// The sources of a rule under `rules`, for the UI to cite.
pub fn rule_sources(rules: &RuleSet, rule: Rule) -> &'static [Source] {
    match rule {
        Rule::IdDocuments => rules.id_documents.sources,
        Rule::CardNetworks => rules.card_networks.sources,
        Rule::CardKinds | Rule::IssuerMayRefuse => rules.issuer_may_refuse.sources,
        Rule::SmsCode => rules.sms_code_required.sources,
        Rule::AppVersion => MIN_APP_VERSIONS.sources,
        Rule::MainlandWallet => rules.mainland_wallet_required.sources,
        Rule::MaxBoundCards => rules.max_bound_cards.sources,
        Rule::MainlandMerchants => rules.mainland_merchants_only.sources,
        Rule::PassportVerification => rules.passport_extra_verification.sources,
    }
}

/// What the checker found about one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Finding {
    IdSupported(IdDocument),
    IdNotSupported,
    IdUnknown,
    NetworkSupported(CardNetwork),
    /// A network the rule set in force does not list (e.g. American Express under 2023-07).
    NetworkNotInRuleSet(CardNetwork),
    UnionPayNotInList,
    /// UnionPay issued abroad, accepted since rule set "2025-09".
    UnionPayAccepted,
    /// No source publishes whether fees and promotions apply the same to UnionPay cards.
    UnionPayFeesNotPublished,
    NetworkNotSupported,
    NetworkUnknown,
    /// Credit and debit cards are what the guide means by a bank card.
    CardKindFine,
    /// Prepaid and virtual cards: no published rule; the issuer decides.
    CardKindUnclear,
    SmsFine,
    SmsRoamingOff,
    SmsNone,
    SmsUnknown,
    AppFine,
    /// The version is older than the one the 2023 guide named for the
    /// store. A tip, never a blocker: those are 2023 figures.
    AppTooOld {
        minimum: AppVersion,
    },
    AppUnknown,
    WalletMainland,
    WalletNotOpened,
    /// HK$: switch the region to link the card, or pay Mainland merchants
    /// with WeChat Pay HK directly.
    WalletHongKong,
    WalletOtherRegion,
    WalletUnknown,
    /// Room for more cards: how many more can be bound.
    CardsRoom {
        more: u8,
    },
    CardsFull {
        max: u8,
    },
    MerchantsMainland,
    MerchantsOutsideMainland,
    MerchantsUnknown,
    InternationalEnabled,
    InternationalDisabled,
    InternationalUnknown,
    /// Passport users upload the information page and pass facial verification.
    PassportExtraSteps,
    /// Even when everything fits, the issuer may refuse to link the card.
    IssuerMayRefuse,
}

/// How a finding weighs on the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Weight {
    /// Fine as it is.
    Fine,
    /// Worth knowing; does not change the verdict.
    Note,
    /// Must be fixed (or found out) before it will work.
    Fix,
    /// Rules it out.
    Blocker,
}

/// One finding with the rule it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Reason {
    pub finding: Finding,
    pub weight: Weight,
    pub rule: Rule,
    /// The rule set the rule comes from, e.g. "2024-04".
    pub rule_set: &'static str,
    /// The guide step that fixes it or explains it, if any.
    pub guide_step: Option<StepId>,
}

/// The overall answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// Nothing stands in the way.
    Eligible,
    /// It can work after the fix steps.
    NotYet,
    /// It cannot work with this document, card or place; see the alternatives.
    NotPossible,
    /// Some questions are not answered yet; no blocker so far.
    Incomplete,
}

/// What a user gets with an international card in Weixin Pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Feature {
    /// Paying merchants in the Chinese Mainland (not all accept).
    PayMainlandMerchants,
    /// Receiving red packets and transfers into Balance.
    ReceiveRedPacketsAndTransfers,
    /// Sending red packets and transfers, and topping up: only from Balance.
    SendFromBalanceOnly,
    /// Financial products.
    FinancialProducts,
    /// Paying merchants outside the Chinese Mainland.
    PayOutsideMainland,
}

/// Whether a feature is there for this user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Availability {
    Yes,
    No,
    /// Only from Balance, never from the card.
    FromBalanceOnly,
    /// No source says either way.
    NotStated,
}

/// The verdict for a set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub outcome: Outcome,
    /// The rule set the verdict follows.
    pub rule_set: &'static str,
    /// Every finding, in the order of the questions.
    pub reasons: Vec<Reason>,
    /// What the user will and will not get.
    pub features: Vec<(Feature, Availability)>,
    /// Other ways to pay, when the card cannot work (or may not).
    pub alternatives: Vec<PaymentOption>,
    /// How many questions are still open.
    pub unanswered: usize,
}

impl Verdict {
    /// The findings that must be fixed before it will work.
    pub fn fix_steps(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| r.weight == Weight::Fix)
    }

    /// The findings that rule it out.
    pub fn blockers(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| r.weight == Weight::Blocker)
    }
}

/// Assesses `answers` under `rules`. Pure: the same answers and rules always
/// give the same verdict.
pub fn assess(answers: &Answers, rules: &RuleSet) -> Verdict {
    let mut reasons = Vec::new();
    let mut add = |finding, weight, rule, guide_step| {
        reasons.push(Reason {
            finding,
            weight,
            rule,
            rule_set: rules.id,
            guide_step,
        })
    };

    match answers.id {
        Some(IdAnswer::Supported(document)) if rules.id_documents.value.contains(&document) => {
            add(
                Finding::IdSupported(document),
                Weight::Fine,
                Rule::IdDocuments,
                None,
            );
            if document == IdDocument::Passport && rules.passport_extra_verification.value {
                add(
                    Finding::PassportExtraSteps,
                    Weight::Note,
                    Rule::PassportVerification,
                    Some(StepId::PassportMessage),
                );
            }
        }
        Some(IdAnswer::Supported(_)) | Some(IdAnswer::Other) => add(
            Finding::IdNotSupported,
            Weight::Blocker,
            Rule::IdDocuments,
            Some(StepId::PrepareId),
        ),
        Some(IdAnswer::NotSure) => add(
            Finding::IdUnknown,
            Weight::Fix,
            Rule::IdDocuments,
            Some(StepId::PrepareId),
        ),
        None => {}
    }

    match answers.network {
        Some(NetworkAnswer::Named(network)) if rules.card_networks.value.contains(&network) => add(
            Finding::NetworkSupported(network),
            Weight::Fine,
            Rule::CardNetworks,
            None,
        ),
        Some(NetworkAnswer::Named(network)) => add(
            Finding::NetworkNotInRuleSet(network),
            Weight::Blocker,
            Rule::CardNetworks,
            Some(StepId::PrepareCard),
        ),
        Some(NetworkAnswer::UnionPay) if rules.unionpay_issued_abroad.value => {
            add(
                Finding::UnionPayAccepted,
                Weight::Fine,
                Rule::CardNetworks,
                None,
            );
            add(
                Finding::UnionPayFeesNotPublished,
                Weight::Note,
                Rule::CardNetworks,
                None,
            );
        }
        Some(NetworkAnswer::UnionPay) => add(
            Finding::UnionPayNotInList,
            Weight::Blocker,
            Rule::CardNetworks,
            Some(StepId::PrepareCard),
        ),
        Some(NetworkAnswer::Maestro) | Some(NetworkAnswer::Other) => add(
            Finding::NetworkNotSupported,
            Weight::Blocker,
            Rule::CardNetworks,
            Some(StepId::PrepareCard),
        ),
        Some(NetworkAnswer::NotSure) => add(
            Finding::NetworkUnknown,
            Weight::Fix,
            Rule::CardNetworks,
            Some(StepId::PrepareCard),
        ),
        None => {}
    }

    match answers.kind {
        Some(CardKind::Credit) | Some(CardKind::Debit) => {
            add(Finding::CardKindFine, Weight::Fine, Rule::CardKinds, None)
        }
        Some(CardKind::Prepaid) | Some(CardKind::Virtual) | Some(CardKind::NotSure) => add(
            Finding::CardKindUnclear,
            Weight::Note,
            Rule::CardKinds,
            None,
        ),
        None => {}
    }

    let phone_step = Some(StepId::PreparePhone);
    match answers.sms {
        Some(SmsAnswer::Yes) => add(Finding::SmsFine, Weight::Fine, Rule::SmsCode, None),
        Some(SmsAnswer::RoamingOff) => add(
            Finding::SmsRoamingOff,
            Weight::Fix,
            Rule::SmsCode,
            phone_step,
        ),
        Some(SmsAnswer::No) => add(Finding::SmsNone, Weight::Fix, Rule::SmsCode, phone_step),
        Some(SmsAnswer::NotSure) => {
            add(Finding::SmsUnknown, Weight::Fix, Rule::SmsCode, phone_step)
        }
        None => {}
    }

    let app_step = Some(StepId::PrepareApp);
    match (answers.store, answers.version) {
        (Some(store), Some(version)) => {
            let minimum = minimum_version(MIN_APP_VERSIONS.value, store);
            if version >= minimum {
                add(Finding::AppFine, Weight::Fine, Rule::AppVersion, None);
            } else {
                add(
                    Finding::AppTooOld { minimum },
                    Weight::Note,
                    Rule::AppVersion,
                    app_step,
                );
            }
        }
        // The version is optional: without it there is only a tip.
        (Some(_), None) => add(
            Finding::AppUnknown,
            Weight::Note,
            Rule::AppVersion,
            app_step,
        ),
        (None, _) => {}
    }

    match answers.wallet {
        Some(WalletSign::Yuan) => add(
            Finding::WalletMainland,
            Weight::Fine,
            Rule::MainlandWallet,
            None,
        ),
        Some(WalletSign::NoWallet) => add(
            Finding::WalletNotOpened,
            Weight::Note,
            Rule::MainlandWallet,
            Some(StepId::OpenWallet),
        ),
        Some(WalletSign::HongKongDollar) => add(
            Finding::WalletHongKong,
            Weight::Fix,
            Rule::MainlandWallet,
            Some(StepId::WalletRegion),
        ),
        Some(WalletSign::Ringgit) | Some(WalletSign::Other) => add(
            Finding::WalletOtherRegion,
            Weight::Fix,
            Rule::MainlandWallet,
            Some(StepId::WalletRegion),
        ),
        Some(WalletSign::NotSure) => add(
            Finding::WalletUnknown,
            Weight::Fix,
            Rule::MainlandWallet,
            Some(StepId::OpenWallet),
        ),
        None => {}
    }

    if let Some(cards) = answers.cards {
        let max = rules.max_bound_cards.value;
        if cards.count() >= max {
            add(
                Finding::CardsFull { max },
                Weight::Fix,
                Rule::MaxBoundCards,
                None,
            );
        } else {
            let more = max - cards.count();
            add(
                Finding::CardsRoom { more },
                Weight::Fine,
                Rule::MaxBoundCards,
                None,
            );
        }
    }

    match answers.place {
        Some(PayPlace::MainlandShops) | Some(PayPlace::Online) => add(
            Finding::MerchantsMainland,
            Weight::Fine,
            Rule::MainlandMerchants,
            None,
        ),
        Some(PayPlace::OutsideMainland) if rules.mainland_merchants_only.value => add(
            Finding::MerchantsOutsideMainland,
            Weight::Blocker,
            Rule::MainlandMerchants,
            None,
        ),
        Some(PayPlace::OutsideMainland) => add(
            Finding::MerchantsMainland,
            Weight::Fine,
            Rule::MainlandMerchants,
            None,
        ),
        Some(PayPlace::NotSure) => add(
            Finding::MerchantsUnknown,
            Weight::Note,
            Rule::MainlandMerchants,
            Some(StepId::PayByScanning),
        ),
        None => {}
    }

    let card_step = Some(StepId::PrepareCard);
    match answers.international {
        Some(InternationalUse::Enabled) => add(
            Finding::InternationalEnabled,
            Weight::Fine,
            Rule::IssuerMayRefuse,
            None,
        ),
        Some(InternationalUse::Disabled) => add(
            Finding::InternationalDisabled,
            Weight::Fix,
            Rule::IssuerMayRefuse,
            card_step,
        ),
        Some(InternationalUse::NotSure) => add(
            Finding::InternationalUnknown,
            Weight::Fix,
            Rule::IssuerMayRefuse,
            card_step,
        ),
        None => {}
    }

    let unanswered = [
        answers.id.is_none(),
        answers.network.is_none(),
        answers.kind.is_none(),
        answers.sms.is_none(),
        answers.store.is_none(),
        answers.wallet.is_none(),
        answers.cards.is_none(),
        answers.place.is_none(),
        answers.international.is_none(),
    ]
    .iter()
    .filter(|open| **open)
    .count();

    let has = |weight| {
        reasons
            .iter()
            .any(|reason: &Reason| reason.weight == weight)
    };
    let outcome = if has(Weight::Blocker) {
        Outcome::NotPossible
    } else if unanswered > 0 {
        Outcome::Incomplete
    } else if has(Weight::Fix) {
        Outcome::NotYet
    } else {
        Outcome::Eligible
    };
    if rules.issuer_may_refuse.value && outcome != Outcome::NotPossible && unanswered == 0 {
        reasons.push(Reason {
            finding: Finding::IssuerMayRefuse,
            weight: Weight::Note,
            rule: Rule::IssuerMayRefuse,
            rule_set: rules.id,
            guide_step: None,
        });
    }

    let passport = answers.id == Some(IdAnswer::Supported(IdDocument::Passport));
    // The guide says only that users with other documents can receive; it
    // says nothing about passport users, so neither does the app.
    let other_supported_document = matches!(
        answers.id,
        Some(IdAnswer::Supported(document)) if document != IdDocument::Passport
    );
    let receive = if passport || !other_supported_document {
        // A passport, or a document not known yet: no source says.
        Availability::NotStated
    } else if rules.non_passport_users_receive_transfers.value {
        Availability::Yes
    } else {
        Availability::No
    };
    let send = if rules.card_funds_transfers.value {
        Availability::Yes
    } else {
        match receive {
            Availability::Yes => Availability::FromBalanceOnly,
            // Balance is filled only by receiving: it stands or falls with that.
            other => other,
        }
    };
    let features = vec![
        (Feature::PayMainlandMerchants, Availability::Yes),
        (Feature::ReceiveRedPacketsAndTransfers, receive),
        (Feature::SendFromBalanceOnly, send),
        (Feature::FinancialProducts, Availability::No),
        (
            Feature::PayOutsideMainland,
            if rules.mainland_merchants_only.value {
                Availability::No
            } else {
                Availability::Yes
            },
        ),
    ];

    let hong_kong_wallet = answers.wallet == Some(WalletSign::HongKongDollar);
    let alternatives = match outcome {
        Outcome::NotPossible => vec![
            PaymentOption::OwnWallet,
            PaymentOption::TourCard,
            PaymentOption::ChineseBankAccount,
            PaymentOption::Metro,
            PaymentOption::Cash,
        ],
        _ if hong_kong_wallet => vec![PaymentOption::WeChatPayHk, PaymentOption::Cash],
        _ => vec![PaymentOption::Cash],
    };

    Verdict {
        outcome,
        rule_set: rules.id,
        reasons,
        features,
        alternatives,
        unanswered,
    }
}

/// Short codes for answers in a shareable link, one table per question.
/// The codes are part of links people have shared: never change one.
pub mod codes {
    use super::*;

    pub const ID: &[(IdAnswer, &str)] = &[
        (IdAnswer::Supported(IdDocument::Passport), "passport"),
        (
            IdAnswer::Supported(IdDocument::HkMacaoTravelPermit),
            "hk-macao-permit",
        ),
        (
            IdAnswer::Supported(IdDocument::TaiwanTravelPermit),
            "taiwan-permit",
        ),
        (
            IdAnswer::Supported(IdDocument::HkMacaoResidencePermit),
            "hk-macao-residence",
        ),
        (
            IdAnswer::Supported(IdDocument::TaiwanResidencePermit),
            "taiwan-residence",
        ),
        (
            IdAnswer::Supported(IdDocument::ForeignPermanentResidentCard),
            "permanent-resident",
        ),
        (IdAnswer::Other, "other"),
        (IdAnswer::NotSure, "not-sure"),
    ];
    pub const NETWORK: &[(NetworkAnswer, &str)] = &[
        (NetworkAnswer::Named(CardNetwork::Visa), "visa"),
        (NetworkAnswer::Named(CardNetwork::Mastercard), "mastercard"),
        (
            NetworkAnswer::Named(CardNetwork::DinersClubInternational),
            "diners",
        ),
        (NetworkAnswer::Named(CardNetwork::Discover), "discover"),
        (NetworkAnswer::Named(CardNetwork::Jcb), "jcb"),
        (NetworkAnswer::Named(CardNetwork::AmericanExpress), "amex"),
        (NetworkAnswer::UnionPay, "unionpay"),
        (NetworkAnswer::Maestro, "maestro"),
        (NetworkAnswer::Other, "other"),
        (NetworkAnswer::NotSure, "not-sure"),
    ];
    pub const KIND: &[(CardKind, &str)] = &[
        (CardKind::Credit, "credit"),
        (CardKind::Debit, "debit"),
        (CardKind::Prepaid, "prepaid"),
        (CardKind::Virtual, "virtual"),
        (CardKind::NotSure, "not-sure"),
    ];
    pub const SMS: &[(SmsAnswer, &str)] = &[
        (SmsAnswer::Yes, "yes"),
        (SmsAnswer::RoamingOff, "roaming-off"),
        (SmsAnswer::No, "no"),
        (SmsAnswer::NotSure, "not-sure"),
    ];
    pub const STORE: &[(AppStore, &str)] = &[
        (AppStore::Android, "android"),
        (AppStore::Ios, "ios"),
        (AppStore::GooglePlay, "google-play"),
        (AppStore::NotSure, "not-sure"),
    ];
    pub const WALLET: &[(WalletSign, &str)] = &[
        (WalletSign::Yuan, "yuan"),
        (WalletSign::HongKongDollar, "hkd"),
        (WalletSign::Ringgit, "myr"),
        (WalletSign::Other, "other"),
        (WalletSign::NoWallet, "none"),
        (WalletSign::NotSure, "not-sure"),
    ];
    pub const CARDS: &[(BoundCards, &str)] = &[
        (BoundCards::None, "0"),
        (BoundCards::One, "1"),
        (BoundCards::Two, "2"),
        (BoundCards::ThreeOrMore, "3"),
    ];
    pub const PLACE: &[(PayPlace, &str)] = &[
        (PayPlace::MainlandShops, "mainland"),
        (PayPlace::Online, "online"),
        (PayPlace::OutsideMainland, "outside"),
        (PayPlace::NotSure, "not-sure"),
    ];
    pub const INTERNATIONAL: &[(InternationalUse, &str)] = &[
        (InternationalUse::Enabled, "yes"),
        (InternationalUse::Disabled, "no"),
        (InternationalUse::NotSure, "not-sure"),
    ];

    /// The code of an answer.
    pub fn code_of<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
        table
            .iter()
            .find(|(entry, _)| *entry == value)
            .map_or("", |(_, code)| code)
    }

    /// The answer of a code; `None` for codes the app does not know.
    pub fn value_of<T: Copy>(table: &[(T, &str)], code: &str) -> Option<T> {
        table
            .iter()
            .find(|(_, entry)| *entry == code)
            .map(|(value, _)| *value)
    }
}

impl Answers {
    /// The answers as a query string, e.g. `id=passport&net=visa`, for a
    /// link that restores them. Unanswered questions are left out.
    pub fn to_query(&self) -> String {
        use codes::*;
        let version = self.version.map(|v| v.to_string());
        let pairs = [
            ("id", self.id.map(|v| code_of(ID, v))),
            ("net", self.network.map(|v| code_of(NETWORK, v))),
            ("kind", self.kind.map(|v| code_of(KIND, v))),
            ("sms", self.sms.map(|v| code_of(SMS, v))),
            ("store", self.store.map(|v| code_of(STORE, v))),
            ("ver", version.as_deref()),
            ("wallet", self.wallet.map(|v| code_of(WALLET, v))),
            ("cards", self.cards.map(|v| code_of(CARDS, v))),
            ("where", self.place.map(|v| code_of(PLACE, v))),
            (
                "intl",
                self.international.map(|v| code_of(INTERNATIONAL, v)),
            ),
        ];
        let parts: Vec<String> = pairs
            .iter()
            .filter_map(|(key, code)| code.map(|code| format!("{key}={code}")))
            .collect();
        parts.join("&")
    }

    /// Reads answers from a query string. Unknown keys and values are
    /// ignored, so an old or mangled link still restores what it can.
    pub fn from_query(query: &str) -> Answers {
        use codes::*;
        let mut answers = Answers::default();
        for pair in query.trim_start_matches('?').split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            match key {
                "id" => answers.id = value_of(ID, value),
                "net" => answers.network = value_of(NETWORK, value),
                "kind" => answers.kind = value_of(KIND, value),
                "sms" => answers.sms = value_of(SMS, value),
                "store" => answers.store = value_of(STORE, value),
                "ver" => answers.version = AppVersion::parse(value),
                "wallet" => answers.wallet = value_of(WALLET, value),
                "cards" => answers.cards = value_of(CARDS, value),
                "where" => answers.place = value_of(PLACE, value),
                "intl" => answers.international = value_of(INTERNATIONAL, value),
                _ => {}
            }
        }
        answers
    }
}
