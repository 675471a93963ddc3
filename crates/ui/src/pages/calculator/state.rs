//! The calculator's settings as one state with one action enum: what is
//! stored arrives after the first drawing, each change the user makes is
//! an action, and the page writes the settings back only after one.

use super::settings::CalculatorSettings;
use std::rc::Rc;
use waika_core::amount::parse_percent;
use waika_core::money::Currency;
use yew::prelude::*;

/// A change to the settings, as the user makes it.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsChange {
    /// "unionpay", or empty for the networks the fee rules name.
    Network(String),
    /// A key of the issuer list, or "custom".
    Card(String),
    /// The custom markup, as typed.
    Markup(String),
    /// The home currency, by its code; an unknown code changes nothing.
    Home(String),
    /// A rate for a currency, as typed.
    Rate(Currency, String),
    /// A rule set by id; empty follows the one in force.
    RuleSet(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct CalculatorState {
    pub settings: CalculatorSettings,
    /// Whether the user changed anything since the settings were read:
    /// only then are they written back.
    pub changed: bool,
}

pub enum CalculatorAction {
    /// What was stored, read after the page was drawn.
    Loaded(CalculatorSettings),
    Change(SettingsChange),
}

impl CalculatorSettings {
    /// The settings after one change by the user.
    pub fn apply(&mut self, change: SettingsChange) {
        match change {
            SettingsChange::Network(network) => self.network = network,
            SettingsChange::Card(card) => self.card = card,
            SettingsChange::Markup(markup) => {
                // The tracker falls back on the last markup that could be read.
                if parse_percent(&markup).is_ok() {
                    self.last_valid_markup = Some(markup.clone());
                }
                self.custom_markup = markup;
            }
            SettingsChange::Home(code) => {
                if let Some(currency) = Currency::from_code(&code) {
                    self.home = currency;
                }
            }
            SettingsChange::Rate(currency, text) => self.set_typed_rate(currency, text),
            SettingsChange::RuleSet(id) => self.rule_set = (!id.is_empty()).then_some(id),
        }
    }
}

impl Reducible for CalculatorState {
    type Action = CalculatorAction;

    fn reduce(self: Rc<Self>, action: CalculatorAction) -> Rc<Self> {
        match action {
            // A change made before the stored settings arrived wins.
            CalculatorAction::Loaded(_) if self.changed => self,
            CalculatorAction::Loaded(settings) => Rc::new(CalculatorState {
                settings: settings.with_current_rule_set_id(),
                changed: false,
            }),
            CalculatorAction::Change(change) => {
                let mut settings = self.settings.clone();
                settings.apply(change);
                Rc::new(CalculatorState {
                    settings,
                    changed: true,
                })
            }
        }
    }
}
