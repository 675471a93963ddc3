//! Amounts of money and the one rounding policy of the app.
//!
//! Every amount is a `rust_decimal::Decimal`: binary floating point cannot
//! represent 0.01 exactly, and a fee calculator that is off by a fen is wrong.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// Currencies the app can show. CNY is what Weixin Pay charges; the others
/// are home currencies of the people the app is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    Cny,
    Nok,
    Usd,
    Eur,
    Gbp,
    Hkd,
    Sgd,
    Myr,
    Aud,
    Cad,
    Thb,
    /// One of [`Currency::MORE_HOME`]; stored as `{"Other":"KRW"}`, so
    /// settings stored before it read unchanged.
    Other(MoreHomeCode),
}

/// An ISO code of [`Currency::MORE_HOME`]: made only from that list, so
/// any code the app holds is one it can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct MoreHomeCode(&'static str);

impl<'de> Deserialize<'de> for MoreHomeCode {
    fn deserialize<D: serde::Deserializer<'de>>(reader: D) -> Result<Self, D::Error> {
        let code = String::deserialize(reader)?;
        Currency::MORE_HOME
            .into_iter()
            .find(|known| *known == code)
            .map(MoreHomeCode)
            .ok_or_else(|| serde::de::Error::custom("not a home currency the app knows"))
    }
}

impl Currency {
    /// The home currencies offered in the calculator, in display order.
    /// Those without an example rate (see `rules::example_rate`) need the
    /// user's own.
    pub const HOME: [Currency; 10] = [
        Currency::Nok,
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Hkd,
        Currency::Sgd,
        Currency::Myr,
        Currency::Aud,
        Currency::Cad,
        Currency::Thb,
    ];

    /// ISO 4217 codes of more home currencies, for countries whose people
    /// study, work or travel in China. The app has no example rate for
    /// them: the user types their bank's.
    pub const MORE_HOME: [&'static str; 52] = [
        "AED", "ARS", "BDT", "BND", "BRL", "CHF", "CLP", "COP", "CZK", "DKK", "EGP", "ETB", "GHS",
        "HUF", "IDR", "ILS", "INR", "ISK", "JPY", "KES", "KGS", "KHR", "KRW", "KZT", "LAK", "LKR",
        "MAD", "MMK", "MNT", "MOP", "MXN", "NGN", "NPR", "NZD", "PEN", "PHP", "PKR", "PLN", "RUB",
        "SAR", "SEK", "TRY", "TWD", "TZS", "UAH", "UGX", "UZS", "VND", "XAF", "XOF", "ZAR", "ZMW",
    ];

    /// Codes of [`Currency::MORE_HOME`] whose minor unit is the whole unit
    /// (ISO 4217: no decimals), such as the won and the yen.
    const WHOLE_UNITS: [&'static str; 8] = ["CLP", "ISK", "JPY", "KRW", "UGX", "VND", "XAF", "XOF"];

    /// How many decimals the currency's minor unit has: 2, or 0 for the
    /// currencies counted in whole units.
    pub fn decimals(self) -> u32 {
        match self {
            Currency::Other(MoreHomeCode(code)) if Currency::WHOLE_UNITS.contains(&code) => 0,
            _ => 2,
        }
    }

    /// ISO 4217 code, e.g. `"NOK"`.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Cny => "CNY",
            Currency::Nok => "NOK",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Hkd => "HKD",
            Currency::Sgd => "SGD",
            Currency::Myr => "MYR",
            Currency::Aud => "AUD",
            Currency::Cad => "CAD",
            Currency::Thb => "THB",
            Currency::Other(MoreHomeCode(code)) => code,
        }
    }

    /// Reads an ISO code back (any case); `None` for codes the app does not know.
    pub fn from_code(code: &str) -> Option<Currency> {
        [Currency::Cny]
            .into_iter()
            .chain(Currency::HOME)
            .chain(Currency::more_home())
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The currencies of [`Currency::MORE_HOME`], in its order.
    pub fn more_home() -> impl Iterator<Item = Currency> {
        Currency::MORE_HOME
            .into_iter()
            .map(|code| Currency::Other(MoreHomeCode(code)))
    }
}

