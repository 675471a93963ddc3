//! The start page.
waika::bundle!(waika::ui::bundles::Start);
