//! The fee calculator.
waika::bundle!(waika::ui::bundles::Fees);
