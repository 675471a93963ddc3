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
    /// Whether `usd` and `home` are example rates, which the tracker dates.
    pub usd_is_example: bool,
    pub home_is_example: bool,
    /// No markup is typed for the user's own card: it counts as 0 and the
    /// totals say it is not counted.
    pub markup_not_typed: bool,
    /// The markup of the card chosen now, when it is known (a card's own,
    /// or one typed that can be read): a new payment keeps it.
    pub card_markup: Option<Decimal>,
}

impl Costs {
    /// A markup not typed counts 0; one that cannot be read counts the last
    /// one that could, else 0;
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
                    .filter(|_| !resolved.markup_not_typed)
                    .unwrap_or(Decimal::ZERO),
                new_user,
            },
            usd,
            home: resolved.home,
            usd_is_example: resolved.usd.is_none() || resolved.usd_is_example,
            home_is_example: resolved.home_is_example,
            markup_not_typed: resolved.markup_not_typed,
            // None when nothing is typed for the user's own card, as that
            // reads as no markup.
            card_markup: resolved.markup_percent,
        }
    }
}
