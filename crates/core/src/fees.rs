//! What a payment really costs: Weixin Pay's service fee, the card issuer's
//! currency markup on top of it, and the total in the user's home currency.

use crate::date::Date;
use crate::money::{round_to_minor_unit, CnyRate, Money};
use crate::promotions::{new_user_waiver, NewUserAnswers, WaiverOutcome, SMALL_PAYMENTS};
use crate::rules::RuleSet;
use rust_decimal::Decimal;
use serde::Serialize;

/// How far above the fee-free amount (in percent of it) the app explains
/// the "cliff": at 200.01 the fee jumps from nothing to 6.00.
const CLIFF_NOTE_WINDOW_PERCENT: u32 = 10;

/// The cost of one payment, every figure rounded by the one policy in
/// [`crate::money`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The rule set the quote follows.
    pub rule_set_id: &'static str,
    /// What the merchant asks for.
    pub amount: Money,
    /// Weixin Pay's service fee; zero up to the fee-free amount.
    pub fee: Money,
    /// True when the amount is within the fee-free amount.
    pub fee_waived: bool,
    /// What the new-user waivers say, for a payment today with nothing
    /// else paid that day.
    pub waiver: WaiverOutcome,
    /// The fee-free amount is relied on after the last day a source
    /// confirmed it for; `fee_if_lapsed` is the fee without it.
    pub small_waiver_unconfirmed: bool,
    /// The fee if the small-payment waiver has lapsed.
    pub fee_if_lapsed: Money,
    /// Amount and that fee: what Weixin Pay would charge if it has lapsed.
    pub charged_if_lapsed: Money,
    /// The issuer's markup on that charge.
    pub markup_if_lapsed: Money,
    /// What the card would be charged if it has lapsed: amount and that
    /// fee, with the issuer's markup on both.
    pub total_if_lapsed: Money,
    /// That total in the home currency, when there is a rate.
    pub home_total_if_lapsed: Option<Money>,
    /// The payment's date is past the last day a source confirmed the
    /// small-payment waiver for, whatever the amount.
    pub past_small_waiver: bool,
    /// A fee is due past the last day a source stated it (see
    /// [`FeeOutcome::fee_past_stated`]).
    pub fee_past_stated: bool,
    /// The last day a source confirmed the small-payment waiver for, when
    /// it waives this payment and that day falls in the payment's year.
    pub small_waiver_until: Option<Date>,
    /// Amount plus fee: what Weixin Pay charges to the card, in yuan.
    pub charged: Money,
    /// The issuer's markup in percent, as the user gave it.
    pub markup_percent: Decimal,
    /// The markup in yuan. It applies to the whole charge, fee included.
    pub markup: Money,
    /// Charge plus markup, in yuan.
    pub total_cny: Money,
    /// The exchange rate used for the home-currency estimate: none for a
    /// currency the app has no example rate for, until the user gives one.
    pub home_rate: Option<CnyRate>,
    /// Estimated total in the home currency, when there is a rate.
    pub home_total: Option<Money>,
    /// Fee and markup together as a percentage of the amount. They compound:
    /// 3 % and 3.25 % make 6.35 %, not 6.25 %.
    pub total_cost_percent: Decimal,
    /// The same if the small-payment waiver has lapsed.
    pub total_cost_percent_if_lapsed: Decimal,
    /// How much of the amount lies above the fee-free amount (zero if none).
    pub above_fee_free: Money,
    /// True just above the fee-free amount, where a small step costs the
    /// full fee; the UI explains the cliff there.
    pub just_above_fee_free: bool,
}

impl Quote {
    /// The amount with the card's markup alone: the total when a promotion
    /// waives the fee (UnionPay's launch offer says so, with no end date).
    pub fn total_without_fee(&self) -> Money {
        let hundred = Decimal::ONE_HUNDRED;
        Money::cny(self.amount.amount() * (hundred + self.markup_percent) / hundred)
    }
}

/// The last day a quote may be planned for: a year from `today`, far
/// enough for a trip being planned, near enough for the known rules.
pub fn latest_planned_date(today: Date) -> Date {
    today.plus_days(365)
}

/// Weixin Pay's service fee for one payment under `rules`: nothing up to and
/// including the fee-free amount, else the fee percentage of the WHOLE
/// amount (not of the part above it), rounded by the one policy.
pub fn service_fee(rules: &RuleSet, amount_cny: Decimal) -> Money {
    if amount_cny <= rules.fee_free_up_to_cny.value {
        Money::cny(Decimal::ZERO)
    } else {
        Money::cny(amount_cny * rules.fee_percent.value / Decimal::ONE_HUNDRED)
    }
}

/// Weixin Pay's fee for one payment, and what the waivers say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeOutcome {
    pub fee: Money,
    pub waiver: WaiverOutcome,
    /// The small-payment waiver is relied on past the last day a source
    /// confirmed it for.
    pub small_waiver_unconfirmed: bool,
    /// The fee if it has lapsed (zero when a new-user waiver covers it).
    pub fee_if_lapsed: Money,
    /// A fee is due on a day past the last one a source stated, and the
    /// small-payment waiver is not what is in doubt: the fee is the figure
    /// stated until then, which the answer says wherever it gives it.
    pub fee_past_stated: bool,
}

