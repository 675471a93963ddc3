//! Calculator settings saved by the current and earlier versions load and
//! mean what they meant: a rule set saved as "2025-09" is "2024-11" since
//! the review of 2026-12, and settings without a card network keep the
//! networks the fee rules name.
#![cfg(not(target_arch = "wasm32"))]

use waika_core::rules::RuleChoice;
use waika_texts::Lang;
use waika_ui::settings::CalculatorSettings;

#[test]
fn saved_settings_load_and_keep_their_meaning() {
    // (saved value, rule set it resolves to, network)
    let rows = [
        (
            r#"{"card":"dnb","custom_markup":"","home":"Nok","typed_rates":[],"rule_set":"2025-09"}"#,
            "2024-11",
            "",
        ),
        (
            r#"{"card":"custom","custom_markup":"2,5","home":"Usd","typed_rates":[["Usd","7,1"]],"rule_set":"2024-04","last_valid_markup":"2,5"}"#,
            "2024-04",
            "",
        ),
        (
            r#"{"card":"dnb","custom_markup":"","home":"Nok","typed_rates":[],"rule_set":"2024-11","network":"unionpay"}"#,
            "2024-11",
            "unionpay",
        ),
    ];
    for (saved, rules, network) in rows {
        let settings: CalculatorSettings =
            serde_json::from_str(saved).unwrap_or_else(|error| panic!("{saved}: {error}"));
        let choice = RuleChoice::from_id(settings.rule_set.as_deref());
        assert!(
            matches!(choice, RuleChoice::Picked(picked) if picked.id == rules),
            "{saved}: {choice:?}"
        );
        assert_eq!(settings.network, network, "{saved}");
    }
}

/// What happens, a check of the settings after it, and whether they are
/// written back.
type Case = (
    &'static str,
    Vec<waika_ui::settings::state::CalculatorAction>,
    Box<dyn Fn(&CalculatorSettings) -> bool>,
    bool,
);

// Long: one table of changes, a row per action with the settings it gives.
#[test]
fn each_change_gives_the_settings_and_writes_only_after_one() {
    use std::rc::Rc;
    use waika_core::money::Currency;
    use waika_ui::settings::state::{CalculatorAction, CalculatorState, SettingsChange};
    use yew::Reducible;

    let start = || {
        Rc::new(CalculatorState::new(CalculatorSettings::defaults_for(
            Lang::Nb,
        )))
    };
    let stored: CalculatorSettings = serde_json::from_str(
        r#"{"card":"custom","custom_markup":"2,5","home":"Usd","typed_rates":[],"rule_set":"2025-09"}"#,
    )
    .unwrap();
    let cases: Vec<Case> = vec![
        (
            "opening writes nothing",
            vec![],
            Box::new(|s| s.card == "dnb"),
            false,
        ),
        (
            "stored settings load under today's rule set name",
            vec![CalculatorAction::Loaded(stored.clone())],
            Box::new(|s| s.card == "custom" && s.rule_set.as_deref() == Some("2024-11")),
            false,
        ),
        (
            "nothing stored: the language's defaults stay, unwritten",
            vec![CalculatorAction::NothingStored { home: None }],
            Box::new(|s| s.card == "dnb" && s.home == Currency::Nok),
            false,
        ),
        (
            "nothing stored, a browser set to Malaysia: ringgit, unwritten",
            vec![CalculatorAction::NothingStored {
                home: Some(Currency::Myr),
            }],
            Box::new(|s| s.card == "dnb" && s.home == Currency::Myr),
            false,
        ),
        (
            "a home currency chosen before nothing was found stored is kept",
            vec![
                CalculatorAction::Change(SettingsChange::Home("SGD".into())),
                CalculatorAction::NothingStored {
                    home: Some(Currency::Myr),
                },
            ],
            Box::new(|s| s.home == Currency::Sgd),
            true,
        ),
        (
            "a payment recorded with the defaults keeps them, so another language cannot re-cost it",
            vec![
                CalculatorAction::NothingStored { home: None },
                CalculatorAction::Keep,
            ],
            Box::new(|s| s.card == "dnb" && s.home == Currency::Nok),
            true,
        ),
        (
            "keeping settings already stored writes nothing",
            vec![CalculatorAction::Loaded(stored.clone()), CalculatorAction::Keep],
            Box::new(|s| s.card == "custom"),
            false,
        ),
        (
            "a card is chosen",
            vec![CalculatorAction::Change(SettingsChange::Card(
                "santander".into(),
            ))],
            Box::new(|s| s.card == "santander"),
            true,
        ),
        (
            "a markup that reads is also the last one that read",
            vec![CalculatorAction::Change(SettingsChange::Markup(
                "1,5".into(),
            ))],
            Box::new(|s| s.custom_markup == "1,5" && s.last_valid_markup.as_deref() == Some("1,5")),
            true,
        ),
        (
            "a markup that does not read keeps the last one that did",
            vec![
                CalculatorAction::Change(SettingsChange::Markup("1,5".into())),
                CalculatorAction::Change(SettingsChange::Markup("100%".into())),
            ],
            Box::new(|s| {
                s.custom_markup == "100%" && s.last_valid_markup.as_deref() == Some("1,5")
            }),
            true,
        ),
        (
            "an unknown currency code changes nothing",
            vec![CalculatorAction::Change(SettingsChange::Home("XXX".into()))],
            Box::new(|s| s.home == Currency::Nok),
            false,
        ),
        (
            "a rate is kept as typed, per currency",
            vec![CalculatorAction::Change(SettingsChange::Rate(
                Currency::Usd,
                "7,1".into(),
            ))],
            Box::new(|s| s.typed_rates == vec![(Currency::Usd, "7,1".to_string())]),
            true,
        ),
        (
            "an empty rule set follows the one in force",
            vec![
                CalculatorAction::Change(SettingsChange::RuleSet("2024-04".into())),
                CalculatorAction::Change(SettingsChange::RuleSet(String::new())),
            ],
            Box::new(|s| s.rule_set.is_none()),
            true,
        ),
        (
            "an imported file's settings replace these, under today's rule set name, and are written",
            vec![
                CalculatorAction::Loaded(CalculatorSettings::defaults_for(Lang::Nb)),
                CalculatorAction::Imported(stored.clone()),
            ],
            Box::new(|s| s.card == "custom" && s.home == Currency::Usd && s.rule_set.as_deref() == Some("2024-11")),
            true,
        ),
        (
            "an import of the settings already in use writes nothing",
            vec![
                CalculatorAction::Loaded(stored.clone()),
                CalculatorAction::Imported(stored.clone()),
            ],
            Box::new(|s| s.card == "custom"),
            false,
        ),
        (
            "a change made before the stored settings arrive is made again on them",
            vec![
                CalculatorAction::Change(SettingsChange::Network("unionpay".into())),
                CalculatorAction::Loaded(stored.clone()),
            ],
            Box::new(|s| s.network == "unionpay" && s.card == "custom" && s.home == Currency::Usd),
            true,
        ),
        (
            "a change that leaves the stored settings as they were writes nothing",
            vec![
                CalculatorAction::Change(SettingsChange::Network(String::new())),
                CalculatorAction::Loaded(stored.clone()),
            ],
            Box::new(|s| s.network.is_empty() && s.card == "custom"),
            false,
        ),
        (
            "another tab's settings replace these without a write",
            vec![
                CalculatorAction::Loaded(stored.clone()),
                CalculatorAction::Change(SettingsChange::Card("dnb".into())),
                CalculatorAction::Loaded(stored.clone()),
            ],
            Box::new(|s| s.card == "custom"),
            false,
        ),
    ];
    for (name, actions, check, changed) in cases {
        let state = actions
            .into_iter()
            .fold(start(), |state, action| state.reduce(action));
        assert!(check(&state.settings), "{name}: {:?}", state.settings);
        assert_eq!(state.changed, changed, "{name}: written back");
    }
}

