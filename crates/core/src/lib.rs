//! Pure domain logic: no browser, no UI. Everything here compiles and is
//! tested on the host.

pub mod amount;
pub mod date;
pub mod eligibility;
pub mod export;
pub mod fees;
pub mod guide;
pub mod ledger;
pub mod limits;
pub mod money;
pub mod problem_search;
pub mod promotions;
pub mod route;
pub mod rules;
pub mod steps;
pub mod store;
pub mod stored_amount;
pub mod trouble;
pub mod ways;