/// The euro area: one currency for many regions.
const EURO_REGIONS: [&str; 20] = [
    "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT",
    "NL", "PT", "SI", "SK",
];

/// Regions that pay in the CFA francs, whose codes name no region.
const CFA_REGIONS: [(&str, &str); 3] = [("CM", "XAF"), ("SN", "XOF"), ("CI", "XOF")];

/// The home currency a browser's region suggests ("MY" in "zh-MY"), or
/// `None` where it says nothing: the Mainland's own (a phone set to
/// Chinese), or a region whose currency the app does not offer.
pub fn home_currency_of_region(region: &str) -> Option<Currency> {
    let region = region.trim().to_ascii_uppercase();
    if region.len() != 2 || region == "CN" {
        return None;
    }
    if EURO_REGIONS.contains(&region.as_str()) {
        return Some(Currency::Eur);
    }
    if let Some((_, code)) = CFA_REGIONS.iter().find(|(known, _)| *known == region) {
        return Currency::from_code(code);
    }
    // ISO 4217 begins a currency's code with its region's ISO 3166 code
    // ("MY" → "MYR").
    Currency::HOME
        .into_iter()
        .chain(Currency::more_home())
        .find(|currency| currency.code().starts_with(region.as_str()))
}

/// The region of a language tag ("zh-MY" → "MY", "zh-Hant-TW" → "TW"):
/// its first subtag of two letters after the language.
pub fn region_of_tag(tag: &str) -> Option<&str> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
}

/// THE rounding policy: to the currency's minor unit (0.01 for the yuan),
/// half away from zero. This is the rounding people learn at
/// school (四舍五入), so a fee the user checks by hand comes out the same.
pub fn round_to_minor_unit(value: Decimal) -> Decimal {
    round_to_decimals(value, 2)
}

fn round_to_decimals(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// An amount in one currency, always rounded to its minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

impl Money {
    /// An amount, rounded to the currency's minor unit as
    /// [`round_to_minor_unit`] rounds.
    pub fn new(amount: Decimal, currency: Currency) -> Money {
        Money {
            amount: round_to_decimals(amount, currency.decimals()),
            currency,
        }
    }

    /// Shorthand for an amount in yuan.
    pub fn cny(amount: Decimal) -> Money {
        Money::new(amount, Currency::Cny)
    }

    /// The rounded amount.
    pub fn amount(self) -> Decimal {
        self.amount
    }

    /// The currency of the amount.
    pub fn currency(self) -> Currency {
        self.currency
    }
}

/// How many yuan one unit of a foreign currency buys, e.g. 1 USD = 7.10 CNY.
///
/// Rates are not published rules: the user sees the rate and may change it,
/// and every amount converted with it is an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CnyRate {
    /// The foreign currency.
    pub currency: Currency,
    /// Yuan per one unit of `currency`; always positive.
    pub cny_per_unit: Decimal,
}

impl CnyRate {
    /// A rate, or `None` unless the yuan amount is positive.
    pub fn new(currency: Currency, cny_per_unit: Decimal) -> Option<CnyRate> {
        (cny_per_unit > Decimal::ZERO).then_some(CnyRate {
            currency,
            cny_per_unit,
        })
    }

    /// Yuan to the foreign currency, rounded once at the end.
    pub fn from_cny(self, yuan: Decimal) -> Money {
        Money::new(yuan / self.cny_per_unit, self.currency)
    }

    /// The foreign currency to yuan, rounded once at the end.
    pub fn to_cny(self, foreign: Decimal) -> Money {
        Money::cny(foreign * self.cny_per_unit)
    }
}
