//! Your data: export (JSON, CSV with commas or semicolons), import with a
//! confirmation that says what will and will not come in, delete all, and
//! the backups kept on this device. Results appear here, next to the
//! buttons that caused them.

use super::costs::Costs;
use super::messages::{backup_label, ledger_error, payment_parts};
use super::saved::Backup;
use super::state::{Action, Confirm, Event, ImportProblem, SaveStatus, TrackerState};
use super::status_line::status_line;
use super::stored_notice::backup_actions;
use crate::context::use_lang;
use crate::files::{download, read_picked_file, PickError};
use crate::rule_text::today_in_china;
use crate::settings::{exported_settings, imported_settings, use_settings};
use std::rc::Rc;
use waika_core::export::{
    export_csv, export_json_with_settings, import_json, CsvCosts, CsvStyle, FileSettings,
    ImportError, MAX_IMPORT_BYTES,
};
use waika_core::ledger::{Fixed, Ledger};
use waika_core::promotions::NewUserAnswers;
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_percent, format_rate, yuan_in_units};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataPanelProps {
    pub ledger: Rc<Ledger>,
    pub costs: Costs,
    pub confirm: Option<Confirm>,
    pub backups: Vec<Backup>,
    pub notice: Option<Event>,
    pub save: SaveStatus,
    pub dispatch: UseReducerDispatcher<TrackerState>,
    /// The new-user answers, which an export carries and an import may
    /// bring back.
    pub new_user: NewUserAnswers,
    pub on_new_user: Callback<NewUserAnswers>,
}

