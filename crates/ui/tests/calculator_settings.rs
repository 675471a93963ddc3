//! Calculator settings saved by the current and earlier versions load and
//! mean what they meant: a rule set saved as "2025-09" is "2024-11" since
//! the review of 2026-12, and settings without a card network keep the
//! networks the fee rules name.
#![cfg(not(target_arch = "wasm32"))]

use waika_texts::Lang;
use waika_ui::pages::calculator::CalculatorSettings;

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
        assert_eq!(settings.resolve(Lang::En).rules.id, rules, "{saved}");
        assert_eq!(settings.network, network, "{saved}");
    }
}
