//! The words of the guide, the cashier card and the pre-trip advice, one
//! module per language. Each language answers every id through an
//! exhaustive `match`, so a step or problem missing in one language is a
//! compile error.
//!
//! Texts may contain placeholders that the UI fills from the rule set in
//! force: see [`RULE_PLACEHOLDERS`].

pub mod en;
pub mod nb;
pub mod zh;

mod shape;
pub use shape::*;

use crate::Lang;
pub use waika_core::guide::PaymentOption;
use waika_core::guide::{SectionId, StepId};

/// Placeholders content texts may use; each is filled from the rule set in
/// force, so no figure is written into the prose.
pub const RULE_PLACEHOLDERS: &[&str] = &[
    "free",
    // The last day a source confirmed the fee-free amount for.
    "free_until",
    "percent",
    "single",
    // The per-payment limit in yuan at the rounded example rate.
    "single_cny",
    "monthly",
    "yearly",
    "cards",
    "rules",
    "android",
    "ios",
    "google_play",
];

by_language!(
    /// A section's title and introduction.
    pub fn section(id: SectionId) -> SectionText
);

by_language!(
    /// A step's texts.
    pub fn step(id: StepId) -> StepText
);

/// The buttons to tap for a step, in order, as WeChat names them in this
/// language; empty for steps done outside WeChat. Every build has the
/// Chinese ones, shown beside the user's for a phone set to Chinese.
pub fn tap_path(lang: Lang, id: StepId) -> &'static [&'static str] {
    match lang {
        Lang::Zh => zh::tap_path(id),
        #[cfg(not(any(feature = "only-zh", feature = "only-en")))]
        Lang::Nb => nb::tap_path(id),
        #[cfg(not(any(feature = "only-zh", feature = "only-nb")))]
        Lang::En => en::tap_path(id),
        #[allow(unreachable_patterns)]
        _ => &[],
    }
}

by_language!(
    /// A payment option's texts.
    pub fn payment_option(id: PaymentOption) -> OptionText
);

by_language!(
    /// A risk's texts.
    pub fn risk(id: Risk) -> RiskText
);

by_language!(
    /// A checklist item's text.
    pub fn checklist_item(id: ChecklistItem) -> &'static str
);

/// A sentence for the cashier, in Chinese for them, with a line for the
/// user in English and Norwegian.
#[derive(Debug, Clone, Copy)]
pub struct CashierPhrase {
    /// The sentence's place on the card (`#phrase-{slug}`), for links from
    /// the troubleshooter's ways to pay now.
    pub slug: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub nb: &'static str,
    /// A few words for the list at the top of the card, which opens the
    /// sentence large with one tap: in Chinese, English and Norwegian.
    pub short: [&'static str; 3],
}

impl CashierPhrase {
    /// The few words that name the sentence in the user's language.
    pub fn short_for(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.short[0],
            Lang::En => self.short[1],
            Lang::Nb => self.short[2],
        }
    }

    /// The user's line: in their language, or the English one for readers
    /// of Chinese, who read the big line already.
    pub fn for_user(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.nb,
            Lang::En | Lang::Zh => self.en,
        }
    }
}

