//! The guide and the troubleshooter.
waika::bundle!(waika::ui::bundles::Guide);
