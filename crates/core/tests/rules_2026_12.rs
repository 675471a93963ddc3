//! The review of 2026-12: rule set "2024-11" and its former id, the
//! UnionPay launch promotion, both readings of the 2026 offer, both totals
//! past the small-payment waiver's confirmed end, and when figures go stale.

use rust_decimal::Decimal;
use std::str::FromStr;
use waika_core::date::Date;
use waika_core::fees::{quote, QuoteContext};
use waika_core::ledger::{payment_cost, CostSettings, Ledger};
use waika_core::money::{CnyRate, Currency};
use waika_core::promotions::{
    new_user_waiver, NewUserAnswers, NotCovered, Unknown, WaiverOutcome, NEW_USERS_2026,
    SMALL_PAYMENTS,
};
use waika_core::rules::{
    review_is_stale, rule_set_by_id, stale_from, RuleChoice, SourceId, RULES_2024_11,
};

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

#[test]
fn figures_get_a_staleness_notice_six_calendar_months_after_the_review() {
    // (reviewed, first stale day)
    let starts = [
        ("2026-11-23", "2027-05-23"),
        ("2026-12-01", "2027-06-01"),
        ("2026-08-31", "2027-02-28"),
        ("2027-07-15", "2028-01-15"),
    ];
    for (reviewed, first) in starts {
        assert_eq!(
            stale_from(date(reviewed)),
            date(first),
            "reviewed {reviewed}"
        );
    }
    // The review of 2026-12-01: the day before and the day of the boundary.
    let rows = [
        ("2026-12-01", false),
        ("2027-05-31", false),
        ("2027-06-01", true),
        ("2027-12-31", true),
    ];
    for (day, stale) in rows {
        assert_eq!(review_is_stale(date(day)), stale, "{day}");
    }
}

#[test]
fn ids_of_moved_rule_sets_still_find_them() {
    // Saved settings, ledgers' CSV columns and shared links named "2025-09".
    let rows = [
        ("2025-09", Some("2024-11")),
        ("2024-11", Some("2024-11")),
        ("2024-04", Some("2024-04")),
        ("2026-01", None),
    ];
    for (id, expected) in rows {
        assert_eq!(rule_set_by_id(id).map(|rules| rules.id), expected, "{id}");
    }
}

#[test]
fn past_the_waiver_s_confirmed_end_both_totals_are_known() {
    let home = CnyRate::new(Currency::Nok, dec("1.5"));
    // (date, amount, markup, total with the waiver, charged and markup
    // without it, total without it, that in kroner, past its end)
    let rows = [
        (
            "2027-01-01",
            "150",
            "3",
            "154.50",
            ("154.50", "4.64"),
            "159.14",
            "106.09",
            true,
        ),
        (
            "2027-01-05",
            "200",
            "0",
            "200.00",
            ("206.00", "0.00"),
            "206.00",
            "137.33",
            true,
        ),
        (
            "2026-12-31",
            "150",
            "3",
            "154.50",
            ("154.50", "4.64"),
            "159.14",
            "106.09",
            false,
        ),
        (
            "2027-01-05",
            "201",
            "3",
            "213.24",
            ("207.03", "6.21"),
            "213.24",
            "142.16",
            true,
        ),
    ];
    for (day, amount, markup, with, (charged, markup_yuan), without, home_without, past) in rows {
        let context = QuoteContext {
            date: date(day),
            new_user: NewUserAnswers::default(),
        };
        let quoted = quote(&RULES_2024_11, dec(amount), dec(markup), home, context);
        let what = format!("{amount} on {day} at {markup} %");
        assert_eq!(quoted.total_cny.amount(), dec(with), "{what}: with");
        assert_eq!(
            quoted.charged_if_lapsed.amount(),
            dec(charged),
            "{what}: charged without"
        );
        assert_eq!(
            quoted.markup_if_lapsed.amount(),
            dec(markup_yuan),
            "{what}: markup without"
        );
        // What fee and markup make together, as a share of the amount.
        let share = (dec(without) - dec(amount)) * Decimal::ONE_HUNDRED / dec(amount);
        assert_eq!(
            quoted.total_cost_percent_if_lapsed,
            share.round_dp(2),
            "{what}: cost in percent without"
        );
        assert_eq!(
            quoted.total_if_lapsed.amount(),
            dec(without),
            "{what}: without"
        );
        assert_eq!(
            quoted.home_total_if_lapsed.unwrap().amount(),
            dec(home_without),
            "{what}: without, in kroner"
        );
        assert_eq!(quoted.past_small_waiver, past, "{what}");
    }
}

