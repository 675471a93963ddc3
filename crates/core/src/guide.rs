//! The shape of the guide and the troubleshooter: which steps and problems
//! exist, and in which order. The words live in the texts crate, one
//! catalogue per language; how a typed question finds a problem is in
//! `problem_search`, and what to do about each problem in `trouble`.

pub use crate::ways::PaymentOption;
use serde::{Deserialize, Serialize};

/// The five parts of the official guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SectionId {
    /// What to have ready before starting.
    Prepare,
    /// Where to find Add a card, and the wallet region.
    FindEntry,
    /// Real-name authentication and adding the card.
    Verify,
    /// Extra verification for users registered with a passport.
    Passport,
    /// Paying online and in shops.
    Pay,
}

impl SectionId {
    /// Every section in the guide's order.
    pub const ALL: [SectionId; 5] = [
        SectionId::Prepare,
        SectionId::FindEntry,
        SectionId::Verify,
        SectionId::Passport,
        SectionId::Pay,
    ];
}

/// One step of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StepId {
    PrepareId,
    PrepareCard,
    PreparePhone,
    PrepareApp,
    OpenWallet,
    WalletRegion,
    EnableByScan,
    EnableInSettings,
    StartVerification,
    IdentityDetails,
    CardDetails,
    PhoneCode,
    PaymentPassword,
    CardCheck,
    PassportMessage,
    PassportConsent,
    PassportPhoto,
    FaceVerification,
    PayOnline,
    PayByScanning,
    PayWithCode,
}

/// Who a step is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    /// Everybody.
    Everyone,
    /// Only those who cannot find the Wallet entry or Add a card.
    IfEntryMissing,
    /// Only users registered with a passport.
    PassportUsers,
}

/// A step's place in the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: StepId,
    pub section: SectionId,
    /// The step's part of the address, e.g. "open-wallet".
    pub slug: &'static str,
    pub audience: Audience,
    /// Steps done outside WeChat (having a passport ready) have no tap path.
    pub in_app: bool,
    /// Steps where the user types personal or card details, or uploads a
    /// passport's page, so the anti-fraud warning is repeated there.
    pub sensitive: bool,
}

const fn step(id: StepId, section: SectionId, slug: &'static str) -> Step {
    Step {
        id,
        section,
        slug,
        audience: Audience::Everyone,
        in_app: true,
        sensitive: false,
    }
}

const fn offline(mut step: Step) -> Step {
    step.in_app = false;
    step
}

const fn sensitive(mut step: Step) -> Step {
    step.sensitive = true;
    step
}

const fn for_audience(mut step: Step, audience: Audience) -> Step {
    step.audience = audience;
    step
}

/// Every step, in the order of the official guide.
pub const STEPS: &[Step] = &[
    offline(step(StepId::PrepareId, SectionId::Prepare, "prepare-id")),
    offline(step(
        StepId::PrepareCard,
        SectionId::Prepare,
        "prepare-card",
    )),
    step(StepId::PreparePhone, SectionId::Prepare, "prepare-phone"),
    step(StepId::PrepareApp, SectionId::Prepare, "prepare-app"),
    step(StepId::OpenWallet, SectionId::FindEntry, "open-wallet"),
    step(StepId::WalletRegion, SectionId::FindEntry, "wallet-region"),
    for_audience(
        step(StepId::EnableByScan, SectionId::FindEntry, "enable-by-scan"),
        Audience::IfEntryMissing,
    ),
    for_audience(
        step(
            StepId::EnableInSettings,
            SectionId::FindEntry,
            "enable-in-settings",
        ),
        Audience::IfEntryMissing,
    ),
    step(
        StepId::StartVerification,
        SectionId::Verify,
        "start-verification",
    ),
    sensitive(step(
        StepId::IdentityDetails,
        SectionId::Verify,
        "identity-details",
    )),
    sensitive(step(StepId::CardDetails, SectionId::Verify, "card-details")),
    sensitive(step(StepId::PhoneCode, SectionId::Verify, "phone-code")),
    sensitive(step(
        StepId::PaymentPassword,
        SectionId::Verify,
        "payment-password",
    )),
    sensitive(step(StepId::CardCheck, SectionId::Verify, "card-check")),
    for_audience(
        sensitive(step(
            StepId::PassportMessage,
            SectionId::Passport,
            "passport-message",
        )),
        Audience::PassportUsers,
    ),
    for_audience(
        sensitive(step(
            StepId::PassportConsent,
            SectionId::Passport,
            "passport-consent",
        )),
        Audience::PassportUsers,
    ),
    for_audience(
        sensitive(step(
            StepId::PassportPhoto,
            SectionId::Passport,
            "passport-photo",
        )),
        Audience::PassportUsers,
    ),
    for_audience(
        step(
            StepId::FaceVerification,
            SectionId::Passport,
            "face-verification",
        ),
        Audience::PassportUsers,
    ),
    step(StepId::PayOnline, SectionId::Pay, "pay-online"),
    step(StepId::PayByScanning, SectionId::Pay, "pay-by-scanning"),
    step(StepId::PayWithCode, SectionId::Pay, "pay-with-code"),
];

/// The position (0-based) of a step in [`STEPS`].
pub fn step_index(id: StepId) -> Option<usize> {
    STEPS.iter().position(|step| step.id == id)
}

/// A step by its slug.
pub fn step_by_slug(slug: &str) -> Option<&'static Step> {
    STEPS.iter().find(|step| step.slug == slug)
}

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
    /// Whether that sentence is what to do first, before the ways to pay
    /// ("I have paid": paying again is what to avoid).
    pub phrase_first: bool,
}

const fn problem(id: ProblemId, slug: &'static str, related_steps: &'static [StepId]) -> Problem {
    Problem {
        id,
        slug,
        related_steps,
        customer_service: false,
        see_also: &[],
        cashier_phrase: None,
        phrase_first: false,
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
        phrase_first: true,
        ..problem(
            ProblemId::PaidOrNot,
            "paid-or-not",
            &[StepId::PayByScanning],
        )
    },
    // A grey card at a stall is often a personal code: its answer differs.
    at_the_till(Problem {
        see_also: &[ProblemId::VendorPersonalCode],
        ..problem(
            ProblemId::CardGreyAtMerchant,
            "card-grey",
            &[StepId::PayByScanning],
        )
    }),
    problem(
        ProblemId::VendorPersonalCode,
        "vendor-code",
        &[StepId::PayWithCode],
    ),
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
    problem(ProblemId::RedPacketsAndTransfers, "red-packets", &[]),
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
