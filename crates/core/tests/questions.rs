//! The checker's one question table: every answer of every question
//! survives a shared link, keys and codes are unique, and only the
//! questions the verdict needs are counted as open.

use std::collections::BTreeSet;
use waika_core::eligibility::{
    assess, AnswerForm, Answers, AppStore, AppVersion, BoundCards, CardKind, Finding, IdAnswer,
    InternationalUse, NetworkAnswer, Outcome, PayPlace, QuestionId, SmsAnswer, WalletSign,
    QUESTIONS,
};
use waika_core::rules::{CardNetwork, IdDocument, RULES_2024_11};

/// Answers that give "eligible" under the rules in force, with the
/// version left blank.
fn eligible_without_version() -> Answers {
    Answers {
        id: Some(IdAnswer::Supported(IdDocument::Passport)),
        network: Some(NetworkAnswer::Named(CardNetwork::Visa)),
        kind: Some(CardKind::Credit),
        sms: Some(SmsAnswer::Yes),
        store: Some(AppStore::Ios),
        version: None,
        wallet: Some(WalletSign::Yuan),
        cards: Some(BoundCards::None),
        place: Some(PayPlace::MainlandShops),
        international: Some(InternationalUse::Enabled),
    }
}

#[test]
fn every_answer_of_every_question_round_trips_through_a_shared_link() {
    for row in &QUESTIONS {
        let codes: Vec<String> = match row.form {
            AnswerForm::Choice => (row.choices)()
                .iter()
                .map(|code| code.to_string())
                .collect(),
            AnswerForm::Version => vec!["8.0.50".to_string(), "7.0".to_string()],
        };
        assert!(!codes.is_empty(), "{:?} has no answers", row.id);
        for code in codes {
            let mut answers = Answers::default();
            (row.write)(&mut answers, &code);
            assert_eq!(
                (row.read)(&answers).as_deref(),
                Some(code.as_str()),
                "{:?} = {code}: written and read",
                row.id
            );
            let query = answers.to_query();
            assert_eq!(
                query,
                format!("{}={code}", row.key),
                "{:?} = {code}: the link",
                row.id
            );
            let restored = Answers::from_query(&query);
            assert_eq!(
                restored, answers,
                "{:?} = {code}: restored from {query}",
                row.id
            );
        }
    }
}

#[test]
fn keys_and_codes_are_unique_and_unknown_codes_leave_a_question_open() {
    let keys: BTreeSet<&str> = QUESTIONS.iter().map(|row| row.key).collect();
    assert_eq!(keys.len(), QUESTIONS.len(), "one key per question");
    let ids: BTreeSet<String> = QUESTIONS
        .iter()
        .map(|row| format!("{:?}", row.id))
        .collect();
    assert_eq!(ids.len(), QUESTIONS.len(), "each question once");
    for row in &QUESTIONS {
        let codes = (row.choices)();
        let unique: BTreeSet<&str> = codes.iter().copied().collect();
        assert_eq!(unique.len(), codes.len(), "{:?}: a code used twice", row.id);
        let mut answers = Answers::default();
        (row.write)(&mut answers, "no-such-answer");
        assert_eq!((row.read)(&answers), None, "{:?}: an unknown code", row.id);
    }
}

#[test]
fn only_questions_the_verdict_needs_are_counted_as_open() {
    let required = QUESTIONS.iter().filter(|row| !row.optional).count();
    assert_eq!(
        Answers::default().open_questions(),
        required,
        "nothing answered"
    );
    assert_eq!(
        eligible_without_version().open_questions(),
        0,
        "all but the version"
    );
    for row in QUESTIONS.iter().filter(|row| !row.optional) {
        let mut answers = eligible_without_version();
        let full = answers.to_query();
        let without: Vec<&str> = full
            .split('&')
            .filter(|pair| !pair.starts_with(&format!("{}=", row.key)))
            .collect();
        answers = Answers::from_query(&without.join("&"));
        assert_eq!(answers.open_questions(), 1, "{:?} left open", row.id);
        assert_eq!(
            assess(&answers, &RULES_2024_11).outcome,
            Outcome::Incomplete,
            "{:?} left open",
            row.id
        );
    }
}

#[test]
fn a_blank_optional_answer_never_holds_back_the_verdict() {
    let optional: Vec<QuestionId> = QUESTIONS
        .iter()
        .filter(|row| row.optional)
        .map(|row| row.id)
        .collect();
    assert_eq!(
        optional,
        vec![QuestionId::Version],
        "the optional questions"
    );
    for store in [
        AppStore::Android,
        AppStore::Ios,
        AppStore::GooglePlay,
        AppStore::NotSure,
    ] {
        let answers = Answers {
            store: Some(store),
            ..eligible_without_version()
        };
        let verdict = assess(&answers, &RULES_2024_11);
        assert_eq!(
            verdict.outcome,
            Outcome::Eligible,
            "store {store:?}, version blank: {verdict:?}"
        );
        assert!(
            verdict
                .reasons
                .iter()
                .any(|reason| reason.finding == Finding::AppUnknown),
            "store {store:?}, version blank: a tip on finding the version"
        );
        // A version too old is a step first (update), with the minimum.
        let old = Answers {
            version: Some(AppVersion(7, 0, 0)),
            ..answers
        };
        let verdict = assess(&old, &RULES_2024_11);
        assert_eq!(verdict.outcome, Outcome::NotYet, "store {store:?}, 7.0.0");
        assert!(
            verdict
                .reasons
                .iter()
                .any(|reason| matches!(reason.finding, Finding::AppTooOld { .. })),
            "store {store:?}, 7.0.0: says to update"
        );
    }
}
