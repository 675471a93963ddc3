// Each payment keeps the card it was recorded with. Found when a traveller
// with two cards chose another on the Fees page and a taxi he had paid days
// before went from ≈ 450,21 kr to 441,43 kr.
import { fill } from './catalogue';
import { test, expect } from './fixtures';
import { FeesPage, TrackerPage } from './pages';

test.describe('a payment\'s card', () => {
  test.use({ locale: 'nb-NO' });

  test('stays when another card is chosen, is named on its row, and changes with one tap', async ({ page }) => {
    const tracker = new TrackerPage(page, 'nb');
    const words = tracker.t.tracker;
    await tracker.open();
    // The Norwegian page starts from DNB's card (1,99 %).
    await expect(tracker.settingsLine).toContainText('DNB');
    await tracker.add('2026-11-20', '300', 'taxi');
    const taxi = tracker.payment('taxi');
    const total = taxi.locator('.payment-total');
    await expect(total).toContainText('¥\u00a0315,15');
    const before = await total.innerText();

    const fees = new FeesPage(page, 'nb');
    await fees.open();
    await fees.card.selectOption('travel-0');
    await tracker.open();
    await tracker.add('2026-11-21', '60', 'frukt');
    // The taxi is still costed with DNB's card, and says so; the fruit,
    // added after the change, with the card chosen now.
    await expect(tracker.payment('taxi').locator('.payment-total')).toHaveText(before);
    const recorded = fill(words.row_card_markup, { percent: '1,99\u00a0%' });
    const useNow = fill(words.row_card_use_now, { percent: '0\u00a0%' });
    await expect(tracker.payment('taxi')).toContainText(recorded);
    await expect(tracker.payment('frukt')).not.toContainText(recorded);
    await expect(tracker.payment('frukt').locator('.payment-total')).toContainText('¥\u00a060,00');
    // The month's totals name no single card's markup for the two.
    // Found when a student's summary said "markup (0%) ¥139.05".
    const month = tracker.periods.first();
    await expect(month).toContainText(words.row_markup_each_card);
    await expect(month).not.toContainText(fill(words.row_markup, { percent: '0\u00a0%' }));

    await tracker.payment('taxi').getByRole('button', { name: useNow, exact: true }).click();
    await expect(tracker.payment('taxi').locator('.payment-total')).toContainText('¥\u00a0309,00');
    await expect(tracker.payment('taxi')).not.toContainText(recorded);
    await page.reload();
    await expect(tracker.payment('taxi').locator('.payment-total')).toContainText('¥\u00a0309,00');
  });
});

// Found when a traveller typed "hdfc 4386 2800 1234 5678 cvv 123" as a
// note: it was kept, and went into the CSV for her expense report.
test.describe('a note with a card\'s number', () => {
  for (const [folder, locale] of [['en', 'en-IN'], ['nb', 'nb-NO'], ['zh', 'zh-CN']] as const) {
    test(`is refused beside the field until it is removed (${locale})`, async ({ page }) => {
      const tracker = new TrackerPage(page, folder);
      await tracker.open();
      await tracker.add('2026-11-20', '30', 'hdfc 4386 2800 1234 5678 cvv 123');
      await expect(page.locator('#payment-note-error')).toHaveText(tracker.t.tracker.error_note_card_details);
      await expect(tracker.note).toBeFocused();
      await expect(tracker.payments).toHaveCount(0);
      await tracker.note.fill('hdfc lunch');
      await tracker.addButton.click();
      await expect(tracker.payments).toHaveCount(1);
      await expect(page.locator('#payment-note-error')).toHaveCount(0);
    });
  }
});
