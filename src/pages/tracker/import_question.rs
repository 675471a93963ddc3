//! The question an import opens: what the file holds, what it would add
//! beside the payments here or change in them, what it left out, and the
//! choices (bring in its changes, add what is missing, replace, cancel),
//! with the file's settings and new-user answers to take or leave.

use super::messages::{ledger_error, payment_parts};
use super::state::{Action, TrackerState};
use crate::context::LangContext;
use crate::settings::{imported_settings, SettingsContext};
use waika_core::ledger::{Fixed, Ledger, Salvaged};
use waika_core::promotions::NewUserAnswers;
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_percent};
use yew::prelude::*;

/// What the question is drawn from.
pub struct ImportQuestion<'a> {
    pub context: &'a LangContext,
    pub salvaged: &'a Salvaged,
    /// The ledger of this device's export the file was based on, if kept.
    pub base: Option<&'a Ledger>,
    /// The payments on this device now.
    pub here: &'a Ledger,
    pub shared: &'a SettingsContext,
    pub new_user: NewUserAnswers,
    pub on_new_user: &'a Callback<NewUserAnswers>,
    pub dispatch: &'a UseReducerDispatcher<TrackerState>,
    pub take_settings: &'a UseStateHandle<bool>,
    pub take_new_user: &'a UseStateHandle<bool>,
}

