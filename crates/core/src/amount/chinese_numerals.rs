//! Amounts written in Chinese numerals, as people type what they hear at a
//! till or read on a handwritten receipt: "三百", "一千五", "两万",
//! "三块五", "十二元五角", "壹佰元整", and digits with a multiplier such as
//! "1.5万" or "3千".

use rust_decimal::Decimal;
use std::str::FromStr;

/// The value of a Chinese digit, everyday or financial (大写) form.
fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Tens, hundreds and thousands, inside a group of four digits.
fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        _ => return None,
    })
}

/// Ten thousand and a hundred million, which close a group.
fn large_unit(c: char) -> Option<u64> {
    Some(match c {
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// Whether the text holds anything only an amount in Chinese has: a
/// numeral, or yuan and its change inside it ("5块5").
pub(super) fn has_numeral(text: &str) -> bool {
    text.chars().any(|c| {
        digit(c).is_some()
            || small_unit(c).is_some()
            || large_unit(c).is_some()
            || matches!(
                c,
                '元' | '块' | '塊' | '圆' | '圓' | '角' | '毛' | '分' | '点' | '點'
            )
    })
}

/// Reads a whole amount in yuan written with Chinese numerals (units and
/// signs already taken off), or `None` if it is not one.
pub(super) fn read(text: &str) -> Option<Decimal> {
    let text = text.strip_suffix('整').unwrap_or(text);
    // "二百六十八点五": a decimal point said as 点, digits after it.
    if let Some((yuan, decimals)) = text.split_once(['点', '點']) {
        let whole = if yuan.is_empty() {
            Decimal::ZERO
        } else {
            whole_number(yuan)?
        };
        let digits: String = decimals
            .chars()
            .map(|c| {
                digit(c)
                    .or_else(|| c.to_digit(10))
                    .and_then(|d| char::from_digit(d, 10))
            })
            .collect::<Option<_>>()?;
        if digits.is_empty() {
            return None;
        }
        return Some(whole + Decimal::from_str(&format!("0.{digits}")).ok()?);
    }
    // "三块五毛": yuan before 块 or 元, then the small change.
    match text.find(['元', '块', '塊', '圆', '圓']) {
        Some(at) => {
            let separator_len = text[at..].chars().next()?.len_utf8();
            let (yuan, change) = (&text[..at], &text[at + separator_len..]);
            let whole = if yuan.is_empty() {
                Decimal::ZERO
            } else {
                whole_number(yuan)?
            };
            Some(whole + small_change(change, true)?)
        }
        None if text.ends_with(['角', '毛', '分']) => small_change(text, false),
        None => whole_number(text),
    }
}

/// "五角二分", "五毛", and after 块 a bare "五" (jiao) or "零五" (fen).
fn small_change(text: &str, after_yuan: bool) -> Option<Decimal> {
    let mut cents = 0u32;
    // A bare digit counts as the next unit down: jiao after 块, fen after 毛.
    let mut next_unit = if after_yuan { Some(10) } else { None };
    let mut pending: Option<u32> = None;
    let mut zero_seen = false;
    for c in text.chars() {
        if let Some(value) = digit(c).or_else(|| c.to_digit(10)) {
            if value == 0 {
                zero_seen = true;
                continue;
            }
            if pending.is_some() {
                return None;
            }
            pending = Some(value);
        } else {
            let unit = match c {
                '角' | '毛' => 10,
                '分' => 1,
                _ => return None,
            };
            cents += pending.take()? * unit;
            next_unit = (unit == 10).then_some(1);
            zero_seen = false;
        }
    }
    if let Some(value) = pending {
        // "三块零五": the zero skips the jiao.
        let unit = if zero_seen { 1 } else { next_unit? };
        cents += value * unit;
    }
    Some(Decimal::new(i64::from(cents), 2))
}

/// A whole number: "三百", "一千零五", "一万五" (fifteen thousand), "十二",
/// "一五零零" (digit by digit), "1.5万", "3千".
fn whole_number(text: &str) -> Option<Decimal> {
    if text.is_empty() {
        return None;
    }
    // Digit by digit, as read off a screen: "一五零零".
    if text.chars().all(|c| digit(c).is_some()) {
        let digits: String = text
            .chars()
            .filter_map(digit)
            .map(|d| char::from(b'0' + d as u8))
            .collect();
        return Decimal::from_str(&digits).ok();
    }
    let mut total = Decimal::ZERO;
    let mut group = Decimal::ZERO;
    let mut number: Option<Decimal> = None;
    // The unit just used, for a last digit said without its unit
    // ("一万五" is 15,000) and for a zero that skips one ("一千零五").
    let mut last_unit: Option<u64> = None;
    let mut zero_before_number = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            if number.is_some() {
                return None;
            }
            let mut written = String::from(c);
            while let Some(next) = chars.next_if(|n| n.is_ascii_digit() || *n == '.') {
                written.push(next);
            }
            number = Some(Decimal::from_str(&written).ok()?);
        } else if let Some(value) = digit(c) {
            if value == 0 {
                zero_before_number = true;
                continue;
            }
            if number.is_some() {
                return None;
            }
            number = Some(Decimal::from(value));
        } else if let Some(unit) = small_unit(c) {
            // "十五": ten alone means one ten.
            let count = number.take().unwrap_or(Decimal::ONE);
            group += count * Decimal::from(unit);
            last_unit = Some(u64::from(unit));
            zero_before_number = false;
        } else if let Some(unit) = large_unit(c) {
            let count = group + number.take().unwrap_or(Decimal::ZERO);
            if count.is_zero() {
                return None;
            }
            // 亿 multiplies all before it; 万 only its own group.
            if unit == 10_000 {
                total += count * Decimal::from(unit);
            } else {
                total = (total + count) * Decimal::from(unit);
            }
            group = Decimal::ZERO;
            last_unit = Some(unit);
            zero_before_number = false;
        } else {
            return None;
        }
    }
    if let Some(value) = number {
        // "一万五", "三千二", "两百五": the unit after the last digit is left
        // unsaid and is a tenth of the one before it. After 十, or after a
        // zero ("一千零五"), the digit is ones.
        let unit = match last_unit {
            Some(unit) if unit >= 100 && !zero_before_number => unit / 10,
            _ => 1,
        };
        group += value * Decimal::from(unit);
    }
    Some(total + group)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_are_read() {
        // (typed, read as)
        for (text, expected) in [
            ("十", "10"),
            ("十五", "15"),
            ("二十", "20"),
            ("三百", "300"),
            ("一百零五", "105"),
            ("一千零五", "1005"),
            ("一千五", "1500"),
            ("一千五百", "1500"),
            ("两百五", "250"),
            ("一万五", "15000"),
            ("一万零五百", "10500"),
            ("三万二千", "32000"),
            ("十万", "100000"),
            ("一亿", "100000000"),
            ("三亿五千万", "350000000"),
            ("一五零零", "1500"),
            ("1.5万", "15000"),
            ("3千", "3000"),
            ("2万5千", "25000"),
            ("三块五", "3.5"),
            ("三块五毛", "3.5"),
            ("三块五毛五", "3.55"),
            ("三块零五", "3.05"),
            ("十二元五角", "12.5"),
            ("十二元五角二分", "12.52"),
            ("五毛", "0.5"),
            ("八分", "0.08"),
            ("壹佰元整", "100"),
            ("5块5", "5.5"),
            ("12元5角", "12.5"),
            ("贰仟叁佰肆拾伍元陆角柒分", "2345.67"),
            // Found when a host mother said the amount as she would aloud.
            ("二百六十八点五", "268.5"),
            ("两百点零五", "200.05"),
            ("268点5", "268.5"),
            ("零点五", "0.5"),
        ] {
            assert_eq!(
                read(text),
                Some(Decimal::from_str(expected).unwrap()),
                "{text}"
            );
        }
    }

    #[test]
    fn what_is_not_an_amount_is_not_read() {
        for text in [
            "",
            "五五毛",
            "万",
            "三百x",
            "块五毛五分六",
            "1.5.2万",
            "三3",
            "元角",
            "二百点",
            "点五点",
            "二百点x",
        ] {
            assert_eq!(read(text), None, "{text:?}");
        }
    }
}