// Long: export, import with its confirmation, backups and clearing: the panel's buttons in
// page order.
#[component]
pub fn DataPanel(props: &DataPanelProps) -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, tracker(context.lang));
    // When a question opens, focus goes to it, so the next Tab reaches its
    // choices, not the buttons above it; when it closes (yes or cancel),
    // focus comes back to this panel instead of the top of the page.
    let title = use_node_ref();
    {
        let title = title.clone();
        let was_open = use_mut_ref(|| false);
        use_effect_with(props.confirm.is_some(), move |open| {
            let was = std::mem::replace(&mut *was_open.borrow_mut(), *open);
            let target = match (was, *open) {
                (false, true) => crate::browser::element_by_id("confirm-text"),
                (true, false) => title.cast::<web_sys::HtmlElement>(),
                _ => None,
            };
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    // The file carries the settings that cost the payments, so another
    // device shows the same figures if the user wants them there too.
    let shared = use_settings();
    let take_settings = use_state(|| true);
    let take_new_user = use_state(|| true);
    {
        // Each import's question starts with the file's settings ticked.
        let (take_settings, take_new_user) = (take_settings.clone(), take_new_user.clone());
        let importing = matches!(props.confirm, Some(Confirm::Import(_)));
        use_effect_with(importing, move |importing| {
            if *importing {
                take_settings.set(true);
                take_new_user.set(true);
            }
        });
    }
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let export_json_click = {
        let (ledger, shared, new_user) = (props.ledger.clone(), shared.clone(), props.new_user);
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let today = today_in_china();
            let settings = exported_settings(shared.settings());
            let new_user = (new_user != NewUserAnswers::default())
                .then(|| crate::storage::encode(&new_user))
                .flatten();
            let extra = FileSettings {
                settings: settings.as_deref(),
                new_user: new_user.as_deref(),
                ..FileSettings::default()
            };
            let file = format!("waika-payments-{today}.json");
            download(
                &file,
                "application/json",
                &export_json_with_settings(&ledger, today, extra),
            );
            dispatch.dispatch(Action::Exported { file });
        })
    };
    let export_csv_click = |style: CsvStyle| {
        let (ledger, costs) = (props.ledger.clone(), props.costs);
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            // The home currency's column says which currency it is in, and
            // at which rate.
            let code = costs.home.map_or("–", |rate| rate.currency.code());
            let rate = costs.home.map_or("–".to_string(), |rate| {
                format_rate(lang, rate.cny_per_unit)
            });
            let other_way = costs.home.map_or(String::new(), |rate| {
                yuan_in_units(texts.csv_yuan_in_units, lang, code, rate.cny_per_unit)
            });
            let values = [("code", code), ("rate", &rate), ("other_way", &other_way)];
            let header = texts.csv_header.map(|name| fill(name, &values));
            let csv_costs = CsvCosts {
                choice: costs.choice,
                settings: costs.settings,
                home: costs.home,
            };
            let header = header.each_ref().map(String::as_str);
            let csv = export_csv(&ledger, csv_costs, style, &header);
            // Two names, so both exports of one day can sit side by side.
            let style_name = match style {
                CsvStyle::Comma => "",
                CsvStyle::Semicolon => "-semicolons",
            };
            let file = format!("waika-payments-{}{style_name}.csv", today_in_china());
            download(&file, "text/csv;charset=utf-8", &csv);
            dispatch.dispatch(Action::Exported { file });
        })
    };
    let on_import = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: web_sys::Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let picked = read_picked_file(&input, MAX_IMPORT_BYTES).await;
                input.set_value("");
                // Dispatched after the await: the reducer only opens a
                // question, so changes made meanwhile are never overwritten.
                let result = match picked {
                    Err(PickError::None) => return,
                    Err(PickError::TooLarge) => Err(ImportProblem::File(ImportError::TooLarge {
                        max_bytes: MAX_IMPORT_BYTES,
                    })),
                    Err(PickError::Unreadable) => Err(ImportProblem::FileUnreadable),
                    Ok(text) => import_json(&text, today_in_china()).map_err(ImportProblem::File),
                };
                dispatch.dispatch(Action::ImportRead(result));
            });
        })
    };
    let today = context.today;
    let confirm = match &props.confirm {
        None | Some(Confirm::ForgetBackup(_)) => Html::default(),
        Some(Confirm::ClearAll) => html! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                <p id="confirm-text" tabindex="-1">{ texts.clear_confirm.count(props.ledger.payments.len()) }</p>
                <p class="cta-row">
                    <button type="button" class="button danger" onclick={send(Action::Confirm { today })}>{ texts.clear_yes }</button>
                    <button type="button" class="button" onclick={send(Action::CancelConfirm)}>{ texts.cancel }</button>
                </p>
            </div>
        },
        Some(Confirm::Import(salvaged)) => {
            let (count, current) = (salvaged.ledger.payments.len(), props.ledger.payments.len());
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
                ticked_box(&take_settings, label)
            });
            // The file's new-user answers, when they differ from this device's.
            let file_new_user = salvaged
                .new_user
                .as_deref()
                .and_then(crate::storage::decode::<NewUserAnswers>)
                .filter(|answers| *answers != props.new_user);
            let new_user_choice = file_new_user
                .map(|_| ticked_box(&take_new_user, texts.import_new_user.to_string()));
            // Replace, or add only what this device lacks: either takes
            // the file's settings and answers when ticked.
            let answer = |action: Action| {
                let (dispatch, shared) = (props.dispatch.clone(), shared.clone());
                let chosen = file_settings.clone().filter(|_| *take_settings);
                let answers = file_new_user.filter(|_| *take_new_user);
                let on_new_user = props.on_new_user.clone();
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
            let (only_here, file_only, version_items) = if current == 0 {
                (0, 0, Vec::new())
            } else {
                let additions = props.ledger.additions(&salvaged.ledger);
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
            // Red only when payments on this device would be replaced.
            let style = (current == 0).then_some("confirm-calm");
            html! {
                <div class={classes!("confirm", style)} role="alertdialog" aria-labelledby="confirm-text">
                    // A cut file is said first: the count that follows is
                    // of what could be read.
                    if salvaged.fixed.contains(&Fixed::CutOff) {
                        <p>{ texts.import_cut_off }</p>
                    }
                    <p id="confirm-text" tabindex="-1">{ question }</p>
                    // A file read back with nothing new says so.
                    if current > 0 && count > 0 && file_only == 0 && versions == 0 {
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
                        if device_only > 0 && file_only > 0 {
                            <button type="button" class="button primary" onclick={add_missing}>{ texts.import_add_missing.count(file_only) }</button>
                        }
                        <button type="button" class={classes!("button", (device_only == 0).then_some("primary"))} onclick={import_yes}>{ yes }</button>
                        <button type="button" class={classes!("button", (device_only > 0 && file_only == 0).then_some("primary"))} onclick={send(Action::CancelConfirm)}>{ texts.cancel }</button>
                    </p>
                </div>
            }
        }
    };
    html! {
        <section class="panel" aria-labelledby="data-title">
            <h2 id="data-title" tabindex="-1" ref={title}>{ texts.data_title }</h2>
            <p class="field-note">{ texts.data_note }</p>
            <p class="cta-row">
                <button type="button" class="button" onclick={export_json_click}>{ texts.export_json }</button>
                <button type="button" class="button" onclick={export_csv_click(CsvStyle::Comma)}>{ texts.export_csv }</button>
                <button type="button" class="button" onclick={export_csv_click(CsvStyle::Semicolon)}>{ texts.export_csv_semicolon }</button>
            </p>
            <div class="field">
                <label for="import-file">{ texts.import_label }</label>
                <input id="import-file" type="file" accept=".json,application/json" onchange={on_import} />
            </div>
            if !props.ledger.payments.is_empty() {
                <p><button type="button" class="button danger" onclick={send(Action::AskClear)}>{ texts.clear_all }</button></p>
            }
            { confirm }
            if let Some(event) = props.notice.clone() {
                { status_line(&context, &event, props.save, Html::default()) }
            }
            if !props.backups.is_empty() {
                <h3>{ texts.backups_title }</h3>
                <p class="field-note">{ texts.backups_hint }</p>
                <ul class="backups">
                    for backup in props.backups.iter() {
                        <li>
                            <p>{ backup_label(lang, texts, backup) }</p>
                            { backup_actions(texts, backup, matches!(&props.confirm, Some(Confirm::ForgetBackup(key)) if *key == backup.key), &props.dispatch) }
                        </li>
                    }
                </ul>
            }
        </section>
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
