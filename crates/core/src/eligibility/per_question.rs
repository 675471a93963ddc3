//! What each answer of the checker finds, under one rule set: one
//! function per question, in the order they are asked.

use super::answers::*;
use super::findings::*;
use crate::guide::StepId;
use crate::rules::{IdDocument, RuleSet, MIN_APP_VERSIONS};

/// The reasons found so far, each under the rule set assessed.
pub(super) struct Found<'r> {
    pub rules: &'r RuleSet,
    pub reasons: Vec<Reason>,
}

impl Found<'_> {
    fn add(&mut self, finding: Finding, weight: Weight, rule: Rule, guide_step: Option<StepId>) {
        self.reasons.push(Reason {
            finding,
            weight,
            rule,
            rule_set: self.rules.id,
            guide_step,
        });
    }
}

/// The identity document.
pub(super) fn identity(answers: &Answers, found: &mut Found) {
    match answers.id {
        Some(IdAnswer::Supported(document))
            if found.rules.id_documents.value.contains(&document) =>
        {
            found.add(
                Finding::IdSupported(document),
                Weight::Fine,
                Rule::IdDocuments,
                None,
            );
            if document == IdDocument::Passport && found.rules.passport_extra_verification.value {
                found.add(
                    Finding::PassportExtraSteps,
                    Weight::Note,
                    Rule::PassportVerification,
                    Some(StepId::PassportMessage),
                );
            }
        }
        Some(IdAnswer::Supported(_)) => found.add(
            Finding::IdNotSupported,
            Weight::Blocker,
            Rule::IdDocuments,
            Some(StepId::PrepareId),
        ),
        // Another document (a residence permit, a national ID card): a
        // foreigner in China holds a passport too, so registering with it
        // is a step to take, not the end of the road.
        Some(IdAnswer::Other) => found.add(
            Finding::IdNotSupported,
            Weight::Fix,
            Rule::IdDocuments,
            Some(StepId::PrepareId),
        ),
        Some(IdAnswer::NotSure) => found.add(
            Finding::IdUnknown,
            Weight::Fix,
            Rule::IdDocuments,
            Some(StepId::PrepareId),
        ),
        None => {}
    }
}

/// The card's network.
pub(super) fn network(answers: &Answers, found: &mut Found) {
    match answers.network {
        Some(NetworkAnswer::Named(network))
            if found.rules.card_networks.value.contains(&network) =>
        {
            found.add(
                Finding::NetworkSupported(network),
                Weight::Fine,
                Rule::CardNetworks,
                None,
            )
        }
        Some(NetworkAnswer::Named(network)) => found.add(
            Finding::NetworkNotInRuleSet(network),
            Weight::Blocker,
            Rule::CardNetworks,
            Some(StepId::PrepareCard),
        ),
        Some(NetworkAnswer::UnionPay) if found.rules.unionpay_issued_abroad.value => {
            found.add(
                Finding::UnionPayAccepted,
                Weight::Fine,
                Rule::CardNetworks,
                None,
            );
            found.add(
                Finding::UnionPayFeesNotPublished,
                Weight::Note,
                Rule::CardNetworks,
                None,
            );
        }
        Some(NetworkAnswer::UnionPay) => found.add(
            Finding::UnionPayNotInList,
            Weight::Blocker,
            Rule::CardNetworks,
            Some(StepId::PrepareCard),
        ),
        Some(NetworkAnswer::Maestro) | Some(NetworkAnswer::Other) => found.add(
            Finding::NetworkNotSupported,
            Weight::Blocker,
            Rule::CardNetworks,
            Some(StepId::PrepareCard),
        ),
        Some(NetworkAnswer::NotSure) => found.add(
            Finding::NetworkUnknown,
            Weight::Fix,
            Rule::CardNetworks,
            Some(StepId::PrepareCard),
        ),
        None => {}
    }
}

/// Credit, debit, prepaid or virtual.
pub(super) fn card_kind(answers: &Answers, found: &mut Found) {
    match answers.kind {
        Some(CardKind::Credit) | Some(CardKind::Debit) => {
            found.add(Finding::CardKindFine, Weight::Fine, Rule::CardKinds, None)
        }
        Some(CardKind::Prepaid) | Some(CardKind::Virtual) | Some(CardKind::NotSure) => found.add(
            Finding::CardKindUnclear,
            Weight::Note,
            Rule::CardKinds,
            None,
        ),
        None => {}
    }
}

/// The SMS code to a phone number.
pub(super) fn sms(answers: &Answers, found: &mut Found) {
    let phone_step = Some(StepId::PreparePhone);
    match answers.sms {
        Some(SmsAnswer::Yes) => found.add(Finding::SmsFine, Weight::Fine, Rule::SmsCode, None),
        Some(SmsAnswer::RoamingOff) => found.add(
            Finding::SmsRoamingOff,
            Weight::Fix,
            Rule::SmsCode,
            phone_step,
        ),
        Some(SmsAnswer::No) => found.add(Finding::SmsNone, Weight::Fix, Rule::SmsCode, phone_step),
        Some(SmsAnswer::NotSure) => {
            found.add(Finding::SmsUnknown, Weight::Fix, Rule::SmsCode, phone_step)
        }
        None => {}
    }
}

