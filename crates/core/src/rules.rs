//! The rules of Weixin Pay for international cards, as dated and sourced data.
//!
//! A rule change is one new [`RuleSet`] in [`RULE_SETS`], not a hunt through
//! the code. Every figure carries the sources it comes from, so the app can
//! always say where a number comes from and how old it is.

use crate::amount::turned_round;
use crate::date::Date;
use crate::money::{CnyRate, Currency};
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
    /// The WeChat notice of the 2025 new-user fee waiver, as reported by Shine.
    NewUserWaiver2025,
    /// Tencent's release of 2024-04-12: card first, raised limits, American
    /// Express, the UnionPay Tour Card.
    TencentRelease2024,
    /// Tencent's release of 2025-09-16: UnionPay cards issued abroad, and
    /// foreign wallets at Weixin Pay merchants.
    TencentRelease2025,
    /// Tencent's travel guide for visitors (2025).
    TencentTravelGuide2025,
    /// The Ministry of Commerce payment guide of 2025 (Jinan portal).
    Mofcom2025,
    /// The Ministry of Commerce payment guide of 2026 (Hunan portal).
    Mofcom2026,
    /// Tencent News of 2026-05-28: the 2026 waivers, as reported.
    TencentNews2026,
    /// IT之家 of 2026-05-28 on the 2026 new-user waiver and PayPal.
    ItHome2026,
    /// The Business Times of 2025-11-05 on foreign wallets in China.
    BusinessTimes2025,
    /// Yangcheng Evening News of 2025-01-25 on WeChat Pay HK in the Mainland.
    WeChatPayHkNews2025,
    /// News of 2024-09-13 on contactless cards at Beijing subway gates.
    BeijingMetro2024,
    /// Shine of 2025-06-27: every Shanghai Metro line takes tap-to-pay with
    /// foreign cards from 2025-06-28.
    ShanghaiMetro2025,
    /// Xinhua of 2025-10-13: every Guangzhou Metro station takes foreign
    /// cards from 2025-10-12.
    GuangzhouMetro2025,
    /// Changzhou Daily of 2024-11-15 (and other news of 2024-11-06):
    /// UnionPay cards issued abroad in Weixin Pay, with a zero-fee launch
    /// promotion.
    UnionPayLaunch2024,
    /// etnet of 2026-02-23: 29 foreign wallets from 12 countries and regions.
    Wallets2026,
    /// The Ministry of Commerce guide of 2025 on trains: passport holders
    /// buy tickets online and pay with foreign cards.
    Mofcom2025Trains,
    /// An answer in Tencent's developer community of 2024-09-07 on Pay Score
    /// for users outside the Mainland.
    PayScoreCommunity2024,
    /// Travel guides of 2026 on failed payments and refused cards
    /// (payinchinaguide.com, chinaguide.ai, travelerlocal.com, viachn.com):
    /// advice only, never a rule.
    TravelGuides2026,
    /// The Norwegian travel article on paying in China (undated).
    NorwegianArticle,
}

/// How much a source can be trusted with a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Grade {
    /// Official text: Tencent or Weixin Pay, a government page, or a verbatim mirror.
    Official,
    /// An established news outlet reporting an official announcement.
    News,
    /// A secondary digest quoting an announcement: the app says "reported".
    Reported,
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
    pub grade: Grade,
}

const fn source(
    id: SourceId,
    published: &'static str,
    url: Option<&'static str>,
    grade: Grade,
) -> Source {
    Source {
        id,
        published,
        url,
        grade,
    }
}

