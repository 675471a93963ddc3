//! Prints the typed catalogues as JSON,
//! `{ "en": { "app": { "app_name": "…", … }, "checker": {…}, "tracker": {…},
//! "problems": { "sms-code": "SMS verification code not received", … },
//! "outcomes": { "Incomplete": "Keep answering.", … }, "findings": { "IdNotSupported": "…", … },
//! "documents": { "Passport": "Passport", … }, "claims": { "title": "…", …, "claims": ["“…”", "…", …] },
//! "seen": { "sms-code": ["…", …], … }, "ways": { "Cash": "Pay in cash", … } }, … }`,
//! so the end-to-end tests look a text up by its field's name instead of
//! copying it (scripts/test.sh writes it to target/e2e/catalogue.json).
//! A plural or a list is an array of its texts; every other field a string.
//!
//! Usage: cargo run -p waika-texts --example catalogue_json

use serde_json::{Map, Value};
use waika_core::eligibility::{Finding, Outcome};
use waika_core::guide::PROBLEMS;
use waika_core::rules::IdDocument;
use waika_core::trouble::PayNow;
use waika_texts::claims::{claims, claims_texts};
use waika_texts::eligibility::{checker, finding, id_document, outcome};
use waika_texts::problems::{problem, seen, way};
use waika_texts::tracker::tracker;
use waika_texts::Lang;

/// One catalogue's fields by name, from its `all()`.
fn fields(all: Vec<(&'static str, &'static str)>) -> Value {
    let mut texts: Vec<(&str, Vec<&str>)> = Vec::new();
    for (name, text) in all {
        match texts.last_mut() {
            // A plural or a list gives its texts one after another.
            Some((last, more)) if *last == name => more.push(text),
            _ => texts.push((name, vec![text])),
        }
    }
    let fields: Map<String, Value> = texts
        .into_iter()
        .map(|(name, texts)| {
            let value = match texts.as_slice() {
                [one] => Value::from(*one),
                _ => Value::from(texts),
            };
            (name.to_string(), value)
        })
        .collect();
    Value::Object(fields)
}

/// Texts by the Debug name of what they name: `Incomplete`, `Passport`,
/// `CardsRoom { more: 2 }` for a finding with a value.
/// "AppTooOld" for `AppTooOld { minimum: … }`: a kind's name without the
/// example value it carries, as a test names it.
fn variant_name(item: &impl std::fmt::Debug) -> String {
    let debug = format!("{item:?}");
    let end = debug.find([' ', '(']).unwrap_or(debug.len());
    debug[..end].to_string()
}

fn by_name<T: std::fmt::Debug + Copy>(items: &[T], text: impl Fn(T) -> &'static str) -> Value {
    let texts: Map<String, Value> = items
        .iter()
        .map(|item| (variant_name(item), Value::from(text(*item))))
        .collect();
    Value::Object(texts)
}

/// One language's catalogues.
fn catalogues(lang: Lang) -> Value {
    let mut all = Map::new();
    all.insert("app".into(), fields(lang.texts().all()));
    all.insert("checker".into(), fields(checker(lang).all()));
    all.insert("tracker".into(), fields(tracker(lang).all()));
    // Each problem's title, by the problem's part of the address.
    let problems: Map<String, Value> = PROBLEMS
        .iter()
        .map(|known| {
            (
                known.slug.to_string(),
                Value::from(problem(lang, known.id).title),
            )
        })
        .collect();
    all.insert("problems".into(), Value::Object(problems));
    // The messages people see on the screen, by problem: the Chinese and
    // English ones are in every language's build.
    let seen_lines: Map<String, Value> = PROBLEMS
        .iter()
        .map(|known| (known.slug.to_string(), Value::from(seen(lang, known.id))))
        .collect();
    all.insert("seen".into(), Value::Object(seen_lines));
    // The ways to pay now, by name: what the link or line says.
    all.insert(
        "ways".into(),
        by_name(&PayNow::ALL, |it| way(lang, it).label),
    );
    all.insert(
        "outcomes".into(),
        by_name(&Outcome::ALL, |it| outcome(lang, it)),
    );
    all.insert(
        "findings".into(),
        by_name(&Finding::EVERY_KIND, |it| finding(lang, it)),
    );
    all.insert(
        "documents".into(),
        by_name(&IdDocument::ALL, |it| id_document(lang, it)),
    );
    let heads = claims_texts(lang);
    all.insert(
        "claims".into(),
        serde_json::json!({
            "title": heads.title,
            "intro": heads.intro,
            "read_label": heads.read_label,
            "instead_label": heads.instead_label,
            // Each claim and what the sources say, one after the other.
            "claims": claims(lang)
                .iter()
                .flat_map(|item| [item.claim, item.instead])
                .collect::<Vec<_>>(),
        }),
    );
    Value::Object(all)
}

fn main() {
    let catalogue: Map<String, Value> = Lang::ALL
        .into_iter()
        .map(|lang| (lang.folder().to_string(), catalogues(lang)))
        .collect();
    println!("{}", Value::Object(catalogue));
}