#[test]
fn the_unionpay_launch_promotion_starts_on_2024_11_06_and_has_no_published_end() {
    use waika_core::promotions::UNIONPAY_LAUNCH;
    // (date, started, known to have ended)
    let rows = [
        ("2024-11-05", false, false),
        ("2024-11-06", true, false),
        ("2026-12-01", true, false),
        ("2027-12-31", true, false),
    ];
    for (day, started, ended) in rows {
        assert_eq!(UNIONPAY_LAUNCH.started_by(date(day)), started, "{day}");
        assert_eq!(UNIONPAY_LAUNCH.ended_by(date(day)), ended, "{day}");
    }
    assert_eq!(UNIONPAY_LAUNCH.until, None, "its end is not published");
    assert_eq!(UNIONPAY_LAUNCH.sources[0].id, SourceId::UnionPayLaunch2024);
}

#[test]
fn the_2026_offer_is_read_both_ways_when_the_card_was_linked_in_time_but_first_used_later() {
    // (first link, first payment, payment day, outcome)
    let first_time = |link: Option<&str>, first: &str| NewUserAnswers {
        first_card: Some(true),
        first_link: link.map(date),
        first_payment: Some(date(first)),
    };
    let rows = [
        (
            Some("2026-12-20"),
            "2027-01-03",
            "2027-01-05",
            WaiverOutcome::Maybe(&NEW_USERS_2026, Unknown::DeadlineOnLink),
        ),
        (
            Some("2027-01-02"),
            "2027-01-03",
            "2027-01-05",
            WaiverOutcome::NotCovered(&NEW_USERS_2026, NotCovered::AnchorAfterOffer),
        ),
        (
            None,
            "2027-01-03",
            "2027-01-05",
            WaiverOutcome::NotCovered(&NEW_USERS_2026, NotCovered::AnchorAfterOffer),
        ),
        (
            Some("2026-12-20"),
            "2026-12-21",
            "2026-12-22",
            WaiverOutcome::Waived(&NEW_USERS_2026),
        ),
    ];
    for (link, first, day, expected) in rows {
        let outcome = new_user_waiver(
            date(day),
            dec("300"),
            Decimal::ZERO,
            first_time(link, first),
        );
        assert_eq!(
            outcome, expected,
            "linked {link:?}, first paid {first}, paying {day}"
        );
    }
}

#[test]
fn the_small_payment_waiver_is_confirmed_to_the_end_of_2026_only() {
    let home = CnyRate::new(Currency::Nok, dec("1.5"));
    // (date, unconfirmed, told to someone preparing a trip)
    let rows = [
        ("2025-12-31", false, false),
        ("2026-01-01", false, true),
        ("2026-12-04", false, true),
        ("2026-12-31", false, true),
        ("2027-01-01", true, true),
        ("2027-01-05", true, true),
    ];
    for (day, unconfirmed, told) in rows {
        let context = QuoteContext {
            date: date(day),
            new_user: NewUserAnswers::default(),
        };
        let small = quote(&RULES_2024_11, dec("150"), Decimal::ZERO, home, context);
        assert_eq!(small.fee.amount(), Decimal::ZERO, "{day}");
        assert_eq!(small.small_waiver_unconfirmed, unconfirmed, "{day}");
        assert_eq!(
            small.fee_if_lapsed.amount(),
            dec("4.50"),
            "{day}: the cost without it"
        );
        assert_eq!(
            SMALL_PAYMENTS.unconfirmed_on(date(day)),
            unconfirmed,
            "{day}"
        );
        assert_eq!(
            SMALL_PAYMENTS.tell_traveller_on(date(day)),
            told,
            "{day}: told before a trip"
        );
    }
}

