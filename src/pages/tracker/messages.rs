//! Every tracker result as whole sentences in the user's language: ledger
//! errors, events, save problems, stored-data problems and backups.

use super::saved::{Backup, BackupKind, StoredProblem};
use super::state::{Event, ImportProblem, SaveStatus};
use rust_decimal::Decimal;
use waika_core::date::Date;
use waika_core::export::ImportError;
use waika_core::ledger::{LedgerError, Payment, Period, MAX_NOTE_CHARS};
use waika_core::store::StorageError;
use waika_texts::tracker::{tracker, TrackerTexts};
use waika_texts::{amount_error_message, fill, format_long_date, format_number, format_yuan, Lang};

/// An amount in yuan with every decimal it has, unrounded: a payment set
/// aside for having three decimals must show them.
pub fn yuan_as_written(lang: Lang, amount: Decimal) -> String {
    let number = format_number(lang, amount, amount.scale().max(2));
    match lang {
        Lang::Nb => format!("¥\u{a0}{number}"),
        Lang::Zh | Lang::En => format!("¥{number}"),
    }
}

/// A payment as its day, its amount as written and its note, if any: how
/// an import names one it leaves out, so it can be found.
pub fn payment_parts(lang: Lang, payment: &Payment) -> Vec<String> {
    let mut parts = vec![
        payment.date.to_string(),
        yuan_as_written(lang, payment.amount),
    ];
    parts.extend((!payment.note.is_empty()).then(|| payment.note.clone()));
    if !payment.refunds.is_empty() {
        let refunded = yuan_as_written(lang, payment.refunded());
        parts.push(fill(tracker(lang).part_refunded, &[("amount", &refunded)]));
    }
    parts
}

/// A size in bytes as megabytes, one decimal where it has one (2.4 MB).
fn megabytes(lang: Lang, bytes: usize) -> String {
    let tenths = Decimal::from(bytes / 100_000);
    let value = (tenths / Decimal::TEN).normalize();
    format_number(lang, value, value.scale())
}

/// A ledger error as a sentence.
pub fn ledger_error(lang: Lang, texts: &TrackerTexts, error: LedgerError) -> String {
    match error {
        LedgerError::Amount(error) => amount_error_message(lang, error),
        LedgerError::NotFound => texts.error_not_found.to_string(),
        LedgerError::RefundTooLarge { left } => fill(
            texts.error_refund_too_large,
            &[("left", &format_yuan(lang, left))],
        ),
        LedgerError::RefundBeforePayment => texts.error_refund_before_payment.to_string(),
        LedgerError::DateTooEarly { earliest } => fill(
            texts.date_too_early,
            &[("earliest", &format_long_date(lang, earliest))],
        ),
        LedgerError::DateInFuture { latest } => fill(
            texts.date_in_future,
            &[("latest", &format_long_date(lang, latest))],
        ),
        LedgerError::BelowRefunded { refunded } => fill(
            texts.error_below_refunded,
            &[("refunded", &format_yuan(lang, refunded))],
        ),
        LedgerError::NoteTooLong => fill(
            texts.error_note_too_long,
            &[("max", &MAX_NOTE_CHARS.to_string())],
        ),
        LedgerError::NoteHoldsCardDetails => texts.error_note_card_details.to_string(),
        LedgerError::Inconsistent => texts.error_inconsistent.to_string(),
        LedgerError::TooLarge { max_bytes } => fill(
            texts.error_ledger_full,
            &[("max", &megabytes(lang, max_bytes))],
        ),
    }
}

/// Why an import did not go ahead, as a sentence.
pub fn import_problem(lang: Lang, texts: &TrackerTexts, problem: &ImportProblem) -> String {
    match problem {
        ImportProblem::LedgerTooLarge { max_bytes } => fill(
            texts.import_ledger_too_large,
            &[("max", &megabytes(lang, *max_bytes))],
        ),
        ImportProblem::FileUnreadable => texts.import_unreadable_file.to_string(),
        ImportProblem::NothingUsable { left_out } => texts.import_nothing_usable.count(*left_out),
        ImportProblem::File(ImportError::TooLarge { max_bytes }) => fill(
            texts.import_too_large,
            &[("max", &megabytes(lang, *max_bytes))],
        ),
        ImportProblem::File(ImportError::NotJson) => texts.import_not_json.to_string(),
        ImportProblem::File(ImportError::NotALedger) => texts.import_not_ledger.to_string(),
        ImportProblem::File(ImportError::NewerVersion { found }) => {
            fill(texts.import_newer, &[("found", &found.to_string())])
        }
    }
}

