//! Export and import of the ledger: JSON that the app reads back exactly,
//! and CSV for spreadsheets.
//!
//! Import reads the app's own export files and also the raw values the app
//! keeps on the device (and so its backups), so a backup can always be
//! brought back.

use crate::amount::DecimalMark;
use crate::date::Date;
use crate::ledger::{payment_cost, CostSettings, Ledger, Payment, Salvaged};
use crate::rules::RuleChoice;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The version of the export format this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;
/// The version of the value kept on the device (see `persist`).
pub const STORED_VERSION: u32 = 1;
/// The largest file the app will try to import: far above a lifetime of
/// payments, small enough that reading it cannot freeze a phone.
pub const MAX_IMPORT_BYTES: usize = 2_000_000;
const APP: &str = "waika";
const KIND: &str = "ledger";

#[derive(Serialize, Deserialize)]
struct ExportFile<T> {
    app: String,
    kind: String,
    version: u32,
    exported: Date,
    data: T,
}

/// The fields that say what a file is, read before trusting the rest.
#[derive(Deserialize)]
struct Header {
    app: Option<String>,
    kind: Option<String>,
    version: Option<u32>,
}

#[derive(Deserialize)]
struct WithData<T> {
    data: T,
}

/// A ledger read one payment at a time, so that one payment that cannot be
/// read does not hide the others.
#[derive(Deserialize)]
struct LooseLedger {
    #[serde(default)]
    next_id: u64,
    payments: Vec<serde_json::Value>,
    #[serde(default)]
    first_card_link: Option<serde_json::Value>,
}

/// Why a file could not be imported. Nothing is imported when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not read.
    TooLarge { max_bytes: usize },
    /// Not JSON at all (or not UTF-8 text).
    NotJson,
    /// JSON, but not a ledger exported or kept by this app.
    NotALedger,
    /// Written by a newer version of the app.
    NewerVersion { found: u32 },
}

/// The ledger as a JSON file, dated `today`.
pub fn export_json(ledger: &Ledger, today: Date) -> String {
    let file = ExportFile {
        app: APP.to_string(),
        kind: KIND.to_string(),
        version: EXPORT_VERSION,
        exported: today,
        data: ledger,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a file written by [`export_json`], or a value the app kept on the
/// device (`{"version":1,"data":…}`), and sorts its payments into those
/// that can be used and those that cannot (see [`Ledger::salvage`]).
pub fn import_json(text: &str, today: Date) -> Result<Salvaged, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            max_bytes: MAX_IMPORT_BYTES,
        });
    }
    let header: Header = serde_json::from_str(text).map_err(|error| {
        if error.is_syntax() || error.is_eof() {
            ImportError::NotJson
        } else {
            ImportError::NotALedger
        }
    })?;
    let (newest, found) = match (&header.app, &header.kind, header.version) {
        (Some(app), Some(kind), Some(version)) if app == APP && kind == KIND => {
            (EXPORT_VERSION, version)
        }
        // A value kept on the device has only a version and the data.
        (None, None, Some(version)) => (STORED_VERSION, version),
        _ => return Err(ImportError::NotALedger),
    };
    if found > newest {
        return Err(ImportError::NewerVersion { found });
    }
    let file: WithData<LooseLedger> =
        serde_json::from_str(text).map_err(|_| ImportError::NotALedger)?;
    let loose = file.data;
    let total = loose.payments.len();
    let payments: Vec<Payment> = loose
        .payments
        .into_iter()
        .filter_map(|value| serde_json::from_value(value).ok())
        .collect();
    let unreadable = total - payments.len();
    let first_card_link = loose
        .first_card_link
        .and_then(|value| serde_json::from_value::<Option<Date>>(value).ok())
        .flatten();
    let mut salvaged = Ledger {
        next_id: loose.next_id,
        payments,
        first_card_link,
    }
    .salvage(today);
    salvaged.unreadable = unreadable;
    Ok(salvaged)
}

/// How a CSV file separates fields and writes decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvStyle {
    /// Commas between fields, points in numbers: most spreadsheets.
    Comma,
    /// Semicolons between fields, commas in numbers: spreadsheets set up
    /// for languages that write decimal commas, such as Norwegian Excel.
    Semicolon,
}

impl CsvStyle {
    /// The style that suits a language's way of writing numbers.
    pub fn for_mark(mark: DecimalMark) -> CsvStyle {
        match mark {
            DecimalMark::Point => CsvStyle::Comma,
            DecimalMark::Comma => CsvStyle::Semicolon,
        }
    }

    fn separator(self) -> char {
        match self {
            CsvStyle::Comma => ',',
            CsvStyle::Semicolon => ';',
        }
    }

    fn number(self, value: Decimal) -> String {
        let text = format!("{value:.2}");
        match self {
            CsvStyle::Comma => text,
            CsvStyle::Semicolon => text.replace('.', ","),
        }
    }
}

/// A CSV field: quoted, with quotes doubled. A leading =, +, - or @ gets an
/// apostrophe so a spreadsheet shows the note instead of running it.
fn csv_text(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// The names of the CSV columns, in the user's language: date, amount,
/// refunded, fee, fee refunded, markup, total, rule set, note.
pub type CsvHeader<'a> = [&'a str; 9];

/// The ledger as CSV, one payment a row, costs under `choice` and
/// `settings`. It starts with a byte order mark, so spreadsheets read it as
/// UTF-8 (Chinese and æøå stay readable), then the header row.
pub fn export_csv(
    ledger: &Ledger,
    choice: RuleChoice,
    settings: CostSettings,
    style: CsvStyle,
    header: &CsvHeader,
) -> String {
    let separator = style.separator().to_string();
    let mut csv = String::from('\u{feff}');
    let names: Vec<String> = header.iter().map(|name| csv_text(name)).collect();
    csv.push_str(&names.join(&separator));
    csv.push_str("\r\n");
    for payment in &ledger.payments {
        let cost = payment_cost(ledger, payment, choice, settings);
        let fields = [
            payment.date.to_string(),
            style.number(payment.amount),
            style.number(payment.refunded()),
            style.number(cost.fee.amount()),
            style.number(cost.fee_refunded.amount()),
            style.number(cost.markup.amount()),
            style.number(cost.total_cny.amount()),
            cost.rules.id.to_string(),
            csv_text(&payment.note),
        ];
        csv.push_str(&fields.join(&separator));
        csv.push_str("\r\n");
    }
    csv
}
