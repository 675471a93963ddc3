//! What the checker asks: one type per question, and the answers together.

use crate::rules::{AppVersions, CardNetwork, IdDocument};
use serde::{Deserialize, Serialize};

/// The identity document the user registered (or will register) with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IdAnswer {
    Supported(IdDocument),
    /// Any other document, e.g. a national ID card or a driving licence.
    Other,
    NotSure,
}

/// The network printed on the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NetworkAnswer {
    Named(CardNetwork),
    /// UnionPay issued outside the Chinese Mainland.
    UnionPay,
    Maestro,
    Other,
    NotSure,
}

/// What kind of card it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardKind {
    Credit,
    Debit,
    Prepaid,
    Virtual,
    NotSure,
}

/// Whether the phone number receives SMS where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SmsAnswer {
    Yes,
    /// A foreign number with roaming turned off.
    RoamingOff,
    No,
    NotSure,
}

/// Where WeChat was installed from; each store numbers versions differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AppStore {
    /// Android, from a Chinese store or the official website.
    Android,
    Ios,
    GooglePlay,
    NotSure,
}

/// The currency sign shown in Wallet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WalletSign {
    /// ¥: the Chinese Mainland wallet.
    Yuan,
    /// HK$: WeChat Pay HK.
    HongKongDollar,
    /// RM: WeChat Pay MY.
    Ringgit,
    Other,
    /// No Wallet yet: Weixin Pay is not activated.
    NoWallet,
    NotSure,
}

/// How many international cards are bound already.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BoundCards {
    None,
    One,
    Two,
    ThreeOrMore,
}

impl BoundCards {
    /// The number bound (three stands for three or more).
    pub const fn count(self) -> u8 {
        match self {
            BoundCards::None => 0,
            BoundCards::One => 1,
            BoundCards::Two => 2,
            BoundCards::ThreeOrMore => 3,
        }
    }
}

/// Where the user wants to pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PayPlace {
    /// Shops and restaurants in the Chinese Mainland.
    MainlandShops,
    /// Apps and mini programs of merchants in the Chinese Mainland.
    Online,
    /// Merchants outside the Chinese Mainland.
    OutsideMainland,
    NotSure,
}

/// Whether the card is open for use abroad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InternationalUse {
    Enabled,
    Disabled,
    NotSure,
}

/// Everything the checker asks. `None` is a question not answered yet.
/// None of it is personal: no numbers, names or dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Answers {
    pub id: Option<IdAnswer>,
    pub network: Option<NetworkAnswer>,
    pub kind: Option<CardKind>,
    pub sms: Option<SmsAnswer>,
    pub store: Option<AppStore>,
    /// The WeChat version as "8.0.50"; `None` when not known.
    pub version: Option<AppVersion>,
    pub wallet: Option<WalletSign>,
    pub cards: Option<BoundCards>,
    pub place: Option<PayPlace>,
    pub international: Option<InternationalUse>,
}

/// A WeChat version such as 8.0.40, compared part by part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct AppVersion(pub u16, pub u16, pub u16);

impl AppVersion {
    /// Reads "8.0.40" as people type it: "8,0,40" (a keyboard with a
    /// decimal comma), "8 0 40", full-width "８．０．４０", "v8.0.40",
    /// "8.0" or "8.0.40 (2024)"; `None` if it is not a version.
    pub fn parse(text: &str) -> Option<AppVersion> {
        // WeChat's "About" screen reads "Version 8.0.61" or "版本 8.0.61":
        // the words it puts before the number are read past.
        const LEADS: [&str; 6] = ["wechat", "微信", "version", "versjon", "版本号", "版本"];
        let mut text = text.trim();
        while let Some(lead) = LEADS.iter().find(|lead| {
            text.get(..lead.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(lead))
        }) {
            text = text[lead.len()..].trim_start_matches([' ', ':', '：', '\u{3000}']);
        }
        let normal: String = text
            .trim()
            .trim_start_matches(['v', 'V'])
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                ',' | '，' | '．' | '。' | '、' | ' ' | '\u{3000}' => '.',
                other => other,
            })
            .collect();
        let end = normal
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(normal.len());
        let (core, rest) = normal.split_at(end);
        // Only a note in brackets may follow ("8.0.40 (2024)"); "8.0.4x" is
        // not a version.
        if !(rest.is_empty() || rest.starts_with('(') || rest.starts_with('（')) {
            return None;
        }
        let numbers: Vec<u16> = core
            .split('.')
            .filter(|part| !part.is_empty())
            .map(|part| part.parse().ok())
            .collect::<Option<_>>()?;
        match numbers.as_slice() {
            [major] => Some(AppVersion(*major, 0, 0)),
            [major, minor] => Some(AppVersion(*major, *minor, 0)),
            [major, minor, patch] => Some(AppVersion(*major, *minor, *patch)),
            _ => None,
        }
    }
}

impl std::fmt::Display for AppVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // "8.0" as typed, not "8.0.0", which no WeChat release was called.
        match self.2 {
            0 => write!(f, "{}.{}", self.0, self.1),
            patch => write!(f, "{}.{}.{patch}", self.0, self.1),
        }
    }
}

/// The oldest version the guide names for a store; for an unknown store,
/// the highest of them, to be safe.
pub fn minimum_version(versions: AppVersions, store: AppStore) -> AppVersion {
    let text = match store {
        AppStore::Android => versions.android,
        AppStore::Ios => versions.ios,
        AppStore::GooglePlay => versions.google_play,
        AppStore::NotSure => {
            return [versions.android, versions.ios, versions.google_play]
                .iter()
                .filter_map(|v| AppVersion::parse(v))
                .max()
                .unwrap_or(AppVersion(0, 0, 0))
        }
    };
    AppVersion::parse(text).unwrap_or(AppVersion(0, 0, 0))
}

impl Answers {
    /// Whether the card asked about may be the first international card
    /// linked: no card linked yet, or not said. Offers for first-time
    /// linkers concern only them.
    pub fn may_be_first_card(&self) -> bool {
        matches!(self.cards, None | Some(BoundCards::None))
    }

    /// The answers for checking another card of the same person: what is
    /// said of the card (its network, its kind, whether it is open for use
    /// abroad) is asked again, and how many cards are linked (the first
    /// may have been linked since); the document, the phone and the wallet
    /// stay.
    pub fn for_another_card(&self) -> Answers {
        Answers {
            network: None,
            kind: None,
            international: None,
            cards: None,
            ..*self
        }
    }
}
