//! The eligibility checker.
waika::bundle!(waika::ui::bundles::Eligibility);
