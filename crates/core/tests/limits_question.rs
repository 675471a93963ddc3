//! The search's question of how much one may pay.

/// Found when a student asked "wat is the max i can pay" and read "Pay
/// another way for now" first: a question of the limits is told apart from
/// a payment refused over one.
#[test]
fn a_question_of_the_limits_is_not_a_failure() {
    use waika_core::problem_search::asks_about_limits;
    let rows = [
        ("wat is the max i can pay", true),
        ("limit", true),
        ("how much can i spend a month", true),
        ("hvor mye kan jeg betale", true),
        ("beløpsgrense", true),
        ("限额是多少", true),
        ("微信支付最多能付多少", true),
        // A payment refused over a limit is a failure, and so is "not".
        ("Transaction exceeds the limit", false),
        ("交易超过限额", false),
        ("payment failed over limit", false),
        ("limit not working", false),
        // Nothing about limits.
        ("how much fee for 2300", false),
        ("payment failed", false),
    ];
    for (query, asks) in rows {
        assert_eq!(asks_about_limits(query), asks, "{query:?}");
    }
}