/// The tracker keeps the resolved markup with each new payment: nothing
/// typed for the user's own card, or a markup that cannot be read, gives
/// none to keep, while a card's own or a typed one is kept.
#[test]
fn the_markup_a_new_payment_keeps_is_known_only_when_a_card_or_text_gives_it() {
    // (card, typed markup, resolved markup, nothing typed)
    let rows = [
        ("dnb", "", Some("1.99"), false),
        ("custom", "", None, true),
        ("custom", "   ", None, true),
        ("custom", "2,5 %", Some("2.5"), false),
        ("custom", "abc", None, false),
    ];
    for (card, typed, markup, not_typed) in rows {
        let saved = format!(
            r#"{{"card":"{card}","custom_markup":"{typed}","home":"Nok","typed_rates":[]}}"#
        );
        let settings: CalculatorSettings = serde_json::from_str(&saved).unwrap();
        let resolved = settings.resolve(Lang::Nb);
        let expected = markup.map(|text| text.parse::<rust_decimal::Decimal>().unwrap());
        assert_eq!(resolved.markup_percent, expected, "{card} {typed:?}");
        assert_eq!(resolved.markup_not_typed, not_typed, "{card} {typed:?}");
    }
}

#[test]
fn a_visitor_from_outside_the_us_is_asked_for_the_card_markup_not_given_a_us_one() {
    use std::rc::Rc;
    use waika_core::money::Currency;
    use waika_ui::settings::state::{CalculatorAction, CalculatorState, SettingsChange};
    use yew::Reducible;

    let inr = Currency::from_code("INR");
    assert!(inr.is_some(), "the rupee is a home currency");
    // (language, changes before nothing was found stored, the browser's
    // region's currency, the card and home currency expected)
    type Row = (
        Lang,
        Vec<SettingsChange>,
        Option<Currency>,
        &'static str,
        Currency,
    );
    let rows: Vec<Row> = vec![
        (Lang::En, vec![], None, "us-typical", Currency::Usd),
        (
            Lang::En,
            vec![],
            Some(Currency::Usd),
            "us-typical",
            Currency::Usd,
        ),
        (Lang::En, vec![], inr, "custom", inr.unwrap()),
        (
            Lang::Zh,
            vec![],
            Some(Currency::Myr),
            "custom",
            Currency::Myr,
        ),
        (Lang::Zh, vec![], None, "us-typical", Currency::Hkd),
        (
            Lang::En,
            vec![SettingsChange::Card("travel-0".into())],
            inr,
            "travel-0",
            inr.unwrap(),
        ),
        (
            Lang::En,
            vec![SettingsChange::Home("EUR".into())],
            inr,
            "us-typical",
            Currency::Eur,
        ),
        (Lang::Nb, vec![], inr, "dnb", inr.unwrap()),
    ];
    for (lang, early, region, card, home) in rows {
        let case = format!("{lang:?}, {early:?} first, region {region:?}");
        let mut state = Rc::new(CalculatorState::new(CalculatorSettings::defaults_for(lang)));
        for change in early {
            state = state.reduce(CalculatorAction::Change(change));
        }
        state = state.reduce(CalculatorAction::NothingStored { home: region });
        assert_eq!(state.settings.card, card, "{case}");
        assert_eq!(state.settings.home, home, "{case}");
    }
}
