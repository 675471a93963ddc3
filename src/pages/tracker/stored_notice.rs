//! The notice at the top when saved payments could not be used as they
//! were: what happened, and each backup offered for export until the user
//! removes it.

use super::messages::{backup_label, stored_problem};
use super::saved::{Backup, BackupKind};
use super::state::{Action, Confirm, ImportProblem, TrackerState};

use crate::files::download;
use crate::rule_text::today_in_china;
use crate::storage;
use waika_core::export::import_json;
use waika_texts::tracker::{tracker, TrackerTexts};
use waika_texts::Lang;
use yew::prelude::*;

/// Offers `raw` as a file named after today.
pub fn export_raw(raw: &str) {
    download(
        &format!("waika-backup-{}.json", today_in_china()),
        "application/json",
        raw,
    );
}

/// The buttons of one backup: bring its payments back (a backup this build
/// reads in full, through the import's question), export it, or remove it
/// from the device.
pub fn backup_actions(
    texts: &TrackerTexts,
    backup: &Backup,
    confirming: bool,
    dispatch: &UseReducerDispatcher<TrackerState>,
) -> Html {
    let export = {
        let key = backup.key.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(raw) = storage::raw(&key) {
                export_raw(&raw);
            }
        })
    };
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let restore = backup.holds.is_some().then(|| {
        let (key, dispatch) = (backup.key.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let read = storage::raw(&key)
                .ok_or(ImportProblem::FileUnreadable)
                .and_then(|raw| import_json(&raw, today_in_china()).map_err(ImportProblem::File));
            dispatch.dispatch(Action::ImportRead(read, None));
        })
    });
    let confirm = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Confirm {
                today: today_in_china(),
            })
        })
    };
    html! {
        <>
            <p class="cta-row">
                if let Some(on_click) = restore {
                    <button type="button" class="button" onclick={on_click}>{ texts.backup_restore }</button>
                }
                <button type="button" class="button" onclick={export}>{ texts.export_backup }</button>
                <button type="button" class="button" onclick={send(Action::AskForget(backup.key.clone()))}>{ texts.backup_remove }</button>
            </p>
            if confirming {
                <div class="confirm" role="alertdialog" aria-label={texts.backup_remove_confirm}>
                    <p>{ texts.backup_remove_confirm }</p>
                    <p class="cta-row">
                        <button type="button" class="button danger" onclick={confirm}>{ texts.backup_remove_yes }</button>
                        <button type="button" class="button" onclick={send(Action::CancelConfirm)}>{ texts.cancel }</button>
                    </p>
                </div>
            }
        </>
    }
}

/// What could not be read from the device, and the damaged backups with
/// what can be done with each. A view function: the tracker's state holds
/// all it shows.
pub fn stored_notice(
    lang: Lang,
    state: &TrackerState,
    dispatch: &UseReducerDispatcher<TrackerState>,
) -> Html {
    let texts = tracker(lang);
    let damaged: Vec<&Backup> = state
        .backups
        .iter()
        .filter(|backup| matches!(backup.kind, BackupKind::Damaged(_)))
        .collect();
    if state.stored_problem.is_none() && state.unbacked_raw.is_none() && damaged.is_empty() {
        return Html::default();
    }
    let confirming = match &state.confirm {
        Some(Confirm::ForgetBackup(key)) => Some(key.as_str()),
        _ => None,
    };
    let export_stored = state
        .unbacked_raw
        .clone()
        .map(|raw| Callback::from(move |_: MouseEvent| export_raw(&raw)));
    html! {
        <div class="notice stored-notice" role="alert">
            if let Some(problem) = state.stored_problem {
                <p>{ stored_problem(texts, problem) }</p>
            }
            if let Some(on_click) = export_stored {
                <p>{ texts.stored_not_backed_up }</p>
                <p><button type="button" class="button" onclick={on_click}>{ texts.export_stored }</button></p>
            }
            <ul class="backups">
                for backup in damaged.iter() {
                    <li>
                        <p>{ backup_label(lang, texts, backup) }</p>
                        { backup_actions(texts, backup, confirming == Some(backup.key.as_str()), dispatch) }
                    </li>
                }
            </ul>
        </div>
    }
}
