//! The troubleshooter's answers: every problem answered in three parts in
//! every language, and every way to pay now leading somewhere. What people
//! type is in problem_search.rs.

mod common;
use common::placeholders;

use std::collections::{BTreeSet, HashSet};
use waika_core::guide::{ProblemId, PROBLEMS};
use waika_core::trouble::{trouble_of, PayNow, Side};
use waika_texts::guide::RULE_PLACEHOLDERS;
use waika_texts::problems::{bank_script, help_texts, problem, seen, side, way};
use waika_texts::Lang;

const SIDES: [Side; 7] = [
    Side::Bank,
    Side::WeixinPay,
    Side::Merchant,
    Side::Account,
    Side::Phone,
    Side::Rules,
    Side::NotKnown,
];
const WAYS: [PayNow; 11] = PayNow::ALL;

#[test]
fn every_problem_says_what_to_do_now_why_and_what_fixes_it_in_every_language() {
    for lang in Lang::ALL {
        for meta in PROBLEMS {
            let text = problem(lang, meta.id);
            let context = format!("{lang:?} problem {}", meta.slug);
            assert!(!text.title.trim().is_empty(), "{context}: no title");
            assert!(!text.cause.trim().is_empty(), "{context}: no cause");
            assert!(!seen(lang, meta.id).is_empty(), "{context}: nothing seen");
            let trouble = trouble_of(meta.id);
            assert!(
                !text.now.is_empty() || !trouble.pay_now.is_empty() || !text.fix.is_empty(),
                "{context}: nothing to do"
            );
            let all = [seen(lang, meta.id), text.now, text.fix, text.said].concat();
            assert!(
                all.iter().all(|part| !part.trim().is_empty()),
                "{context}: an empty line"
            );
            assert!(!trouble.sources.is_empty(), "{context}: no source");
        }
    }
}

/// The languages translated from the English answers.
const TRANSLATED: [Lang; 2] = [Lang::Zh, Lang::Nb];

