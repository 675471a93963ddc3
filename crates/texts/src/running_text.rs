//! Dates and amounts inside sentences: a date as each language writes it
//! in running text, and an amount of yuan in Chinese words for a cashier.

use crate::Lang;
use rust_decimal::Decimal;

/// An amount of yuan as a cashier reads it in Chinese words: 65 is
/// "六十五元", 6,500 is "六千五百元", 65.5 is "六十五元五角", so a fare of
/// ¥65 is never paid as ¥6,500. Fractions of a fen are dropped; amounts
/// of a hundred million yuan or more are not written out (`None`).
pub fn chinese_amount(amount: Decimal) -> Option<String> {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if amount.is_sign_negative() {
        return None;
    }
    let fen = (amount * Decimal::ONE_HUNDRED).trunc();
    let fen = u64::try_from(fen).ok()?;
    let (yuan, jiao, fen) = (fen / 100, (fen / 10) % 10, fen % 10);
    if yuan >= 100_000_000 {
        return None;
    }
    // Up to four digits with 千, 百, 十, and 零 for the gaps between them.
    let four = |n: u64| -> String {
        let units = ['千', '百', '十', ' '];
        let digits = [n / 1000, (n / 100) % 10, (n / 10) % 10, n % 10];
        let mut text = String::new();
        let mut gap = false;
        for (digit, unit) in digits.into_iter().zip(units) {
            if digit == 0 {
                gap = !text.is_empty();
                continue;
            }
            if gap {
                text.push('零');
                gap = false;
            }
            // Two thousand is said "两千", and two hundred "两百" where it
            // leads, as cashiers say them.
            text.push(
                if digit == 2 && (unit == '千' || (unit == '百' && text.is_empty())) {
                    '两'
                } else {
                    DIGITS[digit as usize]
                },
            );
            if unit != ' ' {
                text.push(unit);
            }
        }
        text
    };
    let mut words = String::new();
    let (wan, rest) = (yuan / 10_000, yuan % 10_000);
    if wan > 0 {
        // "两万", but "十二万" and "二十万".
        words.push_str(&if wan == 2 {
            "两".to_string()
        } else {
            four(wan)
        });
        words.push('万');
        if rest > 0 && rest < 1000 {
            words.push('零');
        }
    }
    if rest > 0 {
        words.push_str(&four(rest));
    }
    // "一十五" is said "十五" at the start.
    if words.starts_with("一十") {
        words.remove(0);
    }
    let mut text = String::new();
    if yuan > 0 {
        text.push_str(&words);
        text.push('元');
    }
    if jiao > 0 {
        // "十元五角", as a cashier says it: no 零 for the yuan's empty units.
        text.push(DIGITS[jiao as usize]);
        text.push('角');
    } else if yuan > 0 && fen > 0 {
        text.push('零');
    }
    if fen > 0 {
        text.push(DIGITS[fen as usize]);
        text.push('分');
    }
    if text.is_empty() {
        text.push_str("零元");
    }
    Some(text)
}

/// A date in a list or a table, short but unambiguous in each language:
/// "26 Feb 2027", "2027年2月26日", "26. feb. 2027", never cut by a line end.
pub fn format_short_date(lang: Lang, date: waika_core::date::Date) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // The Language Council's abbreviations, with a full stop where a word is cut.
    const NB: [&str; 12] = [
        "jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ];
    let month = usize::from(date.month.clamp(1, 12)) - 1;
    match lang {
        Lang::En => format!("{}\u{a0}{}\u{a0}{}", date.day, EN[month], date.year),
        Lang::Nb => format!("{}.\u{a0}{}\u{a0}{}", date.day, NB[month], date.year),
        Lang::Zh => format_long_date(lang, date),
    }
}

/// A date in running text, as each language writes it: "1 December 2026",
/// "2026年12月1日", "1. desember 2026". The day never ends a line apart
/// from its month: a no-break space joins them.
pub fn format_long_date(lang: Lang, date: waika_core::date::Date) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const NB: [&str; 12] = [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ];
    let month = usize::from(date.month.clamp(1, 12)) - 1;
    match lang {
        Lang::En => format!("{}\u{a0}{} {}", date.day, EN[month], date.year),
        Lang::Nb => format!("{}.\u{a0}{} {}", date.day, NB[month], date.year),
        Lang::Zh => format!("{}年{}月{}日", date.year, date.month, date.day),
    }
}