#[test]
fn past_2026_a_small_payment_also_asks_the_new_user_waiver() {
    let home = CnyRate::new(Currency::Nok, dec("1.5"));
    let first = NewUserAnswers {
        first_card: Some(true),
        first_link: Some(date("2026-12-10")),
        first_payment: Some(date("2026-12-16")),
    };
    let not_first = NewUserAnswers {
        first_card: Some(false),
        ..NewUserAnswers::default()
    };
    // (day, amount, answers, what the new-user waivers say, both fees shown)
    let rows = [
        // Inside the 90 days of a first payment in December, but past the
        // last day a source names: not known either way.
        (
            "2027-01-05",
            "150",
            first,
            WaiverOutcome::Maybe(&NEW_USERS_2026, Unknown::PastPublishedEnd),
            true,
        ),
        (
            "2027-01-05",
            "150",
            NewUserAnswers::default(),
            WaiverOutcome::Maybe(&NEW_USERS_2026, Unknown::NotAnswered),
            true,
        ),
        ("2027-01-05", "150", not_first, WaiverOutcome::None, true),
        // Before the end the small-payment waiver is enough.
        ("2026-12-20", "150", first, WaiverOutcome::None, false),
    ];
    for (day, amount, new_user, expected, both) in rows {
        let context = QuoteContext {
            date: date(day),
            new_user,
        };
        let quoted = quote(&RULES_2024_11, dec(amount), dec("3"), home, context);
        assert_eq!(quoted.waiver, expected, "{amount} on {day}, {new_user:?}");
        assert_eq!(
            quoted.small_waiver_unconfirmed, both,
            "{amount} on {day}, {new_user:?}"
        );
        // The tracker costs a recorded payment the same way.
        let mut ledger = Ledger::default();
        ledger
            .add(date(day), dec(amount), "", date("2027-06-01"))
            .unwrap();
        let settings = CostSettings {
            markup_percent: dec("3"),
            new_user,
        };
        let cost = payment_cost(&ledger, &ledger.payments[0], RuleChoice::InForce, settings);
        assert_eq!(cost.waiver, expected, "recorded: {amount} on {day}");
        assert_eq!(cost.unconfirmed_waiver, both, "recorded: {amount} on {day}");
    }
}

/// Under a fee, the sources named are those of the fee and the limit, not
/// only the news that UnionPay cards issued abroad came in (two readers
/// took "Changzhou Daily" for the source of the 3% fee).
#[test]
fn a_quote_names_the_sources_of_its_fee_and_limit_first() {
    use waika_core::rules::{RULES_2024_11, RULE_SETS};
    for rules in RULE_SETS {
        let sources = rules.quote_sources();
        let first = rules.fee_percent.sources[0];
        assert_eq!(sources.first(), Some(&first), "rule set {}", rules.id);
        for needed in rules
            .single_transaction_limit
            .sources
            .iter()
            .chain(rules.announced_by)
        {
            assert!(
                sources.contains(needed),
                "rule set {}: {needed:?}",
                rules.id
            );
        }
        for (at, source) in sources.iter().enumerate() {
            let before = &sources[..at];
            assert!(
                !before.iter().any(|kept| kept.id == source.id),
                "{:?} twice in {}",
                source.id,
                rules.id
            );
        }
    }
    assert!(RULES_2024_11.quote_sources().len() > RULES_2024_11.announced_by.len());
}

#[test]
fn a_fee_after_2026_is_the_figure_stated_until_then() {
    let home = CnyRate::new(Currency::Nok, dec("1.5"));
    // (date, amount, a fee past the last stated day)
    let rows = [
        ("2026-12-31", "600", false),
        ("2027-01-05", "600", true),
        // The waiver is what is in doubt, said as two costs instead.
        ("2027-01-05", "150", false),
        ("2027-01-05", "200", false),
    ];
    for (day, amount, expected) in rows {
        let context = QuoteContext {
            date: date(day),
            new_user: NewUserAnswers::default(),
        };
        let quoted = quote(&RULES_2024_11, dec(amount), Decimal::ZERO, home, context);
        assert_eq!(quoted.fee_past_stated, expected, "{amount} on {day}");
        // The tracker's row says it the same way.
        let mut ledger = Ledger::default();
        ledger
            .add(date(day), dec(amount), "", date("2027-06-01"))
            .unwrap();
        let settings = CostSettings {
            markup_percent: Decimal::ZERO,
            new_user: NewUserAnswers::default(),
        };
        let cost = payment_cost(&ledger, &ledger.payments[0], RuleChoice::InForce, settings);
        assert_eq!(cost.fee_past_stated, expected, "tracker, {amount} on {day}");
    }
}
