//! The words of the troubleshooter, one module per language: each problem
//! as people see and say it, whose side it is on, the ways to pay now,
//! what to ask the bank, and the page's own labels. Each language answers
//! every id through an exhaustive `match`, so a problem missing in one
//! language is a compile error.
//!
//! Texts may contain the placeholders of [`crate::guide::RULE_PLACEHOLDERS`].

pub mod en;
pub mod nb;
pub mod zh;

use crate::Lang;
use waika_core::guide::ProblemId;
use waika_core::trouble::{PayNow, Side};

/// A problem: what people see and say, why it happens, what to do now and
/// what fixes it for next time.
#[derive(Debug, Clone, Copy)]
pub struct ProblemText {
    pub title: &'static str,
    /// Why it happens, with "reported" or "not known" where that is all
    /// there is.
    pub cause: &'static str,
    /// What to do right now, before any other way to pay; may be empty.
    pub now: &'static [&'static str],
    /// What fixes it for next time, in order.
    pub fix: &'static [&'static str],
    /// How people put it in their own words, for the search: words,
    /// colloquial phrases and whole sentences. Never shown.
    pub said: &'static [&'static str],
}

/// Whose side a problem is on, as a short label and a sentence.
#[derive(Debug, Clone, Copy)]
pub struct SideText {
    pub label: &'static str,
    pub body: &'static str,
}

/// A way to pay now: a short label for the link, and one sentence on how.
#[derive(Debug, Clone, Copy)]
pub struct WayText {
    pub label: &'static str,
    pub how: &'static str,
}

/// What to ask the bank, as advice from travel guides.
#[derive(Debug, Clone, Copy)]
pub struct BankScript {
    pub title: &'static str,
    /// Says that this is advice from travel guides, not the reason Weixin
    /// Pay gives.
    pub intro: &'static str,
    /// The questions to ask, one each.
    pub questions: &'static [&'static str],
    /// Introduces the official message, shown in Chinese and English.
    pub read_out: &'static str,
}

/// The troubleshooter page's own labels.
#[derive(Debug, Clone, Copy)]
pub struct HelpTexts {
    /// The heading of the ways to pay now.
    pub now_title: &'static str,
    /// The heading of whose side it is.
    pub side_title: &'static str,
    /// The heading of the cause.
    pub why_title: &'static str,
    /// The heading of what fixes it for next time.
    pub fix_title: &'static str,
    /// The heading of the messages seen.
    pub seen_title: &'static str,
    /// Said where the cause rests on travel guides only.
    pub only_reported: &'static str,
    /// Said next to a way to pay that is advice from travel guides.
    pub advice: &'static str,
    /// The link to the eligibility checker, to fix it for next time.
    pub check_card: &'static str,
    /// Said above the nearest problems when nothing matched well.
    pub closest: &'static str,
    /// Said when nothing matched at all, above the most common problems.
    pub nothing_close: &'static str,
    /// The label of the start page's search field.
    pub what_do_you_see: &'static str,
    /// The hint under it, with examples.
    pub what_do_you_see_hint: &'static str,
    /// The button that searches without the app (the page as written).
    pub search_button: &'static str,
    /// The link from one problem back to all of them.
    pub all_problems: &'static str,
    /// The link to every problem, under the start page's results.
    pub more_results: &'static str,
}

crate::by_language!(
    /// A problem's texts.
    pub fn problem(id: ProblemId) -> ProblemText
);

/// The messages and situations people meet on the screen, in the
/// language asked for. Every build has the Chinese and the English ones:
/// WeChat shows its messages in its own language, which need not be the
/// app's, so the search finds them from any language's pages.
pub fn seen(lang: Lang, id: ProblemId) -> &'static [&'static str] {
    match lang {
        Lang::Zh => zh::seen(id),
        Lang::En => en::seen(id),
        #[cfg(not(any(feature = "only-zh", feature = "only-en")))]
        Lang::Nb => nb::seen(id),
        #[cfg(any(feature = "only-zh", feature = "only-en"))]
        Lang::Nb => &[],
    }
}

crate::by_language!(
    /// Whose side a problem is on, in words.
    pub fn side(side: Side) -> SideText
);

crate::by_language!(
    /// A way to pay now, in words.
    pub fn way(way: PayNow) -> WayText
);

crate::by_language!(
    /// What to ask the bank.
    pub fn bank_script -> &'static BankScript = BANK_SCRIPT
);

crate::by_language!(
    /// The troubleshooter's labels.
    pub fn help_texts -> &'static HelpTexts = HELP
);

/// The official message of a refused payment, as Weixin Pay shows it in
/// Chinese and in English: the bank refused, Weixin Pay did not block it.
pub const BANK_REFUSED_MESSAGE: (&str, &str) = (
    "交易被拒绝/银行卡状态异常",
    "Transaction declined / The bank card is unauthorized",
);

/// A problem's texts in one language that the search compares with a
/// query: its title, the messages seen, and the ways people say it.
pub fn searchable(lang: Lang, id: ProblemId) -> Vec<&'static str> {
    let text = problem(lang, id);
    let mut texts = vec![text.title];
    texts.extend_from_slice(seen(lang, id));
    texts.extend_from_slice(text.said);
    texts
}

/// Everything the search compares for a problem: its texts in each
/// language of the build, and WeChat's messages in Chinese and English in
/// every build.
pub fn searchable_in_all_languages(id: ProblemId) -> Vec<&'static str> {
    let built: &[Lang] = match &crate::BUILT_LANGUAGE {
        Some(lang) => std::slice::from_ref(lang),
        None => &Lang::ALL,
    };
    let mut texts: Vec<&'static str> = built
        .iter()
        .flat_map(|lang| searchable(*lang, id))
        .collect();
    for lang in [Lang::Zh, Lang::En] {
        if !built.contains(&lang) {
            texts.extend_from_slice(seen(lang, id));
        }
    }
    texts
}
