//! When something fails: whose side the problem is on, the ways to pay at
//! that moment, and what else the answer needs (a call to the bank, the
//! checker), for each problem the troubleshooter knows. From RULES.md's
//! "When something fails"; the words are in the texts crate.

use crate::guide::{ProblemId, StepId};
use crate::route::Route;
use crate::rules::{
    Source, BEIJING_METRO_2024, BUSINESS_TIMES_2025, GUANGZHOU_METRO_2025, IT_HOME_2026,
    MOFCOM_2024, MOFCOM_2025, MOFCOM_2025_TRAINS, MOFCOM_2026, OFFICIAL_GUIDE,
    PAY_SCORE_COMMUNITY_2024, SHANGHAI_METRO_2025, TENCENT_FAQ_2023, TENCENT_PRESS_2023,
    TENCENT_PRESS_2024, TENCENT_RELEASE_2024, TENCENT_RELEASE_2025, TRAVEL_GUIDES_2026,
    WALLETS_2026, WECHAT_PAY_HK_NEWS_2025,
};

/// Whose side a problem is on: who can fix it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The bank that issued the card refused ("交易被拒绝/银行卡状态异常").
    Bank,
    /// Weixin Pay restricted it ("交易有风险"), or its rules do not allow it.
    WeixinPay,
    /// The merchant's code or shop does not take international cards.
    Merchant,
    /// Something in the user's WeChat account or its settings.
    Account,
    /// The phone: its number, its apps, its camera.
    Phone,
    /// Nothing failed: Weixin Pay's published rules work this way.
    Rules,
    /// No source says.
    NotKnown,
}

/// A way to pay at the moment something failed, each explained somewhere
/// in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PayNow {
    /// Show your own payment code for the cashier to scan.
    ShowYourCode,
    /// Ask for the shop's merchant code instead of a personal one.
    AskMerchantCode,
    /// When a card cannot be added: another card, already linked or one
    /// to check.
    AnotherCard,
    /// At a till: another card already linked, chosen on the payment
    /// screen, as the official guide says ("switch to another payment
    /// method").
    SwitchCard,
    /// A wallet from home that pays Weixin Pay merchants.
    OwnWallet,
    /// WeChat Pay HK, paying Mainland merchants in HKD.
    WeChatPayHk,
    /// The prepaid UnionPay Tour Card.
    TourCard,
    /// A contactless card at metro gates.
    TapCard,
    /// Order from the staff and pay at the counter, where a restaurant
    /// takes orders through a code on the table.
    OrderFromStaff,
    /// Cash.
    Cash,
    /// A debit card from a bank in the Chinese Mainland, for what
    /// international cards can never fund: rent and transfers to people.
    ChineseBankAccount,
}

impl PayNow {
    /// Every way, in the order of the enum.
    pub const ALL: [PayNow; 11] = [
        PayNow::ShowYourCode,
        PayNow::AskMerchantCode,
        PayNow::AnotherCard,
        PayNow::SwitchCard,
        PayNow::OwnWallet,
        PayNow::WeChatPayHk,
        PayNow::TourCard,
        PayNow::TapCard,
        PayNow::OrderFromStaff,
        PayNow::Cash,
        PayNow::ChineseBankAccount,
    ];

    /// Where the app explains this way: a view, and a place in it. None
    /// where the sentence itself is all there is to do: at a till another
    /// card is chosen on the payment screen, and the checker's questions
    /// are no help there.
    pub fn target(self) -> Option<(Route, Option<&'static str>)> {
        Some(match self {
            PayNow::ShowYourCode => (Route::GuideStep(Some(StepId::PayWithCode)), None),
            PayNow::AskMerchantCode => (Route::Cashier, Some("phrase-merchant-code")),
            PayNow::AnotherCard => (Route::Eligibility, None),
            PayNow::SwitchCard => return None,
            PayNow::OwnWallet => (Route::BeforeYouGo, Some("way-own-wallet")),
            PayNow::WeChatPayHk => (Route::BeforeYouGo, Some("way-wechat-pay-hk")),
            PayNow::TourCard => (Route::BeforeYouGo, Some("way-tour-card")),
            PayNow::TapCard => (Route::BeforeYouGo, Some("way-metro")),
            PayNow::OrderFromStaff => (Route::Cashier, Some("phrase-order")),
            PayNow::Cash => (Route::Cashier, Some("phrase-cash")),
            PayNow::ChineseBankAccount => (Route::BeforeYouGo, Some("way-chinese-bank-account")),
        })
    }

