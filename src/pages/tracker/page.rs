//! The tracker page: the state, the storage effect, and the panels.

use super::add_form::AddForm;
use super::costs::Costs;
use super::data_panel::DataPanel;
use super::drafts::{forget_saved, open_before, remember_open, remember_undo, undo_before};
use super::limits_panel::{limits_panel, LimitsShown};
use super::payment_list::PaymentList;
use super::persist::persist;
use super::promotion_panel::promotion_panel;
use super::saved::{self, BackupKind, LoadedLedger};
use super::state::{Action, Place, SaveStatus, TrackerState};
use super::stored_notice::stored_notice;
use super::summary::Summary;
use crate::browser::{listen, unlisten};
use crate::components::fee_chart::{fee_chart, FeeChartShown};
use crate::components::new_user_questions::use_new_user_answers;
use crate::components::waiver_note::{stale_notice, StaleAbout};
use crate::context::use_lang;
use crate::hooks::use_effect_after_first;
use crate::rule_text::today_in_china;
use crate::settings::{use_settings, UNIONPAY};
use crate::storage::LocalStore;
use std::rc::Rc;
use waika_core::ledger::{months_with_payments, payment_cost, rule_sets_used, Ledger, Period};
use waika_core::promotions::NewUserAnswers;
use waika_core::route::Route;
use waika_core::rules::RuleChoice;
use waika_core::store::StorageError;
use waika_texts::tracker::tracker;
use waika_texts::{fill, format_percent};
use yew::prelude::*;

