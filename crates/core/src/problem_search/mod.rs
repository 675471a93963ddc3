//! Finding a problem from what people type: an on-screen message, a word
//! or a whole sentence, in any of the app's languages. Matching ignores
//! case, accents, punctuation and word order, reads Chinese without spaces
//! (by pairs of characters), forgives one typo in a longer Latin word, and
//! ranks the best match first. A query that matches nothing well still
//! gets the closest problems, never an empty page.

use crate::guide::{ProblemId, PROBLEMS};

mod cost_question;
mod for_the_cashier;
mod how_to_pay;
mod limits_question;
mod pieces;
mod questions;
mod safety_question;

pub use cost_question::cost_question_amount;
pub use for_the_cashier::{cannot_read_the_message, sentence_for_the_cashier};
pub use how_to_pay::asks_how_to_pay;
pub use limits_question::asks_about_limits;
pub use pieces::fold;
use pieces::{tokens, word_match, Token, STOP_WORDS};
pub use questions::{
    asks_about_a_card, asks_to_pay_by_card, names_a_merchant, names_alipay, names_cash,
};
use questions::{names_a_vendor, names_a_wallet, names_an_app};
pub use safety_question::{asks_about_safety, asks_for_a_secret, names_id_or_photo};

/// The characters of an amount written in Chinese: numerals and units.
const CHINESE_AMOUNT: &str = "零〇一二两三四五六七八九十百千万亿块元角毛分";

/// Longer queries are cut here: nobody types more, and a pasted page must
/// not make the search slow.
const MAX_QUERY_CHARS: usize = 200;

/// Shown when nothing comes close: the failures met most at a till.
pub const MOST_COMMON: [ProblemId; 3] = [
    ProblemId::PaymentDeclined,
    ProblemId::CardGreyAtMerchant,
    ProblemId::RiskControl,
];

/// Words that say something went wrong and nothing of what, folded.
const ONLY_FAILED: &[&str] = &[
    "error",
    "errors",
    "fail",
    "failed",
    "failure",
    "wrong",
    "problem",
    "problems",
    "issue",
    "feil",
    "feilmelding",
    "feilet",
    "problemer",
];

/// Whether every word of `query` only says that something failed.
fn says_only_that_it_failed(query: &str) -> bool {
    let (pieces, _) = query_tokens(query);
    !pieces.is_empty()
        && pieces
            .iter()
            .all(|piece| matches!(piece, Token::Word(word) if ONLY_FAILED.contains(&word.as_str())))
}

/// Words that say a payment failed, folded; Chinese is matched as written.
const FAILED: &[&str] = &["fail", "failed", "fails", "failure", "feilet", "feil"];
const FAILED_HAN: &[&str] = &["失败", "不成功", "没成功"];

/// Whether `query` says a payment failed, whatever else it says.
fn says_it_failed(query: &str) -> bool {
    let (pieces, _) = query_tokens(query);
    pieces
        .iter()
        .any(|piece| matches!(piece, Token::Word(word) if FAILED.contains(&word.as_str())))
        || FAILED_HAN.iter().any(|han| query.contains(han))
}

/// Answers the start page shows under its field; the troubleshooter has
/// the rest.
pub const ANSWERS_ON_START: usize = 4;

/// How the problems found relate to the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundBy {
    /// The query was empty: every problem, in the guide's order.
    Nothing,
    /// Problems that match the query, best first.
    Match,
    /// Nothing matched well: the nearest problems, best first.
    Closest,
    /// Nothing came near: the most common failures at a till.
    MostCommon,
}

/// The problems a query finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Findings {
    pub problems: Vec<ProblemId>,
    pub found_by: FoundBy,
    /// The first problem is clearly the one meant: it alone matches, or it
    /// matches far better than the next. A vague question ("payment
    /// failed") matches several causes, and then none is opened for the
    /// user as if it were the answer.
    pub clear: bool,
}

/// How far the best match's score must lead the next one's for the best
/// to be clear (scores run to about 1,100). Set from what users typed: a
/// vague "payment failed" or "card declined" leads by 40-80, a message
/// read off the screen by far more.
const CLEAR_LEAD: u32 = 100;

/// A text made ready for comparing.
struct Text {
    folded: String,
    words: Vec<String>,
    size: usize,
}

