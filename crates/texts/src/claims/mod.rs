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

mod en;
mod nb;
mod shape;
mod zh;

pub use shape::*;

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
