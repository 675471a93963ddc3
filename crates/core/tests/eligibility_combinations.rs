//! The eligibility checker over every combination of answers: its
//! invariants under each rule set, and every combination through a
//! shared link.

use waika_core::eligibility::{
    assess, codes, reason_sources, Answers, AppVersion, Availability, BoundCards, CardKind,
    Feature, Finding, IdAnswer, NetworkAnswer, Outcome, Verdict, Weight,
};
use waika_core::guide::{step_index, PaymentOption};
use waika_core::rules::{
    IdDocument, RuleSet, SourceId, RULES_2023_07, RULES_2024_04, RULES_2024_11,
};

fn all<T: Copy>(table: &[(T, &str)]) -> Vec<T> {
    table.iter().map(|(value, _)| *value).collect()
}

/// Calls `check` with every combination of answered questions.
fn for_every_combination(mut check: impl FnMut(&Answers)) {
    let versions = [None, Some(AppVersion(8, 0, 30)), Some(AppVersion(8, 0, 60))];
    for id in all(codes::ID) {
        for network in all(codes::NETWORK) {
            for kind in all(codes::KIND) {
                for sms in all(codes::SMS) {
                    for store in all(codes::STORE) {
                        for version in versions {
                            for wallet in all(codes::WALLET) {
                                for cards in all(codes::CARDS) {
                                    for place in all(codes::PLACE) {
                                        for international in all(codes::INTERNATIONAL) {
                                            check(&Answers {
                                                id: Some(id),
                                                network: Some(network),
                                                kind: Some(kind),
                                                sms: Some(sms),
                                                store: Some(store),
                                                version,
                                                wallet: Some(wallet),
                                                cards: Some(cards),
                                                place: Some(place),
                                                international: Some(international),
                                            });
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn check_invariants(answers: &Answers, rules: &RuleSet, verdict: &Verdict) {
    let context = || format!("{} {}", rules.id, answers.to_query());
    assert_eq!(verdict.unanswered, 0, "{}", context());
    assert_ne!(verdict.outcome, Outcome::Incomplete, "{}", context());
    // Another document is a step (register with the passport), not a
    // dead end.
    if answers.id == Some(IdAnswer::Other) {
        assert_ne!(verdict.outcome, Outcome::Eligible, "{}", context());
        assert!(
            verdict
                .fix_steps()
                .any(|reason| reason.finding == Finding::IdNotSupported),
            "another document asks to register with the passport, {}",
            context()
        );
    }
    let unsupported_network = match answers.network {
        Some(NetworkAnswer::Named(network)) => !rules.card_networks.value.contains(&network),
        Some(NetworkAnswer::UnionPay) => !rules.unionpay_issued_abroad.value,
        Some(NetworkAnswer::Maestro | NetworkAnswer::Other) => true,
        _ => false,
    };
    if unsupported_network {
        assert_eq!(verdict.outcome, Outcome::NotPossible, "{}", context());
    }
    if answers.cards == Some(BoundCards::ThreeOrMore) {
        assert_ne!(verdict.outcome, Outcome::Eligible, "{}", context());
    }
    let passport = answers.id == Some(IdAnswer::Supported(IdDocument::Passport));
    let extra_step = verdict
        .reasons
        .iter()
        .any(|r| r.finding == Finding::PassportExtraSteps && r.guide_step.is_some());
    assert_eq!(passport, extra_step, "passport extra steps, {}", context());
    if passport {
        assert!(
            verdict.features.contains(&(
                Feature::ReceiveRedPacketsAndTransfers,
                Availability::NotStated
            )),
            "no source says whether passport users can receive, {}",
            context()
        );
    }
    match verdict.outcome {
        Outcome::NotYet => assert!(verdict.fix_steps().next().is_some(), "{}", context()),
        Outcome::NotPossible => {
            assert!(verdict.blockers().next().is_some(), "{}", context());
            assert!(
                [
                    PaymentOption::OwnWallet,
                    PaymentOption::TourCard,
                    PaymentOption::ChineseBankAccount
                ]
                .iter()
                .all(|option| verdict.alternatives.contains(option)),
                "{}",
                context()
            );
        }
        Outcome::Eligible => {
            assert!(verdict.fix_steps().next().is_none(), "{}", context());
            assert!(verdict.blockers().next().is_none(), "{}", context());
        }
        Outcome::Incomplete => unreachable!(),
    }
    for reason in &verdict.reasons {
        assert_eq!(reason.rule_set, rules.id, "{}", context());
        assert!(
            reason_sources(rules, reason).next().is_some(),
            "{:?} has no source, {}",
            reason.rule,
            context()
        );
        // UnionPay's announcement backs a UnionPay reason, never a Visa one.
        let cites_unionpay =
            reason_sources(rules, reason).any(|s| s.id == SourceId::UnionPayLaunch2024);
        match reason.finding {
            Finding::NetworkSupported(network) => {
                assert!(
                    !cites_unionpay,
                    "{network:?} cites UnionPay's news, {}",
                    context()
                )
            }
            Finding::UnionPayAccepted => assert!(cites_unionpay, "{}", context()),
            _ => {}
        }
        if reason.weight == Weight::Fix {
            // A fix names a guide step, or is a matter of answering (cards full: unlink one).
            assert!(
                reason.guide_step.is_some() || matches!(reason.finding, Finding::CardsFull { .. }),
                "{:?} has no step, {}",
                reason.finding,
                context()
            );
        }
        if let Some(step) = reason.guide_step {
            assert!(step_index(step).is_some(), "{step:?}");
        }
    }
    assert!(
        verdict
            .features
            .contains(&(Feature::FinancialProducts, Availability::No)),
        "{}",
        context()
    );
    assert!(
        verdict
            .features
            .contains(&(Feature::PayOutsideMainland, Availability::No)),
        "{}",
        context()
    );
}

#[test]
fn every_combination_under_2023_07_keeps_the_invariants() {
    let mut count = 0;
    for_every_combination(|answers| {
        check_invariants(answers, &RULES_2023_07, &assess(answers, &RULES_2023_07));
        count += 1;
    });
    assert!(count > 1_000_000, "{count} combinations");
}

#[test]
fn every_combination_under_2024_04_keeps_the_invariants() {
    for_every_combination(|answers| {
        check_invariants(answers, &RULES_2024_04, &assess(answers, &RULES_2024_04));
    });
}

#[test]
fn every_combination_under_2025_09_keeps_the_invariants() {
    for_every_combination(|answers| {
        check_invariants(answers, &RULES_2024_11, &assess(answers, &RULES_2024_11));
    });
}

#[test]
fn every_combination_survives_a_shared_link() {
    let mut n = 0u32;
    for_every_combination(|answers| {
        n += 1;
        // A spread-out sample: formatting every combination takes too long in a test.
        if n.is_multiple_of(97) {
            let query = answers.to_query();
            assert_eq!(Answers::from_query(&query), *answers, "{query}");
            assert!(
                query
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "=&-.".contains(c)),
                "{query}"
            );
        }
    });
}

/// Found when a student's virtual card got a plain "Yes" above "no rule is
/// published for prepaid or virtual cards": in every combination, a caveat
/// stands exactly under "Yes", naming the card kind whenever no rule covers
/// it, and the bank's refusal otherwise.
#[test]
fn the_caveat_under_yes_fits_every_combination() {
    for_every_combination(|answers| {
        let verdict = assess(answers, &RULES_2024_11);
        let kind_unclear = matches!(
            answers.kind,
            Some(CardKind::Prepaid | CardKind::Virtual | CardKind::NotSure)
        );
        let expected = (verdict.outcome == Outcome::Eligible).then_some(if kind_unclear {
            Finding::CardKindUnclear
        } else {
            Finding::IssuerMayRefuse
        });
        assert_eq!(verdict.caveat(), expected, "{answers:?}");
    });
}
