//! The eligibility checker in English.

use super::shape::{CheckerTexts, Question};
use crate::Plural;
use waika_core::eligibility::QuestionId;
use waika_core::eligibility::{
    AppStore, Availability, BoundCards, CardKind, Feature, Finding, InternationalUse, Outcome,
    PayPlace, Rule, SmsAnswer, WalletSign,
};
use waika_core::rules::IdDocument;

pub const CHECKER: CheckerTexts = CheckerTexts {
    title: "Can I use my card?",
    intro: "Answer what you know; the verdict updates with every answer. Nothing you choose leaves your device, and no question asks for a number or a name.",
    not_sure: "Not sure",
    other: "Other",
    mastercard: "Mastercard",
    american_express: "American Express",
    diners_club: "Diners Club International",
    unionpay: "UnionPay",
    version_placeholder: "For example 8.0.50",
    version_read_as: "Read as {version}.",
    version_unreadable: "“{text}” is not a version number. Look in Me › Settings › About WeChat; it looks like 8.0.50.",
    verdict_title: "Verdict",
    see_verdict: "See why",
    incomplete: Plural {
        one: "1 question still open. Nothing so far rules it out.",
        other: "{count} questions still open. Nothing so far rules it out.",
    },
    reasons_title: "Why",
    fixes_title: "What to do first",
    features_title: "What you will get",
    features_title_if_solved: "What you would get once the problem above is solved",
    features_title_unanswered: "What a linked foreign card can do",
    alternatives_title: "Other ways to pay",
    rule_ref: "Sources on {rule}:",
    open_step: "Open this step in the guide: {step}",
    share_title: "Share these answers",
    share_note: "The link holds only the choices above: no name, number or date.",
    share_copy: "Copy link",
    share_copied: "Link copied.",
    another_card: "Check another card",
    start_over: "Clear all answers",
};

pub fn question(id: QuestionId) -> Question {
    match id {
        QuestionId::Id => Question {
            label: "Which ID document will you register with?",
            help: "Weixin Pay accepts six documents. A national ID card, a driving licence and a residence permit for foreigners (a student's or a worker's) are not among them: use your passport, or another of the six listed below.",
        },
        QuestionId::Network => Question {
            label: "Which network is printed on your card?",
            help: "Look at the logo on the front or back of the card. Two logos, such as BankAxept and Visa? Choose the one Weixin Pay accepts (Visa or Mastercard): a local network such as BankAxept is not among them.",
        },
        QuestionId::Kind => Question {
            label: "What kind of card is it?",
            help: "A card that is both debit and credit can be answered either way: the official guide accepts both. The official rules do not say whether prepaid or virtual cards work; your bank decides.",
        },
        QuestionId::Sms => Question {
            label: "Does your phone number receive SMS where you will set it up?",
            help: "Weixin Pay sends a verification code by SMS. A foreign number needs roaming.",
        },
        QuestionId::Store => Question {
            label: "Where did you install WeChat from?",
            help: "Each store numbers WeChat's versions differently.",
        },
        QuestionId::Version => Question {
            label: "Which WeChat version do you have? (optional)",
            help: "Me › Settings › About WeChat shows it. Leave empty if you don't know.",
        },
        QuestionId::Wallet => Question {
            label: "Which currency sign does Wallet show?",
            help: "Me › Services › Wallet. ¥ means the Chinese Mainland wallet.",
        },
        QuestionId::Cards => Question {
            label: "How many international cards are already linked?",
            help: "Cards › the list of your bank cards in Wallet.",
        },
        QuestionId::Place => Question {
            label: "Where will you pay?",
            help: "International cards in Weixin Pay work with merchants in the Chinese Mainland only.",
        },
        QuestionId::International => Question {
            label: "Is the card open for use abroad and online?",
            help: "Your bank's app or customer service can tell you, and turn it on.",
        },
    }
}