impl Text {
    fn new(text: &str) -> Text {
        let folded = fold(text);
        let pieces = tokens(&folded);
        let size = pieces.len().max(1);
        let words = pieces
            .into_iter()
            .filter_map(|token| match token {
                Token::Word(word) => Some(word),
                Token::Han(_) => None,
            })
            .collect();
        Text {
            folded,
            words,
            size,
        }
    }

    /// How well the text holds a query piece, from 0 to 100.
    fn holds(&self, token: &Token) -> u32 {
        match token {
            Token::Han(han) => u32::from(self.folded.contains(han.as_str())) * 100,
            Token::Word(query) => self
                .words
                .iter()
                .map(|word| word_match(query, word))
                .max()
                .unwrap_or(0),
        }
    }
}

/// The pieces of a query that carry meaning, and whether anything was
/// typed at all ("help" alone is something, but says nothing).
fn query_tokens(query: &str) -> (Vec<Token>, bool) {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let all = tokens(&fold(&query));
    let meaningful: Vec<Token> = all
        .iter()
        .filter(|token| match token {
            Token::Word(word) => !STOP_WORDS.contains(&word.as_str()),
            // An amount in Chinese ("一千五百块") says nothing of the problem.
            Token::Han(pair) => !pair.chars().all(|c| CHINESE_AMOUNT.contains(c)),
        })
        .cloned()
        .collect();
    // Anything typed, even only signs such as "%", gets the common
    // problems: only an empty field lists nothing.
    (meaningful, !query.trim().is_empty())
}

/// The query's pieces without the pairs of Chinese characters no problem
/// holds: a question typed without spaces ("12306买票可以用微信吗") pairs
/// characters across its words (票可, 以用), which only dilute what it
/// asks. Everything stays when nothing would be left.
fn known_pieces(query: Vec<Token>, texts: &[Vec<Text>]) -> Vec<Token> {
    let held: Vec<bool> = query
        .iter()
        .map(|token| texts.iter().flatten().any(|text| text.holds(token) > 0))
        .collect();
    if !held.contains(&true) {
        return query;
    }
    query
        .into_iter()
        .zip(held)
        .filter(|(token, held)| matches!(token, Token::Word(_)) || *held)
        .map(|(token, _)| token)
        .collect()
}

/// A problem's score for the query: how much of the query its texts hold,
/// together and in one text, and how much of that text the query covers.
fn score(query: &[Token], texts: &[Text]) -> (u32, u32) {
    let count = query.len() as u32;
    let mut best_in_one = 0;
    let mut best_anywhere = vec![0; query.len()];
    for text in texts {
        let held: Vec<u32> = query.iter().map(|token| text.holds(token)).collect();
        for (best, now) in best_anywhere.iter_mut().zip(&held) {
            *best = (*best).max(*now);
        }
        let sum: u32 = held.iter().sum();
        // The share of the query in this text, and a little for a short
        // text the query fills (a whole message typed beats a passing word).
        let in_one = sum * 5 / count + (sum.min(100 * text.size as u32) / text.size as u32);
        best_in_one = best_in_one.max(in_one);
    }
    let anywhere = best_anywhere.iter().sum::<u32>() / count;
    (anywhere * 5 + best_in_one, anywhere)
}

/// The problems that match `query`, best first. `texts_of` gives each
/// problem's texts in every language: its title, the messages people see,
/// and the ways people say it. A question naming a wallet from home puts
/// that answer first. Unless the words found one answer clearly (a
/// message read off the screen), one naming an app puts paying in apps
/// first, and one naming a taxi or a stall a seller's personal code.
pub fn find_problems<F>(query: &str, texts_of: F) -> Findings
where
    F: Fn(ProblemId) -> Vec<&'static str>,
{
    let mut findings = find_by_words(query, texts_of);
    // "error" alone names no cause, even when one message holds the word;
    // nor does a message the user says they cannot read ("refused, message
    // in Chinese"): its words may be any of several.
    if says_only_that_it_failed(query) || cannot_read_the_message(query) {
        findings.clear = false;
    }
    if names_a_wallet(query) {
        findings.put_first(ProblemId::WalletFromHome);
    } else if findings.clear {
        // A message read off the screen: its answer stays first.
    } else if names_an_app(query) {
        findings.put_first(ProblemId::MiniProgramsAndApps);
    } else if names_a_vendor(query) {
        findings.put_first(ProblemId::VendorPersonalCode);
    }
    // "noodle stall payment failed": the stall's answer comes first, even
    // as the clear one, but a failure told without its message may be the
    // unexplained one, so that answer is listed too.
    let listed = findings
        .problems
        .contains(&ProblemId::PaymentFailedNoReason);
    let unread = !findings.clear || names_a_vendor(query);
    if findings.found_by == FoundBy::Match && unread && !listed && says_it_failed(query) {
        findings.problems.push(ProblemId::PaymentFailedNoReason);
    }
    // "支付失败了怎么办": a failure said vaguely is often one whose message
    // went unread, so that answer is among those the start page shows.
    findings.keep_shown_on_start(ProblemId::PaymentFailedNoReason);
    findings
}

