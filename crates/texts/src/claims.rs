//! "What you may have read": claims about paying with an international card
//! in Weixin Pay that other sites repeat, each with what the official and
//! news sources say instead, and when.
//!
//! Every answer rests on a row of the rules (RULES.md); the claims are the
//! ones listed there under "Known wrong claims seen on other sites". Each
//! language holds the same claims in the same order, and the array's length
//! is [`CLAIM_COUNT`], so a claim missing in one language is a compile error.
//! Nothing here is filled in at run time: the dates and figures are those of
//! the sources, written as each language writes them in running text.

/// How many claims the section lists, the same in every language.
pub const CLAIM_COUNT: usize = 10;

/// One claim a traveller may meet elsewhere, and what the sources say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimText {
    /// The claim as other sites usually write it, with the language's own
    /// quotation marks (“ ” in English and Chinese, « » in Norwegian).
    pub claim: &'static str,
    /// What the sources say instead, in one or two sentences, with the
    /// source named briefly and its date.
    pub instead: &'static str,
}

/// The headings and labels of the section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimsTexts {
    /// The section's heading.
    pub title: &'static str,
    /// One sentence under the heading: where the claims come from and what
    /// the answers are.
    pub intro: &'static str,
    /// The label before a claim.
    pub read_label: &'static str,
    /// The label before what the sources say.
    pub instead_label: &'static str,
}

by_language!(
    /// The section's heading, introduction and labels in `lang`.
    pub fn claims_texts -> &'static ClaimsTexts = TEXTS
);

by_language!(
    /// The claims in `lang`, in the order they are shown: the same claims
    /// in the same order in every language.
    pub fn claims -> &'static [ClaimText; CLAIM_COUNT] = CLAIMS
);

// The order, with the rows of RULES.md each answer rests on:
//  1. fee from 200: "fee waiver" (2023-07) and "small payments" (promotions);
//  2. the 2023 limits as current: "single transaction limit", "yearly
//     cumulative limit", "monthly limit" (2024-04);
//  3. 50,000 a day: "single transaction limit", "yearly cumulative limit" (2024-04);
//  4. a +86 number: "phone" (2024-04);
//  5. an account 30 days old: "limit before identity verification",
//     "order of the flow" (2024-04);
//  6. UnionPay cards issued abroad: "card networks" (2024-11);
//  7. Amex: "card networks" (2024-04, 2024-11);
//  8. top-ups and test transfers: "red packets / transfers" (2023-07);
//  9. Tour Pass: "UnionPay Tour Card" (ways to pay, 2024-04);
// 10. PayPal since 2024: "PayPal" (ways to pay).

mod en {
    use super::{ClaimText, ClaimsTexts, CLAIM_COUNT};

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
}

mod zh {
    use super::{ClaimText, ClaimsTexts, CLAIM_COUNT};

    pub static TEXTS: ClaimsTexts = ClaimsTexts {
        title: "你可能看到过的说法",
        intro: "以下是其他网站上常见的说法，每条都附上官方来源和新闻报道的说法及日期。",
        read_label: "常见说法",
        instead_label: "来源的说法",
    };

