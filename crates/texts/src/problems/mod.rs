//! The words of the troubleshooter, one module per language: each problem
//! as people see and say it, whose side it is on, the ways to pay now,
//! what to ask the bank, and the page's own labels. Each language answers
//! every id through an exhaustive `match`, so a problem missing in one
//! language is a compile error.
//!
//! Texts may contain the placeholders of [`crate::guide::RULE_PLACEHOLDERS`].

pub mod en;
pub mod nb;
pub mod zh;

mod shape;
pub use shape::*;

use crate::Lang;
use waika_core::guide::ProblemId;
use waika_core::trouble::{PayNow, Side};

crate::by_language!(
    /// A problem's texts.
    pub fn problem(id: ProblemId) -> ProblemText
);

/// The messages and situations people meet on the screen, in the
/// language asked for. Every build has the Chinese and the English ones:
/// WeChat shows its messages in its own language, which need not be the
/// app's, so the search finds them from any language's pages.
pub fn seen(lang: Lang, id: ProblemId) -> &'static [&'static str] {
    match lang {
        Lang::Zh => zh::seen(id),
        Lang::En => en::seen(id),
        #[cfg(not(any(feature = "only-zh", feature = "only-en")))]
        Lang::Nb => nb::seen(id),
        #[cfg(any(feature = "only-zh", feature = "only-en"))]
        Lang::Nb => &[],
    }
}

crate::by_language!(
    /// Whose side a problem is on, in words.
    pub fn side(side: Side) -> SideText
);

crate::by_language!(
    /// A way to pay now, in words.
    pub fn way(way: PayNow) -> WayText
);

crate::by_language!(
    /// What to ask the bank.
    pub fn bank_script -> &'static BankScript = BANK_SCRIPT
);

crate::by_language!(
    /// The troubleshooter's labels.
    pub fn help_texts -> &'static HelpTexts = HELP
);

/// The official message of a refused payment, as Weixin Pay shows it in
/// Chinese and in English: the bank refused, Weixin Pay did not block it.
pub const BANK_REFUSED_MESSAGE: (&str, &str) = (
    "交易被拒绝/银行卡状态异常",
    "Transaction declined / The bank card is unauthorized",
);

/// A problem's texts in one language that the search compares with a
/// query: its title, the messages seen, and the ways people say it.
pub fn searchable(lang: Lang, id: ProblemId) -> Vec<&'static str> {
    let text = problem(lang, id);
    let mut texts = vec![text.title];
    texts.extend_from_slice(seen(lang, id));
    texts.extend_from_slice(text.said);
    texts
}

/// What people type in Chinese or English whatever the app's language,
/// because WeChat's screens and the official guide put it so: the guide's
/// heading 支付失败 (payment failed) covers four causes (and the failure
/// whose reason went unread comes with them), and it names
/// 余额不足 (insufficient funds) among the reasons a bank refuses a card.
/// "I can't pay" and "how do I pay" fit the problems met most at a till
/// alike, so they list those with the ways to pay now, never one guess;
/// so do a taxi and "it doesn't work", also in the Norwegian words people
/// use.
/// Searched in every build, never shown as a message.
pub fn typed_in_any_language(id: ProblemId) -> Vec<&'static str> {
    TYPED_IN_ANY_LANGUAGE
        .iter()
        .filter(|(_, problems)| problems.contains(&id))
        .flat_map(|(words, _)| words.iter().copied())
        .collect()
}