    /// Whether this way rests on travel guides' advice only.
    pub fn is_advice(self) -> bool {
        matches!(self, PayNow::AskMerchantCode)
    }
}

/// What the answer to a problem holds besides its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trouble {
    pub side: Side,
    /// The ways to pay now, best first.
    pub pay_now: &'static [PayNow],
    /// Whether to show what to ask the bank.
    pub call_bank: bool,
    /// Whether the eligibility checker helps to fix it for next time.
    pub check_card: bool,
    /// Whether the fee calculator answers it for a payment.
    pub open_fees: bool,
    /// Whether the cause is only reported by travel guides, with no
    /// official text.
    pub only_reported: bool,
    /// A question of how to do something (a train ticket, a refund), not a
    /// failure: there is no side to name.
    pub how_to: bool,
    /// Where the answer comes from; never empty.
    pub sources: &'static [Source],
}

const fn trouble(side: Side, pay_now: &'static [PayNow], sources: &'static [Source]) -> Trouble {
    Trouble {
        side,
        pay_now,
        call_bank: false,
        check_card: false,
        open_fees: false,
        only_reported: false,
        how_to: false,
        sources,
    }
}

const GUIDE: &[Source] = &[OFFICIAL_GUIDE];
const WITHOUT_WEIXIN: &[PayNow] = &[PayNow::OwnWallet, PayNow::Cash];
// Cash before a wallet from home: it works for everyone, the wallets for few.
const AT_THE_TILL: &[PayNow] = &[PayNow::SwitchCard, PayNow::Cash, PayNow::OwnWallet];

