//! No text repeats a claim about the rules that the sources contradict
//! (RULES.md lists them); only "What you may have read" quotes them.

use waika_texts::guide::{payment_option, section, step};
use waika_texts::problems::problem;
use waika_texts::Lang;

/// Every text of the guide, the troubleshooter and "Ways to pay".
fn guide_texts(lang: Lang) -> Vec<&'static str> {
    use waika_core::guide::{PaymentOption, SectionId, PROBLEMS, STEPS};
    let mut all = Vec::new();
    for id in SectionId::ALL {
        let text = section(lang, id);
        all.extend([text.title, text.intro]);
    }
    for id in STEPS.iter().map(|step| step.id) {
        let text = step(lang, id);
        all.extend([text.title, text.expect, text.if_not]);
        all.extend(text.actions.iter().copied());
    }
    for id in PROBLEMS.iter().map(|problem| problem.id) {
        let text = problem(lang, id);
        all.extend([text.title, text.cause]);
        all.extend(text.now.iter().copied());
        all.extend(text.fix.iter().copied());
    }
    for id in PaymentOption::ALL {
        let text = payment_option(lang, id);
        all.extend([text.title, text.summary, text.good, text.bad]);
    }
    all.extend(lang.texts().all().into_iter().map(|(_, text)| text));
    all
}

#[test]
fn no_text_repeats_a_known_wrong_claim() {
    // Claims seen on other sites (RULES.md), in the words they would take here.
    let wrong: &[(Lang, &str)] = &[
        (Lang::En, "from 200"),
        (Lang::En, "50,000 CNY per day"),
        (Lang::En, "per day limit of"),
        (Lang::En, "30 days old"),
        (Lang::En, "500 RMB per day"),
        (Lang::En, "200-600"),
        (Lang::En, "UnionPay cards issued abroad cannot"),
        (Lang::En, "passport users cannot receive"),
        (Lang::En, "cannot receive red packets"),
        (Lang::En, "with a passport you cannot receive"),
        (Lang::Nb, "med pass, kan du ikke ta imot"),
        (Lang::Nb, "kan ikke motta røde konvolutter"),
        (Lang::Zh, "护照用户不能收红包"),
        (Lang::Zh, "无法接收红包"),
        (Lang::Zh, "每日5万"),
        // Added with the review of 2026-12 (RULES.md).
        (Lang::En, "Tour Pass"),
        (Lang::En, "90 days per stay"),
        (Lang::En, "UnionPay cannot be used"),
        (Lang::En, "limited support"),
        (Lang::En, "test transfer"),
        (Lang::En, "must bind a +86"),
        (Lang::En, "no official top-up alternative"),
        (Lang::En, "PayPal since 2024"),
        (Lang::Nb, "Tour Pass"),
        (Lang::Zh, "Tour Pass"),
    ];
    // Only the list "What you may have read" (texts::claims) quotes them.
    for (lang, claim) in wrong {
        for text in guide_texts(*lang) {
            assert!(
                !text.to_lowercase().contains(&claim.to_lowercase()),
                "{lang:?} repeats {claim:?}: {text}"
            );
        }
    }
}