#[test]
fn what_to_do_now_has_at_least_as_many_lines_in_chinese_and_norwegian_as_in_english() {
    let mut wrong = Vec::new();
    for meta in PROBLEMS {
        let english = problem(Lang::En, meta.id).now;
        for lang in TRANSLATED {
            let now = problem(lang, meta.id).now;
            // More lines are fine: a translation may split a sentence.
            if now.len() < english.len() {
                wrong.push(format!(
                    "{lang:?} problem {}: only {} lines of what to do now, English has {}",
                    meta.slug,
                    now.len(),
                    english.len()
                ));
            }
            if now.iter().any(|line| line.trim().is_empty()) {
                wrong.push(format!(
                    "{lang:?} problem {}: an empty line of what to do now",
                    meta.slug
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn each_problem_has_at_least_eight_ways_people_say_it_in_each_language() {
    for lang in Lang::ALL {
        for meta in PROBLEMS {
            let said = problem(lang, meta.id).said;
            assert!(
                said.len() >= 8,
                "{lang:?} {}: only {} phrasings",
                meta.slug,
                said.len()
            );
            let unique: HashSet<&str> = said.iter().copied().collect();
            assert_eq!(
                unique.len(),
                said.len(),
                "{lang:?} {}: a phrasing twice",
                meta.slug
            );
        }
    }
}

#[test]
fn sides_ways_bank_script_and_labels_exist_in_every_language() {
    for lang in Lang::ALL {
        for id in SIDES {
            let text = side(lang, id);
            assert!(
                !text.label.is_empty() && !text.body.is_empty(),
                "{lang:?} {id:?}"
            );
        }
        for id in WAYS {
            let text = way(lang, id);
            assert!(
                !text.label.is_empty() && !text.how.is_empty(),
                "{lang:?} {id:?}"
            );
        }
        let script = bank_script(lang);
        assert!(
            !script.title.is_empty() && !script.intro.is_empty() && !script.read_out.is_empty(),
            "{lang:?}"
        );
        assert_eq!(
            script.questions.len(),
            4,
            "{lang:?}: four questions for the bank"
        );
        let help = help_texts(lang);
        for (name, text) in [
            ("now", help.now_title),
            ("side", help.side_title),
            ("why", help.why_title),
            ("fix", help.fix_title),
            ("seen", help.seen_title),
            ("reported", help.only_reported),
            ("advice", help.advice),
            ("check", help.check_card),
            ("closest", help.closest),
            ("nothing close", help.nothing_close),
            ("what do you see", help.what_do_you_see),
            ("hint", help.what_do_you_see_hint),
            ("search", help.search_button),
            ("all", help.all_problems),
        ] {
            assert!(!text.trim().is_empty(), "{lang:?} {name}");
        }
        assert!(
            help.more_results.contains("{count}"),
            "{lang:?} more results"
        );
    }
}

#[test]
fn nothing_is_left_in_english_and_placeholders_match() {
    let allowed: BTreeSet<String> = RULE_PLACEHOLDERS.iter().map(|p| p.to_string()).collect();
    for meta in PROBLEMS {
        let english = problem(Lang::En, meta.id);
        let mut sets = Vec::new();
        for lang in Lang::ALL {
            let text = problem(lang, meta.id);
            if lang != Lang::En {
                assert_ne!(
                    text.cause, english.cause,
                    "{lang:?} {} not translated",
                    meta.slug
                );
            }
            let shown = [
                &[text.title, text.cause][..],
                seen(lang, meta.id),
                text.now,
                text.fix,
            ]
            .concat();
            let set: BTreeSet<String> = shown.iter().flat_map(|t| placeholders(t)).collect();
            assert!(set.is_subset(&allowed), "{lang:?} {}: {set:?}", meta.slug);
            sets.push(set);
        }
        assert!(
            sets[0] == sets[1] && sets[1] == sets[2],
            "{}: placeholders differ between languages: {sets:?}",
            meta.slug
        );
    }
}

#[test]
fn the_bank_is_the_side_that_refused_and_weixin_pay_the_one_that_restricted() {
    // The official split of the guide's section 5.
    assert_eq!(trouble_of(ProblemId::PaymentDeclined).side, Side::Bank);
    assert_eq!(trouble_of(ProblemId::RiskControl).side, Side::WeixinPay);
    assert!(trouble_of(ProblemId::PaymentDeclined).call_bank);
    assert!(trouble_of(ProblemId::CardInvalidOrDeclined).call_bank);
    assert!(trouble_of(ProblemId::VendorPersonalCode).only_reported);
    for meta in PROBLEMS {
        let trouble = trouble_of(meta.id);
        assert_eq!(
            trouble.call_bank,
            trouble.side == Side::Bank,
            "{}: the bank script belongs where the bank is the side",
            meta.slug
        );
    }
}

#[test]
fn every_way_to_pay_now_leads_to_a_place_that_exists() {
    use waika_core::guide::PaymentOption;
    use waika_core::route::Route;
    use waika_texts::guide::CASHIER_PHRASES;
    for way_to_pay in WAYS {
        let Some(target) = way_to_pay.target() else {
            continue;
        };
        match target {
            (Route::Cashier, Some(anchor)) => assert!(
                CASHIER_PHRASES
                    .iter()
                    .any(|phrase| format!("phrase-{}", phrase.slug) == anchor),
                "{way_to_pay:?}: no sentence {anchor}"
            ),
            (Route::BeforeYouGo, Some(anchor)) => assert!(
                PaymentOption::ALL
                    .iter()
                    .any(|option| format!("way-{}", option.slug()) == anchor),
                "{way_to_pay:?}: no way {anchor}"
            ),
            (_, None) => {}
            (route, anchor) => panic!("{way_to_pay:?}: {route:?} has no place {anchor:?}"),
        }
    }
}

#[test]
fn a_sentence_to_show_the_cashier_is_one_on_the_card() {
    use waika_texts::guide::CASHIER_PHRASES;
    // (problem, the sentence its answer must show)
    let rows = [
        (ProblemId::PaymentDeclined, Some("failed")),
        (ProblemId::PaymentFailedNoReason, Some("failed")),
        (ProblemId::PaidOrNot, Some("paid")),
        // Found when a student's landlord wanted the rent by WeChat.
        (ProblemId::RedPacketsAndTransfers, Some("rent")),
        // Found when a noodle-shop owner read "I will pay another way" and
        // waited: the code is the shop's, so its merchant code is asked for.
        (ProblemId::CardGreyAtMerchant, Some("merchant-code")),
        (ProblemId::VendorPersonalCode, Some("merchant-code")),
        (ProblemId::Trains, None),
    ];
    for (id, expected) in rows {
        let entry = PROBLEMS.iter().find(|entry| entry.id == id).unwrap();
        assert_eq!(entry.cashier_phrase, expected, "{id:?}");
    }
    for entry in PROBLEMS {
        if let Some(slug) = entry.cashier_phrase {
            assert!(
                CASHIER_PHRASES.iter().any(|phrase| phrase.slug == slug),
                "{:?}: no sentence {slug}",
                entry.id
            );
        }
    }
}
