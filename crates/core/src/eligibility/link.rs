//! The answers in a shareable address: short codes, never changed once
//! people have shared them.

use super::answers::*;
use super::questions::QUESTIONS;
use crate::rules::{CardNetwork, IdDocument};

/// Short codes for answers in a shareable link, one table per question.
/// The codes are part of links people have shared: never change one.
pub mod codes {
    use super::*;

    pub const ID: &[(IdAnswer, &str)] = &[
        (IdAnswer::Supported(IdDocument::Passport), "passport"),
        (
            IdAnswer::Supported(IdDocument::HkMacaoTravelPermit),
            "hk-macao-permit",
        ),
        (
            IdAnswer::Supported(IdDocument::TaiwanTravelPermit),
            "taiwan-permit",
        ),
        (
            IdAnswer::Supported(IdDocument::HkMacaoResidencePermit),
            "hk-macao-residence",
        ),
        (
            IdAnswer::Supported(IdDocument::TaiwanResidencePermit),
            "taiwan-residence",
        ),
        (
            IdAnswer::Supported(IdDocument::ForeignPermanentResidentCard),
            "permanent-resident",
        ),
        (IdAnswer::Other, "other"),
        (IdAnswer::NotSure, "not-sure"),
    ];
    pub const NETWORK: &[(NetworkAnswer, &str)] = &[
        (NetworkAnswer::Named(CardNetwork::Visa), "visa"),
        (NetworkAnswer::Named(CardNetwork::Mastercard), "mastercard"),
        (
            NetworkAnswer::Named(CardNetwork::DinersClubInternational),
            "diners",
        ),
        (NetworkAnswer::Named(CardNetwork::Discover), "discover"),
        (NetworkAnswer::Named(CardNetwork::Jcb), "jcb"),
        (NetworkAnswer::Named(CardNetwork::AmericanExpress), "amex"),
        (NetworkAnswer::UnionPay, "unionpay"),
        (NetworkAnswer::Maestro, "maestro"),
        (NetworkAnswer::Other, "other"),
        (NetworkAnswer::NotSure, "not-sure"),
    ];
    pub const KIND: &[(CardKind, &str)] = &[
        (CardKind::Credit, "credit"),
        (CardKind::Debit, "debit"),
        (CardKind::Prepaid, "prepaid"),
        (CardKind::Virtual, "virtual"),
        (CardKind::NotSure, "not-sure"),
    ];
    pub const SMS: &[(SmsAnswer, &str)] = &[
        (SmsAnswer::Yes, "yes"),
        (SmsAnswer::RoamingOff, "roaming-off"),
        (SmsAnswer::No, "no"),
        (SmsAnswer::NotSure, "not-sure"),
    ];
    pub const STORE: &[(AppStore, &str)] = &[
        (AppStore::Android, "android"),
        (AppStore::Ios, "ios"),
        (AppStore::GooglePlay, "google-play"),
        (AppStore::NotSure, "not-sure"),
    ];
    pub const WALLET: &[(WalletSign, &str)] = &[
        (WalletSign::Yuan, "yuan"),
        (WalletSign::HongKongDollar, "hkd"),
        (WalletSign::Ringgit, "myr"),
        (WalletSign::Other, "other"),
        (WalletSign::NoWallet, "none"),
        (WalletSign::NotSure, "not-sure"),
    ];
    pub const CARDS: &[(BoundCards, &str)] = &[
        (BoundCards::None, "0"),
        (BoundCards::One, "1"),
        (BoundCards::Two, "2"),
        (BoundCards::ThreeOrMore, "3"),
    ];
    pub const PLACE: &[(PayPlace, &str)] = &[
        (PayPlace::MainlandShops, "mainland"),
        (PayPlace::Online, "online"),
        (PayPlace::OutsideMainland, "outside"),
        (PayPlace::NotSure, "not-sure"),
    ];
    pub const INTERNATIONAL: &[(InternationalUse, &str)] = &[
        (InternationalUse::Enabled, "yes"),
        (InternationalUse::Disabled, "no"),
        (InternationalUse::NotSure, "not-sure"),
    ];

    /// The code of an answer.
    pub fn code_of<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
        table
            .iter()
            .find(|(entry, _)| *entry == value)
            .map_or("", |(_, code)| code)
    }

    /// The answer of a code; `None` for codes the app does not know.
    pub fn value_of<T: Copy>(table: &[(T, &str)], code: &str) -> Option<T> {
        table
            .iter()
            .find(|(_, entry)| *entry == code)
            .map(|(value, _)| *value)
    }
}

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
