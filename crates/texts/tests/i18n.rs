//! Language negotiation, formatting and the completeness of the catalogue.

mod common;
use common::placeholders;

use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::str::FromStr;
use waika_core::amount::AmountError;
use waika_core::money::{Currency, Money};
use waika_core::rules::{SourceId, RULE_SETS};
use waika_texts::eligibility::checker;
use waika_texts::tracker::tracker;
use waika_texts::{
    amount_error_message, fill, format_money, format_number, format_percent, source_title, Lang,
};

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

#[test]
fn a_browser_language_tag_gives_the_app_s_language() {
    let rows: &[(&str, Option<Lang>)] = &[
        ("nb-NO", Some(Lang::Nb)),
        ("nb", Some(Lang::Nb)),
        ("no", Some(Lang::Nb)),
        ("nn-NO", Some(Lang::Nb)),
        ("NB_no", Some(Lang::Nb)),
        ("zh-CN", Some(Lang::Zh)),
        ("zh-TW", Some(Lang::Zh)),
        ("zh-Hant-HK", Some(Lang::Zh)),
        ("en-GB", Some(Lang::En)),
        (" en ", Some(Lang::En)),
        ("de-DE", None),
        ("fr", None),
        ("", None),
    ];
    for (tag, expected) in rows {
        assert_eq!(Lang::from_tag(tag), *expected, "{tag:?}");
    }
}

#[test]
fn no_text_is_empty_in_any_language() {
    for lang in Lang::ALL {
        let texts = lang.texts();
        for (name, text) in texts.all() {
            assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
        }
        // The Debug form lists every field, also any not yet in `all()`.
        let debug = format!("{texts:?}");
        assert!(!debug.contains(": \"\""), "{lang:?} has an empty text");
        let fields_in_debug = debug.matches(": \"").count();
        assert_eq!(
            fields_in_debug,
            texts.all().len(),
            "{lang:?}: Texts::all() must list every field"
        );
    }
}

#[test]
fn every_language_uses_the_same_placeholders() {
    let english = Lang::En.texts().all();
    for lang in [Lang::Zh, Lang::Nb] {
        for ((name, en_text), (_, text)) in english.iter().zip(lang.texts().all()) {
            assert_eq!(
                placeholders(text),
                placeholders(en_text),
                "{lang:?}.{name}: {text:?}"
            );
        }
    }
}

#[test]
fn placeholders_render() {
    for lang in Lang::ALL {
        for (name, text) in lang.texts().all() {
            let names = placeholders(text);
            let values: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "X")).collect();
            let filled = fill(text, &values);
            assert!(
                !filled.contains('{') && !filled.contains('}'),
                "{lang:?}.{name} still has a placeholder: {filled:?}"
            );
        }
    }
    assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
    assert_eq!(fill("{missing}", &[("a", "1")]), "{missing}");
}

