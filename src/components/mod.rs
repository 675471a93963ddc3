//! Building blocks shared by the pages.

pub mod amount_field;
pub mod choice_group;
pub mod current_order;
pub mod fee_chart;
pub mod footer;
pub mod fraud_warning;
pub mod header;
pub mod language_switch;
pub mod nav_bar;
pub mod new_user_questions;
pub mod new_user_state;
pub mod problem_search;
pub mod pwa_banner;
pub mod quote_view;
pub mod rule_set_note;
pub mod step_card;
pub mod tap_path;
pub mod text_field;
pub mod waiver_note;
pub mod wrong_claims;
