//! One ledger kept by several tabs (or an installed app beside a browser
//! tab). Each tab knows the ledger as it last read or wrote it (the base);
//! before it writes, it folds its own changes since then into what is
//! stored now, so a payment added in one tab is never lost in another.

use super::book::{sort_by_date, Ledger, Payment, Refund, MAX_ID};
use std::collections::{HashMap, HashSet};

/// The result of [`merge`]: the ledger to keep, and the ids of this tab's
/// new entries that another tab had used already, with the ids they got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub ledger: Ledger,
    /// (id in `ours`, id in the merged ledger), for entries renumbered.
    pub renumbered: Vec<(u64, u64)>,
}

/// The id an entry has after a merge that renumbered `renumbered`.
pub fn renumbered_id(renumbered: &[(u64, u64)], id: u64) -> u64 {
    renumbered
        .iter()
        .find(|(old, _)| *old == id)
        .map_or(id, |(_, new)| *new)
}

impl Ledger {
    /// Gives this tab's entries the ids a merge gave them.
    pub fn renumber(&mut self, renumbered: &[(u64, u64)]) {
        if renumbered.is_empty() {
            return;
        }
        for payment in &mut self.payments {
            payment.id = renumbered_id(renumbered, payment.id);
            for refund in &mut payment.refunds {
                refund.id = renumbered_id(renumbered, refund.id);
            }
        }
    }
}

/// Folds the changes `ours` made since `base` into `theirs`, what another
/// tab stored since `base` was read. Payments and refunds are matched by
/// id. What either side added is kept; what one side removed goes only if
/// the other did not change it meanwhile; a payment both changed takes each
/// field from the side that changed it. New entries whose id the other tab
/// used already get fresh ids, so ids stay unique and are never reused.
pub fn merge(base: &Ledger, ours: &Ledger, theirs: &Ledger) -> Merged {
    if ours == base {
        return Merged {
            ledger: theirs.clone(),
            renumbered: Vec::new(),
        };
    }
    if theirs == base {
        return Merged {
            ledger: ours.clone(),
            renumbered: Vec::new(),
        };
    }
    let base_by_id = by_id(base);
    let ours_by_id = by_id(ours);
    let mut ids = Ids::new(theirs, base, ours);
    let mut renumbered = Vec::new();

    let mut payments: Vec<Payment> = Vec::new();
    for payment in &theirs.payments {
        let Some(before) = base_by_id.get(&payment.id) else {
            // Added by the other tab.
            payments.push(payment.clone());
            continue;
        };
        match ours_by_id.get(&payment.id) {
            // Removed here; it goes unless the other tab changed it.
            None if payment == *before => {}
            None => payments.push(payment.clone()),
            Some(mine) if mine == before => payments.push(payment.clone()),
            Some(mine) => payments.push(merge_payment(
                before,
                mine,
                payment,
                &mut ids,
                &mut renumbered,
            )),
        }
    }
    let theirs_by_id = by_id(theirs);
    for mine in &ours.payments {
        match theirs_by_id.get(&mine.id) {
            // Merged above.
            Some(_) if base_by_id.contains_key(&mine.id) => continue,
            // The same payment put back in both tabs (an undo in each).
            Some(same) if *same == mine => continue,
            _ => {}
        }
        match base_by_id.get(&mine.id) {
            // Changed here but removed by the other tab: keep the change.
            Some(before) if mine != *before => {
                let mut kept = mine.clone();
                for refund in &mut kept.refunds {
                    if !before.refunds.iter().any(|r| r.id == refund.id) {
                        refund.id = ids.claim(refund.id, &mut renumbered);
                    }
                }
                payments.push(kept);
            }
            // Removed by the other tab, unchanged here.
            Some(_) => {}
            // Added here.
            None => {
                let mut added = mine.clone();
                added.id = ids.claim(mine.id, &mut renumbered);
                for refund in &mut added.refunds {
                    refund.id = ids.claim(refund.id, &mut renumbered);
                }
                payments.push(added);
            }
        }
    }
    // The other tab's order, then this tab's, within a day.
    sort_by_date(&mut payments);
    let first_card_link = if ours.first_card_link != base.first_card_link {
        ours.first_card_link
    } else {
        theirs.first_card_link
    };
    Merged {
        ledger: Ledger {
            next_id: ids.next,
            payments,
            first_card_link,
        },
        renumbered,
    }
}

pub(super) fn by_id(ledger: &Ledger) -> HashMap<u64, &Payment> {
    ledger.payments.iter().map(|p| (p.id, p)).collect()
}

/// A payment changed here and maybe also in the other tab.
fn merge_payment(
    before: &Payment,
    mine: &Payment,
    theirs: &Payment,
    ids: &mut Ids,
    renumbered: &mut Vec<(u64, u64)>,
) -> Payment {
    let mut merged = theirs.clone();
    if mine.date != before.date {
        merged.date = mine.date;
    }
    if mine.amount != before.amount {
        merged.amount = mine.amount;
    }
    if mine.note != before.note {
        merged.note = mine.note.clone();
    }
    if mine.markup != before.markup {
        merged.markup = mine.markup;
    }
    let before_refunds: HashMap<u64, &Refund> = before.refunds.iter().map(|r| (r.id, r)).collect();
    let mine_ids: HashSet<u64> = mine.refunds.iter().map(|r| r.id).collect();
    // Refunds removed here go unless the other tab changed them.
    merged.refunds.retain(|refund| {
        mine_ids.contains(&refund.id) || before_refunds.get(&refund.id) != Some(&refund)
    });
    for refund in &mine.refunds {
        // The same refund on both sides (taken in from a file) is one.
        if !before_refunds.contains_key(&refund.id) && !merged.refunds.contains(refund) {
            let mut added = refund.clone();
            added.id = ids.claim(refund.id, renumbered);
            merged.refunds.push(added);
        }
    }
    merged
}

/// The ids the other tab holds or may have given out (every id below its
/// counter: a payment it added and deleted since had one), those given out
/// here during the merge, and the next free one.
struct Ids {
    taken: HashSet<u64>,
    given_out_there: u64,
    /// Ids below this were given out before this tab's base: an entry
    /// of this tab with one was put back (an undo), not added.
    known_before: u64,
    next: u64,
}

impl Ids {
    fn new(theirs: &Ledger, base: &Ledger, ours: &Ledger) -> Ids {
        let mut taken = HashSet::new();
        for payment in &theirs.payments {
            taken.insert(payment.id);
            taken.extend(payment.refunds.iter().map(|r| r.id));
        }
        let mut next = theirs.next_id;
        for ledger in [theirs, base, ours] {
            next = next.max(ledger.next_id);
            for payment in &ledger.payments {
                let highest = payment
                    .refunds
                    .iter()
                    .map(|r| r.id)
                    .fold(payment.id, u64::max);
                next = next.max(highest.saturating_add(1));
            }
        }
        Ids {
            taken,
            given_out_there: theirs.next_id,
            known_before: base.next_id,
            next,
        }
    }

    /// The id an entry this tab added or put back keeps: its own, unless
    /// the other tab holds it, or (for an entry added here) may have given
    /// it out already; then the next free one.
    fn claim(&mut self, id: u64, renumbered: &mut Vec<(u64, u64)>) -> u64 {
        let put_back = id < self.known_before;
        if (put_back || id >= self.given_out_there) && self.taken.insert(id) {
            return id;
        }
        let fresh = self.next.min(MAX_ID);
        self.next = fresh.saturating_add(1);
        self.taken.insert(fresh);
        renumbered.push((id, fresh));
        fresh
    }
}
