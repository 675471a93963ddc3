//! The rules and promotions as they stand in November 2026: rule set dates
//! and sources, the dates figures were last stated, and every promotion at
//! the edges of its window.

use rust_decimal::Decimal;
use std::str::FromStr;
use waika_core::date::Date;
use waika_core::fees::{quote, QuoteContext};
use waika_core::money::{CnyRate, Currency};
use waika_core::promotions::{
    new_user_waiver, NewUserAnswers, NotCovered, Unknown, WaiverOutcome, NEW_USERS_2025,
    NEW_USERS_2026,
};
use waika_core::rules::{
    rule_set_in_force, Grade, Limit, SourceId, RULES_2023_07, RULES_2024_04, RULES_2024_11,
    RULE_SETS,
};

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

#[test]
fn rule_sets_start_when_their_sources_say() {
    // (rule set, first day, UnionPay issued abroad, card first)
    let rows = [
        (&RULES_2023_07, "2023-07-20", false, false),
        (&RULES_2024_04, "2024-04-12", false, true),
        (&RULES_2024_11, "2024-11-06", true, true),
    ];
    for (rules, first, union_pay, card_first) in rows {
        assert_eq!(rules.effective_from, date(first), "{}", rules.id);
        assert_eq!(
            rules.unionpay_issued_abroad.value, union_pay,
            "{}",
            rules.id
        );
        assert_eq!(rules.card_first.value, card_first, "{}", rules.id);
        assert_eq!(
            rules.limit_before_verification.value,
            Limit::NotPublished,
            "{}",
            rules.id
        );
    }
    assert_eq!(RULE_SETS.len(), 3);
}

#[test]
fn american_express_is_sourced_to_tencent_not_to_the_2024_ministry_page() {
    for rules in [&RULES_2024_04, &RULES_2024_11] {
        let ids: Vec<SourceId> = rules.card_networks.sources.iter().map(|s| s.id).collect();
        assert!(
            !ids.contains(&SourceId::Mofcom2024),
            "{}: {ids:?}",
            rules.id
        );
        assert!(
            ids.contains(&SourceId::TencentRelease2024)
                || ids.contains(&SourceId::TencentRelease2025),
            "{}: {ids:?}",
            rules.id
        );
    }
}

#[test]
fn each_figure_knows_when_a_source_last_stated_it() {
    // (what, last stated)
    let rows = [
        (
            "2023 cards bound",
            RULES_2024_11.max_bound_cards.last_stated(),
            "2023-07",
        ),
        (
            "2023 fee refund",
            RULES_2024_11.fee_refunded_in_proportion.last_stated(),
            "2023-07",
        ),
        (
            "fee percent",
            RULES_2024_11.fee_percent.last_stated(),
            "2025-02-25",
        ),
        (
            "single limit",
            RULES_2024_11.single_transaction_limit.last_stated(),
            "2025-02-25",
        ),
        (
            "issuer may refuse",
            RULES_2024_11.issuer_may_refuse.last_stated(),
            "2026-06-08",
        ),
        (
            "UnionPay abroad",
            RULES_2024_11.unionpay_issued_abroad.last_stated(),
            "2025-09-16",
        ),
        // "All of 2026", in a report: no official text since 2025.
        (
            "fee-free amount",
            RULES_2024_11.fee_free_up_to_cny.last_stated(),
            "2026-05-28",
        ),
        (
            "2023 single limit",
            RULES_2023_07.single_transaction_limit.last_stated(),
            "2023-07",
        ),
    ];
    for (what, got, expected) in rows {
        assert_eq!(got, expected, "{what}");
    }
    assert_eq!(RULES_2024_11.max_bound_cards.last_stated_year(), "2023");
    assert!(RULES_2024_11.fee_refunded_in_proportion.only_reported());
    assert!(!RULES_2024_11.fee_percent.only_reported());
    assert!(RULES_2024_11.fee_free_up_to_cny.last_stated_in_a_report());
    assert!(!RULES_2024_11.fee_percent.last_stated_in_a_report());
    assert!(NEW_USERS_2026
        .sources
        .iter()
        .all(|s| s.grade == Grade::Reported));
}

fn first_timer(first_payment: &str) -> NewUserAnswers {
    NewUserAnswers {
        first_card: Some(true),
        first_link: Some(date(first_payment)),
        first_payment: Some(date(first_payment)),
    }
}

