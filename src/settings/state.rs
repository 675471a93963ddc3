//! The calculator's settings as one state with one action enum: what is
//! stored arrives after the first drawing, each change the user makes is
//! an action, and the settings are written back only after one.

use super::{CalculatorSettings, CUSTOM_CARD, US_TYPICAL};
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
    /// The settings are the user's own: stored on the device, chosen in this
    /// tab, or kept when a payment was costed with them. Until then they
    /// are the defaults of the page's language.
    pub kept: bool,
    /// Changes made before the stored settings arrived (`None` once they
    /// have): they are made again on top of what was stored, so neither
    /// the change nor the stored settings are lost.
    early_changes: Option<Vec<SettingsChange>>,
}

impl CalculatorState {
    /// The settings before anything stored has been read.
    pub fn new(defaults: CalculatorSettings) -> CalculatorState {
        CalculatorState {
            settings: defaults,
            changed: false,
            kept: false,
            early_changes: Some(Vec::new()),
        }
    }

    /// Whether the stored settings have been read: nothing is written before.
    pub fn is_loaded(&self) -> bool {
        self.early_changes.is_none()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum CalculatorAction {
    /// What is stored, read after the first drawing (the defaults when
    /// nothing is), or written later by another tab.
    Loaded(CalculatorSettings),
    /// Nothing is stored: the language's defaults stay, with any change
    /// made before this was known, and the home currency of the browser's
    /// region, when it names one and none was chosen meanwhile.
    NothingStored {
        home: Option<Currency>,
    },
    /// Keeps the settings in use as the user's own, so that another
    /// language's defaults never re-cost what was recorded with these.
    Keep,
    Change(SettingsChange),
    /// The settings an imported file carried, which the user chose to use.
    Imported(CalculatorSettings),
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
            CalculatorAction::Loaded(stored) => {
                let stored = stored.with_current_rule_set_id();
                let mut settings = stored.clone();
                for change in self.early_changes.iter().flatten() {
                    settings.apply(change.clone());
                }
                // Another tab wrote what this one already has.
                if self.is_loaded() && settings == self.settings {
                    return self;
                }
                Rc::new(CalculatorState {
                    changed: settings != stored,
                    settings,
                    kept: true,
                    early_changes: None,
                })
            }
            CalculatorAction::NothingStored { home } => Rc::new(CalculatorState {
                settings: {
                    let early = || self.early_changes.iter().flatten();
                    let chosen = early().any(|change| {
                        matches!(change, SettingsChange::Home(code) if Currency::from_code(code).is_some())
                    });
                    let card_chosen =
                        early().any(|change| matches!(change, SettingsChange::Card(_)));
                    let mut settings = self.settings.clone();
                    if let Some(home) = home.filter(|_| !chosen) {
                        settings.home = home;
                        // A typical US card's markup says nothing of a card
                        // from elsewhere: its markup is asked for instead of
                        // guessed (the totals leave it out and say so).
                        if home != Currency::Usd && settings.card == US_TYPICAL && !card_chosen {
                            settings.card = CUSTOM_CARD.to_string();
                        }
                    }
                    settings
                },
                changed: self.changed,
                kept: self.changed,
                early_changes: None,
            }),
            CalculatorAction::Keep => {
                if self.kept {
                    return self;
                }
                Rc::new(CalculatorState {
                    settings: self.settings.clone(),
                    changed: true,
                    kept: true,
                    early_changes: self.early_changes.clone(),
                })
            }
            CalculatorAction::Imported(imported) => {
                let settings = imported.with_current_rule_set_id();
                if settings == self.settings {
                    return self;
                }
                Rc::new(CalculatorState {
                    settings,
                    changed: true,
                    kept: true,
                    early_changes: None,
                })
            }
            CalculatorAction::Change(change) => {
                let mut settings = self.settings.clone();
                settings.apply(change.clone());
                if settings == self.settings {
                    return self;
                }
                let early_changes = self.early_changes.clone().map(|mut early| {
                    early.push(change);
                    early
                });
                Rc::new(CalculatorState {
                    settings,
                    changed: true,
                    kept: true,
                    early_changes,
                })
            }
        }
    }
}
