//! Export and import of the ledger: JSON that the app reads back exactly,
//! and CSV for spreadsheets (ISO dates, dot decimals, a header row).

use crate::core::date::Date;
use crate::core::ledger::{payment_cost, CostSettings, Ledger, LedgerError};
use crate::core::rules::RuleSet;
use serde::{Deserialize, Serialize};

/// The version of the export format this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;
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
    app: String,
    kind: String,
    version: u32,
}

/// Why a file could not be imported. Nothing is imported when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ImportError {
    /// Not JSON at all (or not UTF-8 text).
    NotJson,
    /// JSON, but not a ledger exported by this app.
    NotALedger,
    /// Exported by a newer version of the app.
    NewerVersion { found: u32 },
    /// A ledger whose contents do not hold together.
    Invalid(LedgerError),
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

/// Reads a file written by [`export_json`], checking every payment.
pub fn import_json(text: &str) -> Result<Ledger, ImportError> {
    let header: Header = serde_json::from_str(text).map_err(|error| {
        if error.is_syntax() || error.is_eof() {
            ImportError::NotJson
        } else {
            ImportError::NotALedger
        }
    })?;
    if header.app != APP || header.kind != KIND {
        return Err(ImportError::NotALedger);
    }
    if header.version > EXPORT_VERSION {
        return Err(ImportError::NewerVersion {
            found: header.version,
        });
    }
    let file: ExportFile<Ledger> =
        serde_json::from_str(text).map_err(|_| ImportError::NotALedger)?;
    let ledger = file.data;
    ledger.validate().map_err(ImportError::Invalid)?;
    Ok(ledger)
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

/// The ledger as CSV, one payment a row, costs under `rules` and `settings`.
pub fn export_csv(ledger: &Ledger, rules: &RuleSet, settings: CostSettings) -> String {
    let mut csv = String::from(
        "date,amount_cny,refunded_cny,fee_cny,fee_refunded_cny,markup_cny,total_cny,note\r\n",
    );
    for payment in &ledger.payments {
        let cost = payment_cost(ledger, payment, rules, settings);
        csv.push_str(&format!(
            "{},{:.2},{:.2},{:.2},{:.2},{:.2},{:.2},{}\r\n",
            payment.date,
            payment.amount,
            payment.refunded(),
            cost.fee.amount(),
            cost.fee_refunded.amount(),
            cost.markup.amount(),
            cost.total_cny.amount(),
            csv_text(&payment.note),
        ));
    }
    csv
}
