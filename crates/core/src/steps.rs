//! The steps of the guide: its five parts, each step's place, who it is
//! for, and whether it works offline. The words live in the texts crate.

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