pub const OFFICIAL_GUIDE: Source = Source {
    id: SourceId::OfficialGuide,
    published: "2023-07",
    url: None,
    grade: Grade::Official,
};
pub const TENCENT_PRESS_2023: Source = Source {
    id: SourceId::TencentPress2023,
    published: "2023-07-20",
    url: None,
    grade: Grade::Official,
};
pub const TENCENT_FAQ_2023: Source = Source {
    id: SourceId::TencentFaq2023,
    published: "2023-07",
    url: Some("http://www.360doc.cn/article/68771934_1090714818.html"),
    grade: Grade::Reported,
};
pub const PBOC_2024: Source = Source {
    id: SourceId::PbocAnnouncement2024,
    published: "2024-03-01",
    url: Some("https://www.chinadaily.com.cn/a/202403/02/WS65e26803a31082fc043ba22f.html"),
    grade: Grade::News,
};
pub const TENCENT_PRESS_2024: Source = Source {
    id: SourceId::TencentPress2024,
    published: "2024-04-15",
    url: None,
    grade: Grade::Official,
};
pub const MOFCOM_2024: Source = Source {
    id: SourceId::Mofcom2024,
    published: "2024-04-24",
    url: Some("https://english.beijing.gov.cn/specials/aguidetoworkingandlivinginchinaasbusinessexpatriates2024/dailylifeservices/202404/t20240424_3635122.html"),
    grade: Grade::Official,
};
pub const CHINA_SERVICES_INFO_2025: Source = Source {
    id: SourceId::ChinaServicesInfo2025,
    published: "2025-02-25",
    url: Some("https://www.chinaservicesinfo.com/s/202502/25/WS67bd6c5a498eec7e1f730389/using-foreign-bank-cards-for-mobile-payments-in-china.html"),
    grade: Grade::Official,
};
pub const TENCENT_RELEASE_2024: Source = source(
    SourceId::TencentRelease2024,
    "2024-04-12",
    Some("https://www.tencent.com/zh-cn/articles/2201831.html"),
    Grade::Official,
);
pub const TENCENT_RELEASE_2025: Source = source(
    SourceId::TencentRelease2025,
    "2025-09-16",
    Some("https://medichannel.co.kr/mobile/article.html?no=50815"),
    Grade::Official,
);
/// Tencent's travel guide for visitors.
pub const TENCENT_TRAVEL_GUIDE_2025: Source = source(
    SourceId::TencentTravelGuide2025,
    "2025",
    Some("https://www.tencent.com/zh-cn/articles/2202108.html"),
    Grade::Official,
);
/// The Ministry of Commerce payment guide of 2025.
pub const MOFCOM_2025: Source = source(
    SourceId::Mofcom2025,
    "2025-11-06",
    Some("https://zwfw.jinan.gov.cn/art/2025/11/6/art_127495_4798604.html"),
    Grade::Official,
);
/// The Ministry of Commerce payment guide of 2026.
pub const MOFCOM_2026: Source = source(
    SourceId::Mofcom2026,
    "2026-06-08",
    Some("https://www.enghunan.gov.cn"),
    Grade::Official,
);
/// Tencent News on the 2026 waivers, as reported.
pub const TENCENT_NEWS_2026: Source = source(
    SourceId::TencentNews2026,
    "2026-05-28",
    Some("https://new.qq.com/rain/a/20260528A09Q1C00"),
    Grade::Reported,
);
/// IT之家 on the 2026 new-user waiver and PayPal.
pub const IT_HOME_2026: Source = source(
    SourceId::ItHome2026,
    "2026-05-28",
    Some("https://chinanews.ai/story/ithome_956_148/"),
    Grade::Reported,
);
/// The Business Times on foreign wallets.
pub const BUSINESS_TIMES_2025: Source = source(
    SourceId::BusinessTimes2025,
    "2025-11-05",
    Some("https://www.businesstimes.com.sg"),
    Grade::News,
);
/// News on WeChat Pay HK in the Mainland.
pub const WECHAT_PAY_HK_NEWS_2025: Source = source(
    SourceId::WeChatPayHkNews2025,
    "2025-01-25",
    Some("https://ysln.ycwb.com"),
    Grade::News,
);
/// News on Beijing subway gates.
pub const BEIJING_METRO_2024: Source = source(
    SourceId::BeijingMetro2024,
    "2024-09-13",
    Some("https://helm.news"),
    Grade::News,
);
/// Shine on tap-to-pay on every Shanghai Metro line.
pub const SHANGHAI_METRO_2025: Source = source(
    SourceId::ShanghaiMetro2025,
    "2025-06-27",
    Some("https://www.shine.cn/news/metro/2506271031/"),
    Grade::News,
);
/// Xinhua on foreign cards at every Guangzhou Metro station.
pub const GUANGZHOU_METRO_2025: Source = source(
    SourceId::GuangzhouMetro2025,
    "2025-10-13",
    Some("https://en.people.cn/n3/2025/1013/c90000-20376147.html"),
    Grade::News,
);
/// UnionPay cards issued abroad in Weixin Pay, and the launch promotion.
pub const UNIONPAY_LAUNCH_2024: Source = source(
    SourceId::UnionPayLaunch2024,
    "2024-11-15",
    Some("https://epaper.cz001.com.cn"),
    Grade::News,
);
/// 29 foreign wallets from 12 countries and regions.
pub const WALLETS_2026: Source = source(
    SourceId::Wallets2026,
    "2026-02-23",
    Some("https://www.etnet.com.hk"),
    Grade::News,
);
/// The Ministry of Commerce on trains for passport holders.
pub const MOFCOM_2025_TRAINS: Source = source(
    SourceId::Mofcom2025Trains,
    "2025-11-06",
    Some("https://zwfw.jinan.gov.cn/art/2025/11/6/art_127497_4798602.html"),
    Grade::Official,
);
/// Tencent's developer community on Pay Score outside the Mainland.
pub const PAY_SCORE_COMMUNITY_2024: Source = source(
    SourceId::PayScoreCommunity2024,
    "2024-09-07",
    Some("https://developers.weixin.qq.com/community/"),
    Grade::Reported,
);
/// Travel guides on failed payments: advice, never a rule or a figure.
pub const TRAVEL_GUIDES_2026: Source = source(
    SourceId::TravelGuides2026,
    "2026-06",
    Some("https://chinaguide.ai/guides/payment-failures"),
    Grade::Reported,
);
/// The Norwegian travel article the before-you-go advice started from.
pub const NORWEGIAN_ARTICLE: Source = source(SourceId::NorwegianArticle, "", None, Grade::Reported);

