//! Reading an exchange rate the way banks, converters and people write
//! it: yuan for one unit, "1 MYR = 1.6 CNY", or the other way round,
//! "1 CNY = 190 KRW".

use super::typed::{has_digit, strip_sign_and_units, to_ascii_compact, YUAN_UNITS};
use super::{parse, AmountError, NumberKind};
use rust_decimal::Decimal;

const CNY_RATE: NumberKind = NumberKind {
    max_decimals: 6,
    max_value: Decimal::from_parts(1_000, 0, 0, false, 0),
    zero_allowed: false,
    three_digits_after_single_separator_are_thousands: false,
    units: YUAN_UNITS,
    other_currencies: &[],
    currency_codes: false,
};

/// A home currency's units for one yuan ("1 CNY = 190 KRW"): up to the
/// rial's or the dong's thousands.
const UNITS_PER_YUAN: NumberKind = NumberKind {
    max_decimals: 6,
    max_value: Decimal::from_parts(100_000, 0, 0, false, 0),
    zero_allowed: false,
    three_digits_after_single_separator_are_thousands: false,
    units: &["₩", "円", "$", "€", "£", "₽", "₹", "₦"],
    other_currencies: &[],
    currency_codes: false,
};

/// What joins two amounts of a rate: "1 MYR = 1.6 CNY", "1:1.63".
const BETWEEN_AMOUNTS: [char; 4] = ['=', '＝', ':', '：'];

/// Reads an exchange rate in yuan per unit of another currency, e.g. "7.1"
/// or "0,7012". Up to six decimals, more than zero.
pub fn parse_cny_rate(text: &str) -> Result<Decimal, AmountError> {
    // "1 MYR = 1.6 CNY", as banks and converters write it, "100 NOK = 69
    // CNY", or the other way round, "1 CNY = 190 KRW" (the won, the yen,
    // the dong): the amount on the left is worth the one on the right.
    if let Some((left, right)) = text.split_once(BETWEEN_AMOUNTS) {
        let compact_left = to_ascii_compact(left);
        let (_, count) = strip_sign_and_units(&compact_left, YUAN_UNITS);
        // "1韩元" is a won, not yuan: yuan only with nothing else named.
        let yuan_on_left =
            count.len() < compact_left.len() && !count.chars().any(char::is_alphabetic);
        let count: String = count.chars().filter(|c| !c.is_alphabetic()).collect();
        let left_amount = match count.as_str() {
            "" => Decimal::ONE,
            count => parse(count, &UNITS_PER_YUAN).map_err(|_| AmountError::NotANumber)?,
        };
        if yuan_on_left {
            let number: String = right.chars().filter(|c| !c.is_alphabetic()).collect();
            let units = parse(&number, &UNITS_PER_YUAN)?;
            return per_yuan_of(units.checked_div(left_amount));
        }
        let yuan = parse(right, &CNY_RATE)?;
        if left_amount == Decimal::ONE {
            return Ok(yuan);
        }
        return in_bounds(yuan.checked_div(left_amount));
    }
    // "RM0.61", "1,45 kr", "0.61 MYR": written with the home currency's
    // sign or code, the number is that currency's units for one yuan.
    let compact = to_ascii_compact(text);
    let (_, without_yuan) = strip_sign_and_units(&compact, YUAN_UNITS);
    let (_, without_sign) = strip_sign_and_units(&compact, &[]);
    if without_yuan == without_sign && compact.chars().any(is_currency_label) {
        let number = compact.trim_matches(is_currency_label);
        if has_digit(number) {
            return per_yuan(number);
        }
    }
    // No currency is worth a thousand yuan: a larger number is the home
    // currency's units for one yuan, as the dong or the rupiah are quoted.
    match parse(text, &CNY_RATE) {
        Err(AmountError::TooLarge { .. }) => per_yuan(text),
        read => read,
    }
}

/// Whether a typed rate is a plain number ("0.61"), which says nothing of
/// its direction: yuan for one unit, or units for one yuan.
pub fn rate_is_plain_number(text: &str) -> bool {
    !text.contains(BETWEEN_AMOUNTS) && !to_ascii_compact(text).chars().any(is_currency_label)
}

/// A letter or a currency's sign: what labels a number with a currency.
fn is_currency_label(c: char) -> bool {
    c.is_alphabetic() || "$€£₩円₽₹₦฿".contains(c)
}

/// A rate worked out from two amounts, to [`INVERSE_DECIMALS`] decimals,
/// within the bounds a typed rate has.
fn in_bounds(rate: Option<Decimal>) -> Result<Decimal, AmountError> {
    let rate = rate
        .map(|rate| rate.round_dp(INVERSE_DECIMALS).normalize())
        .filter(|rate| !rate.is_zero())
        .ok_or(AmountError::Zero)?;
    if rate > CNY_RATE.max_value {
        return Err(AmountError::TooLarge {
            max: CNY_RATE.max_value,
        });
    }
    Ok(rate)
}

/// Yuan per unit from the home currency's units for one yuan, worked out.
fn per_yuan_of(units: Option<Decimal>) -> Result<Decimal, AmountError> {
    in_bounds(units.and_then(turned_round))
}

/// Yuan per unit from the home currency's units for one yuan.
fn per_yuan(text: &str) -> Result<Decimal, AmountError> {
    let units = parse(text, &UNITS_PER_YUAN)?;
    turned_round(units).ok_or(AmountError::TooLarge {
        max: UNITS_PER_YUAN.max_value,
    })
}

/// A rate the other way round (units per yuan from yuan per unit, or back),
/// to [`INVERSE_DECIMALS`] decimals; `None` for zero, or when it rounds to
/// zero.
pub fn turned_round(rate: Decimal) -> Option<Decimal> {
    Decimal::ONE
        .checked_div(rate)
        .map(|turned| turned.round_dp(INVERSE_DECIMALS))
        .filter(|turned| !turned.is_zero())
}

/// Decimals kept of a rate turned round from units per yuan: enough that
/// 200,000 won come out to the won.
pub const INVERSE_DECIMALS: u32 = 10;
