//! Reading numbers the way people actually type them.
//!
//! People paste amounts from receipts, type them on Chinese keyboards
//! (full-width digits, 元, ￥) or in Norwegian style ("1 234,50"). The parser
//! accepts all of these and gives each kind of unreadable input its own
//! error, so the UI can say exactly what is wrong in the user's language.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

mod chinese_numerals;
mod rate;
mod typed;

pub use rate::{parse_cny_rate, rate_is_plain_number, turned_round, INVERSE_DECIMALS};

use typed::{
    has_digit, is_in_other_currency, strip_sign_and_units, to_ascii_compact, OTHER_CURRENCIES,
    YUAN_UNITS,
};

/// Why a typed number could not be used. Each variant gets its own sentence
/// in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmountError {
    /// Nothing was typed (or only a currency sign).
    Empty,
    /// Letters, misplaced separators or anything else that is not a number.
    NotANumber,
    /// A minus sign: payments and rates are never negative.
    Negative,
    /// Zero where a positive number is needed.
    Zero,
    /// More decimals than the field allows (two for money).
    TooManyDecimals {
        /// The most decimals the field accepts.
        max: u32,
    },
    /// Larger than anything the field can sensibly mean.
    TooLarge {
        /// The largest accepted value.
        max: Decimal,
    },
    /// Written in another currency ("kr 200", "$20"): never read as yuan.
    OtherCurrency,
    /// Two amounts in one field ("268.5 20", "268.5+20"): never added up,
    /// nor read as one number.
    SeveralAmounts,
}

/// What kind of number a field holds; decides separators, units and bounds.
struct NumberKind {
    max_decimals: u32,
    max_value: Decimal,
    zero_allowed: bool,
    /// Money never has three decimals, so "1,234" and "1.234" can only mean
    /// one thousand two hundred and thirty-four. Rates can have three
    /// decimals, so for them a single separator is always the decimal point.
    three_digits_after_single_separator_are_thousands: bool,
    /// Words and signs that may stand before or after the number.
    units: &'static [&'static str],
    /// Other currencies' signs and codes: a number written with one is
    /// refused as such, never read as this field's unit.
    other_currencies: &'static [&'static str],
    /// Whether the code of any currency the app knows, but the yuan, is
    /// refused as well.
    currency_codes: bool,
}

const CNY_AMOUNT: NumberKind = NumberKind {
    max_decimals: 2,
    // Far above any limit; anything larger is a typo.
    max_value: Decimal::from_parts(100_000_000, 0, 0, false, 0),
    zero_allowed: false,
    three_digits_after_single_separator_are_thousands: true,
    units: YUAN_UNITS,
    other_currencies: OTHER_CURRENCIES,
    currency_codes: true,
};

/// The highest currency markup, in percent, the app takes for a card.
pub const MAX_MARKUP_PERCENT: Decimal = Decimal::from_parts(50, 0, 0, false, 0);

const PERCENT: NumberKind = NumberKind {
    max_decimals: 4,
    max_value: MAX_MARKUP_PERCENT,
    zero_allowed: true,
    three_digits_after_single_separator_are_thousands: false,
    units: &["%"],
    other_currencies: &[],
    currency_codes: false,
};

/// Which mark a language writes between whole units and decimals. It
/// decides the one case people and parsers cannot: a single separator
/// followed by three digits ("12.345", "1,234").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DecimalMark {
    /// 1,234.50 (English, Chinese).
    Point,
    /// 1 234,50 (Norwegian).
    Comma,
}

impl DecimalMark {
    fn as_char(self) -> char {
        match self {
            DecimalMark::Point => '.',
            DecimalMark::Comma => ',',
        }
    }
}

/// How a typed amount was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmountReading {
    /// The amount read the way the user's language writes numbers, or why
    /// it cannot be used.
    pub value: Result<Decimal, AmountError>,
    /// When the separator could also mean the other thing, that other
    /// reading, if it is a valid amount: offered to the user with one tap.
    pub other: Option<Decimal>,
}

