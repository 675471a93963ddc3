//! The rules of Weixin Pay for international cards, as dated and sourced data.
//!
//! A rule change is one new [`RuleSet`] in [`RULE_SETS`], not a hunt through
//! the code. Every figure carries the sources it comes from, so the app can
//! always say where a number comes from and how old it is.

use crate::core::date::Date;
use crate::core::money::Currency;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Where a rule comes from. The UI turns each into a title in the user's
/// language; the date and address are shown as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SourceId {
    /// The official Weixin Pay guide for international cards (Chinese and English).
    OfficialGuide,
    /// Tencent's press release of 2023-07-20 on the fee waiver up to 200 CNY.
    TencentPress2023,
    /// Tencent's FAQ of July 2023 on refunds of the service fee.
    TencentFaq2023,
    /// The People's Bank of China announcement of 2024-03-01 raising the limits.
    PbocAnnouncement2024,
    /// Tencent's press release of 2024-04-15 on linking and registration.
    TencentPress2024,
    /// The Ministry of Commerce guidance published on 2024-04-24.
    Mofcom2024,
    /// The State Council's services portal for foreigners, 2025-02-25.
    ChinaServicesInfo2025,
    /// Weixin Pay notices of 2025 listing American Express.
    WeixinNotice2025,
    /// The WeChat notice of the 2025 new-user fee waiver, as reported by Shine.
    NewUserWaiver2025,
}

/// A source with its publication date and, where there is one, its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Which source; the UI has a title for each.
    pub id: SourceId,
    /// When it was published, ISO style; month precision where the day is unknown.
    pub published: &'static str,
    /// A public address to read it, if one is known.
    pub url: Option<&'static str>,
}

const OFFICIAL_GUIDE: Source = Source {
    id: SourceId::OfficialGuide,
    published: "2023-07",
    url: None,
};
const TENCENT_PRESS_2023: Source = Source {
    id: SourceId::TencentPress2023,
    published: "2023-07-20",
    url: None,
};
const TENCENT_FAQ_2023: Source = Source {
    id: SourceId::TencentFaq2023,
    published: "2023-07",
    url: Some("http://www.360doc.cn/article/68771934_1090714818.html"),
};
const PBOC_2024: Source = Source {
    id: SourceId::PbocAnnouncement2024,
    published: "2024-03-01",
    url: Some("https://www.chinadaily.com.cn/a/202403/02/WS65e26803a31082fc043ba22f.html"),
};
const TENCENT_PRESS_2024: Source = Source {
    id: SourceId::TencentPress2024,
    published: "2024-04-15",
    url: None,
};
const MOFCOM_2024: Source = Source {
    id: SourceId::Mofcom2024,
    published: "2024-04-24",
    url: None,
};
const CHINA_SERVICES_INFO_2025: Source = Source {
    id: SourceId::ChinaServicesInfo2025,
    published: "2025-02-25",
    url: None,
};
const WEIXIN_NOTICE_2025: Source = Source {
    id: SourceId::WeixinNotice2025,
    published: "2025",
    url: None,
};

/// The source of the 2025 new-user fee waiver.
pub const NEW_USER_WAIVER_2025: Source = Source {
    id: SourceId::NewUserWaiver2025,
    published: "2025-05-26",
    url: Some("https://www.shine.cn/news/metro/2505261845/"),
};

/// A value together with the sources that state it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sourced<T: 'static> {
    /// The value itself.
    pub value: T,
    /// Every source that states it; never empty.
    pub sources: &'static [Source],
}

/// A spending limit as the rules state it: in yuan, in US dollars (which the
/// app converts at a rate the user can see), or not published at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Limit {
    /// A limit in yuan.
    Cny(Decimal),
    /// A limit in US dollars; its yuan value depends on the exchange rate.
    Usd(Decimal),
    /// No current source states this limit; the app must not invent one.
    NotPublished,
}

/// Card networks named by the official sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardNetwork {
    Visa,
    Mastercard,
    DinersClubInternational,
    Discover,
    Jcb,
    AmericanExpress,
}

impl CardNetwork {
    /// The brand name, the same in every language.
    pub const fn brand(self) -> &'static str {
        match self {
            CardNetwork::Visa => "Visa",
            CardNetwork::Mastercard => "Mastercard",
            CardNetwork::DinersClubInternational => "Diners Club International",
            CardNetwork::Discover => "Discover",
            CardNetwork::Jcb => "JCB",
            CardNetwork::AmericanExpress => "American Express",
        }
    }
}

/// Identity documents named by the official guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IdDocument {
    Passport,
    HkMacaoTravelPermit,
    TaiwanTravelPermit,
    HkMacaoResidencePermit,
    TaiwanResidencePermit,
    ForeignPermanentResidentCard,
}

