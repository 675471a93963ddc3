//! What each language fills in for the troubleshooter: a problem, its
//! side, a way to pay now, what to ask the bank, and the page's labels.

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
    /// The link from the fee question to the fee calculator.
    pub open_fees: &'static str,
    /// Said above the nearest problems when nothing matched well.
    pub closest: &'static str,
    /// Above the list when a question matches several problems equally.
    pub several_match: &'static str,
    /// The same for a question of how to do something: pages, not causes.
    pub several_answers: &'static str,
    /// A search that names Alipay: the app has no checked facts on it, and
    /// the ways to pay now follow.
    pub alipay_not_covered: &'static str,
    /// A search that asks how to pay: the guide's steps for paying come
    /// first, then what to do when a payment fails.
    pub how_to_pay: &'static str,
    /// A search about cash that no problem answers: why to carry some, with
    /// the ways to pay now after it.
    pub cash_answer: &'static str,
    /// The first result when the search asks whether a card will work: a
    /// link to the checker.
    pub card_question: &'static str,
    /// Above the list when a question matches one problem only in part.
    pub maybe_this: &'static str,
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
    /// Above the answers a problem points to, under the ways to pay now.
    pub related_answers: &'static str,
    /// The cause's heading on a question of how (a train ticket, the metro).
    pub how_why_title: &'static str,
    /// The heading of what to do, on a question of how.
    pub how_fix_title: &'static str,
    /// The heading of where one meets it, on a question of how.
    pub how_seen_title: &'static str,
    /// The link to the cashier card's sentence for this moment.
    pub show_cashier: &'static str,
    /// `{amount}`: the fee calculator, for the amount a question named.
    pub cost_for_amount: &'static str,
    /// The limits, for a question of how much one may pay (rule values).
    pub limits_answer: &'static str,
    /// The link to what is left of each limit.
    pub limits_left: &'static str,
    /// Above the ways to pay now under a list of possible causes.
    pub ways_now_intro: &'static str,
}
