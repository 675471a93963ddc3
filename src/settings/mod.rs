//! The calculator's settings: the card, its markup, the home currency,
//! typed rates and a chosen rule set, kept on the device. The calculator
//! changes them; the tracker, the cashier card and the checker read or
//! change them through one shared context (see `provider`).

mod provider;
pub mod state;

pub use provider::{use_settings, SettingsContext, SettingsProvider};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use waika_core::amount::{parse_cny_rate, parse_percent};
use waika_core::money::{CnyRate, Currency};
use waika_core::rules::{example_rate, rule_set_by_id, usable_rate, IssuerMarkup, ISSUER_MARKUPS};
use waika_texts::{format_number, issuer_name, Lang};

pub const SETTINGS_KEY: &str = "waika.calculator";
pub const CUSTOM_CARD: &str = "custom";
/// The English and Chinese apps' first card, for a visitor from the US.
pub const US_TYPICAL: &str = "us-typical";

/// The choices a user makes once and expects to find again next time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalculatorSettings {
    /// A key of `ISSUER_MARKUPS`, or "custom".
    pub card: String,
    /// The markup typed for a custom card, as typed.
    pub custom_markup: String,
    pub home: Currency,
    /// Rates the user typed, as typed; a currency without one uses the example rate.
    pub typed_rates: Vec<(Currency, String)>,
    /// A rule set chosen by id; `None` follows the rule set in force today.
    pub rule_set: Option<String>,
    /// The last custom markup typed that could be read, for the tracker
    /// while the one typed now cannot.
    #[serde(default)]
    pub last_valid_markup: Option<String>,
    /// "unionpay" for a UnionPay card issued abroad, whose fees are not
    /// published; empty for the networks the fee rules name.
    #[serde(default)]
    pub network: String,
}

/// The settings as an export file carries them beside the payments: the
/// text the app keeps under [`SETTINGS_KEY`], read and written by the code
/// that already keeps them.
pub fn exported_settings(settings: &CalculatorSettings) -> Option<String> {
    crate::storage::encode(settings)
}

/// The settings an imported file carried (see [`exported_settings`]), if
/// this version can use them.
pub fn imported_settings(text: &str) -> Option<CalculatorSettings> {
    crate::storage::decode(text)
}

/// The network code of a UnionPay card issued abroad.
pub const UNIONPAY: &str = "unionpay";

impl CalculatorSettings {
    /// Sensible first settings for a language's typical user.
    pub fn defaults_for(lang: Lang) -> CalculatorSettings {
        let (card, home) = match lang {
            Lang::Nb => ("dnb", Currency::Nok),
            Lang::Zh => (US_TYPICAL, Currency::Hkd),
            Lang::En => (US_TYPICAL, Currency::Usd),
        };
        CalculatorSettings {
            card: card.to_string(),
            custom_markup: String::new(),
            home,
            typed_rates: Vec::new(),
            rule_set: None,
            last_valid_markup: None,
            network: String::new(),
        }
    }

    /// Whether the browser's region may choose the home currency: Chinese
    /// and English are read in many countries, so their default currency
    /// is a guess; Norwegian is read where the krone is.
    pub fn home_from_region(lang: Lang) -> bool {
        lang != Lang::Nb
    }

    /// A rule set saved under a name it had before ("2025-09") as its
    /// current one ("2024-11"), so the picker shows it chosen.
    pub fn with_current_rule_set_id(mut self) -> CalculatorSettings {
        self.rule_set = self
            .rule_set
            .and_then(|id| rule_set_by_id(&id).map(|rules| rules.id.to_string()));
        self
    }

    /// A card of the user's own with no markup typed: the Fees page leaves
    /// the markup out and says so, and the tracker does the same.
    pub fn markup_not_typed(&self) -> bool {
        self.preset().is_none() && self.custom_markup.trim().is_empty()
    }

    /// The chosen card with a published markup; `None` for a card of the
    /// user's own.
    pub fn preset(&self) -> Option<&'static IssuerMarkup> {
        ISSUER_MARKUPS.iter().find(|card| card.key == self.card)
    }

    fn typed_rate(&self, currency: Currency) -> Option<&str> {
        self.typed_rates
            .iter()
            .find(|(typed, _)| *typed == currency)
            .map(|(_, text)| text.as_str())
    }

    fn set_typed_rate(&mut self, currency: Currency, text: String) {
        self.typed_rates.retain(|(typed, _)| *typed != currency);
        self.typed_rates.push((currency, text));
    }
}

/// The calculator's settings turned into values, for other views that
/// show costs (the tracker). A field that cannot be read is `None`.
pub struct ResolvedSettings {
    pub card_name: String,
    pub markup_percent: Option<Decimal>,
    /// A card of the user's own with no markup typed: left out of the
    /// totals, as the Fees page leaves it out, and said so.
    pub markup_not_typed: bool,
    /// When the custom markup typed now cannot be read: the last one that
    /// could, if any.
    pub last_valid_markup: Option<Decimal>,
    pub home: Option<CnyRate>,
    pub usd: Option<CnyRate>,
    /// Whether those rates are the example rates, none being typed.
    pub home_is_example: bool,
    pub usd_is_example: bool,
}

impl CalculatorSettings {
    /// Reads every field, in `lang` for the card's name. The rule set is
    /// `RuleChoice::from_id` of `rule_set`.
    pub fn resolve(&self, lang: Lang) -> ResolvedSettings {
        let preset = self.preset();
        let card_name = preset.map_or_else(
            || lang.texts().card_custom_name.to_string(),
            |card| issuer_name(lang, card.name).to_string(),
        );
        let markup_percent = match preset {
            Some(card) => Some(card.percent),
            None => parse_percent(&self.custom_markup).ok(),
        };
        let rate = |currency| {
            parse_cny_rate(&rate_text(self, currency, lang))
                .ok()
                .and_then(|rate| usable_rate(currency, rate))
        };
        ResolvedSettings {
            card_name,
            markup_not_typed: self.markup_not_typed(),
            markup_percent,
            last_valid_markup: self
                .last_valid_markup
                .as_deref()
                .and_then(|text| parse_percent(text).ok()),
            home: rate(self.home),
            usd: rate(Currency::Usd),
            home_is_example: self.typed_rate(self.home).is_none(),
            usd_is_example: self.typed_rate(Currency::Usd).is_none(),
        }
    }
}

/// What the rate field shows: the user's text, else the example rate
/// written the way the language writes numbers.
pub fn rate_text(settings: &CalculatorSettings, currency: Currency, lang: Lang) -> String {
    settings.typed_rate(currency).map_or_else(
        || {
            example_rate(currency)
                .map(|rate| format_number(lang, rate, 2))
                .unwrap_or_default()
        },
        str::to_string,
    )
}
