//! A question of how much one may pay ("wat is the max i can pay", "hvor
//! mye kan jeg betale", "限额是多少"), not a payment refused as over a
//! limit: the limits answer it, before the failure the same words find.

use super::pieces::fold;
use super::questions::{latin_words, FAILED_HAN, FAILED_WORDS};

/// Words that ask about the limits, folded.
const LIMIT_WORDS: &[&str] = &[
    "limit",
    "limits",
    "max",
    "maximum",
    "grense",
    "grensen",
    "grensene",
    "belopsgrense",
    "belopsgrensen",
    "maks",
];
const LIMIT_HAN: &[&str] = &["限额", "最多", "上限", "额度"];
/// "how much can I pay / spend", "hvor mye kan jeg betale".
const HOW_MUCH: [&[&str]; 2] = [&["how", "much", "can"], &["hvor", "mye", "kan"]];
/// Said of a payment refused over a limit: that is a failure.
const OVER_WORDS: &[&str] = &["over", "exceeds", "exceeded", "overskredet"];
const OVER_HAN: &[&str] = &["超过", "超出", "超限"];

/// Whether `query` asks what the limits are, without telling of a payment
/// that failed.
pub fn asks_about_limits(query: &str) -> bool {
    let folded = fold(query);
    let words = latin_words(&folded);
    let has_word = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let has_han = |list: &[&str]| list.iter().any(|han| folded.contains(han));
    if has_word(FAILED_WORDS) || has_han(FAILED_HAN) || has_word(OVER_WORDS) || has_han(OVER_HAN) {
        return false;
    }
    let how_much = HOW_MUCH.iter().any(|all| {
        all.iter()
            .all(|word| words.iter().any(|typed| typed == word))
    });
    has_word(LIMIT_WORDS) || has_han(LIMIT_HAN) || how_much
}
