//! The eligibility checker for representative users, partial answers,
//! app versions per store, and answers restored from a mangled link.

use waika_core::eligibility::{
    assess, Answers, AppStore, AppVersion, Availability, BoundCards, CardKind, Feature, Finding,
    IdAnswer, InternationalUse, NetworkAnswer, Outcome, PayPlace, SmsAnswer, Verdict, WalletSign,
    Weight,
};
use waika_core::guide::{PaymentOption, StepId};
use waika_core::rules::{
    CardNetwork, IdDocument, RuleSet, RULES_2023_07, RULES_2024_04, RULES_2024_11,
};

fn everything_fine() -> Answers {
    Answers {
        id: Some(IdAnswer::Supported(IdDocument::Passport)),
        network: Some(NetworkAnswer::Named(CardNetwork::Visa)),
        kind: Some(CardKind::Debit),
        sms: Some(SmsAnswer::Yes),
        store: Some(AppStore::Ios),
        version: AppVersion::parse("8.0.54"),
        wallet: Some(WalletSign::NoWallet),
        cards: Some(BoundCards::None),
        place: Some(PayPlace::MainlandShops),
        international: Some(InternationalUse::Enabled),
    }
}

fn findings(verdict: &Verdict, weight: Weight) -> Vec<Finding> {
    verdict
        .reasons
        .iter()
        .filter(|r| r.weight == weight)
        .map(|r| r.finding)
        .collect()
}

// Long: each user is written out whole, answer by answer, beside the verdict.
#[test]
fn representative_users_get_the_verdict_a_careful_reader_would() {
    let student = everything_fine();
    let hong_kong = Answers {
        id: Some(IdAnswer::Supported(IdDocument::HkMacaoTravelPermit)),
        network: Some(NetworkAnswer::Named(CardNetwork::Mastercard)),
        kind: Some(CardKind::Credit),
        store: Some(AppStore::GooglePlay),
        version: AppVersion::parse("8.0.49"),
        wallet: Some(WalletSign::HongKongDollar),
        cards: Some(BoundCards::One),
        ..everything_fine()
    };
    let us_tourist = Answers {
        network: Some(NetworkAnswer::Named(CardNetwork::AmericanExpress)),
        kind: Some(CardKind::Credit),
        wallet: Some(WalletSign::Yuan),
        ..everything_fine()
    };
    let union_pay = Answers {
        network: Some(NetworkAnswer::UnionPay),
        ..everything_fine()
    };
    // (who, answers, rules, outcome, a finding that must be among the reasons)
    let rows: &[(&str, &Answers, &RuleSet, Outcome, Finding)] = &[
        (
            "Norwegian student, passport, DNB Visa",
            &student,
            &RULES_2024_04,
            Outcome::Eligible,
            Finding::PassportExtraSteps,
        ),
        (
            "Hong Kong resident, permit, Mastercard, HK$ wallet",
            &hong_kong,
            &RULES_2024_04,
            Outcome::NotYet,
            Finding::WalletHongKong,
        ),
        (
            "US tourist, American Express, 2024-04",
            &us_tourist,
            &RULES_2024_04,
            Outcome::Eligible,
            Finding::NetworkSupported(CardNetwork::AmericanExpress),
        ),
        (
            "US tourist, American Express, 2023-07",
            &us_tourist,
            &RULES_2023_07,
            Outcome::NotPossible,
            Finding::NetworkNotInRuleSet(CardNetwork::AmericanExpress),
        ),
        (
            "UnionPay card issued abroad, before 2024-11-06",
            &union_pay,
            &RULES_2024_04,
            Outcome::NotPossible,
            Finding::UnionPayNotInList,
        ),
        (
            "UnionPay card issued abroad, 2024-11",
            &union_pay,
            &RULES_2024_11,
            Outcome::Eligible,
            Finding::UnionPayAccepted,
        ),
        (
            "UnionPay card issued abroad, fees not published",
            &union_pay,
            &RULES_2024_11,
            Outcome::Eligible,
            Finding::UnionPayFeesNotPublished,
        ),
        (
            // The answer said "Yes" above "update WeChat first".
            "an old WeChat version is a step first (not yet), never a blocker",
            &Answers {
                version: AppVersion::parse("8.0.10"),
                ..everything_fine()
            },
            &RULES_2024_11,
            Outcome::NotYet,
            Finding::AppTooOld {
                minimum: AppVersion::parse("8.0.39").unwrap(),
            },
        ),
        (
            // A user typed "8.0" and was told to update a current WeChat.
            "a version without its last number is a tip, never 'too old'",
            &Answers {
                version: AppVersion::parse("8.0"),
                ..everything_fine()
            },
            &RULES_2024_11,
            Outcome::Eligible,
            Finding::AppVersionShort {
                minimum: AppVersion::parse("8.0.39").unwrap(),
            },
        ),
        (
            "an older major version without its last number is still too old",
            &Answers {
                version: AppVersion::parse("7.0"),
                ..everything_fine()
            },
            &RULES_2024_11,
            Outcome::NotYet,
            Finding::AppTooOld {
                minimum: AppVersion::parse("8.0.39").unwrap(),
            },
        ),
        (
            "no WeChat version given is a tip, never a blocker",
            &Answers {
                version: None,
                ..everything_fine()
            },
            &RULES_2024_11,
            Outcome::Eligible,
            Finding::AppUnknown,
        ),
    ];
    for (who, answers, rules, outcome, finding) in rows {
        let verdict = assess(answers, rules);
        assert_eq!(verdict.outcome, *outcome, "{who}: {:?}", verdict.reasons);
        assert!(
            verdict.reasons.iter().any(|r| r.finding == *finding),
            "{who}: {finding:?} missing from {:?}",
            verdict.reasons
        );
    }

    let student_verdict = assess(&student, &RULES_2024_04);
    assert!(student_verdict.features.contains(&(
        Feature::ReceiveRedPacketsAndTransfers,
        Availability::NotStated
    )));
    let hk_verdict = assess(&hong_kong, &RULES_2024_04);
    assert_eq!(
        findings(&hk_verdict, Weight::Fix),
        vec![Finding::WalletHongKong]
    );
    assert!(hk_verdict
        .alternatives
        .contains(&PaymentOption::WeChatPayHk));
    assert_eq!(
        hk_verdict.fix_steps().next().and_then(|r| r.guide_step),
        Some(StepId::WalletRegion)
    );
    assert!(hk_verdict
        .features
        .contains(&(Feature::ReceiveRedPacketsAndTransfers, Availability::Yes)));
    assert!(hk_verdict
        .features
        .contains(&(Feature::SendFromBalanceOnly, Availability::FromBalanceOnly)));
    let union_pay_verdict = assess(&union_pay, &RULES_2024_04);
    assert!(union_pay_verdict
        .alternatives
        .contains(&PaymentOption::ChineseBankAccount));
}

