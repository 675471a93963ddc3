//! The spending tracker.
waika::bundle!(waika::ui::bundles::Tracker);
