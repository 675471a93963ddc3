//! The WeChat version as people type it, and as shared links carry it.

use waika_core::eligibility::{Answers, AppVersion};

#[test]
fn versions_are_read_as_people_type_them() {
    let cases: &[(&str, Option<AppVersion>)] = &[
        ("8.0.50", Some(AppVersion(8, 0, 50))),
        ("8,0,50", Some(AppVersion(8, 0, 50))),
        ("8, 0, 50", Some(AppVersion(8, 0, 50))),
        ("8 0 50", Some(AppVersion(8, 0, 50))),
        ("８．０．５０", Some(AppVersion(8, 0, 50))),
        ("８.０.５０", Some(AppVersion(8, 0, 50))),
        ("8。0。50", Some(AppVersion(8, 0, 50))),
        ("v8.0.40", Some(AppVersion(8, 0, 40))),
        (" 8.0.40 (2024)", Some(AppVersion(8, 0, 40))),
        ("8.0", Some(AppVersion(8, 0, 0))),
        ("8", Some(AppVersion(8, 0, 0))),
        ("8.0.4x", None),
        // As WeChat's "About" screen shows it, copied whole.
        ("Version 8.0.61", Some(AppVersion(8, 0, 61))),
        ("WeChat Version 8.0.61", Some(AppVersion(8, 0, 61))),
        ("版本 8.0.61", Some(AppVersion(8, 0, 61))),
        ("微信版本号：8.0.61", Some(AppVersion(8, 0, 61))),
        ("versjon 8.0.61", Some(AppVersion(8, 0, 61))),
        ("Version", None),
        ("Version latest", None),
        ("eight", None),
        ("8.0.50.1", None),
        ("", None),
        ("99999.0.0", None),
    ];
    for (text, expected) in cases {
        assert_eq!(AppVersion::parse(text), *expected, "{text:?}");
    }
}

#[test]
fn shared_links_with_escaped_versions_restore_them() {
    let cases = [
        ("ver=8.0.50", Some(AppVersion(8, 0, 50))),
        ("ver=8%2E0%2E50", Some(AppVersion(8, 0, 50))),
        ("ver=8%2e0%2e50", Some(AppVersion(8, 0, 50))),
        ("ver=8%2C0%2C50", Some(AppVersion(8, 0, 50))),
        ("ver=8+0+50", Some(AppVersion(8, 0, 50))),
        ("ver=8%ZZ", None),
    ];
    for (query, expected) in cases {
        assert_eq!(Answers::from_query(query).version, expected, "{query}");
    }
}