pub fn id_document(id: IdDocument) -> &'static str {
    match id {
        IdDocument::Passport => "Passport",
        IdDocument::HkMacaoTravelPermit => {
            "Mainland Travel Permit for Hong Kong and Macao Residents"
        }
        IdDocument::TaiwanTravelPermit => "Mainland Travel Permit for Taiwan Residents",
        IdDocument::HkMacaoResidencePermit => {
            "Mainland Residence Permit for Hong Kong and Macao Residents"
        }
        IdDocument::TaiwanResidencePermit => "Mainland Residence Permit for Taiwan Residents",
        IdDocument::ForeignPermanentResidentCard => "Foreign Permanent Resident ID Card",
    }
}

pub fn card_kind(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Credit => "Credit card",
        CardKind::Debit => "Debit card",
        CardKind::Prepaid => "Prepaid card",
        CardKind::Virtual => "Virtual card",
        CardKind::NotSure => "Not sure",
    }
}

pub fn sms(answer: SmsAnswer) -> &'static str {
    match answer {
        SmsAnswer::Yes => "Yes",
        SmsAnswer::RoamingOff => "Foreign number, roaming is off",
        SmsAnswer::No => "No",
        SmsAnswer::NotSure => "Not sure",
    }
}

pub fn store(store: AppStore) -> &'static str {
    match store {
        AppStore::Android => "Android (Chinese store or website)",
        AppStore::Ios => "iPhone (App Store)",
        AppStore::GooglePlay => "Google Play",
        AppStore::NotSure => "Not sure",
    }
}

pub fn wallet(sign: WalletSign) -> &'static str {
    match sign {
        WalletSign::Yuan => "¥",
        WalletSign::HongKongDollar => "HK$",
        WalletSign::Ringgit => "RM",
        WalletSign::Other => "Another sign",
        WalletSign::NoWallet => "I have no Wallet yet",
        WalletSign::NotSure => "Not sure",
    }
}

pub fn bound_cards(cards: BoundCards) -> &'static str {
    match cards {
        BoundCards::None => "None",
        BoundCards::One => "One",
        BoundCards::Two => "Two",
        BoundCards::ThreeOrMore => "Three or more",
    }
}

pub fn place(place: PayPlace) -> &'static str {
    match place {
        PayPlace::MainlandShops => "In shops in the Chinese Mainland",
        PayPlace::Online => "Online, in apps and mini programs",
        PayPlace::OutsideMainland => "Outside the Chinese Mainland",
        PayPlace::NotSure => "Not sure",
    }
}

pub fn international(answer: InternationalUse) -> &'static str {
    match answer {
        InternationalUse::Enabled => "Yes",
        InternationalUse::Disabled => "No",
        InternationalUse::NotSure => "Not sure",
    }
}