/// What just happened, as a sentence.
pub fn event_text(lang: Lang, texts: &TrackerTexts, event: &Event) -> String {
    let dated = |template: &str, amount: Decimal, date: &Date| {
        fill(
            template,
            &[
                ("amount", &format_yuan(lang, amount)),
                ("date", &format_long_date(lang, *date)),
            ],
        )
    };
    match event {
        Event::Added {
            amount,
            date,
            same_before,
        } => {
            let added = dated(texts.added, *amount, date);
            if *same_before == 0 {
                return added;
            }
            let twice = fill(
                texts.added_same_again,
                &[("amount", &format_yuan(lang, *amount))],
            );
            format!("{added}{}{twice}", lang.gap())
        }
        Event::Deleted { amount, date } => dated(texts.deleted, *amount, date),
        Event::Restored => texts.restored.to_string(),
        Event::Edited => texts.edited.to_string(),
        Event::Refunded { amount } => {
            fill(texts.refunded, &[("amount", &format_yuan(lang, *amount))])
        }
        Event::RefundRemoved { .. } => texts.refund_removed.to_string(),
        Event::Imported {
            count,
            backed_up: true,
        } => texts.import_done.count(*count),
        Event::Imported {
            count,
            backed_up: false,
        } => texts.import_done_new.count(*count),
        Event::Cleared => texts.cleared.to_string(),
        Event::ImportAdded { count } => texts.import_added.count(*count),
        Event::BroughtIn(changes) => fill(
            texts.brought_in,
            &[
                ("added", &changes.added.to_string()),
                ("changed", &changes.changed.to_string()),
                ("removed", &changes.removed.to_string()),
            ],
        ),
        Event::Exported { count, file } => fill(&texts.exported.count(*count), &[("file", file)]),
        Event::BackupRemoved => texts.backup_removed.to_string(),
        Event::Refused(error) => ledger_error(lang, texts, *error),
        Event::ImportFailed(problem) => import_problem(lang, texts, problem),
        Event::NotReplaced(StorageError::Full) => texts.not_replaced_full.to_string(),
        Event::NotReplaced(StorageError::TooManyBackups) => texts.not_replaced_backups.to_string(),
        Event::NotReplaced(StorageError::Unavailable) => texts.not_replaced_unavailable.to_string(),
        Event::GoneElsewhere => texts.gone_elsewhere.to_string(),
    }
}

/// Whether an event is a problem (announced at once) rather than a result.
pub fn is_problem(event: &Event) -> bool {
    matches!(
        event,
        Event::Refused(_) | Event::ImportFailed(_) | Event::NotReplaced(_) | Event::GoneElsewhere
    )
}

/// Whether an event changed the ledger, so the save status belongs with it.
pub fn changed_ledger(event: &Event) -> bool {
    !is_problem(event) && !matches!(event, Event::BackupRemoved | Event::Exported { .. })
}

/// Why the last change was not kept on the device, if it was not.
pub fn save_problem(texts: &TrackerTexts, save: SaveStatus) -> Option<&'static str> {
    match save {
        SaveStatus::Saved => None,
        SaveStatus::Failed(StorageError::Full) => Some(texts.not_saved_full),
        SaveStatus::Failed(StorageError::TooManyBackups) => Some(texts.not_saved_backups),
        SaveStatus::Failed(StorageError::Unavailable) => Some(texts.not_saved_unavailable),
        SaveStatus::Held => Some(texts.not_saved_held),
    }
}

/// What was wrong with the stored ledger, as the notice at the top says it.
pub fn stored_problem(texts: &TrackerTexts, problem: StoredProblem) -> String {
    match problem {
        StoredProblem::Unreadable => texts.stored_unreadable.to_string(),
        StoredProblem::Newer { found } => {
            fill(texts.stored_newer, &[("found", &found.to_string())])
        }
        StoredProblem::SetAside { count } => texts.stored_set_aside.count(count),
        StoredProblem::Repaired => texts.stored_repaired.to_string(),
        StoredProblem::CutOff { recovered } => texts.stored_cut_off.count(recovered),
    }
}

/// What a backup holds, as a label.
pub fn backup_label(lang: Lang, texts: &TrackerTexts, backup: &Backup) -> String {
    let kind = kind_label(texts, backup.kind);
    match backup.holds {
        Some(holds) => {
            let holds = match holds.latest {
                Some(latest) => fill(
                    &texts.backup_holds.count(holds.payments),
                    &[("date", &format_long_date(lang, latest))],
                ),
                None => texts.backup_holds_none.to_string(),
            };
            format!("{kind} · {holds}")
        }
        None => kind,
    }
}

fn kind_label(texts: &TrackerTexts, kind: BackupKind) -> String {
    match kind {
        BackupKind::Damaged(StoredProblem::Unreadable) => texts.backup_unreadable.to_string(),
        BackupKind::Damaged(StoredProblem::Newer { found }) => {
            fill(texts.backup_newer, &[("found", &found.to_string())])
        }
        BackupKind::Damaged(StoredProblem::SetAside { count }) => {
            texts.backup_set_aside.count(count)
        }
        BackupKind::Damaged(StoredProblem::Repaired) => texts.backup_repaired.to_string(),
        BackupKind::Damaged(StoredProblem::CutOff { .. }) => texts.backup_cut_off.to_string(),
        BackupKind::Readable => texts.backup_readable.to_string(),
        BackupKind::Replaced => texts.backup_replaced.to_string(),
    }
}

/// "March 2026", "2026年3月", "mars 2026".
pub fn month_name(texts: &TrackerTexts, period: Period) -> String {
    let first = period.first_day();
    fill(
        texts.month_format,
        &[
            (
                "month",
                texts.month_names[usize::from(first.month.clamp(1, 12) - 1)],
            ),
            ("year", &first.year.to_string()),
        ],
    )
}