/// The source of the 2025 new-user fee waiver.
pub const NEW_USER_WAIVER_2025: Source = Source {
    id: SourceId::NewUserWaiver2025,
    published: "2025-05-26",
    url: Some("https://www.shine.cn/news/metro/2505261845/"),
    grade: Grade::News,
};

/// A value together with the sources that state it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sourced<T: 'static> {
    /// The value itself.
    pub value: T,
    /// Every source that states it; never empty.
    pub sources: &'static [Source],
}

impl<T> Sourced<T> {
    /// The source that last stated this value: the newest of its sources.
    pub fn newest(&self) -> Option<&Source> {
        self.sources.iter().max_by_key(|source| source.published)
    }

    /// The date a source last stated this value.
    pub fn last_stated(&self) -> &'static str {
        self.newest().map_or("", |source| source.published)
    }

    /// The year a source last stated this value, e.g. "2023".
    pub fn last_stated_year(&self) -> &'static str {
        self.last_stated().get(..4).unwrap_or("")
    }

    /// Whether the newest source of it is only a report (grade C): then
    /// its date is when it was last reported, not published.
    pub fn last_stated_in_a_report(&self) -> bool {
        self.newest()
            .is_some_and(|source| source.grade == Grade::Reported)
    }

    /// Whether every source of it is only a report (grade C).
    pub fn only_reported(&self) -> bool {
        self.sources
            .iter()
            .all(|source| source.grade == Grade::Reported)
    }
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
    /// packets and transfers into Balance. No source says anything about
    /// passport users receiving them: that stays "not stated".
    pub non_passport_users_receive_transfers: Sourced<bool>,
    /// UnionPay cards issued outside the Chinese Mainland can be linked.
    pub unionpay_issued_abroad: Sourced<bool>,
    /// A card can be linked with its details first and identity verified
    /// later, to raise the limits (the order of the 2023 guide was the other way).
    pub card_first: Sourced<bool>,
    /// The limit before identity verification: not published by any source.
    pub limit_before_verification: Sourced<Limit>,
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
    unionpay_issued_abroad: from_guide(false),
    card_first: from_guide(false),
    limit_before_verification: from_guide(Limit::NotPublished),
};