#[test]
fn partial_answers_are_incomplete_unless_something_rules_it_out() {
    let rows: &[(Answers, Outcome, usize)] = &[
        (Answers::default(), Outcome::Incomplete, 9),
        (
            Answers {
                id: Some(IdAnswer::Supported(IdDocument::Passport)),
                ..Answers::default()
            },
            Outcome::Incomplete,
            8,
        ),
        (
            Answers {
                id: Some(IdAnswer::Other),
                ..Answers::default()
            },
            Outcome::Incomplete,
            8,
        ),
    ];
    for (answers, outcome, open) in rows {
        let verdict = assess(answers, &RULES_2024_04);
        assert_eq!(verdict.outcome, *outcome, "{}", answers.to_query());
        assert_eq!(verdict.unanswered, *open, "{}", answers.to_query());
    }
}

#[test]
fn app_versions_are_compared_per_store() {
    // (store, version, fine?)
    let rows: &[(AppStore, &str, bool)] = &[
        (AppStore::Android, "8.0.40", true),
        (AppStore::Android, "8.0.39", false),
        (AppStore::Ios, "8.0.39", true),
        (AppStore::GooglePlay, "8.0.37", true),
        (AppStore::GooglePlay, "8.0.36", false),
        (AppStore::NotSure, "8.0.39", false),
        (AppStore::NotSure, "8.0.40", true),
        (AppStore::Ios, "8.1", true),
        (AppStore::Ios, "7.0.99", false),
        (AppStore::Ios, "v8.0.50", true),
    ];
    for (store, version, fine) in rows {
        let answers = Answers {
            store: Some(*store),
            version: AppVersion::parse(version),
            ..everything_fine()
        };
        let verdict = assess(&answers, &RULES_2024_04);
        let is_fine = verdict
            .reasons
            .iter()
            .any(|r| r.finding == Finding::AppFine);
        assert_eq!(is_fine, *fine, "{store:?} {version}");
    }
    let bad: &[&str] = &["", "abc", "eight", ".", "8..x"];
    for text in bad {
        assert_eq!(AppVersion::parse(text), None, "{text:?}");
    }
}

