//! Amounts read from stored ledgers and imported files: the app's own
//! reader (which leaves Rust's float formatting out of the download) reads
//! every amount as rust_decimal's reader did, text or number.

use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize)]
struct Ours {
    #[serde(deserialize_with = "waika_core::stored_amount::deserialize")]
    amount: Decimal,
}

#[derive(Deserialize)]
struct RustDecimals {
    amount: Decimal,
}

#[test]
fn amounts_read_as_rust_decimal_read_them() {
    // (the amount as written in the file, what it reads as, or None if refused)
    let rows = [
        (r#""12.50""#, Some("12.50")),
        (r#""100""#, Some("100")),
        (r#""0.01""#, Some("0.01")),
        (r#""1e3""#, Some("1000")),
        (r#""-5""#, Some("-5")),
        ("12.5", Some("12.5")),
        ("100", Some("100")),
        ("0.1", Some("0.1")),
        ("19.99", Some("19.99")),
        ("123456.78", Some("123456.78")),
        ("2.675", Some("2.675")),
        ("-3", Some("-3")),
        ("18446744073709551615", Some("18446744073709551615")),
        (r#""twelve""#, None),
        (r#""""#, None),
        ("true", None),
        ("null", None),
        ("[1]", None),
    ];
    for (written, expected) in rows {
        let json = format!(r#"{{"amount":{written}}}"#);
        let ours = serde_json::from_str::<Ours>(&json).map(|read| read.amount);
        let theirs = serde_json::from_str::<RustDecimals>(&json).map(|read| read.amount);
        let expected = expected.map(|text| text.parse::<Decimal>().unwrap());
        assert_eq!(
            ours.as_ref().ok(),
            expected.as_ref(),
            "{json}: ours {ours:?}"
        );
        assert_eq!(
            ours.as_ref().ok(),
            theirs.as_ref().ok(),
            "{json}: rust_decimal read {theirs:?}"
        );
        // The same scale too: "12.50" stays two decimals, as it was written.
        if let (Ok(ours), Ok(theirs)) = (&ours, &theirs) {
            assert_eq!(ours.scale(), theirs.scale(), "{json}");
        }
    }
}
