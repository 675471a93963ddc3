//! Your data: export (JSON, CSV with commas or semicolons), import with a
//! confirmation that says what will and will not come in, delete all, and
//! the backups kept on this device. Results appear here, next to the
//! buttons that caused them.

use super::costs::Costs;
use super::import_question::{import_question, ImportQuestion};
use super::lineage::{self, new_export_id};
use super::messages::backup_label;
use super::saved::Backup;
use super::state::{Action, Confirm, Event, ImportProblem, SaveStatus, TrackerState};
use super::status_line::status_line;
use super::stored_notice::backup_actions;
use crate::browser::{now_unix_millis, random_u32};
use crate::context::use_lang;
use crate::files::{download, read_picked_file, PickError};
use crate::rule_text::today_in_china;
use crate::settings::{exported_settings, use_settings};
use crate::storage::LocalStore;
use std::rc::Rc;
use waika_core::export::{
    export_csv, export_json_with_settings, import_json, CsvCosts, CsvStyle, FileSettings,
    ImportError, MAX_IMPORT_BYTES,
};
use waika_core::ledger::Ledger;
use waika_core::promotions::NewUserAnswers;
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_rate, yuan_in_units};
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
        let importing = matches!(props.confirm, Some(Confirm::Import(..)));
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
            // Named, with a copy kept here, so a file another device makes
            // from it can come back change by change (see `lineage`).
            let export_id = new_export_id(now_unix_millis(), random_u32());
            let based_on = lineage::based_on(&LocalStore);
            let extra = FileSettings {
                settings: settings.as_deref(),
                new_user: new_user.as_deref(),
                export_id: Some(&export_id),
                based_on: based_on.as_deref(),
            };
            let file = format!("waika-payments-{today}.json");
            download(
                &file,
                "application/json",
                &export_json_with_settings(&ledger, today, extra),
            );
            lineage::keep_export(&LocalStore, &export_id, &ledger);
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
                // A file made from this device's kept export comes with it.
                let base = result.as_ref().ok().and_then(|salvaged| {
                    let id = salvaged.based_on.as_deref()?;
                    let file = salvaged.export_id.as_deref();
                    lineage::kept_export(&LocalStore, id, file, today_in_china()).map(Rc::new)
                });
                dispatch.dispatch(Action::ImportRead(result, base));
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
        Some(Confirm::Import(salvaged, base)) => import_question(ImportQuestion {
            context: &context,
            salvaged,
            base: base.as_deref(),
            here: &props.ledger,
            shared: &shared,
            new_user: props.new_user,
            on_new_user: &props.on_new_user,
            dispatch: &props.dispatch,
            take_settings: &take_settings,
            take_new_user: &take_new_user,
        }),
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
                <h3 id="backups">{ texts.backups_title }</h3>
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
