//! What the tracker's costs and limits depend on besides the ledger: the
//! calculator's settings and the new-user answers, resolved once per
//! drawing of the page and handed to each panel.

use crate::settings::ResolvedSettings;
use rust_decimal::Decimal;
use waika_core::ledger::CostSettings;
use waika_core::money::{CnyRate, Currency};
use waika_core::promotions::NewUserAnswers;
use waika_core::rules::{example_rate, RuleChoice};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Costs {
    pub choice: RuleChoice,
    pub settings: CostSettings,
    pub usd: CnyRate,
    pub home: Option<CnyRate>,
}

impl Costs {
    /// A markup that cannot be read counts the last one that could, else 0;
    /// a dollar rate that cannot be read counts the example rate.
    pub fn new(resolved: &ResolvedSettings, choice: RuleChoice, new_user: NewUserAnswers) -> Costs {
        let usd = resolved.usd.unwrap_or_else(|| {
            // Example rates are positive, so this rate always exists.
            example_rate(Currency::Usd)
                .and_then(|rate| CnyRate::new(Currency::Usd, rate))
                .unwrap_or(CnyRate {
                    currency: Currency::Usd,
                    cny_per_unit: Decimal::ONE,
                })
        });
        Costs {
            choice,
            settings: CostSettings {
                markup_percent: resolved
                    .markup_percent
                    .or(resolved.last_valid_markup)
                    .unwrap_or(Decimal::ZERO),
                new_user,
            },
            usd,
            home: resolved.home,
        }
    }
}
