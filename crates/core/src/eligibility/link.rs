//! The answers in a shareable address: short codes, never changed once
//! people have shared them.

use super::answers::*;
use super::questions::QUESTIONS;

/// A query value with its %XX escapes and `+` decoded, as browsers and
/// chat apps write them (`8%2E0%2E50` is 8.0.50). A broken escape stays.
fn percent_decoded(code: &str) -> String {
    let bytes = code.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
            (b'%', Some(&high), Some(&low)) if hex(high).is_some() && hex(low).is_some() => {
                let value = hex(high).unwrap_or(0) * 16 + hex(low).unwrap_or(0);
                out.push(value as u8);
                at += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                at += 1;
            }
            (byte, _, _) => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Answers {
    /// The answers as a query string, e.g. `id=passport&net=visa`, for a
    /// link that restores them. Unanswered questions are left out.
    pub fn to_query(&self) -> String {
        let parts: Vec<String> = QUESTIONS
            .iter()
            .filter_map(|question| {
                (question.read)(self).map(|code| format!("{}={code}", question.key))
            })
            .collect();
        parts.join("&")
    }

    /// Reads answers from a query string. Unknown keys and values are
    /// ignored, so an old or mangled link still restores what it can.
    pub fn from_query(query: &str) -> Answers {
        let mut answers = Answers::default();
        for pair in query.trim_start_matches('?').split('&') {
            let Some((key, code)) = pair.split_once('=') else {
                continue;
            };
            if let Some(question) = QUESTIONS.iter().find(|question| question.key == key) {
                (question.write)(&mut answers, &percent_decoded(code));
            }
        }
        answers
    }
}
