//! The start page, "before you go" and the cashier card.
waika::bundle!(waika::ui::bundles::Start);