/// The raised limits and the card-first order, in force from Tencent's
/// release of 2024-04-12 (the PBoC had announced the limits on 2024-03-01).
pub const RULES_2024_04: RuleSet = RuleSet {
    id: "2024-04",
    effective_from: match Date::new(2024, 4, 12) {
        Some(date) => date,
        None => panic!("invalid date"),
    },
    announced_by: &[TENCENT_RELEASE_2024, PBOC_2024, TENCENT_PRESS_2024],
    fee_free_up_to_cny: FEE_FREE_SINCE_2024,
    fee_percent: FEE_PERCENT_SINCE_2024,
    fee_refunded_in_proportion: Sourced {
        value: true,
        sources: &[TENCENT_FAQ_2023],
    },
    single_transaction_limit: SINGLE_LIMIT_SINCE_2024,
    monthly_limit: MONTHLY_LIMIT_SINCE_2024,
    yearly_limit: YEARLY_LIMIT_SINCE_2024,
    max_bound_cards: from_guide(3),
    card_networks: Sourced {
        value: SIX_NETWORKS,
        sources: &[TENCENT_RELEASE_2024],
    },
    id_documents: ID_DOCUMENTS,
    passport_extra_verification: PASSPORT_EXTRA_VERIFICATION,
    sms_code_required: SMS_CODE_REQUIRED,
    mainland_wallet_required: MAINLAND_WALLET_REQUIRED,
    mainland_merchants_only: MAINLAND_MERCHANTS_ONLY,
    issuer_may_refuse: ISSUER_MAY_REFUSE_SINCE_2024,
    non_passport_users_receive_transfers: NON_PASSPORT_USERS_RECEIVE_TRANSFERS,
    card_funds_transfers: CARD_FUNDS_TRANSFERS,
    unionpay_issued_abroad: Sourced {
        value: false,
        sources: &[TENCENT_RELEASE_2024],
    },
    card_first: CARD_FIRST_SINCE_2024,
    limit_before_verification: LIMIT_BEFORE_VERIFICATION_SINCE_2024,
};

// Rules of 2024 that later sources restate or leave unchanged.
const FEE_FREE_SINCE_2024: Sourced<Decimal> = Sourced {
    value: whole(200),
    sources: &[MOFCOM_2024, CHINA_SERVICES_INFO_2025],
};
const FEE_PERCENT_SINCE_2024: Sourced<Decimal> = Sourced {
    value: whole(3),
    sources: &[MOFCOM_2024, CHINA_SERVICES_INFO_2025],
};
const SINGLE_LIMIT_SINCE_2024: Sourced<Limit> = Sourced {
    value: Limit::Usd(whole(5_000)),
    sources: &[TENCENT_RELEASE_2024, PBOC_2024, CHINA_SERVICES_INFO_2025],
};
const MONTHLY_LIMIT_SINCE_2024: Sourced<Limit> = Sourced {
    value: Limit::NotPublished,
    sources: &[TENCENT_RELEASE_2024, CHINA_SERVICES_INFO_2025],
};
const YEARLY_LIMIT_SINCE_2024: Sourced<Limit> = Sourced {
    value: Limit::Usd(whole(50_000)),
    sources: &[TENCENT_RELEASE_2024, PBOC_2024, CHINA_SERVICES_INFO_2025],
};
const ISSUER_MAY_REFUSE_SINCE_2024: Sourced<bool> = Sourced {
    value: true,
    sources: &[MOFCOM_2024, MOFCOM_2025, MOFCOM_2026],
};
const CARD_FIRST_SINCE_2024: Sourced<bool> = Sourced {
    value: true,
    sources: &[TENCENT_RELEASE_2024],
};
const LIMIT_BEFORE_VERIFICATION_SINCE_2024: Sourced<Limit> = Sourced {
    value: Limit::NotPublished,
    sources: &[TENCENT_RELEASE_2024],
};