// Long: every part of the question, each shown only when it applies.
pub fn import_question(question: ImportQuestion) -> Html {
    let ImportQuestion {
        context,
        salvaged,
        base,
        here,
        shared,
        new_user,
        on_new_user,
        dispatch,
        take_settings,
        take_new_user,
    } = question;
    let (lang, texts) = (context.lang, tracker(context.lang));
    let today = context.today;
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let (count, current) = (salvaged.ledger.payments.len(), here.payments.len());
    // Nothing on the device yet: nothing is replaced, and nothing kept.
    let (question, yes) = if current == 0 {
        (texts.import_confirm_new.count(count), texts.import_add)
    } else {
        let question = fill(
            &texts.import_confirm.count(count),
            &[("current", &current.to_string())],
        );
        (question, texts.import_replace)
    };
    // The file's settings, when this version can use them and they
    // differ from this device's.
    let file_settings = salvaged
        .settings
        .as_deref()
        .and_then(imported_settings)
        .filter(|settings| settings != shared.settings());
    let settings_choice = file_settings.as_ref().map(|settings| {
        let resolved = settings.resolve(lang);
        let percent = resolved.markup_percent.map_or_else(
            || match settings.custom_markup.trim() {
                "" => "?".to_string(),
                typed => typed.to_string(),
            },
            |percent| format_percent(lang, percent),
        );
        let label = fill(
            texts.import_settings,
            &[
                ("card", &resolved.card_name),
                ("percent", &percent),
                ("code", waika_texts::currency_word(lang, settings.home)),
            ],
        );
        ticked_box(take_settings, label)
    });
    // The file's new-user answers, when they differ from this device's.
    let file_new_user = salvaged
        .new_user
        .as_deref()
        .and_then(crate::storage::decode::<NewUserAnswers>)
        .filter(|answers| *answers != new_user);
    let new_user_choice =
        file_new_user.map(|_| ticked_box(take_new_user, texts.import_new_user.to_string()));
    // Replace, or add only what this device lacks: either takes
    // the file's settings and answers when ticked.
    let answer = |action: Action| {
        let (dispatch, shared) = (dispatch.clone(), shared.clone());
        let chosen = file_settings.clone().filter(|_| **take_settings);
        let answers = file_new_user.filter(|_| **take_new_user);
        let on_new_user = on_new_user.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(action.clone());
            match chosen.clone() {
                Some(settings) => shared.replace(settings),
                None => shared.keep(),
            }
            if let Some(answers) = answers {
                on_new_user.emit(answers);
            }
        })
    };
    let import_yes = answer(Action::Confirm { today });
    // Two devices' ledgers: what would be only in the backup after
    // Replace, what the file would add beside what is here, and what
    // it holds in another version (this device's export, read back
    // after an edit).
    // The versions are named, so the user sees which payment
    // adding leaves out.
    // A file made from this device's export: its changes since then are
    // known one by one, and bringing them in is the answer, not a guess
    // from what payments look like.
    let changes = base.map(|base| salvaged.ledger.changes_since(base));
    let based_on = changes.map(|changes| {
        let template = if changes.is_empty() {
            texts.import_based_on_unchanged
        } else {
            texts.import_based_on
        };
        let counts = [
            ("added", changes.added.to_string()),
            ("changed", changes.changed.to_string()),
            ("removed", changes.removed.to_string()),
        ];
        let counts = counts
            .each_ref()
            .map(|(name, count)| (*name, count.as_str()));
        fill(template, &counts)
    });
    let bring_in = changes
        .filter(|changes| !changes.is_empty())
        .map(|_| answer(Action::BringIn { today }));
    let (only_here, file_only, version_items) = if current == 0 || base.is_some() {
        (0, 0, Vec::new())
    } else {
        let additions = here.additions(&salvaged.ledger);
        let named = |payment| payment_parts(lang, payment).join(" · ");
        let items: Vec<String> = additions
            .versions
            .iter()
            .map(|(file, here)| {
                fill(
                    texts.import_version_item,
                    &[("file", &named(file)), ("here", &named(here))],
                )
            })
            .collect();
        (additions.only_here.len(), additions.new.len(), items)
    };
    let versions = version_items.len();
    // Whatever a Replace would leave only in the backup.
    let device_only = only_here + versions;
    let add_missing = answer(Action::AddMissing { today });
    // Each payment left out, named as the file has it, so it can be
    // found there.
    let set_aside = salvaged.set_aside.iter().map(|set_aside| {
        let what = payment_parts(lang, &set_aside.payment);
        (what, ledger_error(lang, texts, set_aside.reason))
    });
    let unreadable = salvaged.unreadable.iter().map(|told| {
        let what = [&told.date, &told.amount, &told.note]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        (what, texts.unreadable_reason.to_string())
    });
    let left_out = set_aside.chain(unreadable).map(|(what, reason): (Vec<String>, String)| {
        let what = if what.is_empty() { texts.unnamed_payment.to_string() } else { what.join(" · ") };
        html! { <li>{ fill(texts.set_aside_item, &[("what", &what), ("reason", &reason)]) }</li> }
    });
    // Cancel is what a hurried tap meets when nothing else helps: a file
    // of this device's export unchanged, or one that only takes away.
    let cancel_first = match changes {
        Some(changes) => changes.is_empty(),
        None => device_only > 0 && file_only == 0,
    };
    // Red only when the answer offered first replaces payments here; a
    // file whose changes can be brought in leads with them, and Replace
    // comes after as the other way.
    let style = (current == 0 || bring_in.is_some()).then_some("confirm-calm");
    let (lead, replace_line) = match based_on {
        Some(based_on) if bring_in.is_some() => (based_on, Some(question)),
        Some(based_on) => (question, Some(based_on)),
        None => (question, None),
    };
    html! {
        <div class={classes!("confirm", style)} role="alertdialog" aria-labelledby="confirm-text">
            // A cut file is said first: the count that follows is
            // of what could be read.
            if salvaged.fixed.contains(&Fixed::CutOff) {
                <p>{ texts.import_cut_off }</p>
            }
            <p id="confirm-text" tabindex="-1">{ lead }</p>
            if let Some(line) = replace_line {
                <p class="notice">{ line }</p>
            }
            // A file read back with nothing new says so.
            if current > 0 && count > 0 && file_only == 0 && versions == 0 && base.is_none() {
                <p class="notice">{ texts.import_all_here.count(count) }</p>
            }
            if salvaged.left_out() > 0 {
                <p>{ texts.import_left_out.count(salvaged.left_out()) }</p>
                <ul class="set-aside">
                    for item in left_out { { item } }
                </ul>
            }
            // The versions are said once, in their own sentence.
            if only_here > 0 {
                <p class="notice">{ texts.import_device_only.count(only_here) }</p>
            }
            if versions > 0 {
                <p class="notice">{ texts.import_versions.count(versions) }</p>
                <ul class="set-aside">
                    for item in version_items { <li>{ item }</li> }
                </ul>
            }
            { for settings_choice }
            { for new_user_choice }
            // The button a hurried tap should meet: Add when the file
            // brings something, Replace only when it costs nothing
            // here, Cancel otherwise (an old or cut-off file).
            <p class="cta-row">
                if let Some(onclick) = bring_in.clone() {
                    <button type="button" class="button primary" {onclick}>{ texts.import_bring_in }</button>
                }
                if device_only > 0 && file_only > 0 {
                    <button type="button" class="button primary" onclick={add_missing}>{ texts.import_add_missing.count(file_only) }</button>
                }
                <button type="button" class={classes!("button", (device_only == 0 && base.is_none()).then_some("primary"))} onclick={import_yes}>{ yes }</button>
                <button type="button" class={classes!("button", cancel_first.then_some("primary"))} onclick={send(Action::CancelConfirm)}>{ texts.cancel }</button>
            </p>
        </div>
    }
}

/// A box the import's question offers, ticked or not as `ticked` holds.
fn ticked_box(ticked: &UseStateHandle<bool>, label: String) -> Html {
    let toggle = {
        let ticked = ticked.clone();
        Callback::from(move |_: web_sys::Event| ticked.set(!*ticked))
    };
    html! {
        <label class="field-check">
            <input type="checkbox" checked={**ticked} onchange={toggle} />
            <span>{ label }</span>
        </label>
    }
}