impl Findings {
    /// Moves `id`, if found but not clearly the answer, up to the last
    /// place the start page shows.
    fn keep_shown_on_start(&mut self, id: ProblemId) {
        let last_shown = ANSWERS_ON_START - 1;
        let Some(at) = self.problems.iter().position(|found| *found == id) else {
            return;
        };
        if self.clear || self.found_by != FoundBy::Match || at <= last_shown {
            return;
        }
        self.problems.remove(at);
        self.problems.insert(last_shown, id);
    }

    /// Puts `id` first, as a match but not the one clear answer.
    fn put_first(&mut self, id: ProblemId) {
        if self.problems.first() == Some(&id) {
            return;
        }
        self.problems.retain(|found| *found != id);
        self.problems.insert(0, id);
        self.found_by = FoundBy::Match;
        self.clear = false;
    }
}

fn find_by_words<F>(query: &str, texts_of: F) -> Findings
where
    F: Fn(ProblemId) -> Vec<&'static str>,
{
    let (query, typed) = query_tokens(query);
    if query.is_empty() {
        return if typed {
            Findings {
                problems: MOST_COMMON.to_vec(),
                found_by: FoundBy::MostCommon,
                clear: false,
            }
        } else {
            Findings {
                problems: PROBLEMS.iter().map(|problem| problem.id).collect(),
                found_by: FoundBy::Nothing,
                clear: false,
            }
        };
    }
    let all_texts: Vec<Vec<Text>> = PROBLEMS
        .iter()
        .map(|problem| texts_of(problem.id).into_iter().map(Text::new).collect())
        .collect();
    let query = known_pieces(query, &all_texts);
    // The best match first; equal matches, the problems met most at a till
    // first. Each is put in its place as it is scored: a few dozen, and no
    // sort for the browser to download.
    let rank = |entry: &(u32, u32, usize, ProblemId)| (std::cmp::Reverse(entry.0), entry.2);
    let mut scored: Vec<(u32, u32, usize, ProblemId)> = Vec::with_capacity(PROBLEMS.len());
    for (place, (problem, texts)) in PROBLEMS.iter().zip(&all_texts).enumerate() {
        let (score, anywhere) = score(&query, texts);
        let order = MOST_COMMON
            .iter()
            .position(|common| *common == problem.id)
            .unwrap_or(MOST_COMMON.len() + place);
        let entry = (score, anywhere, order, problem.id);
        let at = scored.partition_point(|known| rank(known) <= rank(&entry));
        scored.insert(at, entry);
    }
    // Most of the query found: a match. Otherwise the nearest few.
    let matched: Vec<&(u32, u32, usize, ProblemId)> = scored
        .iter()
        .filter(|(_, anywhere, _, _)| *anywhere >= 70)
        .collect();
    if let [(best, best_anywhere, ..), rest @ ..] = matched.as_slice() {
        // The best holds the whole question, and no other match comes near.
        let lead = rest
            .first()
            .map_or(u32::MAX, |second| best.saturating_sub(second.0));
        return Findings {
            problems: matched.iter().map(|(_, _, _, id)| *id).collect(),
            found_by: FoundBy::Match,
            clear: *best_anywhere == 100 && lead >= CLEAR_LEAD,
        };
    }
    let near: Vec<ProblemId> = scored
        .iter()
        .filter(|(_, anywhere, _, _)| *anywhere >= 30)
        .take(3)
        .map(|(_, _, _, id)| *id)
        .collect();
    if near.is_empty() {
        return Findings {
            problems: MOST_COMMON.to_vec(),
            found_by: FoundBy::MostCommon,
            clear: false,
        };
    }
    Findings {
        problems: near,
        found_by: FoundBy::Closest,
        clear: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_query_is_cut() {
        let long = "card ".repeat(10_000);
        assert_eq!(query_tokens(&long).0.len(), MAX_QUERY_CHARS / 5);
    }
}
