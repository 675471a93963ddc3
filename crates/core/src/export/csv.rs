//! CSV for spreadsheets: one payment a row, costed, in the user's style
//! of numbers.

use crate::ledger::{payment_cost, CostSettings, Ledger};
use crate::money::CnyRate;
use crate::rules::RuleChoice;
use rust_decimal::Decimal;

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

/// A CSV field: quoted, with quotes doubled. A leading =, +, -, @, tab or
/// carriage return gets an apostrophe so a spreadsheet shows the note
/// instead of running it as a formula.
fn csv_text(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// The names of the CSV columns, in the user's language: date, amount,
/// refunded, the refunds with their dates, fee, fee refunded, markup,
/// total, the total if the small-payment waiver has lapsed, the total in
/// the home currency, rule set, note.
pub type CsvHeader<'a> = [&'a str; 12];

/// How the costs of a CSV are worked out: the rules, the card, and the
/// home currency's rate for the estimate (none: that column stays empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvCosts {
    pub choice: RuleChoice,
    pub settings: CostSettings,
    pub home: Option<CnyRate>,
}

/// The ledger as CSV, one payment a row, costed as `costs` says. It starts
/// with a byte order mark, so spreadsheets read it as UTF-8 (Chinese and
/// æøå stay readable), then the header row.
pub fn export_csv(ledger: &Ledger, costs: CsvCosts, style: CsvStyle, header: &CsvHeader) -> String {
    let separator = style.separator().to_string();
    let mut csv = String::from('\u{feff}');
    let names: Vec<String> = header.iter().map(|name| csv_text(name)).collect();
    csv.push_str(&names.join(&separator));
    csv.push_str("\r\n");
    for payment in &ledger.payments {
        let cost = payment_cost(ledger, payment, costs.choice, costs.settings);
        // "2024-06-03 20.00, 2024-06-10 5.00": each refund with its date.
        let refunds: Vec<String> = payment
            .refunds
            .iter()
            .map(|refund| format!("{} {}", refund.date, style.number(refund.amount)))
            .collect();
        let home_total = costs.home.map_or(String::new(), |rate| {
            style.number(rate.from_cny(cost.total_cny.amount()).amount())
        });
        let fields = [
            payment.date.to_string(),
            style.number(payment.amount),
            style.number(payment.refunded()),
            csv_text(&refunds.join(", ")),
            style.number(cost.fee.amount()),
            style.number(cost.fee_refunded.amount()),
            style.number(cost.markup.amount()),
            style.number(cost.total_cny.amount()),
            // Past the waiver's confirmed end no source says which total
            // applies: the file keeps both, as the screen does.
            if cost.unconfirmed_waiver {
                style.number(cost.total_if_lapsed.amount())
            } else {
                String::new()
            },
            home_total,
            cost.rules.id.to_string(),
            csv_text(&payment.note),
        ];
        csv.push_str(&fields.join(&separator));
        csv.push_str("\r\n");
    }
    csv
}
