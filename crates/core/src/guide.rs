//! The shape of the guide and the troubleshooter: which steps and problems
//! exist, and in which order. The words live in the texts crate, one
//! catalogue per language; how a typed question finds a problem is in
//! `problem_search`, and what to do about each problem in `trouble`.

pub use crate::steps::{step_by_slug, step_index, Audience, SectionId, Step, StepId, STEPS};
pub use crate::ways::PaymentOption;
use serde::{Deserialize, Serialize};

/// A problem the troubleshooter knows, each from the official guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProblemId {
    SmsCodeNotReceived,
    AppVersionTooOld,
    RealNamePrompt,
    EntryNotFound,
    WrongWalletRegion,
    CardInvalidOrDeclined,
    TooManyCards,
    ForgotPaymentPassword,
    UnlinkCard,
    FaceVerificationFails,
    OverLimit,
    RiskControl,
    WrongPassword,
    PaymentFailedNoReason,
    PaymentDeclined,
    CardGreyAtMerchant,
    WhySomePaymentsHaveAFee,
    RedPacketsAndTransfers,
    VendorPersonalCode,
    SignUpWeChat,
    DepositsAndPayScore,
    Trains,
    MiniProgramsAndApps,
    TableOrder,
    Refunds,
    PayWithWeChatPayHk,
    WalletFromHome,
    PaidOrNot,
    Metro,
    CompanionWithoutWeChat,
    PhoneCredit,
}

/// A problem's place in the troubleshooter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub id: ProblemId,
    /// The problem's part of the address, e.g. "sms-code".
    pub slug: &'static str,
    /// Guide steps worth opening from this problem.
    pub related_steps: &'static [StepId],
    /// Whether the answer involves calling Weixin Pay customer service.
    pub customer_service: bool,
    /// Answers its steps point to ("unlink a card first").
    pub see_also: &'static [ProblemId],
    /// The sentence on the cashier card to show at this moment (its slug).
    pub cashier_phrase: Option<&'static str>,
}

const fn problem(id: ProblemId, slug: &'static str, related_steps: &'static [StepId]) -> Problem {
    Problem {
        id,
        slug,
        related_steps,
        customer_service: false,
        see_also: &[],
        cashier_phrase: None,
    }
}

/// A failure at a till: the cashier card's "it did not go through, I will
/// pay another way" goes with its answer.
const fn at_the_till(problem: Problem) -> Problem {
    Problem {
        cashier_phrase: Some("failed"),
        ..problem
    }
}

