//! Export and import of the ledger: JSON that the app reads back exactly,
//! and CSV for spreadsheets.
//!
//! Import reads the app's own export files and also the raw values the app
//! keeps on the device (and so its backups), so a backup can always be
//! brought back.

mod csv;

pub use csv::{export_csv, CsvCosts, CsvHeader, CsvStyle};

use crate::date::Date;
use crate::ledger::{
    check_payment_date, Fixed, Ledger, Payment, Salvaged, UnreadablePayment, MAX_NOTE_CHARS,
};
use serde::Serialize;
use serde_json::Value;

/// The version of the export format this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;
/// The version of the value kept on the device (see `persist`).
pub const STORED_VERSION: u32 = 1;
/// The most a ledger may take when the app keeps it (its JSON, in bytes):
/// the one size limit of the tracker. A change that would pass it is
/// refused before anything is written, and an import holding more is
/// refused. Browsers give a site about 5 MB of storage, and a ledger being
/// replaced by an import or "delete all" is backed up first, so twice this
/// must fit, with room for the app's settings.
pub const MAX_LEDGER_BYTES: usize = 2_400_000;
/// The largest file the app reads: an export holds its ledger with line
/// breaks and indents, so the same ledger makes a larger file.
pub const MAX_IMPORT_BYTES: usize = 2 * MAX_LEDGER_BYTES;
const APP: &str = "waika";
const KIND: &str = "ledger";
const PAYMENT_FIELDS: [&str; 6] = ["id", "date", "amount", "note", "refunds", "markup"];
const REFUND_FIELDS: [&str; 3] = ["id", "date", "amount"];

#[derive(Serialize)]
struct ExportFile<'a, T> {
    app: &'static str,
    kind: &'static str,
    version: u32,
    exported: Date,
    /// The settings that cost the payments (the card's markup, the home
    /// currency), as the text the app keeps them in, so that the file shows
    /// the same figures on another device. Files without them import as
    /// before.
    #[serde(skip_serializing_if = "Option::is_none")]
    settings: Option<&'a str>,
    /// The answers to the new-user questions, which decide whether some
    /// fees are waived, kept the same way.
    #[serde(skip_serializing_if = "Option::is_none")]
    new_user: Option<&'a str>,
    /// This export's own name, kept on the device that wrote it with a copy
    /// of the ledger, so that a file made from it on another device can be
    /// brought back change by change (see [`crate::ledger::merge`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    export_id: Option<&'a str>,
    /// The export this ledger was last brought in from, if any: a device
    /// that kept that export's copy has the changes' common starting point.
    #[serde(skip_serializing_if = "Option::is_none")]
    based_on: Option<&'a str>,
    /// Last, so that a file cut off part-way still holds the settings and
    /// answers above its payments.
    data: T,
}

/// What an export carries beside the ledger: the app's texts for its
/// settings and its new-user answers, each handed back as written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FileSettings<'a> {
    pub settings: Option<&'a str>,
    pub new_user: Option<&'a str>,
    /// The export's own name, and the export it was based on (see
    /// `ExportFile`); [`import_json`] gives them back in [`Salvaged`].
    pub export_id: Option<&'a str>,
    pub based_on: Option<&'a str>,
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
    export_json_with_settings(ledger, today, FileSettings::default())
}

/// The ledger as a JSON file, dated `today`, with the app's texts in
/// `extra` beside it; [`import_json`] gives them back in
/// [`Salvaged::settings`] and [`Salvaged::new_user`].
pub fn export_json_with_settings(ledger: &Ledger, today: Date, extra: FileSettings) -> String {
    let file = ExportFile {
        app: APP,
        kind: KIND,
        version: EXPORT_VERSION,
        exported: today,
        data: ledger,
        settings: extra.settings,
        new_user: extra.new_user,
        export_id: extra.export_id,
        based_on: extra.based_on,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// How many bytes the ledger takes as the app keeps it (compact JSON).
/// Written out the same way the app stores it, so no second copy of the
/// serialisation code is built in.
pub fn stored_len(ledger: &Ledger) -> usize {
    serde_json::to_vec(ledger).map_or(usize::MAX, |bytes| bytes.len())
}

/// Reads a file written by [`export_json`], or a value the app kept on the
/// device (`{"version":1,"data":…}`), as [`read_ledger`] does, after
/// refusing a file too large to be one.
pub fn import_json(text: &str, today: Date) -> Result<Salvaged, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            max_bytes: MAX_IMPORT_BYTES,
        });
    }
    read_ledger(text, today)
}