#[test]
fn numbers_and_money_are_written_as_each_language_writes_them() {
    let nbsp = '\u{a0}';
    let rows: &[(Lang, &str, Currency, String)] = &[
        (Lang::En, "1234.5", Currency::Cny, "¥1,234.50".into()),
        (Lang::Zh, "1234.5", Currency::Cny, "¥1,234.50".into()),
        (
            Lang::Nb,
            "1234.5",
            Currency::Cny,
            format!("¥{nbsp}1{nbsp}234,50"),
        ),
        (Lang::Nb, "296.42", Currency::Nok, format!("296,42{nbsp}kr")),
        (
            Lang::En,
            "296.42",
            Currency::Nok,
            format!("NOK{nbsp}296.42"),
        ),
        (
            Lang::En,
            "1234567.891",
            Currency::Usd,
            format!("USD{nbsp}1,234,567.89"),
        ),
        (Lang::Nb, "0.005", Currency::Eur, format!("EUR{nbsp}0,01")),
        (Lang::En, "0", Currency::Cny, "¥0.00".into()),
        (Lang::En, "100", Currency::Cny, "¥100.00".into()),
        (Lang::En, "999", Currency::Cny, "¥999.00".into()),
    ];
    for (lang, amount, currency, expected) in rows {
        assert_eq!(
            format_money(*lang, Money::new(dec(amount), *currency)),
            *expected,
            "{lang:?} {amount} {}",
            currency.code()
        );
    }
    let percents: &[(Lang, &str, String)] = &[
        (Lang::En, "3", "3%".into()),
        (Lang::En, "6.3475", "6.35%".into()),
        (Lang::Zh, "1.99", "1.99%".into()),
        (Lang::Nb, "1.99", format!("1,99{nbsp}%")),
        (Lang::Nb, "2.30", format!("2,3{nbsp}%")),
    ];
    for (lang, value, expected) in percents {
        assert_eq!(
            format_percent(*lang, dec(value)),
            *expected,
            "{lang:?} {value}%"
        );
    }
    assert_eq!(format_number(Lang::Nb, dec("7.1"), 4), "7,1000");
    assert_eq!(format_number(Lang::En, dec("-1234"), 0), "-1,234");
}

#[test]
fn every_error_and_source_has_a_sentence_in_every_language() {
    let errors = [
        AmountError::Empty,
        AmountError::NotANumber,
        AmountError::Negative,
        AmountError::Zero,
        AmountError::TooManyDecimals { max: 2 },
        AmountError::TooLarge {
            max: dec("100000000"),
        },
    ];
    for lang in Lang::ALL {
        let messages: BTreeSet<String> = errors
            .iter()
            .map(|error| amount_error_message(lang, *error))
            .collect();
        assert_eq!(
            messages.len(),
            errors.len(),
            "{lang:?}: messages must differ"
        );
        assert!(
            amount_error_message(lang, errors[4]).contains('2'),
            "{lang:?} names the number of decimals"
        );
        let sources: BTreeSet<SourceId> = RULE_SETS
            .iter()
            .flat_map(|rules| rules.announced_by.iter().map(|source| source.id))
            .collect();
        for source in sources {
            assert!(
                !source_title(lang, source).is_empty(),
                "{lang:?} {source:?}"
            );
        }
    }
}

#[test]
fn chinese_texts_use_the_official_terms_of_the_guide() {
    let texts = Lang::Zh.texts();
    let rows: &[(&str, &str)] = &[
        (texts.row_fee, "手续费"),
        (texts.limit_within, "单笔交易限额"),
        (texts.fraud_warning_body, "均为诈骗"),
        (texts.fraud_warning_body, "支付密码"),
        (texts.row_markup, "发卡机构"),
    ];
    for (text, term) in rows {
        assert!(text.contains(term), "{text:?} should use {term:?}");
    }
}

#[test]
fn tracker_texts_are_whole_in_every_language() {
    let english = tracker(Lang::En).all();
    for lang in Lang::ALL {
        let all = tracker(lang).all();
        assert_eq!(all.len(), english.len(), "{lang:?}");
        for ((name, en_text), (_, text)) in english.iter().zip(&all) {
            assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
            assert_eq!(
                placeholders(text),
                placeholders(en_text),
                "{lang:?}.{name}: {text:?}"
            );
            for doubled in ["..", "。。", ".。", "。."] {
                assert!(
                    !text.contains(doubled),
                    "{lang:?}.{name} has {doubled:?}: {text:?}"
                );
            }
            if lang == Lang::Zh {
                assert!(
                    !text.contains(": "),
                    "zh.{name} has an ASCII colon: {text:?}"
                );
            }
        }
    }
}