/// Every problem, roughly in the order people meet them.
pub const PROBLEMS: &[Problem] = &[
    problem(
        ProblemId::SmsCodeNotReceived,
        "sms-code",
        &[StepId::PreparePhone, StepId::PhoneCode],
    ),
    problem(
        ProblemId::AppVersionTooOld,
        "app-version",
        &[StepId::PrepareApp],
    ),
    problem(
        ProblemId::RealNamePrompt,
        "real-name",
        &[StepId::StartVerification],
    ),
    problem(
        ProblemId::EntryNotFound,
        "entry-not-found",
        &[StepId::EnableByScan, StepId::EnableInSettings],
    ),
    problem(
        ProblemId::WrongWalletRegion,
        "wallet-region",
        &[StepId::WalletRegion],
    ),
    problem(
        ProblemId::CardInvalidOrDeclined,
        "card-declined",
        &[StepId::PrepareCard, StepId::CardDetails],
    ),
    Problem {
        see_also: &[ProblemId::UnlinkCard],
        ..problem(ProblemId::TooManyCards, "too-many-cards", &[])
    },
    problem(
        ProblemId::ForgotPaymentPassword,
        "forgot-password",
        &[StepId::PaymentPassword],
    ),
    problem(ProblemId::UnlinkCard, "unlink-card", &[]),
    problem(
        ProblemId::FaceVerificationFails,
        "face-verification",
        &[StepId::FaceVerification],
    ),
    // A hotel's deposit is a common large payment: its own answer says
    // what to ask at the desk.
    at_the_till(Problem {
        see_also: &[ProblemId::DepositsAndPayScore],
        ..problem(
            ProblemId::OverLimit,
            "over-limit",
            &[StepId::StartVerification],
        )
    }),
    at_the_till(Problem {
        customer_service: true,
        ..problem(ProblemId::RiskControl, "risk-control", &[])
    }),
    at_the_till(problem(
        ProblemId::WrongPassword,
        "wrong-password",
        &[StepId::PaymentPassword],
    )),
    // A message that names no cause: the messages that do, one tap away.
    at_the_till(Problem {
        see_also: &[
            ProblemId::PaymentDeclined,
            ProblemId::RiskControl,
            ProblemId::OverLimit,
            ProblemId::CardGreyAtMerchant,
            ProblemId::WrongPassword,
        ],
        ..problem(ProblemId::PaymentFailedNoReason, "payment-failed", &[])
    }),
    at_the_till(problem(
        ProblemId::PaymentDeclined,
        "payment-declined",
        &[StepId::PrepareCard],
    )),
    // Not sure it went through: the success page is what to show.
    Problem {
        cashier_phrase: Some("paid"),
        ..problem(
            ProblemId::PaidOrNot,
            "paid-or-not",
            &[StepId::PayByScanning],
        )
    },
    // A grey card at a stall is often a personal code: its answer differs.
    // Both ask the shop for its merchant code, and for cash if it has none
    // ("I will pay another way" left a shopkeeper waiting).
    Problem {
        see_also: &[ProblemId::VendorPersonalCode],
        cashier_phrase: Some("merchant-code"),
        ..problem(
            ProblemId::CardGreyAtMerchant,
            "card-grey",
            &[StepId::PayByScanning],
        )
    },
    Problem {
        cashier_phrase: Some("merchant-code"),
        ..problem(
            ProblemId::VendorPersonalCode,
            "vendor-code",
            &[StepId::PayWithCode],
        )
    },
    problem(ProblemId::PayWithWeChatPayHk, "wechat-pay-hk", &[]),
    problem(ProblemId::WalletFromHome, "wallet-from-home", &[]),
    problem(ProblemId::Metro, "metro", &[]),
    problem(ProblemId::SignUpWeChat, "sign-up", &[StepId::PreparePhone]),
    Problem {
        see_also: &[ProblemId::SignUpWeChat],
        ..problem(ProblemId::CompanionWithoutWeChat, "no-wechat", &[])
    },
    problem(
        ProblemId::MiniProgramsAndApps,
        "mini-programs",
        &[StepId::PayOnline],
    ),
    Problem {
        see_also: &[ProblemId::MiniProgramsAndApps],
        ..problem(ProblemId::TableOrder, "table-order", &[StepId::PayWithCode])
    },
    problem(ProblemId::Trains, "trains", &[]),
    problem(ProblemId::DepositsAndPayScore, "deposits", &[]),
    problem(ProblemId::Refunds, "refunds", &[]),
    problem(ProblemId::WhySomePaymentsHaveAFee, "fees", &[]),
    // Rent asked for as a transfer: the sentence asks for cash or a merchant code.
    Problem {
        cashier_phrase: Some("rent"),
        ..problem(ProblemId::RedPacketsAndTransfers, "red-packets", &[])
    },
    Problem {
        see_also: &[ProblemId::RedPacketsAndTransfers],
        ..problem(ProblemId::PhoneCredit, "phone-credit", &[])
    },
];

/// A problem by its slug.
pub fn problem_by_slug(slug: &str) -> Option<&'static Problem> {
    PROBLEMS.iter().find(|problem| problem.slug == slug)
}

/// The problems met at a step, in the troubleshooter's order: a step's
/// card links to each.
pub fn problems_at(step: StepId) -> impl Iterator<Item = &'static Problem> {
    PROBLEMS
        .iter()
        .filter(move |problem| problem.related_steps.contains(&step))
}
