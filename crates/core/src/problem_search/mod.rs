//! Finding a problem from what people type: an on-screen message, a word
//! or a whole sentence, in any of the app's languages. Matching ignores
//! case, accents, punctuation and word order, reads Chinese without spaces
//! (by pairs of characters), forgives one typo in a longer Latin word, and
//! ranks the best match first. A query that matches nothing well still
//! gets the closest problems, never an empty page.

use crate::guide::{ProblemId, PROBLEMS};

mod pieces;

pub use pieces::fold;
use pieces::{tokens, word_match, Token, STOP_WORDS};

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

/// Wallet apps from home by name, folded: a question that names one ("TNG
/// 可以在广州用吗") asks about wallets from home, however the rest reads.
const WALLET_WORDS: &[&str] = &[
    "tng",
    "touch",
    "boost",
    "kplus",
    "bakong",
    "naver",
    "paypal",
    "gcash",
    "kakaopay",
    "truemoney",
    "grabpay",
    "vipps",
    "ewallet",
];

/// Whether `query` names a wallet app from home.
fn names_a_wallet(query: &str) -> bool {
    tokens(&fold(query)).into_iter().any(|token| match token {
        Token::Word(word) => WALLET_WORDS.contains(&word.as_str()),
        Token::Han(_) => false,
    })
}

/// The problems that match `query`, best first. `texts_of` gives each
/// problem's texts in every language: its title, the messages people see,
/// and the ways people say it. A question naming a wallet from home puts
/// that answer first.
pub fn find_problems<F>(query: &str, texts_of: F) -> Findings
where
    F: Fn(ProblemId) -> Vec<&'static str>,
{
    let mut findings = find_by_words(query, texts_of);
    let wallet = ProblemId::WalletFromHome;
    if names_a_wallet(query) && findings.problems.first() != Some(&wallet) {
        findings.problems.retain(|id| *id != wallet);
        findings.problems.insert(0, wallet);
        findings.found_by = FoundBy::Match;
        findings.clear = false;
    }
    findings
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
    let mut scored: Vec<(u32, u32, usize, ProblemId)> = PROBLEMS
        .iter()
        .enumerate()
        .map(|(place, problem)| {
            let texts: Vec<Text> = texts_of(problem.id).into_iter().map(Text::new).collect();
            let (score, anywhere) = score(&query, &texts);
            // Equal matches: the problems met most at a till first.
            let order = MOST_COMMON
                .iter()
                .position(|common| *common == problem.id)
                .unwrap_or(MOST_COMMON.len() + place);
            (score, anywhere, order, problem.id)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
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

/// Words that name a card, in the app's languages, folded.
const CARD_WORDS: &[&str] = &[
    "card",
    "cards",
    "visa",
    "mastercard",
    "amex",
    "jcb",
    "unionpay",
    "debit",
    "credit",
    "kort",
    "kortet",
    "kredittkort",
    "debetkort",
];
/// Words for the document one registers with: the checker's first question
/// answers them ("绑卡要护照吗", "do I need my passport").
const ID_WORDS: &[&str] = &["passport", "passet", "pass", "permit", "oppholdstillatelse"];
const ID_HAN: &[&str] = &["护照", "证件", "台胞证", "通行证", "居留许可", "居留证"];
/// The card networks among them.
const CARD_BRANDS: &[&str] = &["visa", "mastercard", "amex", "jcb", "unionpay"];
/// Words that ask whether something works or is accepted.
const WORKS_WORDS: &[&str] = &[
    "ok",
    "okay",
    "work",
    "works",
    "use",
    "accepted",
    "accept",
    "supported",
    "can",
    "will",
    "virker",
    "funker",
    "fungerer",
    "bruke",
    "godtas",
    "godkjent",
    "kan",
];
/// The same in Chinese, read inside the text.
const WORKS_HAN: &[&str] = &[
    "能用",
    "可以用",
    "能不能",
    "可不可以",
    "支持",
    "能绑",
    "可以绑",
    "行吗",
];
/// Words that say something failed: then the problems answer, not the
/// checker.
const FAILED_WORDS: &[&str] = &[
    "not", "doesnt", "dont", "cant", "cannot", "wont", "isnt", "declined", "refused", "failed",
    "ikke", "avvist",
];
const FAILED_HAN: &[&str] = &[
    "不能用",
    "用不了",
    "付不了",
    "失败",
    "拒绝",
    "不行",
    "不支持",
];

/// Whether a query asks if a card will work ("visa debit ok?", "挪威的卡能
/// 用微信吗") or which document it takes ("护照"): the checker answers that
/// better than any problem, so the search offers it first.
pub fn asks_about_a_card(query: &str) -> bool {
    let folded = fold(query);
    let words: Vec<String> = tokens(&folded)
        .into_iter()
        .filter_map(|token| match token {
            Token::Word(word) => Some(word),
            Token::Han(_) => None,
        })
        .collect();
    let has_word = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let names_card = has_word(CARD_WORDS) || folded.contains('卡');
    let asks = has_word(WORKS_WORDS)
        || WORKS_HAN.iter().any(|han| folded.contains(han))
        || folded.trim_end().ends_with('?');
    let failed = has_word(FAILED_WORDS) || FAILED_HAN.iter().any(|han| folded.contains(han));
    // A card's name and nothing else ("amex", "Visa debit", "visa卡") asks
    // the same.
    let only_a_card_name = has_word(CARD_BRANDS)
        && words.iter().all(|word| CARD_WORDS.contains(&word.as_str()))
        && folded
            .chars()
            .all(|c| c == '卡' || !c.is_alphabetic() || c.is_ascii());
    let names_id = has_word(ID_WORDS) || ID_HAN.iter().any(|han| folded.contains(han));
    ((names_card && (asks || only_a_card_name)) || names_id) && !failed
}

/// Words that ask whether something is safe or a scam, folded.
const SAFETY_WORDS: &[&str] = &[
    "scam",
    "scams",
    "scammer",
    "scammed",
    "safe",
    "safety",
    "phishing",
    "legit",
    "trust",
    "svindel",
    "svindler",
    "svindlere",
    "trygt",
    "trygg",
    "lurt",
    "lureri",
];
/// The same in Chinese, read inside the text.
const SAFETY_HAN: &[&str] = &["诈骗", "骗子", "被骗", "骗局", "安全", "可靠吗", "靠谱吗"];

/// Whether a query asks if something is safe or a scam ("is this safe",
/// "scam", "会不会是诈骗"): the official warning answers it, whatever
/// problems the words also find.
pub fn asks_about_safety(query: &str) -> bool {
    let folded = fold(query);
    tokens(&folded).into_iter().any(|token| match token {
        Token::Word(word) => SAFETY_WORDS.contains(&word.as_str()),
        Token::Han(_) => false,
    }) || SAFETY_HAN.iter().any(|han| folded.contains(han))
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
