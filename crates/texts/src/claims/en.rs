//! The claims of "What you may have read" in English.

use super::shape::{ClaimText, ClaimsTexts, CLAIM_COUNT};

pub static TEXTS: ClaimsTexts = ClaimsTexts {
    title: "What you may have read",
    intro: "Each claim below turns up on other sites; under it is what official sources and news reports say instead, and when.",
    read_label: "You may have read",
    instead_label: "What the sources say",
};

pub static CLAIMS: [ClaimText; CLAIM_COUNT] = [
    ClaimText {
        claim: "“A 3% fee applies from 200 yuan”",
        instead: "A payment of 200 yuan or less carries no fee; above 200 yuan, the 3% fee is charged on the whole amount, not only on the part above 200 (Tencent, 20 July 2023). Tencent News reported on 28 May 2026 that this holds for all of 2026; what applies after that has not been published.",
    },
    ClaimText {
        claim: "“The limits are 6,000 yuan per payment and 50,000 yuan a month”",
        instead: "Those are the figures of July 2023. Since 12 April 2024, once you have verified your identity, you can pay up to USD\u{a0}5,000 a payment and USD\u{a0}50,000 a year (Tencent; last stated by China Services Info, 25 February 2025), and no source has published a monthly limit since 2023.",
    },
    ClaimText {
        claim: "“You can spend up to 50,000 yuan a day”",
        instead: "The limits published since 12 April 2024 are per payment and per year: once you have verified your identity, up to USD\u{a0}5,000 a payment and USD\u{a0}50,000 a year (Tencent, 12 April 2024).",
    },
    ClaimText {
        claim: "“You must bind a Chinese +86 phone number”",
        instead: "Any phone number outside +86 can register WeChat and link a card (Tencent, 15 April 2024).",
    },
    ClaimText {
        claim: "“Your WeChat account must be 30 days old before you can add a card”",
        instead: "A card can be linked with just its basic details, even during your first payment; verifying your identity later raises the limits (Tencent, 12 April 2024).",
    },
    ClaimText {
        claim: "“UnionPay cards issued abroad cannot be linked to WeChat Pay”",
        instead: "Since 6 November 2024, UnionPay cards issued abroad can be linked to Weixin Pay (announced by UnionPay International, 6 November 2024; restated by Tencent, 16 September 2025).",
    },
    ClaimText {
        claim: "“American Express has only limited support”",
        instead: "Tencent lists American Express among the cards that can be linked, alongside Visa, Mastercard, Diners Club, Discover and JCB (Tencent, 12 April 2024; restated 16 September 2025).",
    },
    ClaimText {
        claim: "“Top up your wallet or send a test transfer with your foreign card”",
        instead: "An international card can never fund red packets, transfers, Balance top-ups or financial products (official guide, July 2023).",
    },
    ClaimText {
        claim: "“Get the WeChat Pay Tour Pass, a prepaid WeChat balance for tourists”",
        instead: "Tour Pass was Alipay’s prepaid product of 2019. The prepaid card the sources name for Weixin Pay is the UnionPay Tour Card, applied for in the UnionPay app, topped up and linked in Weixin Pay (Tencent, 12 April 2024).",
    },
    ClaimText {
        claim: "“PayPal has worked at WeChat Pay merchants since 2024”",
        instead: "It was announced on 27 May 2026: from that day, PayPal users, in the US first and elsewhere in phases, can pay by scanning Weixin Pay merchant codes (reported by IT Home, 28 May 2026).",
    },
];
