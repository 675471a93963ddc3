//! The checker's questions as one table. Each row says how the question is
//! answered, its key in a shared link, whether it may stay blank, and how
//! its answer is read from and written to [`Answers`]. The count of open
//! questions, the shared link and the page's controls all walk this table,
//! so a question added here is asked, counted and shared everywhere.

use super::answers::*;
use super::codes::{self, code_of, value_of};

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

/// A required question answered by choosing one of `codes::$table`,
/// kept in `Answers::$field`.
macro_rules! choice {
    ($id:ident, $key:literal, $field:ident, $table:ident) => {
        Question {
            id: QuestionId::$id,
            key: $key,
            optional: false,
            form: AnswerForm::Choice,
            choices: || codes_of(codes::$table),
            read: |answers| {
                answers
                    .$field
                    .map(|value| code_of(codes::$table, value).to_string())
            },
            write: |answers, code| answers.$field = value_of(codes::$table, code),
        }
    };
}

/// Every question, in the order asked.
pub static QUESTIONS: [Question; 10] = [
    choice!(Id, "id", id, ID),
    choice!(Network, "net", network, NETWORK),
    choice!(Kind, "kind", kind, KIND),
    choice!(Sms, "sms", sms, SMS),
    choice!(Store, "store", store, STORE),
    Question {
        id: QuestionId::Version,
        key: "ver",
        // Few people know their version: blank, the checker says how to
        // find it instead of holding the verdict back.
        optional: true,
        form: AnswerForm::Version,
        choices: Vec::new,
        read: |answers| answers.version.map(|version| version.to_string()),
        write: |answers, code| answers.version = AppVersion::parse(code),
    },
    choice!(Wallet, "wallet", wallet, WALLET),
    choice!(Cards, "cards", cards, CARDS),
    choice!(Place, "where", place, PLACE),
    choice!(International, "intl", international, INTERNATIONAL),
];

impl Answers {
    /// How many questions that the verdict needs are still open.
    pub fn open_questions(&self) -> usize {
        QUESTIONS
            .iter()
            .filter(|question| !question.optional && (question.read)(self).is_none())
            .count()
    }
}
