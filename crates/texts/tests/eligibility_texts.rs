//! The eligibility checker's words: present, translated and with the same
//! placeholders in every language.

mod common;
use common::placeholders;

use waika_core::eligibility::{codes, Availability, Feature, Finding, Outcome, Rule, QUESTIONS};
use waika_core::rules::IdDocument;
use waika_texts::eligibility::{self as words, checker, question};
use waika_texts::Lang;

/// Every text of the checker in one language, labelled for messages.
// Long: one row per text of the checker, so a new text is one more row.
fn all_texts(lang: Lang) -> Vec<(String, &'static str)> {
    let mut texts: Vec<(String, &'static str)> = Vec::new();
    let c = checker(lang);
    for (name, text) in [
        ("title", c.title),
        ("intro", c.intro),
        ("not_sure", c.not_sure),
        ("other", c.other),
        ("version_placeholder", c.version_placeholder),
        ("version_unreadable", c.version_unreadable),
        ("verdict_title", c.verdict_title),
        ("incomplete, one", c.incomplete.one),
        ("incomplete", c.incomplete.other),
        ("reasons_title", c.reasons_title),
        ("fixes_title", c.fixes_title),
        ("features_title", c.features_title),
        ("features_title_if_solved", c.features_title_if_solved),
        ("alternatives_title", c.alternatives_title),
        ("rule_ref", c.rule_ref),
        ("open_step", c.open_step),
        ("share_title", c.share_title),
        ("share_note", c.share_note),
        ("share_copy", c.share_copy),
        ("share_copied", c.share_copied),
        ("start_over", c.start_over),
    ] {
        texts.push((name.to_string(), text));
    }
    for id in QUESTIONS.iter().map(|question| question.id) {
        let q = question(lang, id);
        texts.push((format!("{id:?} label"), q.label));
        texts.push((format!("{id:?} help"), q.help));
    }
    for doc in IdDocument::ALL {
        texts.push((format!("{doc:?}"), words::id_document(lang, doc)));
    }
    for (kind, _) in codes::KIND {
        texts.push((format!("{kind:?}"), words::card_kind(lang, *kind)));
    }
    for (answer, _) in codes::SMS {
        texts.push((format!("sms {answer:?}"), words::sms(lang, *answer)));
    }
    for (store, _) in codes::STORE {
        texts.push((format!("{store:?}"), words::store(lang, *store)));
    }
    for (sign, _) in codes::WALLET {
        texts.push((format!("{sign:?}"), words::wallet(lang, *sign)));
    }
    for (cards, _) in codes::CARDS {
        texts.push((format!("{cards:?}"), words::bound_cards(lang, *cards)));
    }
    for (place, _) in codes::PLACE {
        texts.push((format!("{place:?}"), words::place(lang, *place)));
    }
    for (answer, _) in codes::INTERNATIONAL {
        texts.push((
            format!("intl {answer:?}"),
            words::international(lang, *answer),
        ));
    }
    for finding in Finding::EVERY_KIND {
        texts.push((format!("{finding:?}"), words::finding(lang, finding)));
    }
    for rule in [
        Rule::IdDocuments,
        Rule::CardNetworks,
        Rule::CardKinds,
        Rule::SmsCode,
        Rule::AppVersion,
        Rule::MainlandWallet,
        Rule::MaxBoundCards,
        Rule::MainlandMerchants,
        Rule::IssuerMayRefuse,
        Rule::PassportVerification,
    ] {
        texts.push((format!("{rule:?}"), words::rule_name(lang, rule)));
    }
    for outcome in Outcome::ALL {
        texts.push((format!("{outcome:?}"), words::outcome(lang, outcome)));
    }
    for feature in [
        Feature::PayMainlandMerchants,
        Feature::ReceiveRedPacketsAndTransfers,
        Feature::SendFromBalanceOnly,
        Feature::FinancialProducts,
        Feature::PayOutsideMainland,
    ] {
        texts.push((format!("{feature:?}"), words::feature(lang, feature)));
    }
    for availability in [
        Availability::Yes,
        Availability::No,
        Availability::FromBalanceOnly,
    ] {
        texts.push((
            format!("{availability:?}"),
            words::availability(lang, availability),
        ));
    }
    texts
}

#[test]
fn every_checker_text_exists_with_the_same_placeholders_in_every_language() {
    let english = all_texts(Lang::En);
    for lang in Lang::ALL {
        let texts = all_texts(lang);
        assert_eq!(texts.len(), english.len());
        for ((name, text), (_, en)) in texts.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{lang:?} {name} is empty");
            assert_eq!(
                placeholders(text),
                placeholders(en),
                "{lang:?} {name}: {text:?}"
            );
        }
    }
}

#[test]
fn findings_are_translated() {
    for lang in [Lang::Nb, Lang::Zh] {
        for finding in Finding::EVERY_KIND {
            assert_ne!(
                words::finding(lang, finding),
                words::finding(Lang::En, finding),
                "{lang:?} {finding:?} is still English"
            );
        }
    }
}

/// Found when a Chinese student read the network's answers in English only,
/// beside a hint that says 万事达卡: the Chinese name leads, the name on the
/// card follows in brackets.
#[test]
fn card_networks_have_their_chinese_names_beside_the_printed_one() {
    use waika_core::eligibility::QuestionId;
    use waika_texts::eligibility::answer_label;
    // (language, answer code, label)
    let rows = [
        (Lang::Zh, "mastercard", "万事达卡（Mastercard）"),
        (Lang::Zh, "unionpay", "银联卡（UnionPay）"),
        (Lang::Zh, "visa", "Visa"),
        (Lang::En, "mastercard", "Mastercard"),
        (Lang::Nb, "unionpay", "UnionPay"),
    ];
    for (lang, code, label) in rows {
        assert_eq!(
            answer_label(lang, QuestionId::Network, code).as_deref(),
            Some(label),
            "{lang:?} {code}"
        );
    }
}