/// UnionPay cards issued outside the Chinese Mainland join the accepted
/// cards, announced by UnionPay International on 2024-11-06; Tencent's
/// release of 2025-09-16 restates it. Everything else as "2024-04".
pub const RULES_2024_11: RuleSet = RuleSet {
    id: "2024-11",
    effective_from: match Date::new(2024, 11, 6) {
        Some(date) => date,
        None => panic!("invalid date"),
    },
    announced_by: &[UNIONPAY_LAUNCH_2024],
    card_networks: Sourced {
        value: SIX_NETWORKS,
        sources: &[
            UNIONPAY_LAUNCH_2024,
            TENCENT_RELEASE_2025,
            TENCENT_TRAVEL_GUIDE_2025,
        ],
    },
    unionpay_issued_abroad: Sourced {
        value: true,
        sources: &[
            UNIONPAY_LAUNCH_2024,
            TENCENT_RELEASE_2025,
            TENCENT_TRAVEL_GUIDE_2025,
        ],
    },
    // The waiver up to ¥200 was last stated, for all of 2026, in a report.
    fee_free_up_to_cny: Sourced {
        value: whole(200),
        sources: &[MOFCOM_2024, CHINA_SERVICES_INFO_2025, TENCENT_NEWS_2026],
    },
    ..RULES_2024_04
};

/// Ids rule sets had before a review moved them, as saved ledgers,
/// settings and shared links still name them: ("2025-09", "2024-11").
pub const FORMER_RULE_SET_IDS: &[(&str, &str)] = &[("2025-09", "2024-11")];

/// The day these rules were last checked against their sources. Figures
/// shown long after it carry a notice that they may have changed.
pub const RULES_REVIEWED: Date = match Date::new(2026, 12, 1) {
    Some(date) => date,
    None => panic!("invalid date"),
};

/// After this many calendar months without a review, every figure carries
/// a notice.
pub const REVIEW_VALID_MONTHS: u8 = 6;

/// The first day figures reviewed on `reviewed` carry the "may have
/// changed" notice: the same day of the month six calendar months later
/// (2027-05-23 for 2026-11-23), or that month's last day if it is shorter.
pub fn stale_from(reviewed: Date) -> Date {
    let months = u16::from(reviewed.month) - 1 + u16::from(REVIEW_VALID_MONTHS);
    let year = reviewed.year + months / 12;
    let month = (months % 12) as u8 + 1;
    (0..4)
        .find_map(|back| Date::new(year, month, reviewed.day.saturating_sub(back)))
        .unwrap_or(reviewed)
}

/// Whole calendar months from `from` to `to` (0 when `to` is earlier).
pub fn months_between(from: Date, to: Date) -> u32 {
    let months = (i64::from(to.year) * 12 + i64::from(to.month))
        - (i64::from(from.year) * 12 + i64::from(from.month))
        - i64::from(to.day < from.day);
    u32::try_from(months).unwrap_or(0)
}

/// Whether figures shown on `today` need the "may have changed" notice
/// because the review is six calendar months old or more.
pub fn review_is_stale(today: Date) -> bool {
    today >= stale_from(RULES_REVIEWED)
}

impl RuleSet {
    /// Whether a limit is set in US dollars, so costs need a dollar rate.
    pub fn has_usd_limit(&self) -> bool {
        [
            self.single_transaction_limit.value,
            self.monthly_limit.value,
            self.yearly_limit.value,
        ]
        .iter()
        .any(|limit| matches!(limit, Limit::Usd(_)))
    }

    /// The sources of the figures a fee quote uses (the fee, the amount it
    /// starts above, the single payment limit), then those that announced
    /// this rule set; each once. A rule set announced for another reason
    /// (UnionPay cards issued abroad) would otherwise name only that.
    pub fn quote_sources(&self) -> Vec<Source> {
        let mut sources: Vec<Source> = Vec::new();
        let all = self
            .fee_percent
            .sources
            .iter()
            .chain(self.fee_free_up_to_cny.sources)
            .chain(self.single_transaction_limit.sources)
            .chain(self.announced_by);
        for source in all {
            if !sources.iter().any(|kept| kept.id == source.id) {
                sources.push(*source);
            }
        }
        sources
    }
}

/// Every rule set, oldest first.
pub const RULE_SETS: &[RuleSet] = &[RULES_2023_07, RULES_2024_04, RULES_2024_11];

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
    /// The rule set picked by its id (see [`rule_set_by_id`]), or the one
    /// in force when no id is given or none has that id.
    pub fn from_id(id: Option<&str>) -> RuleChoice {
        id.and_then(rule_set_by_id)
            .map_or(RuleChoice::InForce, RuleChoice::Picked)
    }

    /// The rule set for a payment dated `date`. A date before every rule
    /// set gets the oldest one.
    pub fn for_date(self, date: Date) -> &'static RuleSet {
        match self {
            RuleChoice::Picked(rules) => rules,
            RuleChoice::InForce => rule_set_in_force(date).unwrap_or(&RULE_SETS[0]),
        }
    }
}

