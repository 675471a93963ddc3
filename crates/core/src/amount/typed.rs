//! What people type around a number: full-width forms, spaces, signs,
//! yuan's units, and other currencies' signs and codes.

use super::NumberKind;
use crate::money::Currency;

/// Signs and words people put around a yuan amount. Longer ones first, so
/// "rmb" is not cut short by a shorter unit.
pub(super) const YUAN_UNITS: &[&str] = &[
    "人民币",
    "块钱",
    "yuan",
    "cny",
    "rmb",
    "¥",
    "￥",
    "元",
    "块",
    // Traditional characters, as typed in Taiwan and Hong Kong.
    "塊錢",
    "人民幣",
    "塊",
    "圓",
];

/// Other currencies' signs and words people may type an amount in,
/// longer ones first; the codes of the currencies the app knows are
/// refused besides (see `is_in_other_currency`).
pub(super) const OTHER_CURRENCIES: &[&str] = &[
    "kroner",
    "kronor",
    "naira",
    "₦",
    "rupees",
    "rupee",
    "卢比",
    "rs.",
    "rs",
    "₹",
    "₩",
    "₱",
    "baht",
    "泰铢",
    "挪威克朗",
    "hk$",
    "us$",
    "nt$",
    "新台币",
    "新台幣",
    "台币",
    "台幣",
    "港幣",
    "s$",
    "a$",
    "c$",
    "rm",
    "新加坡元",
    "马来西亚令吉",
    "令吉",
    "马币",
    "澳元",
    "加元",
    "美元",
    "美金",
    "港币",
    "港元",
    "欧元",
    "英镑",
    "克朗",
    "日元",
    "新币",
    "kr",
    "$",
    "€",
    "£",
    "฿",
    "reais",
    "real",
    "r$",
];

/// Full-width forms to ASCII, every kind of space removed, lower case.
pub(super) fn to_ascii_compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '，' => ',',
            // A Chinese keyboard types 。 where an English one types a point.
            '．' | '。' => '.',
            '－' | '−' | '–' => '-',
            '＋' => '+',
            '％' => '%',
            '’' | '＇' => '\'',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Removes a leading sign and any units before or after the number.
/// Returns whether a minus sign was seen, and the bare number.
pub(super) fn strip_sign_and_units<'a>(mut text: &'a str, units: &[&str]) -> (bool, &'a str) {
    let mut negative = false;
    loop {
        let before = text;
        if let Some(rest) = text.strip_prefix('-') {
            negative = true;
            text = rest;
        } else if let Some(rest) = text.strip_prefix('+') {
            text = rest;
        }
        for unit in units {
            if let Some(rest) = text.strip_prefix(unit) {
                text = rest;
            }
            if let Some(rest) = text.strip_suffix(unit) {
                text = rest;
            }
        }
        // "85,-": a Norwegian price tag's whole amount.
        if let Some(rest) = text.strip_suffix(",-").or_else(|| text.strip_suffix(".-")) {
            text = rest;
        }
        if text == before {
            return (negative, text);
        }
    }
}

pub(super) fn has_digit(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// "kr 200", "200 美元": a number written with another currency.
pub(super) fn is_in_other_currency(compact: &str, kind: &NumberKind) -> bool {
    let bare = compact.trim_start_matches(['-', '+']);
    // A yuan unit in front wins over a shorter other one it begins with:
    // "rmb 66" is yuan, "rm 66" Malaysia's ringgit.
    let yuan_first = YUAN_UNITS.iter().any(|unit| bare.starts_with(unit));
    // Any code of a currency the app knows but the yuan ("CHF 20", "80
    // BRL"), besides the signs and words listed.
    let a_code = |letters: Option<&str>| {
        letters.is_some_and(|letters| {
            letters.chars().all(|c| c.is_ascii_alphabetic())
                && Currency::from_code(letters).is_some_and(|currency| currency != Currency::Cny)
        })
    };
    let coded = kind.currency_codes
        && ((!yuan_first && a_code(bare.get(..3)))
            || a_code(bare.get(bare.len().saturating_sub(3)..)));
    coded
        || kind
            .other_currencies
            .iter()
            .any(|unit| (!yuan_first && bare.starts_with(unit)) || bare.ends_with(unit))
}
