// Changing a recorded payment: edits, refunds and their Undo, and what was
// typed but not saved.
import { before, fill, lastClause } from './catalogue';
import { test, expect } from './fixtures';
import { TrackerPage } from './pages';
import { MAX_LEDGER_BYTES, openWithStorage, storedLedger } from './storage';

test.describe('spending tracker edits', () => {
  test.use({ locale: 'en-US' });


  // Found when a student typed a refund as "-30" and was told only that
  // the number cannot be negative.
  // Found when a student removed a refund with one stray keypress and
  // could not get it back.
  test('a refund removed can be put back with Undo', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2026-11-05', '35', 'lunch');
    const lunch = tracker.payment('lunch');
    await tracker.button('refund_action', lunch).click();
    await tracker.field(lunch, 'refund_amount_label').fill('10');
    await tracker.button('refund_button', lunch).click();
    const refunded = before(fill(tracker.t.tracker.refunded_label, { amount: '¥10.00' }), 'date');
    await expect(lunch).toContainText(refunded);
    // A refunded deposit read "¥0.00 ≈ INR 0.00": what a refund does to the
    // rate and the markup is not published, and the row says so.
    await expect(lunch).toContainText(tracker.t.tracker.refund_rate_unknown);
    await tracker.button('delete_refund', lunch).click();
    await expect(lunch.getByRole('status')).toContainText(tracker.t.tracker.refund_removed);
    await expect(lunch).not.toContainText(refunded);
    await tracker.button('undo', lunch).click();
    await expect(lunch).toContainText(refunded);
    await expect(lunch.getByRole('status')).toContainText(fill(tracker.t.tracker.refunded, { amount: '¥10.00' }));
    await page.reload();
    await expect(tracker.payment('lunch')).toContainText(refunded);
  });

  // Found when a student typed a new rent into an edit, then opened
  // another payment's Edit, or the Fees page, and her typing was gone.
  test('an edit not saved comes back after another payment\'s form, another view or a reload', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2026-11-05', '4800', 'rent');
    await tracker.add('2026-11-06', '18', 'lunch');
    const rent = tracker.payment('rent');
    const lunch = tracker.payment('lunch');
    await tracker.button('edit_action', rent).click();
    await tracker.field(rent, 'amount_label').fill('4900');
    await tracker.button('edit_action', lunch).click();
    await expect(tracker.field(rent, 'amount_label')).toHaveCount(0);
    await tracker.button('edit_action', rent).click();
    await expect(tracker.field(rent, 'amount_label')).toHaveValue('4900');
    await expect(rent.getByRole('status')).toHaveText(tracker.t.tracker.draft_back);
    // Another view and back, then a reload: the form is open again.
    await page.getByRole('navigation', { name: tracker.t.app.nav_label }).getByRole('link', { name: tracker.t.app.nav_fees, exact: true }).click();
    await page.getByRole('navigation', { name: tracker.t.app.nav_label }).getByRole('link', { name: tracker.t.app.nav_tracker, exact: true }).click();
    await expect(tracker.field(rent, 'amount_label')).toHaveValue('4900');
    await page.reload();
    await expect(tracker.field(rent, 'amount_label')).toHaveValue('4900');
    // Cancel gives it up: the next Edit starts from the payment.
    await tracker.button('cancel', rent).click();
    await tracker.button('edit_action', rent).click();
    await expect(tracker.field(rent, 'amount_label')).toHaveValue('4800');
    await expect(rent.getByRole('status')).toHaveCount(0);
  });

  // Found when an edit the ledger refused (the tracker was full) was
  // forgotten as if it had been saved: after a reload the form opened
  // again with the payment's old note.
  test('an edit the ledger refuses is kept like one not saved', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T12:00:00+08:00') });
    const tracker = new TrackerPage(page, 'en');
    // A ledger 100 bytes under the size limit: rent in November, the rest in
    // October. Its size is counted as it grows, not written out each time.
    const payments = [{ id: 0, date: '2026-11-05', amount: '4800', note: 'rent', refunds: [] as unknown[] }];
    const filler = (id: number, note: string) => ({ id, date: '2026-10-01', amount: '1', note, refunds: [] });
    const target = MAX_LEDGER_BYTES - 100;
    let size = storedLedger(payments).length;
    for (;;) {
      // The next payment with an empty note, and the comma before it.
      const empty = JSON.stringify(filler(payments.length, '')).length + 1;
      const room = target - size - empty;
      if (room <= 200) {
        payments.push(filler(payments.length, 'x'.repeat(room)));
        break;
      }
      // A note of at most 200 characters each; the one before the last
      // leaves about 100 bytes for it.
      const length = Math.min(200, room - empty - 100);
      payments.push(filler(payments.length, 'x'.repeat(length)));
      size += empty + length;
    }
    // (The counter's digits grow as payments are added: a few bytes more.)
    const stored = storedLedger(payments).length;
    expect(stored, 'about 100 bytes under the limit').toBeGreaterThan(MAX_LEDGER_BYTES - 110);
    expect(stored, 'about 100 bytes under the limit').toBeLessThan(MAX_LEDGER_BYTES - 90);
    await openWithStorage(page, '/en/tracker/', { 'waika.ledger': storedLedger(payments) });
    const rent = tracker.payment('rent');
    await tracker.button('edit_action', rent).click();
    const note = 'rent for November, paid to the landlord by transfer after the card was refused twice at the agency; '.repeat(2).trim();
    await tracker.field(rent, 'note_label').fill(note);
    await tracker.button('save', rent).click();
    await expect(rent.getByRole('alert')).toHaveText(fill(tracker.t.tracker.error_ledger_full, { max: '2.4' }));
    await page.reload();
    await expect(tracker.field(rent, 'note_label')).toHaveValue(note);
    await expect(rent.getByRole('status')).toHaveText(tracker.t.tracker.draft_back);
  });

  test('a payment can be edited, and an edit below its refunds is refused', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2024-06-01', '300', 'taxi');
    // The rule set the costs rest on is named: the one of the payment's date.
    await expect(tracker.settingsLine).toContainText(lastClause(fill(tracker.t.tracker.settings_in_use, { card: '', code: '', ids: '2024-04' })));
    const row = tracker.payments;
    await tracker.button('refund_action', row).click();
    await tracker.button('refund_all', row).click();
    await expect(tracker.field(row, 'refund_amount_label')).toHaveValue('300');
    await tracker.field(row, 'refund_amount_label').fill('100');
    await tracker.button('refund_button', row).click();
    // The row keeps the focus once its button has gone.
    await expect(row).toBeFocused();
    await tracker.button('edit_action', row).click();
    // The form opens on the amount.
    await expect(tracker.field(row, 'amount_label')).toBeFocused();
    await tracker.field(row, 'amount_label').fill('99');
    await expect(tracker.rowError(row)).toContainText(fill(tracker.t.tracker.error_below_refunded, { refunded: '¥100.00' }));
    await tracker.field(row, 'amount_label').fill('250,50');
    await tracker.field(row, 'note_label').fill('taxi to the airport');
    await tracker.button('save', row).click();
    await expect(row).toContainText('¥250.50');
    await expect(row).toBeFocused();
    await expect(row).toContainText('taxi to the airport');
    // Esc over something typed first says it is not saved; the second Esc
    // leaves the form as Cancel does, and the focus is back on Edit.
    await tracker.button('edit_action', row).click();
    await tracker.field(row, 'amount_label').fill('300');
    await page.keyboard.press('Escape');
    await expect(row.getByRole('status')).toHaveText(tracker.t.tracker.escape_unsaved);
    await expect(tracker.field(row, 'amount_label')).toHaveValue('300');
    await expect(tracker.field(row, 'amount_label')).toBeFocused();
    // Typing again asks again.
    await tracker.field(row, 'amount_label').fill('301');
    await expect(row.getByRole('status')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(row.getByRole('status')).toHaveText(tracker.t.tracker.escape_unsaved);
    await page.keyboard.press('Escape');
    await expect(tracker.field(row, 'amount_label')).toHaveCount(0);
    await expect(tracker.button('edit_action', row)).toBeFocused();
    await expect(row).toContainText('¥250.50');
    // With nothing typed one Esc closes; Cancel too gives the focus back.
    await tracker.button('refund_action', row).click();
    await page.keyboard.press('Escape');
    await expect(tracker.field(row, 'refund_amount_label')).toHaveCount(0);
    await expect(tracker.button('refund_action', row)).toBeFocused();
    await tracker.button('edit_action', row).click();
    await tracker.button('cancel', row).click();
    await expect(tracker.button('edit_action', row)).toBeFocused();
    await expect(row).not.toContainText(tracker.t.tracker.refunded_in_full);
    // The rest back: the row says so.
    await tracker.button('refund_action', row).click();
    await tracker.button('refund_all', row).click();
    await tracker.button('refund_button', row).click();
    await expect(row).toContainText(tracker.t.tracker.refunded_in_full);
    // Nothing is left to refund, so there is no Refund to tap.
    await expect(tracker.button('refund_action', row)).toHaveCount(0);
    await page.reload();
    await expect(tracker.payments).toContainText('taxi to the airport');
  });
});
