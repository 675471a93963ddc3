//! Reading an exchange rate the way banks, converters and people write
//! it: yuan for one unit, "1 MYR = 1.6 CNY", or the other way round,
//! "1 CNY = 190 KRW".

use super::typed::{strip_sign_and_units, to_ascii_compact, YUAN_UNITS};
use super::{parse, AmountError, NumberKind};
use rust_decimal::Decimal;

const CNY_RATE: NumberKind = NumberKind {
    max_decimals: 6,
    max_value: Decimal::from_parts(1_000, 0, 0, false, 0),
    zero_allowed: false,
    three_digits_after_single_separator_are_thousands: false,
    units: YUAN_UNITS,
    other_currencies: &[],
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
};

/// Reads an exchange rate in yuan per unit of another currency, e.g. "7.1"
/// or "0,7012". Up to six decimals, more than zero.
pub fn parse_cny_rate(text: &str) -> Result<Decimal, AmountError> {
    // "1 MYR = 1.6 CNY", as banks and converters write it: the yuan for
    // one unit are after the sign.
    if let Some((left, right)) = text.split_once(['=', '＝']) {
        // "1 CNY = 190 KRW", as the won, yen or dong are usually shown:
        // the home currency's units for one yuan, turned into yuan per unit.
        let compact_left = to_ascii_compact(left);
        let (_, count) = strip_sign_and_units(&compact_left, YUAN_UNITS);
        if count.len() < compact_left.len() && matches!(count, "" | "1") {
            let number: String = right.chars().filter(|c| !c.is_alphabetic()).collect();
            return per_yuan(&number);
        }
        let one: String = left
            .chars()
            .filter(|c| !c.is_alphabetic() && !c.is_whitespace())
            .collect();
        return match one.as_str() {
            "" | "1" | "１" => parse(right, &CNY_RATE),
            _ => Err(AmountError::NotANumber),
        };
    }
    // No currency is worth a thousand yuan: a larger number is the home
    // currency's units for one yuan, as the dong or the rupiah are quoted.
    match parse(text, &CNY_RATE) {
        Err(AmountError::TooLarge { .. }) => per_yuan(text),
        read => read,
    }
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
