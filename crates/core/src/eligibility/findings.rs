//! What the checker can find, how each finding weighs, and the verdict.

use super::answers::AppVersion;
use crate::guide::{PaymentOption, StepId};
use crate::rules::{CardNetwork, IdDocument, RuleSet, Source, SourceId, MIN_APP_VERSIONS};
use serde::{Deserialize, Serialize};

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

/// The sources that back one reason: its rule's, less UnionPay's
/// announcement of its own cards where the reason is about another card.
pub fn reason_sources<'a>(
    rules: &RuleSet,
    reason: &'a Reason,
) -> impl Iterator<Item = &'static Source> + 'a {
    let about_unionpay = matches!(
        reason.finding,
        Finding::UnionPayNotInList | Finding::UnionPayAccepted | Finding::UnionPayFeesNotPublished
    );
    rule_sources(rules, reason.rule)
        .iter()
        .filter(move |source| about_unionpay || source.id != SourceId::UnionPayLaunch2024)
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
    /// "8.0" without its last number, where the store's minimum differs
    /// only there (8.0.40): the version cannot be told old or new.
    AppVersionShort {
        minimum: AppVersion,
    },
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

impl Finding {
    /// One finding of each kind (a kind that carries a value, with an
    /// example value), for what walks every text of the checker: the texts'
    /// tests and the catalogue the end-to-end tests read.
    /// `crates/core/tests/eligibility.rs` checks that no kind is missing.
    pub const EVERY_KIND: [Finding; 35] = [
        Finding::IdSupported(IdDocument::Passport),
        Finding::IdNotSupported,
        Finding::IdUnknown,
        Finding::NetworkSupported(CardNetwork::Visa),
        Finding::NetworkNotInRuleSet(CardNetwork::AmericanExpress),
        Finding::UnionPayNotInList,
        Finding::UnionPayAccepted,
        Finding::UnionPayFeesNotPublished,
        Finding::NetworkNotSupported,
        Finding::NetworkUnknown,
        Finding::CardKindFine,
        Finding::CardKindUnclear,
        Finding::SmsFine,
        Finding::SmsRoamingOff,
        Finding::SmsNone,
        Finding::SmsUnknown,
        Finding::AppFine,
        Finding::AppTooOld {
            minimum: AppVersion(8, 0, 40),
        },
        Finding::AppUnknown,
        Finding::WalletMainland,
        Finding::WalletNotOpened,
        Finding::WalletHongKong,
        Finding::WalletOtherRegion,
        Finding::WalletUnknown,
        Finding::CardsRoom { more: 2 },
        Finding::CardsFull { max: 3 },
        Finding::MerchantsMainland,
        Finding::MerchantsOutsideMainland,
        Finding::MerchantsUnknown,
        Finding::InternationalEnabled,
        Finding::InternationalDisabled,
        Finding::InternationalUnknown,
        Finding::PassportExtraSteps,
        Finding::IssuerMayRefuse,
        Finding::AppVersionShort {
            minimum: AppVersion(8, 0, 40),
        },
    ];
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

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 4] = [
        Outcome::Eligible,
        Outcome::NotYet,
        Outcome::NotPossible,
        Outcome::Incomplete,
    ];
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

    /// What is said right under "Yes", which alone read as a promise: for
    /// a prepaid or virtual card that no rule covers, so; otherwise that
    /// the bank may still refuse. `None` unless the card can be added.
    pub fn caveat(&self) -> Option<Finding> {
        if self.outcome != Outcome::Eligible {
            return None;
        }
        let kind_unclear = self
            .reasons
            .iter()
            .any(|reason| reason.finding == Finding::CardKindUnclear);
        Some(if kind_unclear {
            Finding::CardKindUnclear
        } else {
            Finding::IssuerMayRefuse
        })
    }
}
