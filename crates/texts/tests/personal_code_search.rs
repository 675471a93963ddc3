//! A seller's personal code among the causes the search lists: a failure
//! in a taxi, and a shop whose own code a visitor could not pay.

use waika_core::guide::ProblemId;
use waika_core::problem_search::{find_problems, ANSWERS_ON_START};
use waika_texts::problems::searchable_in_all_languages;

/// A failure in a taxi or with no cause named lists the driver's or the
/// stall's personal code among the causes.
#[test]
fn a_failure_in_a_taxi_lists_the_personal_code() {
    for query in [
        "taxi betaling feilet",
        "payment failed in a taxi",
        "交易失败",
        "出租车付款失败",
    ] {
        let found = find_problems(query, searchable_in_all_languages).problems;
        assert!(
            found.contains(&ProblemId::VendorPersonalCode),
            "{query:?} found {found:?}"
        );
    }
}

/// A shop whose own code a visitor could not pay, in the shopkeeper's
/// words: the shop's personal code is among the first causes shown.
#[test]
fn a_shop_whose_code_refused_a_visitor_lists_the_shop_s_code() {
    for query in [
        "外国客人扫我的码付不了",
        "外国人付不了款",
        "为什么外国人微信付不了",
        "老外扫码失败",
        "我收不到外国人的钱",
        "怎么收外国人的钱",
    ] {
        let found = find_problems(query, searchable_in_all_languages).problems;
        let shown = &found[..found.len().min(3)];
        assert!(
            shown.contains(&ProblemId::VendorPersonalCode),
            "{query:?} found {found:?}"
        );
    }
}

#[test]
fn a_failure_told_without_its_message_lists_the_unexplained_failure_in_sight() {
    // (what is typed, the answer that stays first)
    let rows = [
        ("noodle stall payment failed", ProblemId::VendorPersonalCode),
        ("payment failed at a stall", ProblemId::VendorPersonalCode),
        ("street food payment failed", ProblemId::VendorPersonalCode),
        ("taxi payment failed", ProblemId::VendorPersonalCode),
        ("摆摊的 支付失败", ProblemId::VendorPersonalCode),
        ("betalingen feilet i taxien", ProblemId::VendorPersonalCode),
    ];
    for (query, first) in rows {
        let found = find_problems(query, searchable_in_all_languages).problems;
        assert_eq!(found.first(), Some(&first), "{query:?}: {found:?}");
        let shown = &found[..found.len().min(ANSWERS_ON_START)];
        assert!(
            shown.contains(&ProblemId::PaymentFailedNoReason),
            "{query:?}: {found:?}"
        );
    }
    // A message read off the screen keeps its one answer.
    for query in ["Transaction exceeds the limit", "交易存在风险"] {
        let found = find_problems(query, searchable_in_all_languages).problems;
        assert!(
            !found.contains(&ProblemId::PaymentFailedNoReason),
            "{query:?}: {found:?}"
        );
    }
}