    pub static CLAIMS: [ClaimText; CLAIM_COUNT] = [
        ClaimText {
            claim: "“满200元就要收3%手续费”",
            instead: "单笔金额不超过200元（含200元）免收手续费；超过200元时，按整笔交易金额的3%收取，而不是只对超出部分收费（腾讯，2023年7月20日）。据腾讯新闻2026年5月28日报道，这一政策适用于2026年全年；此后的安排尚未公布。",
        },
        ClaimText {
            claim: "“单笔限额6,000元，每月累计限额50,000元”",
            instead: "这是2023年7月的数据。自2024年4月12日起，完成实名认证后单笔最高可付5,000美元，每年累计最高50,000美元（腾讯；China Services Info 于2025年2月25日最后一次重申）；2023年之后没有任何来源公布过月累计限额。",
        },
        ClaimText {
            claim: "“每天最多可以消费50,000元”",
            instead: "2024年4月12日以来公布的限额按单笔和按年计算：完成实名认证后，单笔最高5,000美元，每年累计最高50,000美元（腾讯，2024年4月12日）。",
        },
        ClaimText {
            claim: "“必须绑定+86的中国手机号”",
            instead: "任何+86以外的手机号都可以注册微信并添加银行卡（腾讯，2024年4月15日）。",
        },
        ClaimText {
            claim: "“微信账号注册满30天才能绑卡”",
            instead: "只需填写银行卡的基本信息即可绑卡，首次付款时也可以绑；之后完成实名认证即可提高限额（腾讯，2024年4月12日）。",
        },
        ClaimText {
            claim: "“境外发行的银联卡不能绑定微信支付”",
            instead: "自2024年11月6日起，境外发行的银联卡已可绑定微信支付（银联国际，2024年11月6日；腾讯于2025年9月16日再次说明）。",
        },
        ClaimText {
            claim: "“美国运通卡支持有限”",
            instead: "腾讯公布的可绑定卡组织包括美国运通卡，与 Visa、万事达卡、大来卡、Discover 和 JCB 并列（腾讯，2024年4月12日；2025年9月16日再次列出）。",
        },
        ClaimText {
            claim: "“用外卡给钱包充值，或者先转一笔账试试”",
            instead: "国际银行卡不能用于发红包、转账、充值零钱或购买理财（官方指引，2023年7月）。",
        },
        ClaimText {
            claim: "“开通微信支付 Tour Pass，即游客专用的微信预付余额”",
            instead: "Tour Pass 是支付宝2019年推出的预付产品。来源提到可在微信支付中使用的预付卡是银联旅行通卡（Tour Card），在云闪付 App 中申请、充值后即可绑定到微信支付（腾讯，2024年4月12日）。",
        },
        ClaimText {
            claim: "“PayPal 从2024年起就能在微信支付商户付款”",
            instead: "这是2026年5月27日才宣布的：PayPal 用户从当天起可扫微信支付商户的收款码付款，先从美国用户开始，其他地区分阶段开放（据IT之家2026年5月28日报道）。",
        },
    ];
}

mod nb {
    use super::{ClaimText, ClaimsTexts, CLAIM_COUNT};

    pub static TEXTS: ClaimsTexts = ClaimsTexts {
        title: "Det du kanskje har lest",
        intro: "Disse påstandene dukker opp på andre nettsteder – under hver står hva offisielle kilder og nyhetsmedier sier i stedet, og når.",
        read_label: "Du kan ha lest",
        instead_label: "Dette sier kildene",
    };