#[test]
fn a_mangled_link_restores_what_it_can() {
    let rows: &[(&str, Answers)] = &[
        ("", Answers::default()),
        ("garbage", Answers::default()),
        (
            "id=passport&net=bogus&x=y&cards=9&ver=8.0.50",
            Answers {
                id: Some(IdAnswer::Supported(IdDocument::Passport)),
                version: Some(AppVersion(8, 0, 50)),
                ..Answers::default()
            },
        ),
        (
            "?intl=no",
            Answers {
                international: Some(InternationalUse::Disabled),
                ..Answers::default()
            },
        ),
    ];
    for (query, expected) in rows {
        assert_eq!(Answers::from_query(query), *expected, "{query:?}");
    }
}

/// The kind of a finding, by its place in the enum. The match has no
/// catch-all, so a new kind of finding does not compile until it is here.
fn kind_of(finding: Finding) -> usize {
    match finding {
        Finding::IdSupported(_) => 0,
        Finding::IdNotSupported => 1,
        Finding::IdUnknown => 2,
        Finding::NetworkSupported(_) => 3,
        Finding::NetworkNotInRuleSet(_) => 4,
        Finding::UnionPayNotInList => 5,
        Finding::UnionPayAccepted => 6,
        Finding::UnionPayFeesNotPublished => 7,
        Finding::NetworkNotSupported => 8,
        Finding::NetworkUnknown => 9,
        Finding::CardKindFine => 10,
        Finding::CardKindUnclear => 11,
        Finding::SmsFine => 12,
        Finding::SmsRoamingOff => 13,
        Finding::SmsNone => 14,
        Finding::SmsUnknown => 15,
        Finding::AppFine => 16,
        Finding::AppTooOld { .. } => 17,
        Finding::AppUnknown => 18,
        Finding::AppVersionShort { .. } => 34,
        Finding::WalletMainland => 19,
        Finding::WalletNotOpened => 20,
        Finding::WalletHongKong => 21,
        Finding::WalletOtherRegion => 22,
        Finding::WalletUnknown => 23,
        Finding::CardsRoom { .. } => 24,
        Finding::CardsFull { .. } => 25,
        Finding::MerchantsMainland => 26,
        Finding::MerchantsOutsideMainland => 27,
        Finding::MerchantsUnknown => 28,
        Finding::InternationalEnabled => 29,
        Finding::InternationalDisabled => 30,
        Finding::InternationalUnknown => 31,
        Finding::PassportExtraSteps => 32,
        Finding::IssuerMayRefuse => 33,
    }
}

#[test]
fn every_kind_of_finding_is_listed_once() {
    let kinds: Vec<usize> = Finding::EVERY_KIND.into_iter().map(kind_of).collect();
    let expected: Vec<usize> = (0..=34).collect();
    assert_eq!(
        kinds,
        expected,
        "Finding::EVERY_KIND: {:?}",
        Finding::EVERY_KIND
    );
}

/// The card never funds red packets, transfers or top-ups (the 2023 guide,
/// Q4): the checker says so to every user, also where no source says
/// whether they can receive into Balance.
#[test]
fn the_card_never_funds_sending_whatever_the_document() {
    let rows = [
        (
            Some(IdAnswer::Supported(IdDocument::Passport)),
            Availability::NotStated,
        ),
        (None, Availability::NotStated),
    ];
    for (id, receive) in rows {
        let answers = Answers {
            id,
            ..Answers::default()
        };
        let features = assess(&answers, &RULES_2024_04).features;
        assert!(
            features.contains(&(Feature::ReceiveRedPacketsAndTransfers, receive)),
            "{id:?}: {features:?}"
        );
        assert!(
            features.contains(&(Feature::SendFromBalanceOnly, Availability::FromBalanceOnly)),
            "{id:?}: {features:?}"
        );
    }
}

/// The new-user offer is for a first card: said only when no card is
/// linked yet, or the user has not said.
#[test]
fn only_someone_without_a_linked_card_may_be_linking_a_first_one() {
    use waika_core::eligibility::Answers;
    for (query, first) in [
        ("", true),
        ("cards=0", true),
        ("cards=1", false),
        ("cards=2", false),
        ("cards=3", false),
    ] {
        assert_eq!(
            Answers::from_query(query).may_be_first_card(),
            first,
            "{query:?}"
        );
    }
}
