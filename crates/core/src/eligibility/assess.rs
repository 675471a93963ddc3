//! Answers to a verdict, under one rule set.

use super::answers::*;
use super::findings::*;
use super::per_question::*;
use crate::guide::PaymentOption;
use crate::rules::{IdDocument, RuleSet};

/// Assesses `answers` under `rules`. Pure: the same answers and rules always
/// give the same verdict.
pub fn assess(answers: &Answers, rules: &RuleSet) -> Verdict {
    let mut found = Found {
        rules,
        reasons: Vec::new(),
    };
    identity(answers, &mut found);
    network(answers, &mut found);
    card_kind(answers, &mut found);
    sms(answers, &mut found);
    app(answers, &mut found);
    wallet(answers, &mut found);
    bound_cards(answers, &mut found);
    place(answers, &mut found);
    international(answers, &mut found);
    let mut reasons = found.reasons;

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

    let features = features(answers, rules);
    let alternatives = alternatives(answers, outcome);

    Verdict {
        outcome,
        rule_set: rules.id,
        reasons,
        features,
        alternatives,
        unanswered,
    }
}

/// What the user can do with Weixin Pay once the card is linked.
fn features(answers: &Answers, rules: &RuleSet) -> Vec<(Feature, Availability)> {
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
            // The card never funds sending (the 2023 guide, Q4), whoever
            // the user is; whether Balance can be filled is the receiving
            // line's question, shown beside this one.
            Availability::Yes | Availability::NotStated => Availability::FromBalanceOnly,
            // Balance is filled only by receiving: without it, nothing to send.
            other => other,
        }
    };
    vec![
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
    ]
}

/// Other ways to pay, offered with the verdict.
fn alternatives(answers: &Answers, outcome: Outcome) -> Vec<PaymentOption> {
    let hong_kong_wallet = answers.wallet == Some(WalletSign::HongKongDollar);
    match outcome {
        Outcome::NotPossible => vec![
            PaymentOption::OwnWallet,
            PaymentOption::TourCard,
            PaymentOption::ChineseBankAccount,
            PaymentOption::Metro,
            PaymentOption::Cash,
        ],
        _ if hong_kong_wallet => vec![PaymentOption::WeChatPayHk, PaymentOption::Cash],
        _ => vec![PaymentOption::Cash],
    }
}
