//! The guide, the cashier card and the pre-trip texts: complete in every
//! language, with tap paths and the same placeholders. The troubleshooter's
//! texts and search are tested in `problems.rs`.

mod common;
use common::placeholders;

use std::collections::{BTreeSet, HashSet};
use waika_core::guide::{SectionId, STEPS};
use waika_texts::guide::{
    checklist_item, payment_option, risk, section, step, tap_path, ChecklistItem, PaymentOption,
    Risk, CASHIER_PHRASES, RULE_PLACEHOLDERS,
};
use waika_texts::Lang;

/// Every text of a step or problem, for checks that apply to all of them.
fn step_texts(lang: Lang, index: usize) -> Vec<&'static str> {
    let text = step(lang, STEPS[index].id);
    let mut all = vec![text.title, text.expect, text.if_not];
    all.extend_from_slice(text.actions);
    all
}

#[test]
fn every_step_has_what_to_do_what_to_see_and_what_if_not() {
    for lang in Lang::ALL {
        for (index, meta) in STEPS.iter().enumerate() {
            let text = step(lang, meta.id);
            let context = format!("{lang:?} step {}", meta.slug);
            assert!(!text.actions.is_empty(), "{context}: no actions");
            for part in step_texts(lang, index) {
                assert!(!part.trim().is_empty(), "{context}: empty text");
            }
        }
    }
}

#[test]
fn every_in_app_step_has_a_chinese_tap_path_and_one_in_each_language() {
    for meta in STEPS {
        let chinese = tap_path(Lang::Zh, meta.id);
        if meta.in_app {
            assert!(!chinese.is_empty(), "{}: no Chinese tap path", meta.slug);
            assert!(
                chinese.iter().all(|button| !button.trim().is_empty()),
                "{}: empty button name in {chinese:?}",
                meta.slug
            );
        }
        for lang in Lang::ALL {
            let path = tap_path(lang, meta.id);
            assert_eq!(
                path.len(),
                chinese.len(),
                "{lang:?} {}: tap path {path:?} differs in length from {chinese:?}",
                meta.slug
            );
            assert_eq!(
                path.is_empty(),
                !meta.in_app,
                "{lang:?} {}: tap path only for steps in the app",
                meta.slug
            );
        }
    }
}

#[test]
fn nothing_is_left_in_english_in_the_other_languages() {
    for lang in [Lang::Zh, Lang::Nb] {
        for meta in STEPS {
            assert_ne!(
                step(lang, meta.id).title,
                step(Lang::En, meta.id).title,
                "{lang:?} step {} is not translated",
                meta.slug
            );
        }
    }
}

#[test]
fn placeholders_are_rule_values_and_the_same_in_every_language() {
    let allowed: BTreeSet<String> = RULE_PLACEHOLDERS.iter().map(|p| p.to_string()).collect();
    let check = |context: String, texts: [Vec<&'static str>; 3]| {
        let sets: Vec<BTreeSet<String>> = texts
            .iter()
            .map(|list| list.iter().flat_map(|text| placeholders(text)).collect())
            .collect();
        for set in &sets {
            assert!(
                set.is_subset(&allowed),
                "{context}: unknown placeholder in {set:?}"
            );
        }
        assert!(
            sets[0] == sets[1] && sets[1] == sets[2],
            "{context}: placeholders differ between languages: {sets:?}"
        );
    };
    for (index, meta) in STEPS.iter().enumerate() {
        check(
            format!("step {}", meta.slug),
            Lang::ALL.map(|lang| step_texts(lang, index)),
        );
    }
    for option in PaymentOption::ALL {
        check(
            format!("option {option:?}"),
            Lang::ALL.map(|lang| {
                let text = payment_option(lang, option);
                vec![text.title, text.summary, text.good, text.bad]
            }),
        );
    }
}

#[test]
fn structure_is_consistent() {
    let slugs: HashSet<&str> = STEPS.iter().map(|step| step.slug).collect();
    assert_eq!(slugs.len(), STEPS.len(), "step slugs are unique");
    for id in SectionId::ALL {
        assert!(
            STEPS.iter().any(|step| step.section == id),
            "{id:?} has no step"
        );
        for lang in Lang::ALL {
            let text = section(lang, id);
            assert!(
                !text.title.is_empty() && !text.intro.is_empty(),
                "{lang:?} {id:?}"
            );
        }
    }
    // Steps stay grouped by section, in the guide's order.
    let order: Vec<usize> = STEPS
        .iter()
        .map(|step| {
            SectionId::ALL
                .iter()
                .position(|id| *id == step.section)
                .unwrap()
        })
        .collect();
    assert!(order.windows(2).all(|pair| pair[0] <= pair[1]), "{order:?}");
}

#[test]
fn pre_trip_texts_and_cashier_phrases_exist_in_every_language() {
    for lang in Lang::ALL {
        for item in ChecklistItem::ALL {
            assert!(
                !checklist_item(lang, item).trim().is_empty(),
                "{lang:?} {item:?}"
            );
        }
        for id in Risk::ALL {
            let text = risk(lang, id);
            assert!(
                !text.title.is_empty() && !text.body.is_empty(),
                "{lang:?} {id:?}"
            );
        }
    }
    let keys: HashSet<&str> = ChecklistItem::ALL.iter().map(|item| item.key()).collect();
    assert_eq!(
        keys.len(),
        ChecklistItem::ALL.len(),
        "checklist keys are unique"
    );
    for phrase in CASHIER_PHRASES {
        assert!(
            phrase
                .zh
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{:?} is Chinese",
            phrase.zh
        );
        assert!(
            !phrase.en.is_empty() && !phrase.nb.is_empty(),
            "{:?}",
            phrase.zh
        );
    }
}

#[test]
fn a_large_sentence_is_cut_after_its_punctuation_and_nothing_is_lost() {
    let table: &[(&str, &[&str])] = &[
        (
            "我用微信支付，请扫我的付款码。",
            &["我用微信支付，", "请扫我的付款码。"],
        ),
        (
            "可以帮我点单吗？我到前台付款。",
            &["可以帮我点单吗？", "我到前台付款。"],
        ),
        ("没有标点", &["没有标点"]),
        ("末尾没有句号，还有一句", &["末尾没有句号，", "还有一句"]),
        ("", &[]),
    ];
    for (sentence, expected) in table {
        assert_eq!(
            waika_texts::chinese_clauses(sentence),
            *expected,
            "{sentence:?}"
        );
    }
    // Every cashier sentence reads back whole from its clauses.
    for phrase in CASHIER_PHRASES {
        assert_eq!(
            waika_texts::chinese_clauses(phrase.zh).concat(),
            phrase.zh,
            "{}",
            phrase.slug
        );
    }
}