#[test]
fn counts_are_plural_aware() {
    // (language, count, expected)
    let rows: &[(Lang, usize, &str)] = &[
        (Lang::En, 1, "Imported 1 payment."),
        (Lang::En, 2, "Imported 2 payments."),
        (Lang::Nb, 1, "Importerte 1 betaling."),
        (Lang::Nb, 0, "Importerte 0 betalinger."),
        (Lang::Zh, 1, "已导入 1 笔付款。"),
    ];
    for (lang, count, expected) in rows {
        let text = tracker(*lang).import_done.count(*count);
        assert!(text.starts_with(expected), "{lang:?} {count}: {text}");
    }
    assert_eq!(
        tracker(Lang::Nb).clear_confirm.count(1),
        "Vil du slette den ene betalingen på denne enheten? Den blir først tatt vare på som sikkerhetskopi."
    );
}

/// Every catalogue declared with `catalogue!`, in one language.
fn catalogues(lang: Lang) -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    vec![
        ("Texts", lang.texts().all()),
        ("CheckerTexts", checker(lang).all()),
        ("TrackerTexts", tracker(lang).all()),
    ]
}

#[test]
fn every_catalogue_is_whole_with_the_same_placeholders_in_every_language() {
    let english = catalogues(Lang::En);
    for lang in Lang::ALL {
        for ((catalogue, en_texts), (_, texts)) in english.iter().zip(catalogues(lang)) {
            assert_eq!(texts.len(), en_texts.len(), "{lang:?} {catalogue}");
            assert!(texts.len() > 20, "{catalogue} lists its texts");
            for ((name, en_text), (en_name, text)) in en_texts.iter().zip(&texts) {
                assert_eq!(name, en_name, "{lang:?} {catalogue}: order");
                assert!(
                    !text.trim().is_empty(),
                    "{lang:?} {catalogue}.{name} is empty"
                );
                assert_eq!(
                    placeholders(text),
                    placeholders(en_text),
                    "{lang:?} {catalogue}.{name}: {text:?}"
                );
            }
        }
    }
}

/// Full-width punctuation of Chinese sentences.
const FULL_WIDTH: &[char] = &[
    '，', '。', '：', '；', '（', '）', '“', '”', '、', '！', '？', '《', '》', '【', '】',
];

#[test]
fn chinese_texts_use_full_width_punctuation_without_ascii_spaces_beside_it() {
    let mut texts: Vec<(String, String)> = Vec::new();
    for (catalogue, entries) in catalogues(Lang::Zh) {
        for (name, text) in entries {
            texts.push((format!("{catalogue}.{name}"), text.to_string()));
        }
    }
    for (name, text) in &texts {
        let chars: Vec<char> = text.chars().collect();
        for (at, pair) in chars.windows(2).enumerate() {
            let spaced = (pair[0] == ' ' && FULL_WIDTH.contains(&pair[1]))
                || (FULL_WIDTH.contains(&pair[0]) && pair[1] == ' ');
            assert!(
                !spaced,
                "{name}: ASCII space beside full-width punctuation at {at}: {text:?}"
            );
        }
        let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        for pair in chars.windows(2) {
            let ascii_mark_by_cjk = (cjk(pair[0])
                && matches!(pair[1], '(' | ')' | ';' | ':' | ','))
                || (matches!(pair[0], '(' | ')' | ';' | ':' | ',') && cjk(pair[1]));
            assert!(
                !ascii_mark_by_cjk,
                "{name}: ASCII punctuation in a Chinese sentence: {text:?}"
            );
        }
    }
}

/// Chinese text takes full-width brackets; English and Norwegian plain ones.
#[test]
fn brackets_follow_the_language() {
    for (lang, text, expected) in [
        (Lang::Zh, "旅行指南的建议", "（旅行指南的建议）"),
        (
            Lang::En,
            "advice from travel guides",
            "(advice from travel guides)",
        ),
        (Lang::Nb, "råd fra reiseguider", "(råd fra reiseguider)"),
    ] {
        assert_eq!(lang.in_brackets(text), expected, "{lang:?} {text:?}");
    }
}