impl IdDocument {
    /// Every document the guide names, in its order.
    pub const ALL: [IdDocument; 6] = [
        IdDocument::Passport,
        IdDocument::HkMacaoTravelPermit,
        IdDocument::TaiwanTravelPermit,
        IdDocument::HkMacaoResidencePermit,
        IdDocument::TaiwanResidencePermit,
        IdDocument::ForeignPermanentResidentCard,
    ];
}

/// One version of the rules, in force from `effective_from` until the next
/// rule set starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleSet {
    /// Short name shown to users, e.g. "2024-04".
    pub id: &'static str,
    /// The first day these rules apply.
    pub effective_from: Date,
    /// The sources that announced this rule set as a whole.
    pub announced_by: &'static [Source],
    /// Payments up to and including this many yuan carry no service fee.
    pub fee_free_up_to_cny: Sourced<Decimal>,
    /// Above that, the fee is this percentage of the WHOLE amount.
    pub fee_percent: Sourced<Decimal>,
    /// Refunds return the fee in proportion to the amount refunded.
    pub fee_refunded_in_proportion: Sourced<bool>,
    /// The most one payment may be.
    pub single_transaction_limit: Sourced<Limit>,
    /// The most all payments in a calendar month may add up to.
    pub monthly_limit: Sourced<Limit>,
    /// The most all payments in a calendar year may add up to.
    pub yearly_limit: Sourced<Limit>,
    /// How many international cards can be bound at once.
    pub max_bound_cards: Sourced<u8>,
    /// Accepted card networks.
    pub card_networks: Sourced<&'static [CardNetwork]>,
    /// Accepted identity documents.
    pub id_documents: Sourced<&'static [IdDocument]>,
    /// Passport users must upload the information page and pass facial verification.
    pub passport_extra_verification: Sourced<bool>,
    /// Setting up needs a phone number that receives an SMS code.
    pub sms_code_required: Sourced<bool>,
    /// International cards work only in the Chinese Mainland wallet (¥).
    pub mainland_wallet_required: Sourced<bool>,
    /// Only merchants in the Chinese Mainland accept international cards, and not all.
    pub mainland_merchants_only: Sourced<bool>,
    /// The card's issuer may refuse to link the card or to authorise a payment.
    pub issuer_may_refuse: Sourced<bool>,
    /// Users registered with an ID other than a passport can receive red
    /// packets and transfers into Balance; passport users cannot.
    pub non_passport_users_receive_transfers: Sourced<bool>,
    /// International cards never fund red packets, transfers, Balance top-ups
    /// or financial products.
    pub card_funds_transfers: Sourced<bool>,
}

const fn whole(units: u32) -> Decimal {
    Decimal::from_parts(units, 0, 0, false, 0)
}

const FIVE_NETWORKS: &[CardNetwork] = &[
    CardNetwork::Visa,
    CardNetwork::Mastercard,
    CardNetwork::DinersClubInternational,
    CardNetwork::Discover,
    CardNetwork::Jcb,
];

const SIX_NETWORKS: &[CardNetwork] = &[
    CardNetwork::Visa,
    CardNetwork::Mastercard,
    CardNetwork::DinersClubInternational,
    CardNetwork::Discover,
    CardNetwork::Jcb,
    CardNetwork::AmericanExpress,
];

/// A rule stated by the official guide.
const fn from_guide<T: Copy>(value: T) -> Sourced<T> {
    Sourced {
        value,
        sources: &[OFFICIAL_GUIDE],
    }
}

// Rules the official guide states and later sources left unchanged.
const ID_DOCUMENTS: Sourced<&'static [IdDocument]> = from_guide(&IdDocument::ALL);

const PASSPORT_EXTRA_VERIFICATION: Sourced<bool> = from_guide(true);
const SMS_CODE_REQUIRED: Sourced<bool> = from_guide(true);
const MAINLAND_WALLET_REQUIRED: Sourced<bool> = from_guide(true);
const MAINLAND_MERCHANTS_ONLY: Sourced<bool> = from_guide(true);
const NON_PASSPORT_USERS_RECEIVE_TRANSFERS: Sourced<bool> = from_guide(true);
const CARD_FUNDS_TRANSFERS: Sourced<bool> = from_guide(false);

