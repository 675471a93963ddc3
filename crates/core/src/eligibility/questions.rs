//! The checker's questions as one table. Each row says how the question is
//! answered, its key in a shared link, whether it may stay blank, and how
//! its answer is read from and written to [`Answers`]. The count of open
//! questions, the shared link and the page's controls all walk this table,
//! so a question added here is asked, counted and shared everywhere.

use super::answers::*;
use super::link::codes::{self, code_of, value_of};

/// The questions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionId {
    Id,
    Network,
    Kind,
    Sms,
    Store,
    Version,
    Wallet,
    Cards,
    Place,
    International,
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerForm {
    /// One of a fixed set of answers, each with its code.
    Choice,
    /// A WeChat version, typed.
    Version,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    pub id: QuestionId,
    /// Its key in a shared link; part of links people have shared, so
    /// never changed.
    pub key: &'static str,
    /// A blank answer never holds back the verdict: it may add a tip.
    pub optional: bool,
    pub form: AnswerForm,
    /// The codes of the answers to choose from, in order (none for a
    /// typed answer).
    pub choices: fn() -> Vec<&'static str>,
    /// The answer's code, or `None` while unanswered.
    pub read: fn(&Answers) -> Option<String>,
    /// Sets the answer from a code; a code the app does not know leaves
    /// the question unanswered.
    pub write: fn(&mut Answers, &str),
}

fn codes_of<T>(table: &'static [(T, &'static str)]) -> Vec<&'static str> {
    table.iter().map(|(_, code)| *code).collect()
}

fn no_choices() -> Vec<&'static str> {
    Vec::new()
}

/// Every question, in the order asked.
pub static QUESTIONS: [Question; 10] = [
    Question {
        id: QuestionId::Id,
        key: "id",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::ID),
        read: |answers| {
            answers
                .id
                .map(|value| code_of(codes::ID, value).to_string())
        },
        write: |answers, code| answers.id = value_of(codes::ID, code),
    },
    Question {
        id: QuestionId::Network,
        key: "net",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::NETWORK),
        read: |answers| {
            answers
                .network
                .map(|value| code_of(codes::NETWORK, value).to_string())
        },
        write: |answers, code| answers.network = value_of(codes::NETWORK, code),
    },
    Question {
        id: QuestionId::Kind,
        key: "kind",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::KIND),
        read: |answers| {
            answers
                .kind
                .map(|value| code_of(codes::KIND, value).to_string())
        },
        write: |answers, code| answers.kind = value_of(codes::KIND, code),
    },
    Question {
        id: QuestionId::Sms,
        key: "sms",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::SMS),
        read: |answers| {
            answers
                .sms
                .map(|value| code_of(codes::SMS, value).to_string())
        },
        write: |answers, code| answers.sms = value_of(codes::SMS, code),
    },
    Question {
        id: QuestionId::Store,
        key: "store",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::STORE),
        read: |answers| {
            answers
                .store
                .map(|value| code_of(codes::STORE, value).to_string())
        },
        write: |answers, code| answers.store = value_of(codes::STORE, code),
    },
    Question {
        id: QuestionId::Version,
        key: "ver",
        // Few people know their version: blank, the checker says how to
        // find it instead of holding the verdict back.
        optional: true,
        form: AnswerForm::Version,
        choices: no_choices,
        read: |answers| answers.version.map(|version| version.to_string()),
        write: |answers, code| answers.version = AppVersion::parse(code),
    },
    Question {
        id: QuestionId::Wallet,
        key: "wallet",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::WALLET),
        read: |answers| {
            answers
                .wallet
                .map(|value| code_of(codes::WALLET, value).to_string())
        },
        write: |answers, code| answers.wallet = value_of(codes::WALLET, code),
    },
    Question {
        id: QuestionId::Cards,
        key: "cards",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::CARDS),
        read: |answers| {
            answers
                .cards
                .map(|value| code_of(codes::CARDS, value).to_string())
        },
        write: |answers, code| answers.cards = value_of(codes::CARDS, code),
    },
    Question {
        id: QuestionId::Place,
        key: "where",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::PLACE),
        read: |answers| {
            answers
                .place
                .map(|value| code_of(codes::PLACE, value).to_string())
        },
        write: |answers, code| answers.place = value_of(codes::PLACE, code),
    },
    Question {
        id: QuestionId::International,
        key: "intl",
        optional: false,
        form: AnswerForm::Choice,
        choices: || codes_of(codes::INTERNATIONAL),
        read: |answers| {
            answers
                .international
                .map(|value| code_of(codes::INTERNATIONAL, value).to_string())
        },
        write: |answers, code| answers.international = value_of(codes::INTERNATIONAL, code),
    },
];

/// The row of a question.
pub fn question(id: QuestionId) -> &'static Question {
    QUESTIONS
        .iter()
        .find(|question| question.id == id)
        .unwrap_or(&QUESTIONS[0])
}

impl Answers {
    /// How many questions that the verdict needs are still open.
    pub fn open_questions(&self) -> usize {
        QUESTIONS
            .iter()
            .filter(|question| !question.optional && (question.read)(self).is_none())
            .count()
    }
}