/// What a user needs to say at the counter: paying first, then what to say
/// when a payment fails, then the rest.
pub const CASHIER_PHRASES: &[CashierPhrase] = &[
    CashierPhrase {
        slug: "scan-my-code",
        zh: "我用微信支付，请扫我的付款码。",
        en: "I will pay with Weixin Pay. Please scan my payment code.",
        nb: "Jeg betaler med Weixin Pay. Kan du skanne betalingskoden min?",
        short: ["扫我的付款码", "Scan my code", "Skann koden min"],
    },
    CashierPhrase {
        slug: "scan-your-code",
        zh: "可以让我扫您的收款码吗？",
        en: "Can I scan your QR code instead?",
        nb: "Kan jeg skanne QR-koden deres i stedet?",
        short: ["我扫您的码", "I scan your code", "Jeg skanner koden deres"],
    },
    // With a wallet app from home, which pays by scanning the shop's code.
    CashierPhrase {
        slug: "own-wallet",
        zh: "我用的是境外的电子钱包，可以扫您的收款码付款吗？",
        en: "I use a wallet app from abroad. Can I pay by scanning your QR code?",
        nb: "Jeg bruker en betalingsapp hjemmefra. Kan jeg betale ved å skanne QR-koden deres?",
        short: ["境外钱包", "Wallet from home", "Betalingsapp hjemmefra"],
    },
    CashierPhrase {
        slug: "merchant-code",
        zh: "我用的是境外银行卡，扫这个码付不了。请问有商家收款码吗？",
        en: "I am using a foreign card, and it cannot pay by scanning this code. Do you have the shop's own merchant QR code?",
        nb: "Jeg bruker et utenlandsk kort, og det virker ikke med denne koden. Har dere butikkens egen QR-kode?",
        short: ["商家收款码", "Shop's own code?", "Butikkens kode?"],
    },
    CashierPhrase {
        slug: "card-grey",
        zh: "我的卡付不了您这个码，可以付现金吗？",
        en: "My card cannot pay your code. Can I pay in cash?",
        nb: "Kortet mitt virker ikke med denne koden. Kan jeg betale kontant?",
        short: ["卡是灰色的", "Card greyed out", "Grått kort"],
    },
    CashierPhrase {
        slug: "failed",
        zh: "付款没有成功，请稍等一下，我换一种方式付。",
        en: "The payment did not go through. One moment, please: I will pay another way.",
        nb: "Betalingen gikk ikke gjennom. Et øyeblikk, så betaler jeg på en annen måte.",
        short: ["没付成功", "It failed", "Det gikk ikke"],
    },
    CashierPhrase {
        slug: "cash",
        zh: "可以付现金吗？",
        en: "Can I pay in cash?",
        nb: "Kan jeg betale kontant?",
        short: ["付现金", "Cash?", "Kontant?"],
    },
    // A question only: no source says which shops take a card from
    // abroad on their own terminal.
    CashierPhrase {
        slug: "card-terminal",
        zh: "可以直接刷卡吗？我用的是境外银行卡。",
        en: "Can I pay with my card itself on your card terminal? It is a foreign card.",
        nb: "Kan jeg betale med selve kortet i terminalen deres? Det er et utenlandsk kort.",
        short: ["刷卡", "Card terminal?", "Kortterminal?"],
    },
    // In a taxi, with too little cash.
    CashierPhrase {
        slug: "atm",
        zh: "我现金不够，能先去附近的取款机（ATM）取个钱吗？",
        en: "I don't have enough cash on me. Can we stop at an ATM nearby first?",
        nb: "Jeg har ikke nok kontanter på meg. Kan vi stoppe ved en minibank i nærheten først?",
        short: ["先去取款机", "ATM first", "Minibank først"],
    },
    // At a hotel desk: no source says a deposit can go through Weixin Pay
    // with an international card.
    CashierPhrase {
        slug: "deposit",
        zh: "押金可以付现金吗？还是可以直接刷卡？",
        en: "Can I pay the deposit in cash, or with my card itself on your card terminal?",
        nb: "Kan jeg betale depositumet kontant, eller med selve kortet i terminalen deres?",
        short: ["押金", "Deposit", "Depositum"],
    },
    // At a table with a code to scan and order: the restaurant's mini
    // program may not take a card from abroad.
    CashierPhrase {
        slug: "order",
        zh: "我用的是境外银行卡，扫桌上的码点不了单。可以帮我点单吗？我到前台付款。",
        en: "I have a foreign card and cannot order with the code on the table. Could you take my order? I will pay at the counter.",
        nb: "Jeg har et utenlandsk kort og får ikke bestilt med koden på bordet. Kan du ta imot bestillingen? Jeg betaler i kassen.",
        short: ["帮我点单", "Take my order", "Ta bestillingen min"],
    },
    CashierPhrase {
        slug: "type-amount",
        zh: "请您在收银机上输入金额，我再确认付款。",
        en: "Please enter the amount on your till, then I will confirm the payment.",
        nb: "Kan du taste inn beløpet i kassen? Så bekrefter jeg betalingen.",
        short: ["请输入金额", "Enter the amount", "Tast inn beløpet"],
    },
    CashierPhrase {
        slug: "foreign-card-wait",
        zh: "我用的是境外银行卡，付款可能要等一会儿，请稍等。",
        en: "My card is foreign; the payment may take a moment. Please wait a little.",
        nb: "Kortet mitt er utenlandsk, så betalingen kan ta litt tid. Et øyeblikk, takk.",
        short: ["请稍等", "Please wait", "Vent litt"],
    },
    CashierPhrase {
        slug: "paid",
        zh: "我已经付好了，您看一下付款成功的页面。",
        en: "I have paid. Please look: this screen shows the payment went through.",
        nb: "Jeg har betalt. Se her: skjermen viser at betalingen gikk gjennom.",
        short: ["我已付款", "I have paid", "Jeg har betalt"],
    },
    CashierPhrase {
        slug: "total",
        zh: "请问一共多少钱？",
        en: "How much is it in total, please?",
        nb: "Hvor mye blir det til sammen?",
        short: ["一共多少钱", "How much?", "Hvor mye?"],
    },
    CashierPhrase {
        slug: "receipt",
        zh: "可以给我一张小票吗？",
        en: "Could I have a receipt, please?",
        nb: "Kan jeg få kvittering?",
        short: ["要收据", "Receipt", "Kvittering"],
    },
];
