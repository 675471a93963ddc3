//! The spending tracker: payments kept on this device, what is left of the
//! limits, and what the payments really cost. Nothing here is ever wiped
//! silently: unreadable data is kept as a backup, a full storage is
//! reported, imports are checked whole before they replace anything.

use crate::core::date::Date;
use crate::core::export::{export_csv, export_json, import_json, ImportError};
use crate::core::ledger::{
    limit_use, months_with_payments, parse_typed, payment_cost, totals, warnings_for_new_payment,
    CostSettings, Ledger, LedgerError, LimitKind, Payment, Period, MAX_NOTE_CHARS,
};
use crate::core::money::{CnyRate, Currency, Money};
use crate::core::promotions::{status, PromotionStatus, NEW_USER_WAIVER};
use crate::i18n::tracker::{tracker, TrackerTexts};
use crate::i18n::{amount_error_message, fill, format_money, format_number, format_percent, Lang};
use crate::route::Route;
use crate::ui::components::fee_chart::FeeChart;
use crate::ui::components::limit_bars::LimitBars;
use crate::ui::components::number_field::NumberField;
use crate::ui::context::use_lang;
use crate::ui::files::{download, read_picked_file};
use crate::ui::pages::calculator::saved_settings;
use crate::ui::rule_text::today_in_china;
use crate::ui::storage::{self, Loaded};
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const LEDGER_KEY: &str = "waika.ledger";
const BEFORE_IMPORT_KEY: &str = "waika.ledger.before-import";

/// A ledger error as a sentence in the user's language.
fn ledger_error(lang: Lang, texts: &TrackerTexts, error: LedgerError) -> String {
    let money = |value: Decimal| format_money(lang, Money::cny(value));
    match error {
        LedgerError::Amount(error) => amount_error_message(lang, error),
        LedgerError::NotFound => texts.error_not_found.to_string(),
        LedgerError::RefundTooLarge { left } => {
            fill(texts.error_refund_too_large, &[("left", &money(left))])
        }
        LedgerError::RefundBeforePayment => texts.error_refund_before_payment.to_string(),
        LedgerError::BelowRefunded { refunded } => fill(
            texts.error_below_refunded,
            &[("refunded", &money(refunded))],
        ),
        LedgerError::NoteTooLong => fill(
            texts.error_note_too_long,
            &[("max", &MAX_NOTE_CHARS.to_string())],
        ),
        LedgerError::Inconsistent => texts.error_inconsistent.to_string(),
    }
}

fn import_error(lang: Lang, texts: &TrackerTexts, error: ImportError) -> String {
    match error {
        ImportError::NotJson => texts.import_not_json.to_string(),
        ImportError::NotALedger => texts.import_not_ledger.to_string(),
        ImportError::NewerVersion { found } => {
            fill(texts.import_newer, &[("found", &found.to_string())])
        }
        ImportError::Invalid(error) => fill(
            texts.import_invalid,
            &[("reason", &ledger_error(lang, texts, error))],
        ),
    }
}

/// Whether the last save worked.
#[derive(Clone, Copy, PartialEq)]
enum SaveState {
    Saved,
    Full,
    Unavailable,
}

/// What the user typed into a refund or edit form.
#[derive(Clone, PartialEq, Default)]
struct EditorFields {
    amount: String,
    date: String,
    note: String,
    error: Option<String>,
}

/// Which form is open under a payment.
#[derive(Clone, Copy, PartialEq)]
enum EditorKind {
    Refund,
    Edit,
}

/// The form open under one payment, if any.
#[derive(Clone, PartialEq)]
enum RowEditor {
    None,
    Open {
        id: u64,
        kind: EditorKind,
        fields: EditorFields,
    },
}

/// A question waiting for the user's yes.
#[derive(Clone, PartialEq)]
enum Confirm {
    None,
    ClearAll,
    Import(Ledger),
}

#[derive(Clone, PartialEq)]
struct TrackerState {
    ledger: Ledger,
    save: SaveState,
    /// Set when the stored ledger could not be read; the key holds the backup.
    unreadable_backup: Option<String>,
    /// The last deleted payment and its place, for undo.
    undo: Option<(usize, Payment)>,
    message: Option<String>,
    editor: RowEditor,
    confirm: Confirm,
}

