//! What each payment and each period cost: the Weixin Pay fee, refunds,
//! the issuer's markup, under the rule set of each payment's date.

use super::book::{Ledger, Payment, Period};
use crate::fees::fee_for;
use crate::money::{round_to_minor_unit, Money};
use crate::promotions::{NewUserAnswers, WaiverOutcome};
use crate::rules::{rule_set_in_force, RuleChoice, RuleSet};
use rust_decimal::Decimal;
use serde::Serialize;

/// The rule sets that cost the payments, oldest first: each payment's
/// date decides, so a ledger across a change of rules names both.
pub fn rule_sets_used(ledger: &Ledger) -> Vec<&'static RuleSet> {
    let mut used: Vec<&'static RuleSet> = Vec::new();
    for rules in ledger
        .payments
        .iter()
        .filter_map(|p| rule_set_in_force(p.date))
    {
        if used.last().map(|last| last.id) != Some(rules.id) {
            used.push(rules);
        }
    }
    used
}

/// The cost of one payment after refunds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PaymentCost {
    /// The rule set it was costed under.
    pub rules: &'static RuleSet,
    /// The fee Weixin Pay charged (zero if waived).
    pub fee: Money,
    /// What the new-user waivers say about this payment.
    pub waiver: WaiverOutcome,
    /// No fee because of the small-payment waiver, on a date after the last
    /// day a source confirmed it for.
    pub unconfirmed_waiver: bool,
    /// A fee is due past the last day a source stated it (see
    /// [`crate::fees::FeeOutcome::fee_past_stated`]).
    pub fee_past_stated: bool,
    /// The fee without any waiver, for the notes that say what a payment
    /// would cost if a waiver does not apply.
    pub fee_if_lapsed: Money,
    /// Everything the card would pay, in yuan, if that fee applied.
    pub total_if_lapsed: Money,
    /// The part of the fee given back with refunds.
    pub fee_refunded: Money,
    /// Amount and fee after refunds.
    pub net_charged: Money,
    /// The issuer's markup on the net charge.
    pub markup: Money,
    /// Everything the card pays, in yuan.
    pub total_cny: Money,
}

/// The settings a cost depends on besides the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CostSettings {
    /// The card issuer's markup in percent.
    pub markup_percent: Decimal,
    /// What the user said about their card, for the new-user waivers.
    pub new_user: NewUserAnswers,
}

/// What one payment costs after refunds, under the rule set `choice` gives
/// for its date and any promotion in force on that date.
pub fn payment_cost(
    ledger: &Ledger,
    payment: &Payment,
    choice: RuleChoice,
    settings: CostSettings,
) -> PaymentCost {
    let rules = choice.for_date(payment.date);
    let outcome = fee_for(
        rules,
        payment.date,
        payment.amount,
        || spent_earlier_that_day(ledger, payment),
        settings.new_user,
    );
    let (fee, fee_if_lapsed) = (outcome.fee.amount(), outcome.fee_if_lapsed.amount());
    let refunded = payment.refunded();
    // The fee comes back in proportion to the amount refunded.
    let given_back = |fee: Decimal| {
        if payment.amount.is_zero() {
            Decimal::ZERO
        } else {
            round_to_minor_unit(fee * refunded / payment.amount)
        }
    };
    let fee_refunded = given_back(fee);
    let net_charged = payment.amount - refunded + fee - fee_refunded;
    // The card the payment was recorded with, else the one chosen now.
    let percent = payment.markup.unwrap_or(settings.markup_percent);
    let markup = round_to_minor_unit(net_charged * percent / Decimal::ONE_HUNDRED);
    let net_if_lapsed = payment.amount - refunded + fee_if_lapsed - given_back(fee_if_lapsed);
    let markup_if_lapsed = round_to_minor_unit(net_if_lapsed * percent / Decimal::ONE_HUNDRED);
    PaymentCost {
        rules,
        fee: outcome.fee,
        waiver: outcome.waiver,
        unconfirmed_waiver: outcome.small_waiver_unconfirmed,
        fee_past_stated: outcome.fee_past_stated,
        fee_if_lapsed: outcome.fee_if_lapsed,
        total_if_lapsed: Money::cny(net_if_lapsed + markup_if_lapsed),
        fee_refunded: Money::cny(fee_refunded),
        net_charged: Money::cny(net_charged),
        markup: Money::cny(markup),
        total_cny: Money::cny(net_charged + markup),
    }
}

/// What the payments of the same day before `payment` came to.
fn spent_earlier_that_day(ledger: &Ledger, payment: &Payment) -> Decimal {
    let start = ledger.payments.partition_point(|p| p.date < payment.date);
    ledger.payments[start..]
        .iter()
        .take_while(|p| p.date == payment.date && p.id != payment.id)
        .map(|p| p.amount)
        .sum()
}

/// Spending and costs over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PeriodTotals {
    pub payments: usize,
    /// Sum of payment amounts, before refunds: what the limits count.
    pub spent: Money,
    pub refunded: Money,
    /// Fees after refunded fees.
    pub fees: Money,
    pub markup: Money,
    /// Everything the card paid, in yuan.
    pub total_cny: Money,
    /// How much more the period costs if the small-payment waiver has
    /// lapsed: its payments dated after the waiver's confirmed end.
    pub extra_if_waiver_lapsed: Money,
}

/// Totals of the payments dated in `period`.
pub fn totals(
    ledger: &Ledger,
    period: Period,
    choice: RuleChoice,
    settings: CostSettings,
) -> PeriodTotals {
    let zero = Money::cny(Decimal::ZERO);
    let mut totals = PeriodTotals {
        payments: 0,
        spent: zero,
        refunded: zero,
        fees: zero,
        markup: zero,
        total_cny: zero,
        extra_if_waiver_lapsed: zero,
    };
    for payment in ledger.in_period(period) {
        let cost = payment_cost(ledger, payment, choice, settings);
        let add = |a: Money, b: Decimal| Money::cny(a.amount() + b);
        totals = PeriodTotals {
            payments: totals.payments + 1,
            spent: add(totals.spent, payment.amount),
            refunded: add(totals.refunded, payment.refunded()),
            fees: add(totals.fees, cost.fee.amount() - cost.fee_refunded.amount()),
            markup: add(totals.markup, cost.markup.amount()),
            total_cny: add(totals.total_cny, cost.total_cny.amount()),
            extra_if_waiver_lapsed: if cost.unconfirmed_waiver {
                add(
                    totals.extra_if_waiver_lapsed,
                    cost.total_if_lapsed.amount() - cost.total_cny.amount(),
                )
            } else {
                totals.extra_if_waiver_lapsed
            },
        };
    }
    totals
}