/// A rule set by its short name, e.g. "2023-07", or by a name it had
/// before ("2025-09" is "2024-11").
pub fn rule_set_by_id(id: &str) -> Option<&'static RuleSet> {
    let id = FORMER_RULE_SET_IDS
        .iter()
        .find(|(former, _)| *former == id)
        .map_or(id, |(_, now)| now);
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

/// The example rate for a currency, if the app has one (CNY itself is 1);
/// for the others the user types their bank's rate.
pub fn example_rate(currency: Currency) -> Option<Decimal> {
    if currency == Currency::Cny {
        return Some(Decimal::ONE);
    }
    EXAMPLE_RATES
        .iter()
        .find(|rate| rate.currency == currency)
        .map(|rate| rate.cny_per_unit)
}

/// The rate a user most likely meant when the one typed is more than 1.6
/// times off the example rate (rates moved far less than that in years),
/// yuan per unit, rounded to four decimals. Banks show rates other ways
/// round: kroner per yuan, per 100 yuan, or yuan per 100 units (Chinese
/// banks' boards); the reading nearest the example is offered. `None` when
/// the typed rate is near the example, no reading comes within 1.3
/// times of it, or the app has no example for the currency. Without an
/// example, a currency counted in whole units (the won, the yen, the dong)
/// is worth far less than a yuan: more than one yuan per unit is turned
/// round, as the field reads "1 CNY = …" ([`turned_round`]).
pub fn rate_turned_around(currency: Currency, typed: Decimal) -> Option<Decimal> {
    let Some(example) = example_rate(currency) else {
        return (currency.decimals() == 0 && typed > Decimal::ONE)
            .then(|| turned_round(typed))
            .flatten();
    };
    let off = |rate: Decimal| off_example(rate, example);
    if !far_off(typed, example) {
        return None;
    }
    let readings = [
        Decimal::ONE.checked_div(typed),
        Decimal::ONE_HUNDRED.checked_div(typed),
        typed.checked_div(Decimal::ONE_HUNDRED),
    ];
    readings
        .into_iter()
        .flatten()
        .filter_map(|rate| Some((off(rate)?, rate)))
        .filter(|(factor, _)| *factor <= Decimal::new(13, 1))
        .min_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, rate)| rate.round_dp(4).normalize())
}

/// No currency the app lists is worth this many yuan: a larger rate was
/// written another way, units for one yuan (a naira rate typed as "205")
/// or yuan for 100 units (a Chinese bank's board), and without an example
/// rate the app cannot tell which.
const MOST_YUAN_PER_UNIT: Decimal = Decimal::from_parts(30, 0, 0, false, 0);

/// Whether `typed` cannot be yuan per unit of any currency the app lists.
pub fn rate_impossible(typed: Decimal) -> bool {
    typed > MOST_YUAN_PER_UNIT
}

/// The rate the estimates use: `None` for one that cannot be meant the
/// way round it is read (the field then offers the readings it may be),
/// so no total in the home currency is made from a misread rate.
pub fn usable_rate(currency: Currency, typed: Decimal) -> Option<CnyRate> {
    CnyRate::new(currency, typed).filter(|_| !rate_impossible(typed))
}

/// Whether a typed rate is more than 1.6 times off the currency's example
/// rate (rates moved far less than that in years), whichever way round it
/// was meant; `false` without an example.
pub fn rate_far_from_example(currency: Currency, typed: Decimal) -> bool {
    example_rate(currency).is_some_and(|example| far_off(typed, example))
}

fn far_off(rate: Decimal, example: Decimal) -> bool {
    off_example(rate, example).is_some_and(|factor| factor > Decimal::new(16, 1))
}

/// How far a rate is from the example, as a factor of at least 1.
fn off_example(rate: Decimal, example: Decimal) -> Option<Decimal> {
    if rate.is_zero() {
        return None;
    }
    let factor = rate.checked_div(example)?;
    if factor >= Decimal::ONE {
        Some(factor)
    } else {
        Decimal::ONE.checked_div(factor)
    }
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