#[test]
fn the_2026_waiver_runs_90_days_from_the_first_payment_within_1000_a_day() {
    let answers = first_timer("2026-06-01");
    // (what, payment date, amount, spent earlier that day, expected)
    let rows: Vec<(&str, &str, &str, &str, WaiverOutcome)> = vec![
        (
            "day 1",
            "2026-06-01",
            "500",
            "0",
            WaiverOutcome::Waived(&NEW_USERS_2026),
        ),
        (
            "day 90",
            "2026-08-29",
            "500",
            "0",
            WaiverOutcome::Waived(&NEW_USERS_2026),
        ),
        (
            "day 91",
            "2026-08-30",
            "500",
            "0",
            WaiverOutcome::NotCovered(&NEW_USERS_2026, NotCovered::OutsideWindow),
        ),
        (
            "exactly the cap",
            "2026-06-10",
            "1000",
            "0",
            WaiverOutcome::Waived(&NEW_USERS_2026),
        ),
        (
            "the cap reached across two payments",
            "2026-06-10",
            "500",
            "600",
            WaiverOutcome::NotCovered(&NEW_USERS_2026, NotCovered::OverDailyCap),
        ),
        (
            "within the cap after another payment",
            "2026-06-10",
            "400",
            "600",
            WaiverOutcome::Waived(&NEW_USERS_2026),
        ),
        (
            "over the cap alone",
            "2026-06-10",
            "1000.01",
            "0",
            WaiverOutcome::NotCovered(&NEW_USERS_2026, NotCovered::OverDailyCap),
        ),
        (
            "before the first payment",
            "2026-05-31",
            "500",
            "0",
            WaiverOutcome::NotCovered(&NEW_USERS_2026, NotCovered::OutsideWindow),
        ),
    ];
    for (what, day, amount, before, expected) in rows {
        assert_eq!(
            new_user_waiver(date(day), dec(amount), dec(before), answers),
            expected,
            "{what}: {day} {amount} after {before}"
        );
    }
}

#[test]
fn the_2026_waiver_is_never_assumed_and_its_unpublished_edges_are_maybe() {
    // (what, answers, payment date, expected)
    let rows: Vec<(&str, NewUserAnswers, &str, WaiverOutcome)> = vec![
        (
            "no answers",
            NewUserAnswers::default(),
            "2026-06-10",
            WaiverOutcome::Maybe(&NEW_USERS_2026, Unknown::NotAnswered),
        ),
        (
            "not the first card",
            NewUserAnswers {
                first_card: Some(false),
                ..first_timer("2026-06-01")
            },
            "2026-06-10",
            WaiverOutcome::None,
        ),
        (
            "first card, first payment not given",
            NewUserAnswers {
                first_card: Some(true),
                ..NewUserAnswers::default()
            },
            "2026-06-10",
            WaiverOutcome::Maybe(&NEW_USERS_2026, Unknown::AnchorNotGiven),
        ),
        (
            "first payment before the announcement",
            first_timer("2026-05-20"),
            "2026-06-10",
            WaiverOutcome::NotCovered(&NEW_USERS_2026, NotCovered::AnchorBeforeOffer),
        ),
        (
            "first payment on the last day, paying in January",
            first_timer("2026-12-31"),
            "2027-01-05",
            WaiverOutcome::Maybe(&NEW_USERS_2026, Unknown::PastPublishedEnd),
        ),
        (
            "first payment after 2026-12-31",
            first_timer("2027-01-02"),
            "2027-01-05",
            WaiverOutcome::NotCovered(&NEW_USERS_2026, NotCovered::AnchorAfterOffer),
        ),
        (
            "the payment before the announcement",
            first_timer("2026-05-27"),
            "2026-05-26",
            WaiverOutcome::None,
        ),
    ];
    for (what, answers, day, expected) in rows {
        assert_eq!(
            new_user_waiver(date(day), dec("500"), Decimal::ZERO, answers),
            expected,
            "{what}"
        );
    }
}

#[test]
fn the_2025_waiver_counted_60_days_from_the_first_link_and_ended_with_2025() {
    let linked = |day: &str| NewUserAnswers {
        first_card: Some(true),
        first_link: Some(date(day)),
        first_payment: None,
    };
    // (first link, payment date, waived)
    let rows = [
        ("2025-06-01", "2025-06-01", true),
        ("2025-06-01", "2025-07-30", true),
        ("2025-06-01", "2025-07-31", false),
        ("2025-03-01", "2025-05-25", false),
        ("2025-11-15", "2025-12-31", true),
        ("2025-11-15", "2026-01-02", false),
    ];
    for (link, day, waived) in rows {
        let got = new_user_waiver(date(day), dec("500"), Decimal::ZERO, linked(link));
        assert_eq!(
            got == WaiverOutcome::Waived(&NEW_USERS_2025),
            waived,
            "link {link}, paid {day}: {got:?}"
        );
    }
}

#[test]
fn a_first_timer_s_500_yuan_today_costs_nothing_and_names_the_promotion() {
    let home = CnyRate::new(Currency::Nok, dec("1.5"));
    let today = QuoteContext {
        date: date("2026-11-23"),
        new_user: first_timer("2026-11-01"),
    };
    let rules = rule_set_in_force(today.date).unwrap();
    let waived = quote(rules, dec("500"), Decimal::ZERO, home, today);
    assert_eq!(waived.fee.amount(), Decimal::ZERO);
    assert_eq!(waived.waiver, WaiverOutcome::Waived(&NEW_USERS_2026));
    let unknown = quote(
        rules,
        dec("500"),
        Decimal::ZERO,
        home,
        QuoteContext {
            new_user: NewUserAnswers::default(),
            ..today
        },
    );
    assert_eq!(
        unknown.fee.amount(),
        dec("15"),
        "without answers the fee is shown"
    );
    assert!(matches!(
        unknown.waiver,
        WaiverOutcome::Maybe(_, Unknown::NotAnswered)
    ));
}
