//! The answers one problem's page points to ("If the screen said one of
//! these").

use waika_core::guide::{problem_by_slug, ProblemId, PROBLEMS};

#[test]
fn payment_failed_points_to_every_message_that_names_a_cause() {
    let failed = problem_by_slug("payment-failed").expect("the payment-failed page");
    for cause in [
        ProblemId::PaymentDeclined,
        ProblemId::RiskControl,
        ProblemId::OverLimit,
        ProblemId::CardGreyAtMerchant,
        ProblemId::WrongPassword,
    ] {
        assert!(
            failed.see_also.contains(&cause),
            "payment-failed does not point to {cause:?}"
        );
    }
}

#[test]
fn no_page_points_to_itself_or_twice_to_one_answer() {
    for problem in PROBLEMS {
        for (index, other) in problem.see_also.iter().enumerate() {
            assert_ne!(*other, problem.id, "{} points to itself", problem.slug);
            assert!(
                !problem.see_also[..index].contains(other),
                "{} points twice to {other:?}",
                problem.slug
            );
        }
    }
}