/// Reads a payment amount in yuan: "200", "200,50", "1 234,50", "1,234.50",
/// "1.234,50", "¥ 1 234", "200元", "CNY 200", "２００". At most two decimals,
/// more than zero, at most 100 million. A lone separator before three
/// digits ("12.345", "1,234") is read with `mark` as the decimal mark, which
/// gives too many decimals ("6.800" too: no silent 6.80), and the other
/// reading is returned beside it.
pub fn read_cny_amount(text: &str, mark: DecimalMark) -> AmountReading {
    if holds_several_amounts(text) {
        return AmountReading {
            value: Err(AmountError::SeveralAmounts),
            other: None,
        };
    }
    let compact = to_ascii_compact(text);
    let (negative, number) = strip_sign_and_units(&compact, CNY_AMOUNT.units);
    if chinese_numerals::has_numeral(number) {
        return AmountReading {
            value: read_in_chinese(&compact, negative, number),
            other: None,
        };
    }
    let Some((head, separator, tail)) = ambiguous_parts(number) else {
        return AmountReading {
            value: parse(text, &CNY_AMOUNT),
            other: None,
        };
    };
    let as_decimal = format!("{head}.{tail}");
    let as_thousands = format!("{head}{tail}");
    let (mine, theirs) = if separator == mark.as_char() {
        (as_decimal, as_thousands)
    } else {
        (as_thousands, as_decimal)
    };
    let finish = |canonical: &str| {
        let value = Decimal::from_str(canonical).map_err(|_| AmountError::NotANumber)?;
        if negative {
            return Err(AmountError::Negative);
        }
        check_bounds(value.normalize(), &CNY_AMOUNT)
    };
    // Three digits after the decimal mark never write a sum in yuan, and
    // "6.800" means 6,800 far more often than 6.80: nothing is read until
    // the user takes the other reading or types the amount another way.
    let value = if separator == mark.as_char() {
        finish(&mine).and(Err(AmountError::TooManyDecimals { max: 2 }))
    } else {
        finish(&mine)
    };
    // The other reading is offered only as thousands: as three decimals
    // it is no sum in yuan either ("¥1,500" is never ¥1.50).
    let other = if separator == mark.as_char() {
        finish(&theirs).ok()
    } else {
        None
    };
    AmountReading { value, other }
}

/// Whether the text holds more than one amount: a plus between numbers, or
/// a number with decimals followed by another ("268.5 20"). Thousands
/// grouped by spaces ("1 000,50") are one amount.
fn holds_several_amounts(text: &str) -> bool {
    let text = text.trim();
    let plus_between = text.char_indices().any(|(at, c)| {
        matches!(c, '+' | '＋')
            && text[..at].chars().any(|c| c.is_ascii_digit())
            && text[at + c.len_utf8()..]
                .chars()
                .any(|c| c.is_ascii_digit())
    });
    let parts: Vec<&str> = text.split_whitespace().collect();
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    // An amount with decimals and another number after it; a unit after it
    // ("88.8 元", "12.5 RMB") is one amount.
    let decimals_then_more = parts.iter().enumerate().any(|(at, part)| {
        let has_decimals = part
            .rfind(['.', ','])
            .map(|at| &part[at + 1..])
            .is_some_and(|tail| (1..=2).contains(&tail.len()) && tail.chars().all(is_digit));
        has_decimals
            && parts[at + 1..]
                .iter()
                .any(|later| later.chars().any(is_digit))
    });
    plus_between || decimals_then_more
}

/// An amount in Chinese numerals ("三百", "一千五", "三块五"), checked as
/// every other amount is.
fn read_in_chinese(compact: &str, negative: bool, number: &str) -> Result<Decimal, AmountError> {
    if is_in_other_currency(compact, &CNY_AMOUNT) {
        return Err(AmountError::OtherCurrency);
    }
    let value = chinese_numerals::read(number).ok_or(AmountError::NotANumber)?;
    if negative {
        return Err(AmountError::Negative);
    }
    check_bounds(value.normalize(), &CNY_AMOUNT)
}

/// Reads a payment amount in yuan as [`read_cny_amount`] does, without the
/// other reading.
pub fn parse_cny_amount(text: &str, mark: DecimalMark) -> Result<Decimal, AmountError> {
    read_cny_amount(text, mark).value
}

/// "12.345" → ("12", '.', "345"): one separator, one to three digits
/// before it (no leading zero), exactly three after. Anything else has
/// only one sensible reading.
fn ambiguous_parts(number: &str) -> Option<(&str, char, &str)> {
    let at = number.find(['.', ','])?;
    let separator = number[at..].chars().next()?;
    let (head, tail) = (&number[..at], &number[at + 1..]);
    let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    let ambiguous = digits(head)
        && digits(tail)
        && (1..=3).contains(&head.len())
        && !head.starts_with('0')
        && tail.len() == 3;
    ambiguous.then_some((head, separator, tail))
}

/// Reads a percentage such as "1,99", "2.3 %" or "0". Zero is allowed
/// (travel cards without a markup); up to 50.
pub fn parse_percent(text: &str) -> Result<Decimal, AmountError> {
    parse(text, &PERCENT)
}

