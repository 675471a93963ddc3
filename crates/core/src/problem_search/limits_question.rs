//! A question of how much one may pay ("wat is the max i can pay", "hvor
//! mye kan jeg betale", "限额是多少"), not a payment refused as over a
//! limit: the limits answer it, before the failure the same words find.

use super::pieces::fold;
use super::questions::{latin_words, names_any, tells_of_a_failure};

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
    if tells_of_a_failure(query) || names_any(query, OVER_WORDS) || names_any(query, OVER_HAN) {
        return false;
    }
    let words = latin_words(&fold(query));
    let how_much = HOW_MUCH.iter().any(|all| {
        all.iter()
            .all(|word| words.iter().any(|typed| typed == word))
    });
    names_any(query, LIMIT_WORDS) || names_any(query, LIMIT_HAN) || how_much
}
