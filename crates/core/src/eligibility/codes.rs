//! Short codes for answers in a shareable link, one table per question.
//! The codes are part of links people have shared: never change one.

use super::answers::*;
use crate::rules::{CardNetwork, IdDocument};

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