pub fn finding(finding: Finding) -> &'static str {
    match finding {
        Finding::IdSupported(_) => "{document} is accepted.",
        Finding::IdNotSupported => "This document is not accepted: register with your passport instead, or another of the six documents listed. A national ID card, a driving licence and a residence permit for foreigners are not among them. Already verified with one of them years ago? No source says whether such an account can add a foreign card: try adding it, and if it is refused, ask Weixin Pay's customer service whether you can verify again with your passport.",
        Finding::IdUnknown => "Check that your document is one of the six accepted ones.",
        Finding::NetworkSupported(_) => "{network} is accepted.",
        Finding::NetworkNotInRuleSet(_) => "{network} is not accepted under these rules.",
        Finding::UnionPayNotInList => "UnionPay cards issued outside the Chinese Mainland are not on the list of accepted international cards.",
        Finding::UnionPayAccepted => "Since 6 November 2024, UnionPay cards issued outside the Chinese Mainland can be linked.",
        Finding::UnionPayFeesNotPublished => "Whether the fee, the waivers and the limits apply the same to UnionPay cards is not published.",
        Finding::NetworkNotSupported => "This card network is not accepted.",
        Finding::NetworkUnknown => "Check the network logo on your card.",
        Finding::CardKindFine => "Credit and debit cards are what the guide expects.",
        Finding::CardKindUnclear => "No rule is published for prepaid or virtual cards: whether the card can be linked is up to your bank. Try it, and have another card ready.",
        Finding::SmsFine => "You can receive the SMS verification code.",
        Finding::SmsRoamingOff => "Turn on roaming, or the SMS code will not arrive.",
        Finding::SmsNone => "You need a phone number that receives SMS: get one, or change the number in WeChat.",
        Finding::SmsUnknown => "Check that your number receives SMS where you are: ask someone to text you.",
        Finding::AppFine => "Your WeChat is recent enough.",
        Finding::AppTooOld { .. } => "The 2023 guide named version {minimum} for this store, and yours is older. Update WeChat first if adding the card fails.",
        Finding::AppUnknown => "A recent WeChat is best: update it if adding the card fails.",
        Finding::AppVersionShort { .. } => "The version you typed leaves out the last number, and the 2023 guide named {minimum} for this store. Me › Settings › About WeChat shows the whole number, such as 8.0.50. Update WeChat if adding the card fails.",
        Finding::WalletMainland => "You are in the Chinese Mainland wallet.",
        Finding::WalletNotOpened => "Open Wallet as the guide shows; make sure it shows ¥.",
        Finding::WalletHongKong => "Your wallet shows HK$: either switch the wallet region to the Chinese Mainland (¥) to link this card, or keep it and pay Mainland merchants with WeChat Pay HK.",
        Finding::WalletOtherRegion => "Switch the wallet region to the Chinese Mainland (¥).",
        Finding::WalletUnknown => "Look at the sign in Wallet: it must be ¥.",
        Finding::CardsRoom { .. } => "International cards you can still link: {more}.",
        Finding::CardsFull { .. } => "{max} cards are linked already: unlink one before adding another.",
        Finding::MerchantsMainland => "Merchants in the Chinese Mainland accept international cards, though not all of them.",
        Finding::MerchantsOutsideMainland => "No merchant outside the Chinese Mainland accepts international cards in Weixin Pay.",
        Finding::MerchantsUnknown => "Only merchants in the Chinese Mainland accept international cards; a grey card at the checkout means this one does not.",
        Finding::InternationalEnabled => "You said the card is open for use abroad.",
        Finding::InternationalDisabled => "Ask your bank to open the card for use abroad and online.",
        Finding::InternationalUnknown => "Check with your bank that the card may be used abroad and online.",
        Finding::PassportExtraSteps => "With a passport you also upload the passport's information page and pass facial verification, both in WeChat's own screens, opened from Weixin Pay's notification in Service Messages. Never send a photo of your passport to anyone who asks for it.",
        Finding::IssuerMayRefuse => "Your bank may still refuse to link the card or to authorise a payment; if so, ask your bank.",
    }
}

pub fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::IdDocuments => "accepted ID documents",
        Rule::CardNetworks => "accepted card networks",
        Rule::CardKinds => "card kinds (prepaid and virtual cards: no published rule)",
        Rule::SmsCode => "SMS verification",
        Rule::AppVersion => "WeChat version",
        Rule::MainlandWallet => "Chinese Mainland wallet",
        Rule::MaxBoundCards => "cards linked at once",
        Rule::MainlandMerchants => "merchants in the Chinese Mainland only",
        Rule::IssuerMayRefuse => "the card issuer's decision",
        Rule::PassportVerification => "extra verification for passports",
    }
}

pub fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Eligible => "Yes: you can add this card to Weixin Pay.",
        Outcome::NotYet => "Nearly: do or check the steps below first.",
        Outcome::NotPossible => "Not with these answers. See the other ways to pay.",
        Outcome::Incomplete => "Keep answering.",
    }
}

pub fn feature(feature: Feature) -> &'static str {
    match feature {
        Feature::PayMainlandMerchants => "Pay merchants in the Chinese Mainland",
        Feature::ReceiveRedPacketsAndTransfers => "Receive red packets and transfers into Balance",
        Feature::SendFromBalanceOnly => "Send red packets, transfers and top-ups",
        Feature::FinancialProducts => "Buy financial products",
        Feature::PayOutsideMainland => "Pay merchants outside the Chinese Mainland",
    }
}

pub fn availability(availability: Availability) -> &'static str {
    match availability {
        Availability::Yes => "Yes",
        Availability::No => "No",
        Availability::FromBalanceOnly => {
            "Never with the card (red packets and transfers only from Balance)"
        }
        Availability::NotStated => "Not stated by any source",
    }
}