/// The rules of the official guide, dated by Tencent's press release.
pub const RULES_2023_07: RuleSet = RuleSet {
    id: "2023-07",
    effective_from: match Date::new(2023, 7, 20) {
        Some(date) => date,
        None => panic!("invalid date"),
    },
    announced_by: &[OFFICIAL_GUIDE, TENCENT_PRESS_2023],
    fee_free_up_to_cny: Sourced {
        value: whole(200),
        sources: &[OFFICIAL_GUIDE, TENCENT_PRESS_2023],
    },
    fee_percent: from_guide(whole(3)),
    fee_refunded_in_proportion: Sourced {
        value: true,
        sources: &[TENCENT_FAQ_2023],
    },
    single_transaction_limit: from_guide(Limit::Cny(whole(6_000))),
    monthly_limit: from_guide(Limit::Cny(whole(50_000))),
    yearly_limit: from_guide(Limit::Cny(whole(60_000))),
    max_bound_cards: from_guide(3),
    card_networks: from_guide(FIVE_NETWORKS),
    id_documents: ID_DOCUMENTS,
    passport_extra_verification: PASSPORT_EXTRA_VERIFICATION,
    sms_code_required: SMS_CODE_REQUIRED,
    mainland_wallet_required: MAINLAND_WALLET_REQUIRED,
    mainland_merchants_only: MAINLAND_MERCHANTS_ONLY,
    issuer_may_refuse: from_guide(true),
    non_passport_users_receive_transfers: NON_PASSPORT_USERS_RECEIVE_TRANSFERS,
    card_funds_transfers: CARD_FUNDS_TRANSFERS,
};

/// The raised limits announced in spring 2024. Dated by Tencent's press
/// release on Weixin Pay; the PBoC had announced the new limits on 2024-03-01.
pub const RULES_2024_04: RuleSet = RuleSet {
    id: "2024-04",
    effective_from: match Date::new(2024, 4, 15) {
        Some(date) => date,
        None => panic!("invalid date"),
    },
    announced_by: &[PBOC_2024, TENCENT_PRESS_2024, MOFCOM_2024],
    fee_free_up_to_cny: Sourced {
        value: whole(200),
        sources: &[MOFCOM_2024, CHINA_SERVICES_INFO_2025],
    },
    fee_percent: Sourced {
        value: whole(3),
        sources: &[MOFCOM_2024, CHINA_SERVICES_INFO_2025],
    },
    fee_refunded_in_proportion: Sourced {
        value: true,
        sources: &[TENCENT_FAQ_2023],
    },
    single_transaction_limit: Sourced {
        value: Limit::Usd(whole(5_000)),
        sources: &[PBOC_2024, MOFCOM_2024],
    },
    monthly_limit: Sourced {
        value: Limit::NotPublished,
        sources: &[PBOC_2024, MOFCOM_2024],
    },
    yearly_limit: Sourced {
        value: Limit::Usd(whole(50_000)),
        sources: &[PBOC_2024, MOFCOM_2024],
    },
    max_bound_cards: from_guide(3),
    card_networks: Sourced {
        value: SIX_NETWORKS,
        sources: &[MOFCOM_2024, WEIXIN_NOTICE_2025],
    },
    id_documents: ID_DOCUMENTS,
    passport_extra_verification: PASSPORT_EXTRA_VERIFICATION,
    sms_code_required: SMS_CODE_REQUIRED,
    mainland_wallet_required: MAINLAND_WALLET_REQUIRED,
    mainland_merchants_only: MAINLAND_MERCHANTS_ONLY,
    issuer_may_refuse: Sourced {
        value: true,
        sources: &[MOFCOM_2024],
    },
    non_passport_users_receive_transfers: NON_PASSPORT_USERS_RECEIVE_TRANSFERS,
    card_funds_transfers: CARD_FUNDS_TRANSFERS,
};

/// Every rule set, oldest first.
pub const RULE_SETS: &[RuleSet] = &[RULES_2023_07, RULES_2024_04];

/// The rule set in force on `date`: the newest one that had started by then.
/// `None` before Weixin Pay accepted international cards under any known rules.
pub fn rule_set_in_force(date: Date) -> Option<&'static RuleSet> {
    RULE_SETS
        .iter()
        .rev()
        .find(|rules| rules.effective_from <= date)
}

/// Which rule set costs and limits a payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleChoice {
    /// The rule set in force on the payment's date.
    InForce,
    /// One rule set the user picked, for every payment.
    Picked(&'static RuleSet),
}

impl RuleChoice {
    /// The rule set for a payment dated `date`. A date before every rule
    /// set gets the oldest one.
    pub fn for_date(self, date: Date) -> &'static RuleSet {
        match self {
            RuleChoice::Picked(rules) => rules,
            RuleChoice::InForce => rule_set_in_force(date).unwrap_or(&RULE_SETS[0]),
        }
    }
}

/// A rule set by its short name, e.g. "2023-07".
pub fn rule_set_by_id(id: &str) -> Option<&'static RuleSet> {
    RULE_SETS.iter().find(|rules| rules.id == id)
}

