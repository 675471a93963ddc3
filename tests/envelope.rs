//! Text values on the device are written and read by hand; they must be
//! byte for byte what serde_json writes and reads.
// Property tests need proptest, which is a host-only dependency.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use waika::envelope::{decode_text, decode_texts, encode_text, encode_texts};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Envelope {
    version: u32,
    data: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct ListEnvelope {
    version: u32,
    data: Vec<String>,
}

fn serde_reads(raw: &str) -> Option<(u32, String)> {
    serde_json::from_str::<Envelope>(raw)
        .ok()
        .map(|envelope| (envelope.version, envelope.data))
}

fn serde_reads_list(raw: &str) -> Option<(u32, Vec<String>)> {
    serde_json::from_str::<ListEnvelope>(raw)
        .ok()
        .map(|envelope| (envelope.version, envelope.data))
}

#[test]
fn texts_are_written_as_serde_json_writes_them() {
    let rows = [
        "en",
        "zh-CN",
        "open-wallet",
        "",
        "quote \" and backslash \\",
        "line\nbreak\r\ttab\u{8}\u{c}",
        "\u{0}\u{1f}\u{7f}",
        "中文 og blåbær 💳",
    ];
    for text in rows {
        let expected = serde_json::to_string(&Envelope {
            version: 1,
            data: text.to_string(),
        })
        .unwrap();
        assert_eq!(encode_text(1, text), expected, "{text:?}");
        assert_eq!(
            decode_text(&expected),
            Some((1, text.to_string())),
            "{expected}"
        );
    }
}

#[test]
fn envelopes_are_read_as_serde_json_reads_them() {
    // (stored text, what serde_json makes of it)
    let rows = [
        r#"{"version":1,"data":"en"}"#,
        r#" { "version" : 1 , "data" : "nb" } "#,
        r#"{"data":"zh-CN","version":1}"#,
        r#"{"version":2,"data":"en"}"#,
        r#"{"version":1,"data":"\u00e6\u00f8\u00e5 \ud83d\udcb3 \/"}"#,
        r#"{"version":1,"data":"\ud83d"}"#,
        r#"{"version":1,"data":"\udcb3"}"#,
        r#"{"version":1,"data":"\ud83d\u0041"}"#,
        r#"{"version":1,"data":"\x"}"#,
        r#"{"version":01,"data":"en"}"#,
        r#"{"version":-1,"data":"en"}"#,
        r#"{"version":1.0,"data":"en"}"#,
        r#"{"version":4294967296,"data":"en"}"#,
        r#"{"version":1,"data":"en","#,
        r#"{"version":1,"data":"en"} x"#,
        r#"{"version":1,"version":1,"data":"en"}"#,
        r#"{"version":1}"#,
        r#"{"data":"en"}"#,
        r#"{"version":1,"data":["en"]}"#,
        r#"{"version":1,"data":null}"#,
        "{\"version\":1,\"data\":\"tab\there\"}",
        r#""en""#,
        "",
        "not json",
        "\u{a0}{\"version\":1,\"data\":\"en\"}",
        "{\"version\":1,\"data\":\"en\"}\u{a0}",
        "{\u{3000}\"version\":1,\"data\":\"en\"}",
        "\n{\"version\":1,\"data\":\"en\"}\r\n",
    ];
    for raw in rows {
        assert_eq!(decode_text(raw), serde_reads(raw), "{raw}");
    }
}

#[test]
fn lists_are_read_as_serde_json_reads_them() {
    let rows = [
        r#"{"version":1,"data":[]}"#,
        r#"{"version":1,"data":[ ]}"#,
        r#"{"version":1,"data":["bring-id","cash"]}"#,
        r#"{ "version": 1, "data": [ "a" , "b\"c" ] }"#,
        r#"{"version":1,"data":["a",]}"#,
        r#"{"version":1,"data":[,"a"]}"#,
        r#"{"version":1,"data":["a" "b"]}"#,
        r#"{"version":1,"data":["a"}"#,
        r#"{"version":1,"data":[1]}"#,
        r#"{"version":1,"data":"a"}"#,
    ];
    for raw in rows {
        assert_eq!(decode_texts(raw), serde_reads_list(raw), "{raw}");
    }
}

proptest! {
    #[test]
    fn any_list_round_trips_like_serde_json(texts in proptest::collection::vec(any::<String>(), 0..5)) {
        let written = encode_texts(1, &texts);
        let expected = serde_json::to_string(&ListEnvelope { version: 1, data: texts.clone() }).unwrap();
        prop_assert_eq!(&written, &expected);
        prop_assert_eq!(decode_texts(&written), Some((1, texts)));
    }

    #[test]
    fn whatever_list_is_read_serde_json_reads_the_same(raw in r#"[{}":,\\ a-z0-9\[\]]{0,40}"#) {
        if let Some(read) = decode_texts(&raw) {
            prop_assert_eq!(Some(read), serde_reads_list(&raw), "{}", raw);
        }
    }

    #[test]
    fn any_text_round_trips_like_serde_json(text in any::<String>(), version in any::<u32>()) {
        let written = encode_text(version, &text);
        let expected = serde_json::to_string(&Envelope { version, data: text.clone() }).unwrap();
        prop_assert_eq!(&written, &expected);
        prop_assert_eq!(decode_text(&written), Some((version, text)));
    }

    #[test]
    fn whatever_is_read_serde_json_reads_the_same(raw in r#"[{}":,\\ a-z0-9u.\-]{0,40}"#) {
        if let Some(read) = decode_text(&raw) {
            prop_assert_eq!(Some(read), serde_reads(&raw), "{}", raw);
        }
    }
}
