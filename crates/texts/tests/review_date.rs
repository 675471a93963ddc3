//! The review date of 2026-12 as each language writes dates.

use waika_core::date::Date;

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

#[test]
fn the_review_date_reads_as_each_language_writes_dates() {
    use waika_core::rules::months_between;
    use waika_texts::{format_long_date, Lang};
    let rows = [
        (Lang::En, "2026-12-01", "1\u{a0}December 2026"),
        (Lang::Nb, "2026-12-01", "1.\u{a0}desember 2026"),
        (Lang::Zh, "2026-12-01", "2026年12月1日"),
        (Lang::En, "2024-11-06", "6\u{a0}November 2024"),
    ];
    for (lang, day, expected) in rows {
        assert_eq!(
            format_long_date(lang, date(day)),
            expected,
            "{lang:?} {day}"
        );
    }
    let months = [
        ("2026-12-01", "2027-05-31", 5),
        ("2026-12-01", "2027-06-01", 6),
        ("2026-12-01", "2027-12-31", 12),
        ("2026-12-01", "2026-11-01", 0),
    ];
    for (from, to, expected) in months {
        assert_eq!(
            months_between(date(from), date(to)),
            expected,
            "{from} → {to}"
        );
    }
}

#[test]
fn a_row_of_the_tracker_dates_a_payment_as_each_language_abbreviates() {
    use waika_texts::{format_short_date, Lang};
    let rows = [
        (Lang::En, "2027-02-26", "26\u{a0}Feb\u{a0}2027"),
        (Lang::Nb, "2027-02-26", "26.\u{a0}feb.\u{a0}2027"),
        (Lang::Zh, "2027-02-26", "2027年2月26日"),
        (Lang::En, "2026-05-01", "1\u{a0}May\u{a0}2026"),
        (Lang::Nb, "2026-05-01", "1.\u{a0}mai\u{a0}2026"),
        (Lang::Nb, "2026-12-31", "31.\u{a0}des.\u{a0}2026"),
        (Lang::En, "2026-09-09", "9\u{a0}Sep\u{a0}2026"),
    ];
    for (lang, day, expected) in rows {
        assert_eq!(
            format_short_date(lang, date(day)),
            expected,
            "{lang:?} {day}"
        );
    }
}