/// Reads an export or a stored value and sorts its payments into those
/// that can be used and those that cannot (see [`Ledger::salvage`]). A
/// detail of the ledger itself that cannot be used as it is (the id
/// counter, the first card link, unknown fields) is named in `fixed`
/// instead of hiding the payments; nothing is changed silently.
pub fn read_ledger(text: &str, today: Date) -> Result<Salvaged, ImportError> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => read_value(value, today),
        // Cut off (storage full mid-write, a partial copy) or damaged
        // part-way: the whole payments before the damage still count.
        Err(error) if error.is_syntax() || error.is_eof() => {
            let end = if error.is_eof() {
                text.len()
            } else {
                byte_offset(text, error.line(), error.column())
            };
            let closed = close_after_last_payment(text, end).ok_or(ImportError::NotJson)?;
            let mut value: Value =
                serde_json::from_str(&closed).map_err(|_| ImportError::NotJson)?;
            keep_first_card_link(&mut value, &text[..end]);
            let mut salvaged = read_value(value, today)?;
            salvaged.fixed.push(Fixed::CutOff);
            Ok(salvaged)
        }
        Err(_) => Err(ImportError::NotALedger),
    }
}

/// Where serde_json's line and column (both from 1) fall in `text`: the
/// byte before the one it stopped at, on a character's boundary, so the
/// text can be cut there.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut offset = (line_start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// `text` up to byte `end`, closed right after its last whole payment:
/// `{"version":1,"data":{"payments":[{…},{"id":3,"da` becomes
/// `{"version":1,"data":{"payments":[{…}]}}`. Payments sit in an array
/// three levels down (file or stored value › data › payments). Only a
/// payment closed there counts, never a refund inside one, so no payment
/// comes back with part of its refunds. `None` when no payment is whole.
fn close_after_last_payment(text: &str, end: usize) -> Option<String> {
    let mut open: Vec<u8> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    let mut last_whole: Option<(usize, Vec<u8>)> = None;
    // Byte by byte: every byte JSON gives a meaning to is ASCII, and no
    // byte of a multi-byte character is.
    for (at, byte) in text.as_bytes().iter().take(end).enumerate() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => open.push(*byte),
            b'}' | b']' => {
                open.pop();
                if *byte == b'}' && open == [b'{', b'{', b'['] {
                    last_whole = Some((at + 1, open.clone()));
                }
            }
            _ => {}
        }
    }
    let (cut, still_open) = last_whole?;
    let closers = still_open.iter().rev().map(|bracket| match bracket {
        b'[' => ']',
        _ => '}',
    });
    Some(text[..cut].chars().chain(closers).collect())
}

/// The ledger keeps the first card link after its payments, so closing
/// after the last payment cuts it off: it is taken from the text read up
/// to the damage, if it is whole there.
fn keep_first_card_link(value: &mut Value, text: &str) {
    const KEY: &str = "\"first_card_link\":\"";
    let Some(at) = text.rfind(KEY) else {
        return;
    };
    // A date is ten ASCII characters and its closing quote.
    let link = text
        .get(at + KEY.len()..)
        .and_then(|rest| rest.get(..11))
        .and_then(|date| date.strip_suffix('"'));
    if let (Some(link), Some(Value::Object(data))) = (link, value.get_mut("data")) {
        data.entry("first_card_link")
            .or_insert_with(|| Value::String(link.to_string()));
    }
}