/// The fee for `amount` on `date` under `rules`, for the user `new_user`,
/// and the waivers that apply. `spent_before` gives the day's payments
/// before this one; it is asked only when a new-user waiver could apply.
/// The one place the calculator and the tracker decide a fee.
pub fn fee_for(
    rules: &RuleSet,
    date: Date,
    amount: Decimal,
    spent_before: impl FnOnce() -> Decimal,
    new_user: NewUserAnswers,
) -> FeeOutcome {
    let fee_waived = amount <= rules.fee_free_up_to_cny.value;
    // Past the small-payment waiver's confirmed end, a small payment may
    // still be covered by a new-user waiver.
    let small_unconfirmed = fee_waived && SMALL_PAYMENTS.unconfirmed_on(date);
    let waiver = if fee_waived && !small_unconfirmed {
        WaiverOutcome::None
    } else {
        new_user_waiver(date, amount, spent_before(), new_user)
    };
    let waived_by_offer = matches!(waiver, WaiverOutcome::Waived(_));
    let none = Money::cny(Decimal::ZERO);
    let fee = if waived_by_offer {
        none
    } else {
        service_fee(rules, amount)
    };
    let small_waiver_unconfirmed = small_unconfirmed && !waived_by_offer;
    FeeOutcome {
        fee,
        waiver,
        small_waiver_unconfirmed,
        fee_past_stated: SMALL_PAYMENTS.unconfirmed_on(date)
            && !small_waiver_unconfirmed
            && !fee.amount().is_zero(),
        fee_if_lapsed: if waived_by_offer {
            none
        } else {
            Money::cny(amount * rules.fee_percent.value / Decimal::ONE_HUNDRED)
        },
    }
}

/// When and for whom a quote is made: the new-user waivers and the dated
/// small-payment waiver depend on both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteContext {
    /// The payment's date in China.
    pub date: Date,
    pub new_user: NewUserAnswers,
}

/// Quotes a payment of `amount_cny` (already validated as positive) under
/// `rules`, with an issuer markup of `markup_percent` and the home currency
/// at `home_rate`, on the date and for the user in `context`.
pub fn quote(
    rules: &RuleSet,
    amount_cny: Decimal,
    markup_percent: Decimal,
    home_rate: Option<CnyRate>,
    context: QuoteContext,
) -> Quote {
    let hundred = Decimal::ONE_HUNDRED;
    let amount = Money::cny(amount_cny);
    let fee_free_up_to = rules.fee_free_up_to_cny.value;
    let fee_waived = amount.amount() <= fee_free_up_to;
    // A quote is for one payment with nothing else paid that day.
    let FeeOutcome {
        fee,
        waiver,
        small_waiver_unconfirmed,
        fee_if_lapsed,
        fee_past_stated,
    } = fee_for(
        rules,
        context.date,
        amount.amount(),
        || Decimal::ZERO,
        context.new_user,
    );
    let charged = Money::cny(amount.amount() + fee.amount());
    // The issuer converts what Weixin Pay charges, fee included, so the two
    // percentages compound.
    let exact_total = charged.amount() * (hundred + markup_percent) / hundred;
    let markup = Money::cny(exact_total - charged.amount());
    let total_cny = Money::cny(exact_total);
    // From the yuan total as shown, rounded to the fen, as the tracker
    // converts it: the same payment gives the same figure in both views.
    let home_total = home_rate.map(|rate| rate.from_cny(total_cny.amount()));
    let cost_percent =
        |total: Decimal| round_to_minor_unit((total - amount.amount()) * hundred / amount.amount());
    let above = (amount.amount() - fee_free_up_to).max(Decimal::ZERO);
    let cliff_window = fee_free_up_to * Decimal::from(CLIFF_NOTE_WINDOW_PERCENT) / hundred;
    let charged_if_lapsed = amount.amount() + fee_if_lapsed.amount();
    let exact_if_lapsed = charged_if_lapsed * (hundred + markup_percent) / hundred;
    Quote {
        rule_set_id: rules.id,
        amount,
        fee,
        fee_waived,
        waiver,
        small_waiver_unconfirmed,
        fee_if_lapsed,
        charged_if_lapsed: Money::cny(charged_if_lapsed),
        markup_if_lapsed: Money::cny(exact_if_lapsed - charged_if_lapsed),
        total_if_lapsed: Money::cny(exact_if_lapsed),
        home_total_if_lapsed: home_rate
            .map(|rate| rate.from_cny(Money::cny(exact_if_lapsed).amount())),
        past_small_waiver: SMALL_PAYMENTS.unconfirmed_on(context.date),
        fee_past_stated,
        small_waiver_until: SMALL_PAYMENTS
            .ends_in_year_of(context.date)
            .filter(|_| fee_waived),
        charged,
        markup_percent,
        markup,
        total_cny,
        home_rate,
        home_total,
        total_cost_percent: cost_percent(exact_total),
        total_cost_percent_if_lapsed: cost_percent(exact_if_lapsed),
        above_fee_free: Money::cny(above),
        just_above_fee_free: !fee.amount().is_zero() && above <= cliff_window,
    }
}
