//! Whether a query asks how to pay at all, not about a failure: the
//! guide's steps for paying answer it.

use super::pieces::fold;
use super::questions::{latin_words, names_any, tells_of_a_failure};

/// Words a question of how to pay is made of ("how do I pay at a shop",
/// "hvordan betaler jeg i butikken"), folded: the how, the paying, and
/// where. A question with any other word ("how do I pay rent") is about
/// something else, which the problems answer.
const HOW_TO_PAY_WORDS: &[&str] = &[
    "how",
    "do",
    "does",
    "can",
    "could",
    "should",
    "i",
    "we",
    "you",
    "one",
    "to",
    "is",
    "it",
    "a",
    "an",
    "the",
    "in",
    "at",
    "with",
    "by",
    "here",
    "there",
    "china",
    "pay",
    "paying",
    "payment",
    "payments",
    "use",
    "using",
    "work",
    "works",
    "wechat",
    "weixin",
    "shop",
    "shops",
    "store",
    "stores",
    "restaurant",
    "restaurants",
    "supermarket",
    "cafe",
    "till",
    "counter",
    "checkout",
    "cashier",
    "qr",
    "code",
    "scan",
    "hvordan",
    "betaler",
    "betale",
    "betaling",
    "jeg",
    "man",
    "vi",
    "du",
    "pa",
    "med",
    "bruker",
    "bruke",
    "fungerer",
    "virker",
    "det",
    "butikk",
    "butikken",
    "butikker",
    "kassa",
    "kassen",
    "kafe",
    "kina",
    "my",
    "card",
    "foreign",
    "international",
    "min",
    "mitt",
    "kort",
    "kortet",
    "utenlandsk",
];
/// The how, and the paying, in Chinese.
const HOW_HAN: &[&str] = &["怎么", "怎样", "如何", "咋"];
const PAY_HAN: &[&str] = &["付款", "付钱", "支付", "买单", "结账"];
/// A Chinese question of how that tells of a failure.
const FAILURE_HAN: &[&str] = &["灰", "错", "拒", "限", "风险", "不了", "不能", "无法"];

/// Whether `query` asks how to pay at all ("how do I pay at a shop",
/// "怎么用微信付款"), without telling of a failure: the guide's steps answer
/// that, before the failures the same words find.
pub fn asks_how_to_pay(query: &str) -> bool {
    let folded = fold(query);
    let words = latin_words(&folded);
    let has_word = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let has_han = |list: &[&str]| list.iter().any(|han| folded.contains(han));
    if tells_of_a_failure(query) || names_any(query, FAILURE_HAN) {
        return false;
    }
    let latin_asks = has_word(&["how", "hvordan"])
        && has_word(&["pay", "paying", "betaler", "betale"])
        && words
            .iter()
            .all(|word| HOW_TO_PAY_WORDS.contains(&word.as_str()));
    let han_asks = has_han(HOW_HAN) && has_han(PAY_HAN);
    latin_asks || han_asks
}
