//! The ways to pay in China besides (and including) an international card
//! in Weixin Pay, each with the sources that state it.

use crate::rules::{
    Source, BEIJING_METRO_2024, BUSINESS_TIMES_2025, GUANGZHOU_METRO_2025, IT_HOME_2026,
    MOFCOM_2025, MOFCOM_2026, NORWEGIAN_ARTICLE, OFFICIAL_GUIDE, SHANGHAI_METRO_2025,
    TENCENT_RELEASE_2024, TENCENT_RELEASE_2025, WALLETS_2026, WECHAT_PAY_HK_NEWS_2025,
};
use serde::{Deserialize, Serialize};

/// The practical ways to pay in China, from the most to the least complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PaymentOption {
    /// The visitor's own wallet at Weixin Pay merchants (WeChat Pay HK,
    /// PayPal, GrabPay, Kakao Pay and others).
    OwnWallet,
    /// WeChat Pay HK paying Mainland merchants directly in HKD.
    WeChatPayHk,
    /// An international card added to Weixin Pay, as the guide shows.
    InternationalCard,
    /// The prepaid UnionPay Tour Card, topped up and linked in Weixin Pay.
    TourCard,
    /// A bank account in the Chinese Mainland with a UnionPay debit card.
    ChineseBankAccount,
    /// Contactless cards at metro gates and ticket counters.
    Metro,
    /// Cash.
    Cash,
}

impl PaymentOption {
    /// Every option, in the order "Ways to pay" lists them.
    pub const ALL: [PaymentOption; 7] = [
        PaymentOption::InternationalCard,
        PaymentOption::OwnWallet,
        PaymentOption::WeChatPayHk,
        PaymentOption::TourCard,
        PaymentOption::ChineseBankAccount,
        PaymentOption::Metro,
        PaymentOption::Cash,
    ];

    /// The way's place in "Ways to pay" (`#way-{slug}`), for links from
    /// the troubleshooter.
    pub fn slug(self) -> &'static str {
        match self {
            PaymentOption::OwnWallet => "own-wallet",
            PaymentOption::WeChatPayHk => "wechat-pay-hk",
            PaymentOption::InternationalCard => "international-card",
            PaymentOption::TourCard => "tour-card",
            PaymentOption::ChineseBankAccount => "chinese-bank-account",
            PaymentOption::Metro => "metro",
            PaymentOption::Cash => "cash",
        }
    }

    /// The sources that state this way to pay, newest last.
    pub fn sources(self) -> &'static [Source] {
        match self {
            PaymentOption::OwnWallet => &[
                TENCENT_RELEASE_2025,
                WALLETS_2026,
                BUSINESS_TIMES_2025,
                IT_HOME_2026,
            ],
            PaymentOption::WeChatPayHk => &[WECHAT_PAY_HK_NEWS_2025, MOFCOM_2025, MOFCOM_2026],
            PaymentOption::InternationalCard => {
                &[OFFICIAL_GUIDE, TENCENT_RELEASE_2024, TENCENT_RELEASE_2025]
            }
            PaymentOption::TourCard => &[TENCENT_RELEASE_2024, MOFCOM_2025, MOFCOM_2026],
            // Transfers and red packets: the official guide; opening one: the article.
            PaymentOption::ChineseBankAccount => &[OFFICIAL_GUIDE, NORWEGIAN_ARTICLE],
            PaymentOption::Metro => &[
                SHANGHAI_METRO_2025,
                GUANGZHOU_METRO_2025,
                BEIJING_METRO_2024,
            ],
            PaymentOption::Cash => &[NORWEGIAN_ARTICLE],
        }
    }
}
