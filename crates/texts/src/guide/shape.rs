//! What each language fills in for the guide: a section, a step, a way
//! to pay, a risk, and the items of the checklist before a trip.

/// A part of the guide.
#[derive(Debug, Clone, Copy)]
pub struct SectionText {
    pub title: &'static str,
    pub intro: &'static str,
}

/// One step: what to do, where to tap, what should happen, and what to do
/// if it does not.
#[derive(Debug, Clone, Copy)]
pub struct StepText {
    pub title: &'static str,
    /// What to do, one instruction per entry.
    pub actions: &'static [&'static str],
    /// What the user should see next.
    pub expect: &'static str,
    /// What to do if that does not happen.
    pub if_not: &'static str,
}

/// A way to pay in China, with its good and bad sides.
#[derive(Debug, Clone, Copy)]
pub struct OptionText {
    pub title: &'static str,
    pub summary: &'static str,
    pub good: &'static str,
    pub bad: &'static str,
}

/// A risk worth knowing before relying on a foreign card.
#[derive(Debug, Clone, Copy)]
pub struct RiskText {
    pub title: &'static str,
    pub body: &'static str,
}

/// Risks of paying with a foreign card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Risk {
    CurrencyMarkup,
    Phishing,
    RestrictedFeatures,
    RulesChange,
}

impl Risk {
    pub const ALL: [Risk; 4] = [
        Risk::CurrencyMarkup,
        Risk::Phishing,
        Risk::RestrictedFeatures,
        Risk::RulesChange,
    ];
}

/// The items of the pre-trip checklist. The order is the order of the list,
/// and each id is also its storage key, so ids must never be reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChecklistItem {
    InternationalUse,
    KnowMarkup,
    UpdateWeChat,
    RoamingSms,
    AddCardEarly,
    BringId,
    SecondCard,
    Cash,
    SaveNumbers,
    StudentBank,
}

impl ChecklistItem {
    pub const ALL: [ChecklistItem; 10] = [
        ChecklistItem::InternationalUse,
        ChecklistItem::KnowMarkup,
        ChecklistItem::UpdateWeChat,
        ChecklistItem::RoamingSms,
        ChecklistItem::AddCardEarly,
        ChecklistItem::BringId,
        ChecklistItem::SecondCard,
        ChecklistItem::Cash,
        ChecklistItem::SaveNumbers,
        ChecklistItem::StudentBank,
    ];

    /// Stable key for the ticked boxes kept on the device.
    pub const fn key(self) -> &'static str {
        match self {
            ChecklistItem::InternationalUse => "international-use",
            ChecklistItem::KnowMarkup => "know-markup",
            ChecklistItem::UpdateWeChat => "update-wechat",
            ChecklistItem::RoamingSms => "roaming-sms",
            ChecklistItem::AddCardEarly => "add-card-early",
            ChecklistItem::BringId => "bring-id",
            ChecklistItem::SecondCard => "second-card",
            ChecklistItem::Cash => "cash",
            ChecklistItem::SaveNumbers => "save-numbers",
            ChecklistItem::StudentBank => "student-bank",
        }
    }
}
