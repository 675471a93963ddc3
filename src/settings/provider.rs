//! The one place the calculator's settings are read from and written to
//! storage. Every view that costs a payment takes them from this context,
//! so they are read once per page, not on every drawing of every view.

use super::state::{CalculatorAction, CalculatorState, SettingsChange};
use super::{CalculatorSettings, SETTINGS_KEY};
use crate::browser::{listen, unlisten};
use crate::context::use_lang;
use crate::storage::{self, Loaded};
use waika_core::store::StorageError;
use yew::prelude::*;

/// The settings, and what became of reading and writing them.
#[derive(Clone, PartialEq)]
pub struct SettingsContext {
    pub state: UseReducerHandle<CalculatorState>,
    /// The outcome of the last write.
    pub saved: Result<(), StorageError>,
    /// The stored settings could not be read (they were kept as a backup).
    pub unreadable: bool,
}

impl SettingsContext {
    pub fn settings(&self) -> &CalculatorSettings {
        &self.state.settings
    }

    /// Makes one change, as the user asked.
    pub fn change(&self, change: SettingsChange) {
        self.state.dispatch(CalculatorAction::Change(change));
    }

    /// Whether the settings are the user's own rather than the language's
    /// defaults.
    pub fn kept(&self) -> bool {
        self.state.kept
    }

    /// Keeps the settings in use, when a payment is recorded with them.
    pub fn keep(&self) {
        self.state.dispatch(CalculatorAction::Keep);
    }

    /// Takes every setting from an imported file, as the user asked.
    pub fn replace(&self, settings: CalculatorSettings) {
        self.state.dispatch(CalculatorAction::Imported(settings));
    }
}

fn read_stored() -> (Option<CalculatorSettings>, bool) {
    match storage::load::<CalculatorSettings>(SETTINGS_KEY) {
        Loaded::Found(settings) => (Some(settings), false),
        Loaded::Missing => (None, false),
        Loaded::Unreadable { .. } => (None, true),
    }
}

#[derive(Properties, PartialEq)]
pub struct SettingsProviderProps {
    pub children: Html,
}

/// Holds the settings for everything inside it: read after the first
/// drawing, written back after each change (never from a blog's frame),
/// and read again when another tab writes them.
#[component]
pub fn SettingsProvider(props: &SettingsProviderProps) -> Html {
    let context = use_lang();
    let state =
        use_reducer(|| CalculatorState::new(CalculatorSettings::defaults_for(context.lang)));
    let saved = use_state_eq(|| Ok(()));
    let unreadable = use_state_eq(|| false);
    {
        let (dispatch, unreadable) = (state.dispatcher(), unreadable.clone());
        let from_region = CalculatorSettings::home_from_region(context.lang);
        use_effect_with((), move |_| {
            let (stored, cannot_read) = read_stored();
            unreadable.set(cannot_read);
            dispatch.dispatch(match stored {
                Some(stored) => CalculatorAction::Loaded(stored),
                None => CalculatorAction::NothingStored {
                    home: crate::browser::browser_home_currency().filter(|_| from_region),
                },
            });
            let elsewhere = listen("storage", move || {
                if let (Some(stored), _) = read_stored() {
                    dispatch.dispatch(CalculatorAction::Loaded(stored));
                }
            });
            move || {
                if let Some(listener) = elsewhere {
                    unlisten("storage", &listener);
                }
            }
        });
    }
    {
        let saved = saved.clone();
        let write = state.changed && state.is_loaded() && !context.embedded;
        use_effect_with((state.settings.clone(), write), move |(settings, write)| {
            if *write {
                saved.set(storage::save(SETTINGS_KEY, settings));
            }
        });
    }
    let shared = SettingsContext {
        state,
        saved: *saved,
        unreadable: *unreadable,
    };
    html! {
        <ContextProvider<SettingsContext> context={shared}>
            { props.children.clone() }
        </ContextProvider<SettingsContext>>
    }
}

/// The shared settings. Outside a provider (a component drawn alone),
/// the defaults, kept for this component only.
#[hook]
pub fn use_settings() -> SettingsContext {
    let lang = use_lang().lang;
    let alone = use_reducer(|| CalculatorState::new(CalculatorSettings::defaults_for(lang)));
    use_context::<SettingsContext>().unwrap_or(SettingsContext {
        state: alone,
        saved: Ok(()),
        unreadable: false,
    })
}