/// An example exchange rate offered before the user types their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExampleRate {
    /// The foreign currency.
    pub currency: Currency,
    /// Yuan per one unit of it.
    pub cny_per_unit: Decimal,
}

/// When the example rates were rounded from market rates. They are a
/// starting point only: the UI labels them as such and lets the user change
/// them, and every converted amount is called an estimate.
pub const EXAMPLE_RATES_AS_OF: &str = "2025-11";

/// Rounded example rates, yuan per unit; see [`EXAMPLE_RATES_AS_OF`].
pub const EXAMPLE_RATES: &[ExampleRate] = &[
    ExampleRate {
        currency: Currency::Nok,
        cny_per_unit: Decimal::from_parts(70, 0, 0, false, 2),
    },
    ExampleRate {
        currency: Currency::Usd,
        cny_per_unit: Decimal::from_parts(710, 0, 0, false, 2),
    },
    ExampleRate {
        currency: Currency::Eur,
        cny_per_unit: Decimal::from_parts(825, 0, 0, false, 2),
    },
    ExampleRate {
        currency: Currency::Gbp,
        cny_per_unit: Decimal::from_parts(935, 0, 0, false, 2),
    },
    ExampleRate {
        currency: Currency::Hkd,
        cny_per_unit: Decimal::from_parts(91, 0, 0, false, 2),
    },
];

/// The example rate for a currency; CNY itself is 1.
pub fn example_rate(currency: Currency) -> Decimal {
    EXAMPLE_RATES
        .iter()
        .find(|rate| rate.currency == currency)
        .map_or(Decimal::ONE, |rate| rate.cny_per_unit)
}

/// A card issuer's currency markup, from the issuer's own price list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IssuerMarkup {
    /// Stable key for storage and the UI.
    pub key: &'static str,
    /// Who issues the card.
    pub name: IssuerName,
    /// The markup in percent of the converted amount.
    pub percent: Decimal,
    /// Where the figure is published.
    pub source: &'static str,
}

/// The issuer of a card with a published markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum IssuerName {
    /// A bank and card as the bank names them; the same in every language.
    Brand(&'static str),
    /// No one bank: a typical card issued in the United States.
    TypicalUsCard,
    /// No one bank: a travel card without a currency markup.
    ZeroMarkupTravelCard,
}

/// Markups of cards the app's users often carry.
pub const ISSUER_MARKUPS: &[IssuerMarkup] = &[
    IssuerMarkup {
        key: "dnb",
        name: IssuerName::Brand("DNB"),
        percent: Decimal::from_parts(199, 0, 0, false, 2),
        source: "dnb.no/en/card/valutapaslag",
    },
    IssuerMarkup {
        key: "nordea-first",
        name: IssuerName::Brand("Nordea First Card"),
        percent: Decimal::from_parts(230, 0, 0, false, 2),
        source: "nordea.no",
    },
    IssuerMarkup {
        key: "nordea-black",
        name: IssuerName::Brand("Nordea Black"),
        percent: Decimal::from_parts(200, 0, 0, false, 2),
        source: "nordea.no",
    },
    IssuerMarkup {
        key: "santander",
        name: IssuerName::Brand("Santander Consumer"),
        percent: Decimal::from_parts(175, 0, 0, false, 2),
        source: "santanderconsumer.no",
    },
    IssuerMarkup {
        key: "us-typical",
        name: IssuerName::TypicalUsCard,
        percent: Decimal::from_parts(3, 0, 0, false, 0),
        source: "cardlyfinance.com/learn/foreign-transaction-fees",
    },
    IssuerMarkup {
        key: "travel-0",
        name: IssuerName::ZeroMarkupTravelCard,
        percent: Decimal::ZERO,
        source: "cardlyfinance.com/learn/foreign-transaction-fees",
    },
];

/// The oldest WeChat versions that can add international cards, per store,
/// as the official guide named them. Newer versions work too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AppVersions {
    pub android: &'static str,
    pub ios: &'static str,
    pub google_play: &'static str,
}

/// See [`AppVersions`].
pub const MIN_APP_VERSIONS: Sourced<AppVersions> = from_guide(AppVersions {
    android: "8.0.40",
    ios: "8.0.39",
    google_play: "8.0.37",
});

/// Weixin Pay customer service, as the official guide gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CustomerService {
    /// The number to dial in the Chinese Mainland.
    pub mainland: &'static str,
    /// The number to dial from outside the Chinese Mainland.
    pub international: &'static str,
}

/// See [`CustomerService`].
pub const CUSTOMER_SERVICE: Sourced<CustomerService> = from_guide(CustomerService {
    mainland: "95017",
    international: "+86 571 95017",
});
