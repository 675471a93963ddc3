//! A question of what a payment costs that names its amount ("how much fee
//! for 2300", "500元手续费多少"): the fee calculator answers it, opened
//! with that amount.

use super::questions::names_any;
use crate::amount::{read_cny_amount, AmountError, DecimalMark};
use rust_decimal::Decimal;

/// Words that ask what a payment costs, folded.
const COST_WORDS: &[&str] = &[
    "fee", "fees", "cost", "costs", "charge", "charged", "gebyr", "gebyret", "koster", "kostnad",
];
const COST_HAN: &[&str] = &["手续费", "费用", "收费", "多少钱"];

/// The amount in yuan a question of cost names, when it names exactly one:
/// `None` for any other query, for several numbers, or for a number that is
/// not an amount in yuan ("2300 naira").
pub fn cost_question_amount(query: &str, mark: DecimalMark) -> Option<Decimal> {
    if !names_any(query, COST_WORDS) && !names_any(query, COST_HAN) {
        return None;
    }
    let number = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let query = &joined_thousands(query);
    let mut amounts = query
        .split(|c: char| !(number(c) || ".,¥￥".contains(c)))
        .filter(|piece| piece.chars().any(number));
    let amount = amounts.next()?;
    if amounts.next().is_some() {
        return None;
    }
    // "2300 naira": the word after the number names another currency.
    let after = query[query.find(amount)? + amount.len()..].trim_start();
    // "extra fee 3%": a share, not an amount.
    if after.starts_with(['%', '％'])
        || after.starts_with("percent")
        || after.starts_with("prosent")
    {
        return None;
    }
    let whole = after
        .split_whitespace()
        .next()
        .map_or(amount.to_string(), |word| format!("{amount} {word}"));
    match read_cny_amount(&whole, mark).value {
        Ok(yuan) => Some(yuan),
        Err(AmountError::NotANumber) => read_cny_amount(amount, mark).value.ok(),
        Err(_) => None,
    }
}

/// "1 250" as "1250": a space between digits and a group of exactly three
/// is the thousands' space Norwegian writes, not two numbers.
fn joined_thousands(query: &str) -> String {
    let chars: Vec<char> = query.chars().collect();
    let digit = |at: usize| chars.get(at).is_some_and(char::is_ascii_digit);
    chars
        .iter()
        .enumerate()
        .filter(|&(at, c)| {
            let thousands_space = c.is_whitespace()
                && at > 0
                && digit(at - 1)
                && (1..=3).all(|ahead| digit(at + ahead))
                && !digit(at + 4);
            !thousands_space
        })
        .map(|(_, c)| *c)
        .collect()
}