/// The app store and the app's version.
pub(super) fn app(answers: &Answers, found: &mut Found) {
    let app_step = Some(StepId::PrepareApp);
    match (answers.store, answers.version) {
        (Some(store), Some(version)) => {
            let minimum = minimum_version(MIN_APP_VERSIONS.value, store);
            // "8.0" is no older than 8.0.40: only its missing last number
            // could say (WeChat has numbered every release 8.0.x since 2020).
            let short =
                version.2 == 0 && minimum.2 > 0 && (version.0, version.1) == (minimum.0, minimum.1);
            if short {
                found.add(
                    Finding::AppVersionShort { minimum },
                    Weight::Note,
                    Rule::AppVersion,
                    app_step,
                );
            } else if version >= minimum {
                found.add(Finding::AppFine, Weight::Fine, Rule::AppVersion, None);
            } else {
                // "Update WeChat first": a step before the card can be
                // added, so the verdict is "not yet", never a plain yes.
                found.add(
                    Finding::AppTooOld { minimum },
                    Weight::Fix,
                    Rule::AppVersion,
                    app_step,
                );
            }
        }
        // The version is optional: without it there is only a tip.
        (Some(_), None) => found.add(
            Finding::AppUnknown,
            Weight::Note,
            Rule::AppVersion,
            app_step,
        ),
        (None, _) => {}
    }
}

/// The wallet's currency sign.
pub(super) fn wallet(answers: &Answers, found: &mut Found) {
    match answers.wallet {
        Some(WalletSign::Yuan) => found.add(
            Finding::WalletMainland,
            Weight::Fine,
            Rule::MainlandWallet,
            None,
        ),
        Some(WalletSign::NoWallet) => found.add(
            Finding::WalletNotOpened,
            Weight::Note,
            Rule::MainlandWallet,
            Some(StepId::OpenWallet),
        ),
        Some(WalletSign::HongKongDollar) => found.add(
            Finding::WalletHongKong,
            Weight::Fix,
            Rule::MainlandWallet,
            Some(StepId::WalletRegion),
        ),
        Some(WalletSign::Ringgit) | Some(WalletSign::Other) => found.add(
            Finding::WalletOtherRegion,
            Weight::Fix,
            Rule::MainlandWallet,
            Some(StepId::WalletRegion),
        ),
        Some(WalletSign::NotSure) => found.add(
            Finding::WalletUnknown,
            Weight::Fix,
            Rule::MainlandWallet,
            Some(StepId::OpenWallet),
        ),
        None => {}
    }
}

/// How many cards are bound already.
pub(super) fn bound_cards(answers: &Answers, found: &mut Found) {
    if let Some(cards) = answers.cards {
        let max = found.rules.max_bound_cards.value;
        if cards.count() >= max {
            found.add(
                Finding::CardsFull { max },
                Weight::Fix,
                Rule::MaxBoundCards,
                None,
            );
        } else {
            let more = max - cards.count();
            found.add(
                Finding::CardsRoom { more },
                Weight::Fine,
                Rule::MaxBoundCards,
                None,
            );
        }
    }
}

/// Where the user will pay.
pub(super) fn place(answers: &Answers, found: &mut Found) {
    match answers.place {
        Some(PayPlace::MainlandShops) | Some(PayPlace::Online) => found.add(
            Finding::MerchantsMainland,
            Weight::Fine,
            Rule::MainlandMerchants,
            None,
        ),
        Some(PayPlace::OutsideMainland) if found.rules.mainland_merchants_only.value => found.add(
            Finding::MerchantsOutsideMainland,
            Weight::Blocker,
            Rule::MainlandMerchants,
            None,
        ),
        Some(PayPlace::OutsideMainland) => found.add(
            Finding::MerchantsMainland,
            Weight::Fine,
            Rule::MainlandMerchants,
            None,
        ),
        Some(PayPlace::NotSure) => found.add(
            Finding::MerchantsUnknown,
            Weight::Note,
            Rule::MainlandMerchants,
            Some(StepId::PayByScanning),
        ),
        None => {}
    }
}

/// Whether the card works abroad.
pub(super) fn international(answers: &Answers, found: &mut Found) {
    let card_step = Some(StepId::PrepareCard);
    match answers.international {
        Some(InternationalUse::Enabled) => found.add(
            Finding::InternationalEnabled,
            Weight::Fine,
            Rule::IssuerMayRefuse,
            None,
        ),
        Some(InternationalUse::Disabled) => found.add(
            Finding::InternationalDisabled,
            Weight::Fix,
            Rule::IssuerMayRefuse,
            card_step,
        ),
        Some(InternationalUse::NotSure) => found.add(
            Finding::InternationalUnknown,
            Weight::Fix,
            Rule::IssuerMayRefuse,
            card_step,
        ),
        None => {}
    }
}
