//! The tracker records each payment with the markup of the card chosen
//! when it was added, keeps it through a reload, and changes it only when
//! asked.

mod common;
use common::*;

fn add_with(page: &mut Page, amount: &str, markup: Option<&str>) {
    page.act(Action::Add {
        date: date("2026-11-20"),
        amount: dec(amount),
        note: format!("{amount} at {markup:?}"),
        markup: markup.map(dec),
        today: today(),
    });
}

#[test]
fn each_payment_keeps_its_card_through_a_reload_and_changes_it_only_when_asked() {
    let mut page = Page::open(MemoryStore::default());
    // (amount, markup of the card chosen when it was added)
    let rows = [("300", Some("1.99")), ("45", Some("0")), ("88", None)];
    for (amount, markup) in rows {
        add_with(&mut page, amount, markup);
    }
    page.reload();
    let kept: Vec<_> = page
        .state
        .ledger
        .payments
        .iter()
        .map(|p| p.markup)
        .collect();
    let added: Vec<_> = rows.iter().map(|(_, markup)| markup.map(dec)).collect();
    assert_eq!(kept, added, "as added, after a reload");
    let taxi = page.state.ledger.payments[0].id;
    page.act(Action::SetMarkup {
        id: taxi,
        markup: Some(dec("0")),
    });
    assert_eq!(
        page.state.notice.as_ref().map(|n| n.event.clone()),
        Some(Event::Edited)
    );
    page.reload();
    assert_eq!(
        page.state.ledger.payments[0].markup,
        Some(dec("0")),
        "changed when asked, and saved"
    );
    assert_eq!(
        page.state.ledger.payments[1].markup,
        Some(dec("0")),
        "the others as they were"
    );
    assert_eq!(
        page.state.ledger.payments[2].markup, None,
        "the others as they were"
    );
}
