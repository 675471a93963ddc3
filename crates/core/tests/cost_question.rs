//! The search's question of what a payment of a named amount costs.

/// Found when a student asked "how much fee for 2300" and got the closest
/// problems: a question of cost that names an amount opens the calculator
/// with it.
#[test]
fn a_question_of_cost_names_its_amount() {
    use rust_decimal::Decimal;
    use waika_core::amount::DecimalMark::{self, *};
    use waika_core::problem_search::cost_question_amount;
    let rows: &[(&str, DecimalMark, Option<&str>)] = &[
        ("how much fee for 2300", Point, Some("2300")),
        // Found when "extra fee 3%" linked the fee for ¥3.00: a share.
        ("extra fee 3%", Point, None),
        ("gebyr 3 prosent", Comma, None),
        ("手续费3％", Point, None),
        ("fee for 2,300 yuan", Point, Some("2300")),
        ("what does ¥85.50 cost", Point, Some("85.50")),
        ("gebyr på 1 250", Comma, Some("1250")),
        ("hva koster 250,50", Comma, Some("250.50")),
        ("500元手续费多少", Point, Some("500")),
        ("５００元要多少手续费", Point, Some("500")),
        // Not a question of cost, no amount, several, or not in yuan.
        ("payment failed 2300", Point, None),
        ("how much fee", Point, None),
        ("fee for 200 or 300", Point, None),
        ("fee for 2300 naira", Point, None),
        ("fee for 0", Point, None),
    ];
    for (query, mark, expected) in rows {
        assert_eq!(
            cost_question_amount(query, *mark),
            expected.map(|text| text.parse::<Decimal>().unwrap()),
            "{query:?}"
        );
    }
}