impl TrackerState {
    fn load() -> TrackerState {
        let (ledger, unreadable_backup) = match storage::load::<Ledger>(LEDGER_KEY) {
            Loaded::Found(ledger) if ledger.validate().is_ok() => (ledger, None),
            Loaded::Found(_) => (Ledger::default(), None),
            Loaded::Missing => (Ledger::default(), None),
            Loaded::Unreadable { backup_key } => (Ledger::default(), Some(backup_key)),
        };
        TrackerState {
            ledger,
            save: if storage::available() {
                SaveState::Saved
            } else {
                SaveState::Unavailable
            },
            unreadable_backup,
            undo: None,
            message: None,
            editor: RowEditor::None,
            confirm: Confirm::None,
        }
    }

    /// Replaces the ledger and stores it; the new ledger stays on screen
    /// even when storing fails, and the old stored copy stays intact.
    fn commit(&mut self, ledger: Ledger) {
        self.save = if storage::save(LEDGER_KEY, &ledger) {
            SaveState::Saved
        } else if storage::available() {
            SaveState::Full
        } else {
            SaveState::Unavailable
        };
        self.ledger = ledger;
    }
}

fn input_value(event: &InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

#[function_component(TrackerPage)]
pub fn tracker_page() -> Html {
    let context = use_lang();
    let lang = context.lang;
    let texts = tracker(lang);
    let state = use_state(TrackerState::load);
    let date_text = use_state(|| today_in_china().to_string());
    let amount_text = use_state(String::new);
    let note_text = use_state(String::new);
    let add_error = use_state(|| None::<String>);
    let month_choice = use_state(|| None::<Period>);

    let settings = saved_settings(lang).resolve(lang);
    let rules = settings.rules;
    let markup = settings.markup_percent.unwrap_or(Decimal::ZERO);
    let cost_settings = CostSettings {
        markup_percent: markup,
    };
    let usd = settings
        .usd
        .or_else(|| {
            CnyRate::new(
                Currency::Usd,
                crate::core::rules::example_rate(Currency::Usd),
            )
        })
        .expect("example rates are positive");
    let ledger = &state.ledger;
    let money = |value: Money| format_money(lang, value);

    let update = |change: Box<dyn Fn(&mut TrackerState)>| {
        let state = state.clone();
        move || {
            let mut next = (*state).clone();
            change(&mut next);
            state.set(next);
        }
    };

    // Adding a payment, with the limit warnings shown while typing.
    let typed_date = Date::parse_iso(&date_text);
    let typed_amount = (!amount_text.trim().is_empty()).then(|| parse_typed(&amount_text));
    let warnings = match (typed_date, &typed_amount) {
        (Some(date), Some(Ok(amount))) => {
            warnings_for_new_payment(ledger, date, *amount, rules, usd)
        }
        _ => Vec::new(),
    };
    let on_add = {
        let state = state.clone();
        let (date_text, amount_text, note_text, add_error) = (
            date_text.clone(),
            amount_text.clone(),
            note_text.clone(),
            add_error.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(date) = Date::parse_iso(&date_text) else {
                add_error.set(Some(texts.date_error.to_string()));
                return;
            };
            let mut ledger = state.ledger.clone();
            match ledger.add_typed(date, &amount_text, &note_text) {
                Ok(id) => {
                    let amount = ledger
                        .payments
                        .iter()
                        .find(|p| p.id == id)
                        .map(|p| p.amount)
                        .unwrap_or_default();
                    let mut next = (*state).clone();
                    next.commit(ledger);
                    next.undo = None;
                    next.message = Some(fill(
                        texts.added,
                        &[
                            ("amount", &format_money(lang, Money::cny(amount))),
                            ("date", &date.to_string()),
                        ],
                    ));
                    state.set(next);
                    amount_text.set(String::new());
                    note_text.set(String::new());
                    add_error.set(None);
                }
                Err(error) => add_error.set(Some(ledger_error(lang, texts, error))),
            }
        })
    };

    // The month shown in the summary: chosen, else the newest with payments, else this month.
    let months = months_with_payments(ledger);
    let now = today_in_china();
    let month = month_choice
        .filter(|m| months.contains(m))
        .or_else(|| months.first().copied())
        .unwrap_or(Period::Month {
            year: now.year,
            month: now.month,
        });
    let (year, month_number) = match month {
        Period::Month { year, month } => (year, month),
        Period::Year { year } => (year, 1),
    };
    let month_name = |year: u16, month: u8| {
        fill(
            texts.month_format,
            &[
                (
                    "month",
                    texts.month_names[usize::from(month.clamp(1, 12) - 1)],
                ),
                ("year", &year.to_string()),
            ],
        )
    };
    let period_date = Date::new(year, month_number, 1).unwrap_or(now);
    let month_totals = totals(ledger, month, rules, cost_settings);
    let year_totals = totals(ledger, Period::Year { year }, rules, cost_settings);
    let limit_uses = vec![
        (
            LimitKind::Single,
            limit_use(ledger, LimitKind::Single, period_date, rules, usd),
        ),
        (
            LimitKind::Monthly,
            limit_use(ledger, LimitKind::Monthly, period_date, rules, usd),
        ),
        (
            LimitKind::Yearly,
            limit_use(ledger, LimitKind::Yearly, period_date, rules, usd),
        ),
    ];
    let any_usd_limit = limit_uses.iter().any(|(_, usage)| {
        matches!(
            usage,
            crate::core::ledger::LimitUse::Known {
                estimated: true,
                ..
            }
        )
    });

    let totals_view = |title: String, totals: crate::core::ledger::PeriodTotals| {
        let home = settings
            .home
            .map(|rate| rate.from_cny(totals.total_cny.amount()));
        html! {
            <section class="period-totals" aria-label={title.clone()}>
                <h3>{ title }{ " · " }{ fill(texts.payments_count, &[("count", &totals.payments.to_string())]) }</h3>
                <dl class="quote">
                    <div class="quote-row"><dt>{ texts.row_spent }</dt><dd>{ money(totals.spent) }</dd></div>
                    <div class="quote-row"><dt>{ texts.row_refunded }</dt><dd>{ money(totals.refunded) }</dd></div>
                    <div class="quote-row"><dt>{ texts.row_fees }</dt><dd>{ money(totals.fees) }</dd></div>
                    <div class="quote-row"><dt>{ fill(texts.row_markup, &[("percent", &format_percent(lang, markup))]) }</dt><dd>{ money(totals.markup) }</dd></div>
                    <div class="quote-row quote-subtotal"><dt>{ texts.row_total }</dt><dd>{ money(totals.total_cny) }</dd></div>
                    if let Some(home) = home {
                        <div class="quote-row quote-total"><dt>{ fill(texts.row_total_home, &[("code", home.currency().code())]) }</dt><dd>{ format!("≈ {}", money(home)) }</dd></div>
                    }
                </dl>
            </section>
        }
    };

    // The compounding, spelled out with the user's own markup.
    let fee_percent = rules.fee_percent.value;
    let compound_total = ((Decimal::ONE_HUNDRED + fee_percent) * (Decimal::ONE_HUNDRED + markup)
        / Decimal::ONE_HUNDRED)
        - Decimal::ONE_HUNDRED;
    let compound = fill(
        texts.compound_note,
        &[
            ("fee", &format_percent(lang, fee_percent)),
            ("markup", &format_percent(lang, markup)),
            ("total", &format_percent(lang, compound_total)),
            ("sum", &format_percent(lang, fee_percent + markup)),
            ("free", &money(Money::cny(rules.fee_free_up_to_cny.value))),
        ],
    );

    let rows = ledger.payments.iter().rev().map(|payment| {
        let cost = payment_cost(ledger, payment, rules, cost_settings);
        let id = payment.id;
        let open_refund = update(Box::new(move |s: &mut TrackerState| {
            s.editor = RowEditor::Open {
                id,
                kind: EditorKind::Refund,
                fields: EditorFields {
                    date: today_in_china().to_string(),
                    ..EditorFields::default()
                },
            };
        }));
        let payment_for_edit = payment.clone();
        let open_edit = update(Box::new(move |s: &mut TrackerState| {
            s.editor = RowEditor::Open {
                id,
                kind: EditorKind::Edit,
                fields: EditorFields {
                    amount: payment_for_edit.amount.to_string(),
                    date: payment_for_edit.date.to_string(),
                    note: payment_for_edit.note.clone(),
                    error: None,
                },
            };
        }));
        let delete = update(Box::new(move |s: &mut TrackerState| {
            let mut ledger = s.ledger.clone();
            if let Ok((index, removed)) = ledger.delete(id) {
                s.message = Some(fill(texts.deleted, &[("amount", &format_money(lang, Money::cny(removed.amount))), ("date", &removed.date.to_string())]));
                s.undo = Some((index, removed));
                s.commit(ledger);
                s.editor = RowEditor::None;
            }
        }));
        let editor = match &state.editor {
            RowEditor::Open { id: open, kind, fields } if *open == id => Some((*kind, fields.clone())),
            _ => None,
        };
        html! {
            <li class="payment">
                <div class="payment-main">
                    <span class="payment-date">{ payment.date.to_string() }</span>
                    <span class="payment-amount">{ money(Money::cny(payment.amount)) }</span>
                    <span class="payment-total">
                        { texts.col_total }{ ": " }{ money(cost.total_cny) }
                        if let Some(rate) = settings.home {
                            { " ≈ " }{ money(rate.from_cny(cost.total_cny.amount())) }
                        }
                    </span>
                </div>
                <p class="payment-detail">
                    { texts.col_fee }{ ": " }{ money(cost.fee) }
                    if cost.promotion_waived {
                        { " · " }<span class="badge">{ texts.promotion_badge }</span>
                    }
                    if !payment.note.is_empty() {
                        { " · " }<span class="payment-note">{ payment.note.clone() }</span>
                    }
                </p>
                if !payment.refunds.is_empty() {
                    <ul class="refunds">
                        { for payment.refunds.iter().map(|refund| {
                            let refund_id = refund.id;
                            let remove = update(Box::new(move |s: &mut TrackerState| {
                                let mut ledger = s.ledger.clone();
                                if ledger.delete_refund(id, refund_id).is_ok() {
                                    s.commit(ledger);
                                }
                            }));
                            html! {
                                <li>
                                    { refund.date.to_string() }{ " · " }
                                    { fill(texts.refunded_label, &[("amount", &money(Money::cny(refund.amount)))]) }
                                    <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| remove())}>{ texts.delete_refund }</button>
                                </li>
                            }
                        }) }
                        if !cost.fee_refunded.amount().is_zero() {
                            <li>{ fill(texts.fee_back, &[("fee", &money(cost.fee_refunded))]) }</li>
                        }
                    </ul>
                }
                <div class="payment-actions" role="group" aria-label={format!("{} {}", payment.date, money(Money::cny(payment.amount)))}>
                    <button type="button" class="button small" onclick={Callback::from(move |_: MouseEvent| open_refund())}>{ texts.refund_action }</button>
                    <button type="button" class="button small" onclick={Callback::from(move |_: MouseEvent| open_edit())}>{ texts.edit_action }</button>
                    <button type="button" class="button small danger" onclick={Callback::from(move |_: MouseEvent| delete())}>{ texts.delete_action }</button>
                </div>
                if let Some((kind, fields)) = editor {
                    { row_editor(&state, kind, fields, payment, lang, texts) }
                }
            </li>
        }
    });

    let undo = state.undo.clone().map(|(index, payment)| {
        update(Box::new(move |s: &mut TrackerState| {
            let mut ledger = s.ledger.clone();
            ledger.restore(index, payment.clone());
            s.commit(ledger);
            s.undo = None;
            s.message = None;
        }))
    });

    let promotion = NEW_USER_WAIVER;
    let promotion_status = match status(&promotion, now) {
        PromotionStatus::Expired => fill(
            texts.promo_expired,
            &[("until", &promotion.valid_until.to_string())],
        ),
        PromotionStatus::Active => texts.promo_active.to_string(),
        PromotionStatus::Upcoming => fill(
            texts.promo_upcoming,
            &[("from", &promotion.valid_from.to_string())],
        ),
    };
    let cap = money(Money::cny(promotion.daily_cap_cny));
    let first_link_text = ledger
        .first_card_link
        .map(|d| d.to_string())
        .unwrap_or_default();
    let on_first_link = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = (*state).clone();
            let mut ledger = next.ledger.clone();
            ledger.first_card_link = Date::parse_iso(&value);
            next.commit(ledger);
            state.set(next);
        })
    };

    // Export, import and clearing.
    let export_json_click = {
        let ledger = ledger.clone();
        Callback::from(move |_: MouseEvent| {
            download(
                &format!("waika-payments-{}.json", today_in_china()),
                "application/json",
                &export_json(&ledger, today_in_china()),
            );
        })
    };
    let export_csv_click = {
        let ledger = ledger.clone();
        Callback::from(move |_: MouseEvent| {
            download(
                &format!("waika-payments-{}.csv", today_in_china()),
                "text/csv",
                &export_csv(&ledger, rules, cost_settings),
            );
        })
    };
    let on_import = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = read_picked_file(&input).await;
                input.set_value("");
                let mut next = (*state).clone();
                match text.map(|text| import_json(&text)) {
                    None => next.message = Some(texts.import_unreadable_file.to_string()),
                    Some(Err(error)) => next.message = Some(import_error(lang, texts, error)),
                    Some(Ok(imported)) => next.confirm = Confirm::Import(imported),
                }
                state.set(next);
            });
        })
    };
    let confirm_view = match &state.confirm {
        Confirm::None => Html::default(),
        Confirm::ClearAll => {
            let yes = update(Box::new(|s: &mut TrackerState| {
                let _ =
                    storage::save_raw(BEFORE_IMPORT_KEY, &export_json(&s.ledger, today_in_china()));
                s.commit(Ledger::default());
                s.confirm = Confirm::None;
                s.undo = None;
                s.message = Some(texts.cleared.to_string());
            }));
            let no = update(Box::new(|s: &mut TrackerState| s.confirm = Confirm::None));
            html! {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{ fill(texts.clear_confirm, &[("count", &ledger.payments.len().to_string())]) }</p>
                    <p class="cta-row">
                        <button type="button" class="button danger" onclick={Callback::from(move |_: MouseEvent| yes())}>{ texts.clear_yes }</button>
                        <button type="button" class="button" onclick={Callback::from(move |_: MouseEvent| no())}>{ texts.cancel }</button>
                    </p>
                </div>
            }
        }
        Confirm::Import(imported) => {
            let count = imported.payments.len();
            let imported = imported.clone();
            let yes = update(Box::new(move |s: &mut TrackerState| {
                // The ledger being replaced is kept, so an import never loses data.
                let _ =
                    storage::save_raw(BEFORE_IMPORT_KEY, &export_json(&s.ledger, today_in_china()));
                s.commit(imported.clone());
                s.confirm = Confirm::None;
                s.undo = None;
                s.message = Some(fill(
                    texts.import_done,
                    &[("count", &imported.payments.len().to_string())],
                ));
            }));
            let no = update(Box::new(|s: &mut TrackerState| s.confirm = Confirm::None));
            html! {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{ fill(texts.import_confirm, &[("current", &ledger.payments.len().to_string()), ("count", &count.to_string())]) }</p>
                    <p class="cta-row">
                        <button type="button" class="button primary" onclick={Callback::from(move |_: MouseEvent| yes())}>{ texts.import_replace }</button>
                        <button type="button" class="button" onclick={Callback::from(move |_: MouseEvent| no())}>{ texts.cancel }</button>
                    </p>
                </div>
            }
        }
    };
    let ask_clear = update(Box::new(|s: &mut TrackerState| {
        s.confirm = Confirm::ClearAll
    }));
    let export_backup = state.unreadable_backup.clone().map(|key| {
        Callback::from(move |_: MouseEvent| {
            if let Some(raw) = storage::raw(&key) {
                download(
                    &format!("waika-backup-{}.json", today_in_china()),
                    "application/json",
                    &raw,
                );
            }
        })
    });

    let marked = match &typed_amount {
        Some(Ok(amount)) => Some(*amount),
        _ => ledger.payments.last().map(|p| p.amount),
    };
    let amount_error = match &typed_amount {
        Some(Err(error)) => Some(AttrValue::from(ledger_error(lang, texts, *error))),
        _ => None,
    };

    html! {
        <article class="tracker">
            <h1>{ texts.title }</h1>
            <p class="intro">{ texts.intro }</p>
            <p class="field-note">
                { fill(texts.settings_in_use, &[("card", &settings.card_name), ("code", settings.home.map_or("—", |r| r.currency.code())), ("id", rules.id)]) }
                { " " }<a href={Route::Fees.to_fragment()}>{ texts.settings_link }</a>
            </p>
            if state.unreadable_backup.is_some() {
                <div class="notice" role="alert">
                    <p>{ texts.storage_unreadable }</p>
                    if let Some(on_click) = export_backup {
                        <button type="button" class="button" onclick={on_click}>{ texts.export_backup }</button>
                    }
                </div>
            }
            if state.save == SaveState::Full {
                <p class="notice" role="alert">{ texts.storage_full }</p>
            }
            if state.save == SaveState::Unavailable {
                <p class="notice" role="alert">{ texts.storage_unavailable }</p>
            }

            <section class="panel" aria-labelledby="add-title">
                <h2 id="add-title">{ texts.add_title }</h2>
                <form class="add-form" onsubmit={on_add} novalidate=true>
                    <div class="field-pair">
                        <div class={classes!("field", typed_date.is_none().then_some("has-error"))}>
                            <label for="payment-date">{ texts.date_label }</label>
                            <input id="payment-date" type="date" value={(*date_text).clone()}
                                oninput={{ let date_text = date_text.clone(); Callback::from(move |e: InputEvent| date_text.set(input_value(&e))) }} />
                        </div>
                        <NumberField id="payment-amount" label={texts.amount_label} value={(*amount_text).clone()} error={amount_error}
                            on_input={{ let amount_text = amount_text.clone(); Callback::from(move |text: String| amount_text.set(text)) }} />
                    </div>
                    <div class="field">
                        <label for="payment-note">{ texts.note_label }</label>
                        <p class="field-hint" id="payment-note-hint">{ texts.note_hint }</p>
                        <input id="payment-note" type="text" maxlength={MAX_NOTE_CHARS.to_string()} value={(*note_text).clone()} aria-describedby="payment-note-hint"
                            oninput={{ let note_text = note_text.clone(); Callback::from(move |e: InputEvent| note_text.set(input_value(&e))) }} />
                    </div>
                    if !warnings.is_empty() {
                        <ul class="limit-warnings" aria-live="polite">
                            { for warnings.iter().map(|warning| {
                                let template = match warning.kind {
                                    LimitKind::Single => texts.warn_single,
                                    LimitKind::Monthly => texts.warn_monthly,
                                    LimitKind::Yearly => texts.warn_yearly,
                                };
                                html! {
                                    <li>
                                        { fill(template, &[("limit", &money(warning.limit)), ("over", &money(warning.over_by))]) }
                                        if warning.estimated {
                                            { " " }{ fill(texts.warn_estimated, &[("rate", &format_number(lang, usd.cny_per_unit, 2))]) }
                                        }
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                    if let Some(error) = &*add_error {
                        <p class="field-error" role="alert">{ error.clone() }</p>
                    }
                    <p><button type="submit" class="button primary">{ texts.add_button }</button></p>
                </form>
            </section>

            if let Some(message) = &state.message {
                <div class="status-line" role="status">
                    <span>{ message.clone() }</span>
                    if let Some(undo) = undo {
                        <button type="button" class="button small" onclick={Callback::from(move |_: MouseEvent| undo())}>{ texts.undo }</button>
                    }
                </div>
            }

            <section class="panel" aria-labelledby="list-title">
                <h2 id="list-title">{ texts.list_title }</h2>
                if ledger.payments.is_empty() {
                    <p class="result-placeholder">{ texts.empty }</p>
                } else {
                    <ul class="payments">{ for rows }</ul>
                }
            </section>

            <section class="panel" aria-labelledby="summary-title">
                <h2 id="summary-title">{ texts.summary_title }</h2>
                if months.len() > 1 {
                    <div class="field">
                        <label for="summary-month">{ texts.month_label }</label>
                        <select id="summary-month" onchange={{
                            let month_choice = month_choice.clone();
                            let months = months.clone();
                            Callback::from(move |e: Event| {
                                let index: usize = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().unwrap_or(0);
                                month_choice.set(months.get(index).copied());
                            })
                        }}>
                            { for months.iter().enumerate().map(|(index, m)| {
                                let (y, mo) = match m { Period::Month { year, month } => (*year, *month), Period::Year { year } => (*year, 1) };
                                html! { <option value={index.to_string()} selected={*m == month}>{ month_name(y, mo) }</option> }
                            }) }
                        </select>
                    </div>
                }
                { totals_view(month_name(year, month_number), month_totals) }
                { totals_view(fill(texts.year_title, &[("year", &year.to_string())]), year_totals) }
                <p class="field-note">{ compound }</p>
            </section>

            <section class="panel" aria-labelledby="limits-title">
                <h2 id="limits-title">{ texts.limits_title }</h2>
                <LimitBars uses={limit_uses} rule_set={rules.id} />
                if any_usd_limit {
                    <p class="field-note">{ fill(texts.limit_estimated, &[("rate", &format_number(lang, usd.cny_per_unit, 2))]) }</p>
                }
                <p class="field-note">{ texts.refunds_note }</p>
            </section>

            <section class="panel" aria-labelledby="chart-title">
                <h2 id="chart-title">{ texts.chart_title }</h2>
                <FeeChart {rules} {marked} />
            </section>

            <section class="panel" aria-labelledby="promo-title">
                <h2 id="promo-title">{ texts.promo_title }</h2>
                <p>{ fill(texts.promo_body, &[("from", &promotion.valid_from.to_string()), ("until", &promotion.valid_until.to_string()), ("cap", &cap), ("days", &promotion.days_from_first_link.to_string())]) }</p>
                <p><strong>{ promotion_status }</strong></p>
                <p class="field-note">{ fill(texts.promo_ambiguity, &[("cap", &cap)]) }</p>
                <div class="field">
                    <label for="first-link">{ texts.first_link_label }</label>
                    <input id="first-link" type="date" value={first_link_text} onchange={on_first_link} />
                </div>
            </section>

            <section class="panel" aria-labelledby="data-title">
                <h2 id="data-title">{ texts.data_title }</h2>
                <p class="field-note">{ texts.data_note }</p>
                <p class="cta-row">
                    <button type="button" class="button" onclick={export_json_click}>{ texts.export_json }</button>
                    <button type="button" class="button" onclick={export_csv_click}>{ texts.export_csv }</button>
                </p>
                <div class="field">
                    <label for="import-file">{ texts.import_label }</label>
                    <input id="import-file" type="file" accept=".json,application/json" onchange={on_import} />
                </div>
                <p><button type="button" class="button danger" onclick={Callback::from(move |_: MouseEvent| ask_clear())}>{ texts.clear_all }</button></p>
                { confirm_view }
            </section>
        </article>
    }
}

/// The refund or edit form under a payment.
fn row_editor(
    state: &UseStateHandle<TrackerState>,
    kind: EditorKind,
    fields: EditorFields,
    payment: &Payment,
    lang: Lang,
    texts: &'static TrackerTexts,
) -> Html {
    let money = |value: Decimal| format_money(lang, Money::cny(value));
    let id = payment.id;
    // Every field of the form changes the same way: store the text, clear the error.
    let set_field = |change: fn(&mut EditorFields, String)| {
        let state = state.clone();
        Callback::from(move |value: String| {
            let mut next = (*state).clone();
            if let RowEditor::Open { fields, .. } = &mut next.editor {
                change(fields, value);
                fields.error = None;
            }
            state.set(next);
        })
    };
    let from_input =
        |callback: Callback<String>| callback.reform(|event: InputEvent| input_value(&event));
    let on_amount = set_field(|fields, value| fields.amount = value);
    let on_date = from_input(set_field(|fields, value| fields.date = value));
    let on_note = from_input(set_field(|fields, value| fields.note = value));
    let cancel = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*state).clone();
            next.editor = RowEditor::None;
            state.set(next);
        })
    };
    let submit = {
        let state = state.clone();
        let fields = fields.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut next = (*state).clone();
            let mut ledger = next.ledger.clone();
            let result = match Date::parse_iso(&fields.date) {
                None => Err(texts.date_error.to_string()),
                Some(day) => parse_typed(&fields.amount)
                    .and_then(|value| match kind {
                        EditorKind::Refund => ledger.refund(id, day, value).map(|_| ()),
                        EditorKind::Edit => ledger.edit(id, day, value, &fields.note),
                    })
                    .map_err(|error| ledger_error(lang, texts, error)),
            };
            match result {
                Ok(()) => {
                    next.commit(ledger);
                    next.editor = RowEditor::None;
                }
                Err(message) => {
                    next.editor = RowEditor::Open {
                        id,
                        kind,
                        fields: EditorFields {
                            error: Some(message),
                            ..fields.clone()
                        },
                    };
                }
            }
            state.set(next);
        })
    };
    let date_field = |label: &'static str, id_prefix: &str| {
        let input_id = format!("{id_prefix}-{id}");
        html! {
            <div class="field">
                <label for={input_id.clone()}>{ label }</label>
                <input id={input_id} type="date" value={fields.date.clone()} oninput={on_date.clone()} />
            </div>
        }
    };
    let error = fields
        .error
        .clone()
        .map(|error| html! { <p class="field-error" role="alert">{ error }</p> });
    match kind {
        EditorKind::Refund => {
            let left = payment.amount - payment.refunded();
            let fill_all = {
                let on_amount = on_amount.clone();
                Callback::from(move |_: MouseEvent| on_amount.emit(left.to_string()))
            };
            html! {
                <form class="row-editor" onsubmit={submit} novalidate=true>
                    <h3>{ fill(texts.refund_title, &[("amount", &money(payment.amount)), ("date", &payment.date.to_string())]) }</h3>
                    <div class="field-pair">
                        <NumberField id={format!("refund-amount-{id}")} label={texts.refund_amount_label} value={fields.amount.clone()} on_input={on_amount}
                            hint={AttrValue::from(fill(texts.refund_left, &[("left", &money(left))]))} />
                        { date_field(texts.refund_date_label, "refund-date") }
                    </div>
                    { for error }
                    <p class="cta-row">
                        <button type="submit" class="button primary">{ texts.refund_button }</button>
                        <button type="button" class="button" onclick={fill_all}>{ texts.refund_all }</button>
                        <button type="button" class="button" onclick={cancel}>{ texts.cancel }</button>
                    </p>
                </form>
            }
        }
        EditorKind::Edit => html! {
            <form class="row-editor" onsubmit={submit} novalidate=true>
                <h3>{ texts.edit_title }</h3>
                <div class="field-pair">
                    { date_field(texts.date_label, "edit-date") }
                    <NumberField id={format!("edit-amount-{id}")} label={texts.amount_label} value={fields.amount.clone()} on_input={on_amount} />
                </div>
                <div class="field">
                    <label for={format!("edit-note-{id}")}>{ texts.note_label }</label>
                    <input id={format!("edit-note-{id}")} type="text" maxlength={MAX_NOTE_CHARS.to_string()} value={fields.note.clone()} oninput={on_note} />
                </div>
                { for error }
                <p class="cta-row">
                    <button type="submit" class="button primary">{ texts.save }</button>
                    <button type="button" class="button" onclick={cancel}>{ texts.cancel }</button>
                </p>
            </form>
        },
    }
}