/// The answer's shape for a problem.
pub fn trouble_of(id: ProblemId) -> Trouble {
    use PayNow::*;
    match id {
        ProblemId::SmsCodeNotReceived
        | ProblemId::AppVersionTooOld
        | ProblemId::FaceVerificationFails => trouble(Side::Phone, WITHOUT_WEIXIN, GUIDE),
        // Card first and identity later is Tencent's 2024 change, not the guide's.
        ProblemId::RealNamePrompt => trouble(
            Side::Account,
            WITHOUT_WEIXIN,
            &[OFFICIAL_GUIDE, TENCENT_RELEASE_2024],
        ),
        ProblemId::EntryNotFound | ProblemId::ForgotPaymentPassword => {
            trouble(Side::Account, WITHOUT_WEIXIN, GUIDE)
        }
        ProblemId::WrongPassword => trouble(Side::Account, &[], GUIDE),
        ProblemId::UnlinkCard | ProblemId::TooManyCards => trouble(Side::Account, &[], GUIDE),
        ProblemId::WrongWalletRegion => trouble(
            Side::Account,
            &[WeChatPayHk, Cash],
            &[
                OFFICIAL_GUIDE,
                WECHAT_PAY_HK_NEWS_2025,
                MOFCOM_2025,
                MOFCOM_2026,
            ],
        ),
        ProblemId::PayWithWeChatPayHk => trouble(
            Side::Account,
            &[WeChatPayHk, Cash],
            &[WECHAT_PAY_HK_NEWS_2025, MOFCOM_2025, MOFCOM_2026],
        ),
        // No source says why one wallet fails where another works: the ways
        // here are for when the wallet refuses the code.
        ProblemId::WalletFromHome => trouble(
            Side::NotKnown,
            &[SwitchCard, Cash],
            &[
                TENCENT_RELEASE_2025,
                WALLETS_2026,
                BUSINESS_TIMES_2025,
                IT_HOME_2026,
            ],
        ),
        ProblemId::CardInvalidOrDeclined => Trouble {
            call_bank: true,
            check_card: true,
            ..trouble(
                Side::Bank,
                &[AnotherCard, OwnWallet, TourCard, Cash],
                &[OFFICIAL_GUIDE, MOFCOM_2024, MOFCOM_2025, TRAVEL_GUIDES_2026],
            )
        },
        // "支付失败，请更换支付方式" names no cause, and no source says one.
        ProblemId::PaymentFailedNoReason => trouble(
            Side::NotKnown,
            AT_THE_TILL,
            &[OFFICIAL_GUIDE, TRAVEL_GUIDES_2026],
        ),
        ProblemId::PaymentDeclined => Trouble {
            call_bank: true,
            ..trouble(
                Side::Bank,
                AT_THE_TILL,
                &[OFFICIAL_GUIDE, TRAVEL_GUIDES_2026],
            )
        },
        ProblemId::RiskControl => trouble(Side::WeixinPay, AT_THE_TILL, GUIDE),
        ProblemId::OverLimit => trouble(
            Side::WeixinPay,
            AT_THE_TILL,
            &[OFFICIAL_GUIDE, TENCENT_RELEASE_2024],
        ),
        ProblemId::CardGreyAtMerchant => trouble(
            Side::Merchant,
            &[AskMerchantCode, ShowYourCode, OwnWallet, Cash],
            &[OFFICIAL_GUIDE, TRAVEL_GUIDES_2026],
        ),
        // A stall with only a printed code has no scanner for the user's
        // own payment code; wallets from home are announced for merchant
        // codes, and no source says they pay a personal one.
        ProblemId::VendorPersonalCode => Trouble {
            only_reported: true,
            ..trouble(
                Side::Merchant,
                &[AskMerchantCode, Cash],
                &[OFFICIAL_GUIDE, TRAVEL_GUIDES_2026],
            )
        },
        // In an app there is no cashier to scan a code, nor a code to scan.
        ProblemId::MiniProgramsAndApps => {
            trouble(Side::Merchant, &[SwitchCard, Cash], &[TENCENT_PRESS_2023])
        }
        // The restaurant's own mini program: whether it takes a card from
        // abroad is its choice, and no source lists which do.
        ProblemId::TableOrder => trouble(
            Side::NotKnown,
            &[OrderFromStaff, ShowYourCode, Cash],
            &[TENCENT_PRESS_2023],
        ),
        ProblemId::SignUpWeChat => trouble(
            Side::Account,
            WITHOUT_WEIXIN,
            &[TENCENT_PRESS_2024, TRAVEL_GUIDES_2026],
        ),
        ProblemId::DepositsAndPayScore => Trouble {
            how_to: true,
            ..trouble(Side::NotKnown, &[Cash], &[PAY_SCORE_COMMUNITY_2024])
        },
        // The official guide: show the success page after scanning a code.
        // Whether a failed payment can still be charged is not published.
        ProblemId::PaidOrNot => trouble(Side::NotKnown, &[Cash, SwitchCard], GUIDE),
        ProblemId::Metro => Trouble {
            how_to: true,
            ..trouble(
                Side::NotKnown,
                &[TapCard, Cash, WeChatPayHk],
                &[
                    BEIJING_METRO_2024,
                    SHANGHAI_METRO_2025,
                    GUANGZHOU_METRO_2025,
                    WECHAT_PAY_HK_NEWS_2025,
                ],
            )
        },
        // Each pays from their own Weixin Pay: the official guide says a
        // card of someone else's is restricted ("交易有风险").
        ProblemId::CompanionWithoutWeChat => Trouble {
            how_to: true,
            ..trouble(Side::NotKnown, &[Cash, TapCard], GUIDE)
        },
        // The official guide rules out a Balance top-up from the card;
        // phone credit is another thing, and no source speaks of it.
        ProblemId::PhoneCredit => Trouble {
            how_to: true,
            ..trouble(Side::NotKnown, &[Cash], GUIDE)
        },
        ProblemId::Trains => Trouble {
            how_to: true,
            ..trouble(Side::NotKnown, &[], &[MOFCOM_2025_TRAINS])
        },
        ProblemId::Refunds => Trouble {
            how_to: true,
            ..trouble(Side::NotKnown, &[], &[OFFICIAL_GUIDE, TENCENT_FAQ_2023])
        },
        // A question, not a failure: the answer comes first, no side.
        ProblemId::WhySomePaymentsHaveAFee => Trouble {
            open_fees: true,
            how_to: true,
            ..trouble(Side::Rules, &[], &[OFFICIAL_GUIDE, TENCENT_PRESS_2023])
        },
        // Rent or a person who takes only transfers: no international card
        // can fund a transfer. A published rule, not a failure.
        ProblemId::RedPacketsAndTransfers => trouble(
            Side::Rules,
            &[AskMerchantCode, Cash, ChineseBankAccount],
            GUIDE,
        ),
    }
}
