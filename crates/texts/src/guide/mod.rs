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

use crate::{Lang, BUILT_LANGUAGE};
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
/// user in English and Norwegian (readers of Chinese read the sentence).
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

/// Whether a build shows `lang`'s words: a build for one language shows
/// only its own, a build of all three every one.
const fn built_for(lang: Lang) -> bool {
    match BUILT_LANGUAGE {
        None => true,
        Some(built) => built as u8 == lang as u8,
    }
}

/// `text` where `shown`, else nothing: a line left out this way is not in
/// the build at all.
const fn kept(shown: bool, text: &'static str) -> &'static str {
    if shown {
        text
    } else {
        ""
    }
}

/// A sentence for the card. Every build has the Chinese; the user's line
/// and each language's short name are kept only where they are shown.
const fn phrase(
    slug: &'static str,
    zh: &'static str,
    en: &'static str,
    nb: &'static str,
    short: [&'static str; 3],
) -> CashierPhrase {
    CashierPhrase {
        slug,
        zh,
        en: kept(built_for(Lang::En), en),
        nb: kept(built_for(Lang::Nb), nb),
        short: [
            kept(built_for(Lang::Zh), short[0]),
            kept(built_for(Lang::En), short[1]),
            kept(built_for(Lang::Nb), short[2]),
        ],
    }
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

    /// The user's line in their language; for readers of Chinese, the
    /// sentence itself.
    pub fn for_user(&self, lang: Lang) -> &'static str {
        for_reader(lang, self.zh, self.en, self.nb)
    }
}

/// What a reader of `lang` reads of a sentence for the counter: its line
/// in English or Norwegian, or the Chinese itself.
fn for_reader(lang: Lang, zh: &'static str, en: &'static str, nb: &'static str) -> &'static str {
    match lang {
        Lang::Nb => nb,
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// The cashier card's sentence with this slug.
pub fn cashier_phrase(slug: &str) -> Option<&'static CashierPhrase> {
    CASHIER_PHRASES.iter().find(|phrase| phrase.slug == slug)
}

/// What a user needs to say at the counter: paying first, then what to say
/// when a payment fails, then the rest.
pub const CASHIER_PHRASES: &[CashierPhrase] = &[
    phrase(
        "scan-my-code",
        "我用微信支付，请扫我的付款码。",
        "I will pay with Weixin Pay. Please scan my payment code.",
        "Jeg betaler med Weixin Pay. Kan du skanne betalingskoden min?",
        ["扫我的付款码", "Scan my code", "Skann koden min"],
    ),
    phrase(
        "scan-your-code",
        "可以让我扫您的收款码吗？",
        "Can I scan your QR code instead?",
        "Kan jeg skanne QR-koden deres i stedet?",
        ["我扫您的码", "I scan your code", "Jeg skanner koden deres"],
    ),
    // With a wallet app from home, which pays by scanning the shop's code.
    phrase(
        "own-wallet",
        "我用的是境外的电子钱包，可以扫您的收款码付款吗？",
        "I use a wallet app from abroad. Can I pay by scanning your QR code?",
        "Jeg bruker en betalingsapp hjemmefra. Kan jeg betale ved å skanne QR-koden deres?",
        ["境外钱包", "Wallet from home", "Betalingsapp hjemmefra"],
    ),
    phrase(
        "merchant-code",
        "我用的是境外银行卡，扫这个码付不了。请问有商家收款码吗？没有的话，可以付现金吗？",
        "I am using a foreign card, and it cannot pay by scanning this code. Do you have the shop's own merchant QR code? If not, can I pay in cash?",
        "Jeg bruker et utenlandsk kort, og det virker ikke med denne koden. Har dere butikkens egen QR-kode? Hvis ikke, kan jeg betale kontant?",
        ["商家收款码", "Shop's own code?", "Butikkens kode?"],
    ),
    phrase(
        "card-grey",
        "我的卡付不了您这个码，可以付现金吗？",
        "My card cannot pay your code. Can I pay in cash?",
        "Kortet mitt virker ikke med denne koden. Kan jeg betale kontant?",
        ["卡是灰色的", "Card greyed out", "Grått kort"],
    ),
    phrase(
        "failed",
        "付款没有成功，请稍等一下，我换一种方式付。",
        "The payment did not go through. One moment, please: I will pay another way.",
        "Betalingen gikk ikke gjennom. Et øyeblikk, så betaler jeg på en annen måte.",
        ["没付成功", "It failed", "Det gikk ikke"],
    ),
    // A message in Chinese the user cannot read: the cashier reads it in
    // a second, and the troubleshooter then has its words.
    phrase(
        "read-message",
        "不好意思，我看不懂手机上的提示。您能帮我看一下吗？",
        "Sorry, I cannot read this message on my phone. Could you tell me what it says?",
        "Unnskyld, jeg forstår ikke denne meldingen på telefonen. Kan du se hva den betyr?",
        ["帮我看提示", "Read this message", "Les meldingen"],
    ),
    phrase(
        "cash",
        "可以付现金吗？",
        "Can I pay in cash?",
        "Kan jeg betale kontant?",
        ["付现金", "Cash?", "Kontant?"],
    ),
    // A question only: no source says which shops take a card from
    // abroad on their own terminal.
    phrase(
        "card-terminal",
        "可以直接刷卡吗？我用的是境外银行卡。",
        "Can I pay with my card itself on your card terminal? It is a foreign card.",
        "Kan jeg betale med selve kortet i terminalen deres? Det er et utenlandsk kort.",
        ["刷卡", "Card terminal?", "Kortterminal?"],
    ),
    // In a taxi, with too little cash.
    phrase(
        "atm",
        "我现金不够，能先去附近的取款机（ATM）取个钱吗？",
        "I don't have enough cash on me. Can we stop at an ATM nearby first?",
        "Jeg har ikke nok kontanter på meg. Kan vi stoppe ved en minibank i nærheten først?",
        ["先去取款机", "ATM first", "Minibank først"],
    ),
    // At a hotel desk: no source says a deposit can go through Weixin Pay
    // with an international card.
    phrase(
        "deposit",
        "押金可以付现金吗？还是可以直接刷卡？",
        "Can I pay the deposit in cash, or with my card itself on your card terminal?",
        "Kan jeg betale depositumet kontant, eller med selve kortet i terminalen deres?",
        ["押金", "Deposit", "Depositum"],
    ),
    // To a landlord who asks for a transfer: a card from abroad can never
    // fund one (the official guide); a merchant code may take the card.
    phrase(
        "rent",
        "我的是境外银行卡，不能用微信转账。房租可以付现金吗？或者您有商家收款码吗？",
        "My card is from abroad and cannot pay a WeChat transfer. Can I pay the rent in cash, or do you have a merchant payment code?",
        "Kortet mitt er utenlandsk og kan ikke brukes til overføringer i WeChat. Kan jeg betale husleien kontant, eller har du en QR-kode for butikker?",
        ["交房租", "Rent", "Husleie"],
    ),
    // At a table with a code to scan and order: the restaurant's mini
    // program may not take a card from abroad.
    phrase(
        "order",
        "我用的是境外银行卡，扫桌上的码点不了单。可以帮我点单吗？我到前台付款。",
        "I have a foreign card and cannot order with the code on the table. Could you take my order? I will pay at the counter.",
        "Jeg har et utenlandsk kort og får ikke bestilt med koden på bordet. Kan du ta imot bestillingen? Jeg betaler i kassen.",
        ["帮我点单", "Take my order", "Ta bestillingen min"],
    ),
    phrase(
        "type-amount",
        "请您在收银机上输入金额，我再确认付款。",
        "Please enter the amount on your till, then I will confirm the payment.",
        "Kan du taste inn beløpet i kassen? Så bekrefter jeg betalingen.",
        ["请输入金额", "Enter the amount", "Tast inn beløpet"],
    ),
    phrase(
        "foreign-card-wait",
        "我用的是境外银行卡，付款可能要等一会儿，请稍等。",
        "My card is foreign; the payment may take a moment. Please wait a little.",
        "Kortet mitt er utenlandsk, så betalingen kan ta litt tid. Et øyeblikk, takk.",
        ["请稍等", "Please wait", "Vent litt"],
    ),
    phrase(
        "paid",
        "我已经付好了，您看一下付款成功的页面。",
        "I have paid. Please look: this screen shows the payment went through.",
        "Jeg har betalt. Se her: skjermen viser at betalingen gikk gjennom.",
        ["我已付款", "I have paid", "Jeg har betalt"],
    ),
    phrase(
        "total",
        "请问一共多少钱？",
        "How much is it in total, please?",
        "Hvor mye blir det til sammen?",
        ["一共多少钱", "How much?", "Hvor mye?"],
    ),
    phrase(
        "receipt",
        "可以给我一张小票吗？",
        "Could I have a receipt, please?",
        "Kan jeg få kvittering?",
        ["要小票", "Receipt", "Kvittering"],
    ),
];

/// An answer the cashier taps under a large sentence, in Chinese, shown to
/// the user in their language: a "no" no longer ends the conversation.
#[derive(Debug, Clone, Copy)]
pub struct CashierReply {
    pub zh: &'static str,
    en: &'static str,
    nb: &'static str,
    /// What it answers: a question ("可以" to "可以付现金吗？"), a statement
    /// ("好的" to "付款没有成功…"), or either.
    answers: Answers,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answers {
    Question,
    Statement,
    Either,
}

impl CashierReply {
    /// The answer in the user's language; for readers of Chinese, itself.
    pub fn for_user(&self, lang: Lang) -> &'static str {
        for_reader(lang, self.zh, self.en, self.nb)
    }

    /// Whether it answers `sentence`: "可以" and "我们没有" answer a
    /// question, not "付款没有成功，请稍等一下，我换一种方式付。".
    pub fn fits(&self, sentence: &str) -> bool {
        let question = sentence.trim_end().ends_with('？');
        match self.answers {
            Answers::Question => question,
            Answers::Statement => !question,
            Answers::Either => true,
        }
    }
}

/// An answer for the card, with only the lines the build shows.
const fn reply(
    zh: &'static str,
    en: &'static str,
    nb: &'static str,
    answers: Answers,
) -> CashierReply {
    CashierReply {
        zh,
        en: kept(built_for(Lang::En), en),
        nb: kept(built_for(Lang::Nb), nb),
        answers,
    }
}

/// Over the answers, for the cashier: in Chinese in every build.
pub const CASHIER_REPLY_PROMPT: &str = "请点一下您的回答：";

/// The answers the sentences call for: to a question yes, no, cash only,
/// not here (no merchant code, no card terminal), a moment's wait; to a
/// statement all right, cash only, a moment's wait.
pub const CASHIER_REPLIES: &[CashierReply] = &[
    reply("可以", "Yes", "Ja", Answers::Question),
    reply("不可以", "No", "Nei", Answers::Question),
    reply("好的", "All right", "Greit", Answers::Statement),
    reply("只收现金", "Cash only", "Bare kontanter", Answers::Either),
    reply(
        "我们没有",
        "We don't have that here",
        "Det har vi ikke her",
        Answers::Question,
    ),
    reply(
        "请稍等",
        "Please wait a moment",
        "Vent litt",
        Answers::Either,
    ),
];