/// The words of [`typed_in_any_language`], each with the problems it fits.
const TYPED_IN_ANY_LANGUAGE: &[(&[&str], &[ProblemId])] = {
    use ProblemId::*;
    &[
        (
            &[
                "支付失败",
                "交易失败",
                "payment failed",
                "payment unsuccessful",
                "transaction failed",
                // The card is linked, so nothing of linking it fits.
                "card was added but payment failed",
                "added my card but payment failed",
            ],
            &[
                PaymentDeclined,
                RiskControl,
                OverLimit,
                WrongPassword,
                PaymentFailedNoReason,
            ],
        ),
        (&["付款失败"], &[PaymentDeclined]),
        // A message the user cannot read: the failures at a till, each
        // listed with the Chinese to compare with the screen.
        (
            &[
                "det står noe på kinesisk",
                "melding på kinesisk",
                "feilmelding på kinesisk",
                "message in Chinese",
                "I can't read the message",
                "看不懂提示",
            ],
            &[PaymentDeclined, RiskControl, OverLimit, WrongPassword],
        ),
        // Wallets are searched by their names, the same in every language.
        (
            &[
                "Boost",
                "K PLUS",
                "KPlus",
                "PayPal",
                "NAVER Pay",
                "Bakong",
                "GrabPay",
                "ShopeePay",
                "Touch n Go",
                "TNG",
                "TNG eWallet",
                "GCash",
                "Kakao Pay",
                "Venmo",
                "Vipps",
            ],
            &[WalletFromHome],
        ),
        // WeChat's own words on other screens: its Transfer button, the
        // risk message as people recall it, the single payment limit.
        (&["转账", "房租"], &[RedPacketsAndTransfers]),
        (&["交易存在风险", "存在风险", "风控"], &[RiskControl]),
        (&["超过单笔限额", "单笔限额"], &[OverLimit]),
        // "It doesn't work" at a till: refused now, grey here, or never linked.
        (
            &[
                "card doesn't work",
                "card not working",
                "visa doesn't work",
                "mastercard doesn't work",
                "not working",
                "wechat pay not working",
                "no work",
                "no dey work",
                "卡不能用",
                "微信支付用不了",
                "外卡不能用",
                // Said so in Norwegian too; searched in every build, as
                // the words above.
                "kortet virker ikke",
                "kortet virker ikke i wechat",
                "wechat virker ikke",
                "wechat pay virker ikke",
                "kortet funker ikke",
                "kortet fungerer ikke",
                "mastercard virker ikke",
                "visa virker ikke",
            ],
            &[PaymentDeclined, CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        // "Not supported" when linking a card, or in a merchant's list.
        (
            &[
                "暂不支持该卡",
                "不支持该卡",
                "该卡不支持此业务",
                "card not supported",
                "this card is not supported",
            ],
            &[CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        // Not supported when paying: grey at this merchant, or refused.
        (
            &[
                "does not support this transaction",
                "doesn't support this transaction",
                "card does not support this payment",
                "不支持此交易",
                "该卡暂不支持此交易",
            ],
            &[CardGreyAtMerchant, PaymentDeclined],
        ),
        // Linking refused over the card's details, as people retell it.
        (
            &[
                "银行卡信息有误",
                "卡信息有误",
                "卡号有误",
                "card information is incorrect",
                "card info wrong",
                "card details wrong",
                "kortinformasjonen er feil",
                "feil kortopplysninger",
            ],
            &[CardInvalidOrDeclined],
        ),
        // A merchant that takes no card from abroad, as people retell it.
        (
            &[
                "该商户暂不支持境外卡",
                "商户不支持境外卡",
                "不支持境外卡",
                "不收外卡",
                "merchant does not accept foreign cards",
                "shop doesn't take foreign cards",
                "butikken tar ikke utenlandske kort",
            ],
            &[CardGreyAtMerchant],
        ),
        // Apps people buy in, by name, and what they buy there.
        (
            &[
                "美团",
                "大众点评",
                "饿了么",
                "淘宝",
                "滴滴",
                "携程",
                "电影票",
                "外卖",
                "meituan",
                "dianping",
                "eleme",
                "taobao",
                "didi",
                "ctrip",
                "movie ticket",
                "food delivery",
                "kinobillett",
            ],
            &[MiniProgramsAndApps],
        ),
        (
            &[
                "买票",
                "火车票",
                "高铁票",
                "12306",
                "train ticket",
                "togbillett",
            ],
            &[Trains],
        ),
        // How much may be paid in a month or a year: the limits.
        (
            &[
                "每个月能用多少",
                "每月限额",
                "一年限额",
                "每年限额",
                "额度",
                "能付多少",
                "monthly limit",
                "yearly limit",
                "how much can I spend",
                "hvor mye kan jeg betale",
                "grense per måned",
            ],
            &[OverLimit],
        ),
        // Charged, yet the payment failed: whether it was paid, and refunds.
        (
            &[
                "扣款了但是支付失败",
                "扣了钱",
                "money deducted",
                "charged twice",
                "trukket to ganger",
            ],
            &[PaidOrNot, Refunds],
        ),
        (
            &["余额不足", "insufficient funds", "insufficient balance"],
            &[PaymentDeclined, CardInvalidOrDeclined],
        ),
        (
            &[
                "can't pay",
                "cannot pay",
                "unable to pay",
                "付不了",
                "微信支付不了",
                "无法支付",
                "how do I pay",
                "怎么付钱",
            ],
            &[PaymentDeclined, RiskControl, CardGreyAtMerchant],
        ),
        // In a taxi or at a till with someone waiting: the common problems,
        // and the driver's personal code.
        (
            &[
                "taxi",
                "drosje",
                "出租车",
                "打车",
                "the driver is waiting",
                "sjåføren venter",
                "what do I do now",
                "hva gjør jeg nå",
            ],
            &[
                PaymentDeclined,
                RiskControl,
                CardGreyAtMerchant,
                VendorPersonalCode,
            ],
        ),
    ]
};

/// Everything the search compares for a problem in a build of the given
/// languages: their texts, and in every build WeChat's messages in Chinese
/// and English and what people type in those languages.
pub fn searchable_in(built: &[Lang], id: ProblemId) -> Vec<&'static str> {
    let mut texts: Vec<&'static str> = built
        .iter()
        .flat_map(|lang| searchable(*lang, id))
        .collect();
    for lang in [Lang::Zh, Lang::En] {
        if !built.contains(&lang) {
            texts.extend_from_slice(seen(lang, id));
        }
    }
    texts.extend(typed_in_any_language(id));
    texts
}

/// Everything the search compares for a problem in this build.
pub fn searchable_in_all_languages(id: ProblemId) -> Vec<&'static str> {
    match &crate::BUILT_LANGUAGE {
        Some(lang) => searchable_in(std::slice::from_ref(lang), id),
        None => searchable_in(&Lang::ALL, id),
    }
}