/// Reads a parsed export or stored value (see [`read_ledger`]).
fn read_value(value: Value, today: Date) -> Result<Salvaged, ImportError> {
    let Value::Object(mut top) = value else {
        return Err(ImportError::NotALedger);
    };
    let app = top.remove("app");
    let kind = top.remove("kind");
    let version = top
        .remove("version")
        .and_then(|version| version.as_u64())
        .and_then(|version| u32::try_from(version).ok());
    let data = top.remove("data");
    let (mut settings, mut new_user, mut export_id, mut based_on) = (None, None, None, None);
    let (newest, found) = match (&app, &kind, version) {
        (Some(Value::String(app)), Some(Value::String(kind)), Some(version))
            if app == APP && kind == KIND =>
        {
            // The export's date says nothing about the payments; its
            // settings are the app's, handed back as they are.
            top.remove("exported");
            let mut text_of = |name: &str| match top.remove(name) {
                Some(Value::String(text)) => Some(text),
                _ => None,
            };
            settings = text_of("settings");
            new_user = text_of("new_user");
            export_id = text_of("export_id");
            based_on = text_of("based_on");
            (EXPORT_VERSION, version)
        }
        // A value kept on the device has only a version and the data.
        (None, None, Some(version)) => (STORED_VERSION, version),
        _ => return Err(ImportError::NotALedger),
    };
    if found > newest {
        return Err(ImportError::NewerVersion { found });
    }
    let mut fixed = Vec::new();
    if found == 0 {
        fixed.push(Fixed::Version);
    }
    if !top.is_empty() {
        fixed.push(Fixed::UnknownFields);
    }
    let Some(Value::Object(mut data)) = data else {
        return Err(ImportError::NotALedger);
    };
    let Some(Value::Array(values)) = data.remove("payments") else {
        return Err(ImportError::NotALedger);
    };
    let next_id = match data.remove("next_id") {
        // Missing: the ids in use decide (see `salvage`).
        None => 0,
        Some(value) => value.as_u64().unwrap_or_else(|| {
            fixed.push(Fixed::NextId);
            0
        }),
    };
    let first_card_link = match data.remove("first_card_link") {
        None | Some(Value::Null) => None,
        Some(value) => {
            let date = serde_json::from_value::<Date>(value)
                .ok()
                .filter(|date| check_payment_date(*date, today).is_ok());
            if date.is_none() {
                fixed.push(Fixed::FirstCardLink);
            }
            date
        }
    };
    if !data.is_empty() {
        fixed.push(Fixed::UnknownFields);
    }
    let mut unknown_fields = false;
    let (mut payments, mut unreadable) = (Vec::new(), Vec::new());
    for value in values {
        unknown_fields |= has_unknown_fields(&value);
        let told = told_of(&value);
        match read_payment(value) {
            Some(payment) => payments.push(payment),
            None => unreadable.push(told),
        }
    }
    if unknown_fields && !fixed.contains(&Fixed::UnknownFields) {
        fixed.push(Fixed::UnknownFields);
    }
    let mut salvaged = Ledger {
        next_id,
        payments,
        first_card_link,
    }
    .salvage(today);
    salvaged.unreadable = unreadable;
    salvaged.fixed = fixed;
    salvaged.settings = settings;
    salvaged.new_user = new_user;
    salvaged.export_id = export_id;
    salvaged.based_on = based_on;
    Ok(salvaged)
}

/// A payment as the app writes it, or `None`. Amounts must be written as
/// the app writes them ("12.5"): "1e3" or a bare JSON number would be read
/// as something the user never typed.
fn read_payment(value: Value) -> Option<Payment> {
    let plain = |value: &Value| {
        value
            .get("amount")
            .and_then(Value::as_str)
            .is_some_and(is_plain_decimal)
    };
    let refunds_plain = match value.get("refunds") {
        Some(Value::Array(refunds)) => refunds.iter().all(plain),
        _ => false,
    };
    if !plain(&value) || !refunds_plain {
        return None;
    }
    serde_json::from_value(value).ok()
}

/// The date, amount and note of a payment as written, where they are text.
fn told_of(value: &Value) -> UnreadablePayment {
    let text = |name: &str| {
        value
            .get(name)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|text| !text.is_empty())
            .map(|text| text.chars().take(MAX_NOTE_CHARS).collect())
    };
    UnreadablePayment {
        date: text("date"),
        amount: text("amount"),
        note: text("note"),
    }
}

/// Digits with at most one point, and a minus sign, which the checks then
/// refuse with a reason the user can read.
fn is_plain_decimal(text: &str) -> bool {
    let text = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}

fn has_unknown_fields(value: &Value) -> bool {
    let unknown = |value: &Value, known: &[&str]| {
        value
            .as_object()
            .is_some_and(|fields| fields.keys().any(|key| !known.contains(&key.as_str())))
    };
    unknown(value, &PAYMENT_FIELDS)
        || value
            .get("refunds")
            .and_then(Value::as_array)
            .is_some_and(|refunds| refunds.iter().any(|r| unknown(r, &REFUND_FIELDS)))
}
