//! Answers to a verdict, under one rule set.

use super::answers::*;
use super::findings::*;
use crate::guide::{PaymentOption, StepId};
use crate::rules::{IdDocument, RuleSet, MIN_APP_VERSIONS};

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

    let unanswered = answers.open_questions();

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
