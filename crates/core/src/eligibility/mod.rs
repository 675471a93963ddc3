//! Can this person use Weixin Pay with this card, and what will they get?
//!
//! [`assess`] turns the answers of the eligibility checker into a verdict:
//! eligible, not yet (with the steps that fix it), or not possible (with
//! other ways to pay). Every finding names the rule it rests on and the rule
//! set that rule comes from.
//!
//! The parts: `answers` (the answers' types), `questions` (the one table
//! of questions that the count, the link and the page walk), `findings`
//! (what it can find and how that weighs), `per_question` (what each
//! answer finds), `assess` (answers → verdict),
//! `codes` (each answer's short code) and `link` (the answers in a
//! shareable address).

mod answers;
mod assess;
pub mod codes;
mod findings;
mod link;
mod per_question;
mod questions;

pub use answers::*;
pub use assess::assess;
pub use findings::*;
pub use questions::{AnswerForm, Question, QuestionId, QUESTIONS};