fn parse(text: &str, kind: &NumberKind) -> Result<Decimal, AmountError> {
    let compact = to_ascii_compact(text);
    let (negative, number) = strip_sign_and_units(&compact, kind.units);
    // Stripping removes only signs and units, so nothing left means nothing
    // was typed but those.
    if number.is_empty() {
        return Err(AmountError::Empty);
    }
    if has_digit(number) && is_in_other_currency(&compact, kind) {
        return Err(AmountError::OtherCurrency);
    }
    if !number
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\''))
        || !has_digit(number)
    {
        return Err(AmountError::NotANumber);
    }
    let (integer, fraction) = split_decimal(number, kind)?;
    // Decimal holds 28 digits; refuse long digit strings before parsing them.
    if integer.trim_start_matches('0').len() > 15 {
        return Err(AmountError::TooLarge {
            max: kind.max_value,
        });
    }
    let canonical = if fraction.is_empty() {
        integer.clone()
    } else {
        format!("{integer}.{fraction}")
    };
    let canonical = if canonical.starts_with('.') {
        format!("0{canonical}")
    } else {
        canonical
    };
    let value = Decimal::from_str(&canonical)
        .map_err(|_| AmountError::NotANumber)?
        .normalize();
    if negative && !value.is_zero() {
        return Err(AmountError::Negative);
    }
    check_bounds(value, kind)
}

/// Zero, decimals and size: the checks every reading of a number passes.
fn check_bounds(value: Decimal, kind: &NumberKind) -> Result<Decimal, AmountError> {
    if value.is_zero() {
        return if kind.zero_allowed {
            Ok(Decimal::ZERO)
        } else {
            Err(AmountError::Zero)
        };
    }
    if value.scale() > kind.max_decimals {
        return Err(AmountError::TooManyDecimals {
            max: kind.max_decimals,
        });
    }
    if value > kind.max_value {
        return Err(AmountError::TooLarge {
            max: kind.max_value,
        });
    }
    Ok(value)
}

/// Splits "1.234,50" into ("1234", "50") by deciding which separator is the
/// decimal point and checking that the other one groups thousands properly.
fn split_decimal(number: &str, kind: &NumberKind) -> Result<(String, String), AmountError> {
    let last_point = number.rfind('.');
    let last_comma = number.rfind(',');
    let decimal_at = match (last_point, last_comma) {
        (None, None) => None,
        // Both used: the one that comes last is the decimal separator.
        (Some(p), Some(c)) => Some(p.max(c)),
        (Some(at), None) | (None, Some(at)) => {
            let separator = &number[at..=at];
            let single = number.matches(separator).count() == 1;
            let digits_after = number.len() - at - 1;
            let head = &number[..at];
            let looks_like_thousands = digits_after == 3
                && (1..=3).contains(&head.len())
                && !head.starts_with('0')
                && !head.contains('\'');
            if !single
                || (kind.three_digits_after_single_separator_are_thousands && looks_like_thousands)
            {
                None
            } else {
                Some(at)
            }
        }
    };
    let (integer_part, fraction) = match decimal_at {
        Some(at) => (&number[..at], &number[at + 1..]),
        None => (number, ""),
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return Err(AmountError::NotANumber);
    }
    Ok((ungroup(integer_part)?, fraction.to_string()))
}

/// "1,234,567" → "1234567", and the Indian grouping in lakhs and crores
/// that students from India type ("1,00,000", "12,34,567") → "100000";
/// refuses any other grouping.
fn ungroup(integer_part: &str) -> Result<String, AmountError> {
    let groups: Vec<&str> = integer_part.split(['.', ',', '\'']).collect();
    if groups.len() == 1 {
        return Ok(integer_part.to_string());
    }
    let separators: Vec<char> = integer_part
        .chars()
        .filter(|c| matches!(c, '.' | ',' | '\''))
        .collect();
    let one_kind = separators.windows(2).all(|pair| pair[0] == pair[1]);
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|group| group.len() == 3);
    // Two-digit groups before the last three, with commas only: no other
    // grouping writes them, so the reading is never in doubt.
    let (last, middle) = (groups[groups.len() - 1], &groups[1..groups.len() - 1]);
    let indian = separators.iter().all(|&c| c == ',')
        && (1..=2).contains(&groups[0].len())
        && !middle.is_empty()
        && middle.iter().all(|group| group.len() == 2)
        && last.len() == 3;
    if one_kind && ((first_ok && rest_ok) || indian) {
        Ok(groups.concat())
    } else {
        Err(AmountError::NotANumber)
    }
}
