//! The guide, the troubleshooter, "before you go" and the cashier card.
waika::bundle!(waika::ui::bundles::Guide);