// Long: the tracker's effects (load, write, other tabs) and its panels in page order; each
// panel is a component.
/// The ids of the rule sets the payments are costed with, today's when
/// there are none.
fn rule_set_ids(ledger: &Ledger, today: &'static str) -> String {
    let used = rule_sets_used(ledger);
    if used.is_empty() {
        return today.to_string();
    }
    used.iter()
        .map(|rules| rules.id)
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn TrackerPage() -> Html {
    let context = use_lang();
    let lang = context.lang;
    let texts = tracker(lang);
    let state = use_reducer(|| TrackerState::from_loaded(LoadedLedger::not_read_yet()));
    {
        // The device is read after the first drawing, the page as written.
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let loaded = saved::load(&LocalStore, today_in_china());
            // A form left open in this tab opens again, on its month.
            let reopen = open_before().and_then(|(id, kind)| {
                let payment = loaded.ledger.payment(id)?;
                Some((id, kind, Period::month_of(payment.date)))
            });
            dispatch.dispatch(Action::Loaded(Rc::new(loaded)));
            if let Some((index, payment)) = undo_before() {
                dispatch.dispatch(Action::KeptUndo(index, payment));
            }
            if let Some((id, kind, month)) = reopen {
                dispatch.dispatch(Action::ChooseMonth(month));
                dispatch.dispatch(Action::OpenEditor(id, kind));
            }
        });
    }
    // After the load above has read which form was open and what Undo
    // would bring back.
    use_effect_with(state.editor, |editor| remember_open(*editor));
    use_effect_after_first(&state.undo, |undo| remember_undo(undo.as_ref()));
    {
        // Storage is written here, after the reducer has changed the state,
        // and the outcome goes back to the reducer.
        let state = state.clone();
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                forget_saved(state.notice.as_ref());
                let persisted = persist(&LocalStore, state.to_write(), today_in_china());
                state.dispatch(Action::Persisted(persisted));
            }
        });
    }
    {
        // Another tab or the installed app wrote the ledger: show its
        // changes here at once, merged with this tab's.
        // What this tab last read or wrote, for the listener, which lives
        // longer than one render.
        let known = use_mut_ref(|| None::<Rc<str>>);
        *known.borrow_mut() = state.stored_text.clone();
        // The backups it lists: one kept by "delete all" in another tab is
        // where the user looks for what was deleted.
        let listed = use_mut_ref(Vec::new);
        *listed.borrow_mut() = state.backups.clone();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = listen("storage", move || {
                let known = known.borrow().clone();
                let today = today_in_china();
                if let Some(action) = saved::read_elsewhere(&LocalStore, today, known.as_deref()) {
                    dispatch.dispatch(action.into());
                }
                let listed = listed.borrow().clone();
                if let Some(backups) = saved::backups_elsewhere(&LocalStore, today, &listed) {
                    dispatch.dispatch(Action::BackupsElsewhere(backups));
                }
            });
            move || {
                if let Some(listener) = listener {
                    unlisten("storage", &listener);
                }
            }
        });
    }

    let (answers, set_answers, answers_saved) = use_new_user_answers();
    let shared_settings = use_settings();
    let calculator_settings = shared_settings.settings();
    let resolved = calculator_settings.resolve(lang);
    let choice = RuleChoice::from_id(calculator_settings.rule_set.as_deref());
    let picked = match choice {
        RuleChoice::Picked(rules) => Some(rules),
        RuleChoice::InForce => None,
    };
    // The first card link of earlier versions, kept in the ledger, counts
    // until the user gives one here.
    let new_user = NewUserAnswers {
        first_link: answers.first_link.or(state.ledger.first_card_link),
        ..answers
    };
    let costs = Costs::new(&resolved, choice, new_user);

    // The month shown: picked, else the newest with payments, else this one.
    // This month can be picked too before it has payments: in January, the
    // new year's limits are there to see.
    let today = context.today;
    let this_month = Period::month_of(today);
    let mut months = months_with_payments(&state.ledger);
    let month = state
        .month
        .filter(|month| months.contains(month) || *month == this_month)
        .or_else(|| months.first().copied())
        .unwrap_or(this_month);
    if months
        .first()
        .is_some_and(|newest| newest.first_day() < this_month.first_day())
    {
        months.insert(0, this_month);
    }
    let dispatch = state.dispatcher();
    let notice_at = |place: Place| {
        state
            .notice
            .as_ref()
            .filter(|notice| notice.place == place)
            .map(|notice| notice.event.clone())
    };
    // The home currency is named even before a rate for it can be used.
    let home_code = waika_texts::currency_word(lang, calculator_settings.home);
    let home_shown = match resolved.home {
        Some(_) => home_code.to_string(),
        None => fill(texts.home_without_rate, &[("code", home_code)]),
    };
    let settings_line = match picked {
        Some(rules) => fill(
            texts.settings_in_use_picked,
            &[
                ("card", &resolved.card_name),
                ("code", &home_shown),
                ("id", rules.id),
            ],
        ),
        // Named, so the user can see which rules the costs rest on: those
        // of the payments' dates, or today's for the next one.
        None => fill(
            texts.settings_in_use,
            &[
                ("card", &resolved.card_name),
                ("code", &home_shown),
                ("ids", &rule_set_ids(&state.ledger, context.rules().id)),
            ],
        ),
    };
    // Never a silent 0 %: say which markup is used when the typed one
    // cannot be read.
    let markup_line = resolved.markup_percent.is_none().then(|| {
        let typed = &calculator_settings.custom_markup;
        match resolved.last_valid_markup {
            _ if resolved.markup_not_typed => texts.markup_not_typed.to_string(),
            Some(percent) => fill(
                texts.markup_fallback,
                &[
                    ("typed", typed),
                    ("percent", &format_percent(lang, percent)),
                ],
            ),
            None => fill(texts.markup_missing, &[("typed", typed)]),
        }
    });
    let chart_rules = picked.unwrap_or(context.rules());
    // The last payment, with the fee its row shows, a waiver included.
    let marked = state.ledger.payments.last().map(|payment| {
        let cost = payment_cost(&state.ledger, payment, costs.choice, costs.settings);
        let if_lapsed = cost
            .unconfirmed_waiver
            .then_some(cost.fee_if_lapsed.amount());
        (payment.amount, cost.fee.amount(), if_lapsed)
    });

    html! {
        <article class="tracker">
            <h1>{ texts.title }</h1>
            <p class="intro">{ texts.intro }</p>
            <p class="field-note">
                <span>{ settings_line }</span>
                <a class="after-sentence" href={context.href(Route::Fees)}>{ texts.settings_link }</a>
            </p>
            if let Some(markup_line) = markup_line {
                <p class="notice" role="status">{ markup_line }</p>
            }
            if calculator_settings.network == UNIONPAY {
                <p class="field-note">{ texts.unionpay_note }</p>
            }
            { stored_notice(context.lang, &state, &dispatch) }
            if state.save == SaveStatus::Failed(StorageError::Unavailable) && state.notice.is_none() {
                <p class="notice" role="status">{ texts.storage_unavailable }</p>
            }
            <AddForm ledger={state.ledger.clone()} {costs} dispatch={dispatch.clone()}
                notice={notice_at(Place::AddForm)} save={state.save} />
            <PaymentList ledger={state.ledger.clone()} {costs} {month} months={months.clone()}
                editor={state.editor} notice={state.notice.clone()} save={state.save}
                undo={state.undo.as_ref().map(|(_, payment)| (payment.amount, payment.date))}
                replaced_kept={state.backups.iter().any(|backup| backup.kind == BackupKind::Replaced)} dispatch={dispatch.clone()} />
            { stale_notice(&context, StaleAbout::Totals, false) }
            <Summary ledger={state.ledger.clone()} {costs} {month} />
            { limits_panel(&context, LimitsShown { ledger: &state.ledger, costs, month, today }) }
            <section class="panel" aria-labelledby="chart-title">
                <h2 id="chart-title">{ texts.chart_title }</h2>
                { fee_chart(&context, &FeeChartShown { rules: chart_rules, marked, today }) }
            </section>
            { promotion_panel(&context, answers, set_answers.clone(), answers_saved, state.ledger.payments.first().map(|payment| payment.date)) }
            <DataPanel ledger={state.ledger.clone()} {costs} confirm={state.confirm.clone()}
                backups={state.backups.clone()} notice={notice_at(Place::Data)} save={state.save}
                {dispatch} new_user={answers} on_new_user={set_answers} />
        </article>
    }
}
