//! Queries the cashier card answers with a sentence to show: a message
//! nobody can read, a receipt, paying by card at the till.

use super::questions::{asks_to_pay_by_card, names_any};

/// Words for a message on the screen, and for Chinese, folded.
const MESSAGE_WORDS: &[&str] = &[
    "message",
    "messages",
    "error",
    "text",
    "says",
    "melding",
    "meldingen",
    "feilmelding",
    "feilmeldingen",
    "tekst",
    "teksten",
    "star",
    "read",
    "lese",
    "les",
];
const CHINESE_WORDS: &[&str] = &["chinese", "kinesisk", "mandarin"];
/// "I cannot read it", in Chinese.
const UNREADABLE_HAN: &[&str] = &["看不懂", "不懂中文", "不认识中文"];

/// Whether `query` says a message is in Chinese or cannot be read ("message
/// in Chinese", "feilmelding på kinesisk", "看不懂提示"): the cashier can
/// read it, and the card has the sentence to ask.
pub fn cannot_read_the_message(query: &str) -> bool {
    (names_any(query, MESSAGE_WORDS) && names_any(query, CHINESE_WORDS))
        || names_any(query, UNREADABLE_HAN)
}

/// Words that ask for a receipt, folded.
const RECEIPT_WORDS: &[&str] = &[
    "receipt",
    "receipts",
    "kvittering",
    "kvitteringen",
    "收据",
    "小票",
];

/// The cashier card's sentence a query asks for in so many words, by its
/// slug: a message nobody can read, which the cashier can
/// ("read-message"), a receipt ("receipt"), or paying by card at the till,
/// which only the shop can answer ("card-terminal").
pub fn sentence_for_the_cashier(query: &str) -> Option<&'static str> {
    if cannot_read_the_message(query) {
        Some("read-message")
    } else if names_any(query, RECEIPT_WORDS) {
        Some("receipt")
    } else if asks_to_pay_by_card(query) {
        Some("card-terminal")
    } else {
        None
    }
}