    pub static CLAIMS: [ClaimText; CLAIM_COUNT] = [
        ClaimText {
            claim: "«Gebyret på 3\u{a0}% gjelder fra 200 yuan»",
            instead: "En betaling på 200 yuan eller mindre er gebyrfri; over 200 yuan er gebyret 3\u{a0}% av hele beløpet, ikke bare av delen over 200 (Tencent, 20. juli 2023). Ifølge Tencent News 28. mai 2026 gjelder dette hele 2026; hva som gjelder etterpå, er ikke publisert.",
        },
        ClaimText {
            claim: "«Grensene er 6\u{a0}000 yuan per betaling og 50\u{a0}000 yuan i måneden»",
            instead: "Det er tallene fra juli 2023. Siden 12. april 2024 kan du etter ID-verifiseringen betale inntil USD\u{a0}5\u{a0}000 per betaling og USD\u{a0}50\u{a0}000 per år (Tencent; sist oppgitt av China Services Info 25. februar 2025), og ingen kilde har publisert noen månedsgrense etter 2023.",
        },
        ClaimText {
            claim: "«Du kan bruke opptil 50\u{a0}000 yuan om dagen»",
            instead: "Grensene som er publisert siden 12. april 2024, gjelder per betaling og per år: etter ID-verifiseringen inntil USD\u{a0}5\u{a0}000 per betaling og USD\u{a0}50\u{a0}000 per år (Tencent, 12. april 2024).",
        },
        ClaimText {
            claim: "«Du må ha et kinesisk +86-nummer»",
            instead: "Du kan registrere deg i WeChat og koble til et kort med et hvilket som helst telefonnummer utenfor +86 (Tencent, 15. april 2024).",
        },
        ClaimText {
            claim: "«WeChat-kontoen må være 30 dager gammel før du kan legge til et kort»",
            instead: "Et kort kan kobles til med bare de grunnleggende kortopplysningene, også under den første betalingen; grensene heves når du senere fullfører ID-verifiseringen (Tencent, 12. april 2024).",
        },
        ClaimText {
            claim: "«UnionPay-kort utstedt utenfor fastlands-Kina kan ikke kobles til WeChat Pay»",
            instead: "Siden 6. november 2024 kan UnionPay-kort utstedt utenfor fastlands-Kina kobles til Weixin Pay (UnionPay International, 6. november 2024; gjentatt av Tencent 16. september 2025).",
        },
        ClaimText {
            claim: "«American Express har bare begrenset støtte»",
            instead: "Tencent oppgir American Express blant kortselskapene som godtas, sammen med Visa, Mastercard, Diners Club, Discover og JCB (Tencent, 12. april 2024; gjentatt 16. september 2025).",
        },
        ClaimText {
            claim: "«Fyll på lommeboken eller send en testoverføring med det utenlandske kortet ditt»",
            instead: "Et utenlandsk kort kan aldri brukes til å sende røde konvolutter («Red Packet») eller overføringer, fylle på «Balance» eller kjøpe finansprodukter (den offisielle veiledningen, juli 2023).",
        },
        ClaimText {
            claim: "«Skaff deg WeChat Pay Tour Pass, en forhåndsbetalt WeChat-saldo for turister»",
            instead: "Tour Pass var et forhåndsbetalt produkt fra Alipay i 2019. Det forhåndsbetalte kortet kildene nevner for Weixin Pay, er UnionPay Tour Card, som du søker om i UnionPay-appen, fyller på og kobler til Weixin Pay (Tencent, 12. april 2024).",
        },
        ClaimText {
            claim: "«PayPal har fungert hos WeChat Pay-brukersteder siden 2024»",
            instead: "Det ble kunngjort 27. mai 2026 at PayPal-brukere fra samme dag kan betale ved å skanne kodene til Weixin Pay-brukersteder, først i USA og deretter trinnvis i flere land (ifølge IT Home, 28. mai 2026).",
        },
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn all_texts(lang: Lang) -> Vec<&'static str> {
        let head = claims_texts(lang);
        let mut texts = vec![head.title, head.intro];
        texts.extend([head.read_label, head.instead_label]);
        for item in claims(lang) {
            texts.extend([item.claim, item.instead]);
        }
        texts
    }

    #[test]
    fn no_text_is_empty() {
        for lang in Lang::ALL {
            for text in all_texts(lang) {
                assert!(!text.trim().is_empty(), "{lang:?}: empty text");
            }
        }
    }

    #[test]
    fn chinese_uses_full_width_punctuation() {
        for text in all_texts(Lang::Zh) {
            for ascii in [':', '(', ')', ';', '"'] {
                assert!(!text.contains(ascii), "{text:?} has {ascii:?}");
            }
            for mark in ['：', '，', '。', '（', '）', '“', '”', '；', '、'] {
                let before = format!(" {mark}");
                let after = format!("{mark} ");
                assert!(!text.contains(&before), "{text:?}: space before");
                assert!(!text.contains(&after), "{text:?}: space after");
            }
        }
    }

    #[test]
    fn claims_are_quoted_as_each_language_quotes() {
        for (lang, open, close) in [
            (Lang::Zh, '“', '”'),
            (Lang::En, '“', '”'),
            (Lang::Nb, '«', '»'),
        ] {
            for item in claims(lang) {
                let quoted = item.claim.starts_with(open) && item.claim.ends_with(close);
                assert!(quoted, "{lang:?}: {:?}", item.claim);
            }
        }
    }

    #[test]
    fn every_answer_names_a_dated_source() {
        for lang in Lang::ALL {
            for item in claims(lang) {
                let text = item.instead;
                let named = text.contains('(') || text.contains('（');
                assert!(named && text.contains("20"), "{lang:?}: {text:?}");
            }
        }
    }
}
