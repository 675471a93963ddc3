import AxeBuilder from '@axe-core/playwright';
import { before, fill, lists, plural, texts } from './catalogue';
import { test, expect } from './fixtures';
import { TrackerPage } from './pages';
import { openWithStorage, storedLedger, storedPayments, storedSettings } from './storage';

/** The most bytes the stored ledger may take (MAX_LEDGER_BYTES in the core). */
const MAX_LEDGER_BYTES = 2_400_000;

/** A JSON export of the ledger holding `payments`. */
function exportFile(nextId: number, payments: { id: number; date: string; amount: string }[]) {
  return JSON.stringify({
    app: 'waika',
    kind: 'ledger',
    version: 1,
    exported: '2024-06-02',
    data: { next_id: nextId, payments: payments.map((payment) => ({ ...payment, note: '', refunds: [] })) },
  });
}

test.describe('spending tracker', () => {
  test.use({ locale: 'en-US' });

  test('a payment recorded with the language\'s card and currency keeps them in another language', async ({ page }) => {
    // Nothing chosen on the Fees page: the Norwegian pages cost with a
    // Norwegian card in kroner, the English ones with a US card in dollars.
    const norwegian = new TrackerPage(page, 'nb');
    await norwegian.open();
    await norwegian.add('2024-06-01', '1000', 'hotell');
    await expect(norwegian.payment('hotell')).toContainText('kr');
    const english = new TrackerPage(page, 'en');
    await english.open();
    await expect(english.payments).toHaveCount(1);
    await expect(english.payment('hotell')).toContainText('NOK');
    await expect(english.payment('hotell')).not.toContainText('USD');
  });

  test('payments survive a reload, with refunds, fees and limits', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const words = tracker.t.tracker;
    await tracker.open();
    await expect(tracker.heading).toHaveText(words.title);
    await tracker.add('2024-06-01', '1 000', 'hotel');
    await tracker.add('2024-06-02', '¥150', 'dinner');
    await expect(tracker.payments).toHaveCount(2);
    await expect(tracker.addStatus).toContainText(fill(words.added, { amount: '¥150.00', date: '2 June 2024' }));
    // The next payment's own error stands alone, not beside "Added ¥150.00".
    await tracker.amount.fill('abc');
    await expect(tracker.amountError).toContainText(tracker.t.app.error_not_a_number);
    await expect(tracker.addStatus).toHaveCount(0);
    await tracker.amount.fill('');
    await page.reload();
    await expect(tracker.payments).toHaveCount(2);
    const hotel = tracker.payment('hotel');
    await expect(hotel).toContainText(fill(words.row_fee, { amount: '¥30.00' }));

    // Half refunded: half the fee comes back.
    await tracker.button('refund_action', hotel).click();
    await tracker.field(hotel, 'refund_amount_label').fill('500');
    await tracker.button('refund_button', hotel).click();
    await expect(hotel).toContainText(before(fill(words.refunded_label, { amount: '¥500.00' }), 'date'));
    await expect(hotel).toContainText(fill(words.fee_back, { fee: '¥15.00' }));
    await expect(tracker.periods.first()).toContainText('¥1,150.00');
    // Found when a refund read as money spent: it is taken off, with a minus.
    await expect(tracker.periods.first()).toContainText('\u2212¥500.00');
    // The fee's return has a source; the markup's is an assumption, said
    // once (a student read his whole markup as given back).
    await expect(tracker.main.getByText(words.refund_markup_note)).toHaveCount(1);

    // A refund larger than what is left is refused with the reason.
    await tracker.button('refund_action', hotel).click();
    // Checked as it is typed, before anything is recorded.
    await tracker.field(hotel, 'refund_amount_label').fill('600');
    await expect(tracker.rowError(hotel)).toContainText(fill(words.error_refund_too_large, { left: '¥500.00' }));
    await tracker.button('refund_button', hotel).click();
    await expect(tracker.refunds(hotel)).toHaveCount(2);

    // Limits: the 2024-04 monthly limit is not published, nor whether a
    // year is a calendar year (a student's December vanished on 1 January).
    await expect(tracker.limits).toContainText(words.limit_not_published);
    await expect(tracker.main).toContainText(words.limits_year_basis);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('a payment dated tomorrow in China is refunded on its own day', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const words = tracker.t.tracker;
    await tracker.open();
    // Tomorrow in China (UTC+8), the latest day a payment may have.
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
    await tracker.add(tomorrow, '350', 'gifts');
    const gifts = tracker.payment('gifts');
    await tracker.button('refund_action', gifts).click();
    // The refund's date starts at the payment's.
    await tracker.field(gifts, 'refund_amount_label').fill('100');
    await tracker.button('refund_button', gifts).click();
    await expect(gifts).toContainText(before(fill(words.refunded_label, { amount: '¥100.00' }), 'date'));
    await expect(tracker.rowError(gifts)).toHaveCount(0);
  });

  // Found when a mother in Chengdu read "Answer the questions on new-user
  // waivers to see" under a payment, with the questions far below.
  test('a fee the new-user offer may waive links to its questions', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2026-12-02', '286', 'hotpot');
    const link = tracker.payment('hotpot').getByRole('link', { name: tracker.t.app.new_user_go, exact: true });
    // Asked once, by the link, not by a sentence before it as well.
    const waiver = await tracker.payment('hotpot').locator('.payment-waiver').innerText();
    expect(waiver.match(/questions/g), waiver).toHaveLength(1);
    // The total starts its own line where the date starts: pushed right,
    // it looked indented on a phone.
    const left = (selector: string) => tracker.payment('hotpot').locator(selector).evaluate((element) => element.getBoundingClientRect().left);
    expect(await left('.payment-total')).toBe(await left('.payment-date'));
    await link.click();
    await expect(page.locator('#new-user').getByRole('radio').first()).toBeInViewport();
  });

  test('a trip over the turn of a year is totalled as a whole', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const words = tracker.t.tracker;
    await tracker.open();
    await tracker.add('2025-12-30', '120', 'hotel');
    await expect(tracker.periods).toHaveCount(2);
    await tracker.add('2026-01-03', '80', 'taxi');
    const trip = fill(words.all_title, { from: '30 December 2025', to: '3 January 2026' });
    await expect(tracker.periods).toHaveCount(3);
    await expect(tracker.periods.nth(2)).toHaveAccessibleName(trip);
    await expect(tracker.periods.nth(2)).toContainText('¥200.00');
  });

  // Found when the tracker stayed open from 8 to 10 January: the date was
  // refused as "too far ahead" while the payment was saved, and the retry
  // saved it twice.
  test('a tab left open for days checks and saves a new payment against the same day', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-01-08T10:00:00+08:00'));
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await page.clock.setFixedTime(new Date('2027-01-10T10:00:00+08:00'));
    await tracker.add('2027-01-10', '15.80', 'coffee');
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.addStatus).toContainText(fill(tracker.t.tracker.added, { amount: '¥15.80', date: '10 January 2027' }));
    await expect(page.locator('#payment-date-error')).toHaveCount(0);
  });

  test('delete can be undone, and a payment over the limit is warned about first', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2024-06-01', '88');
    await tracker.button('delete_action', tracker.payments).click();
    await expect(tracker.payments).toHaveCount(0);
    // Undo is far above the row on a phone: it takes the focus, in sight.
    await expect(tracker.undo).toBeFocused();
    await expect(tracker.undo).toBeInViewport();
    await tracker.undo.click();
    await expect(tracker.payments).toHaveCount(1);
    // The payment brought back takes the focus from the Undo that went.
    await expect(tracker.payments).toBeFocused();
    await tracker.amount.fill('35500.01');
    await expect(tracker.warnings).toContainText(fill(tracker.t.tracker.warn_single_estimated, { limit: '¥35,500.00', over: '¥0.01' }));
    await tracker.amount.fill('abc');
    await expect(tracker.amountError).toContainText(tracker.t.app.error_not_a_number);
  });

  test('a deletion can still be undone after the next payment is added', async ({ page }) => {
    // A student deleted a payment with one tap, added the next one, and
    // the Undo had gone with it.
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2024-06-01', '100', 'first');
    await tracker.add('2024-06-03', '12.5', 'taxi');
    await tracker.button('delete_action', tracker.payments.filter({ hasText: 'taxi' })).click();
    await expect(tracker.payments).toHaveCount(1);
    await tracker.add('2024-06-02', '5', 'water');
    await expect(tracker.payments).toHaveCount(2);
    await tracker.undo.click();
    await expect(tracker.payments).toHaveCount(3);
    await expect(tracker.undo).toHaveCount(0);
    // Back in date order, and kept after a reload.
    await page.reload();
    await expect(tracker.payments).toHaveCount(3);
    await expect(tracker.payments.nth(0)).toContainText('taxi');
  });

  test('a deletion can still be undone after the page is reloaded', async ({ page }) => {
    // A retiree deleted the wrong payment, reloaded to "make it go back",
    // and the Undo was gone.
    const tracker = new TrackerPage(page, 'nb');
    await tracker.open();
    await tracker.add('2024-06-01', '100', 'hotell');
    await tracker.button('delete_action', tracker.payments).click();
    await expect(tracker.payments).toHaveCount(0);
    await page.reload();
    await expect(tracker.undo).toBeVisible();
    await tracker.undo.click();
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.payments).toContainText('hotell');
    // Used once: a second reload offers nothing to undo.
    await page.reload();
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.undo).toHaveCount(0);
  });

  test('corrupted storage is kept as a backup and the user is told', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.amount.waitFor();
    await page.evaluate(() => localStorage.setItem('waika.ledger', '{"version":99,"data":"from the future"}'));
    await page.reload();
    await expect(tracker.storedNotice).toContainText(fill(tracker.t.tracker.stored_newer, { found: 99 }));
    await expect(tracker.button('export_backup', tracker.storedNotice)).toBeVisible();
    const backup = await page.evaluate(() => localStorage.getItem('waika.ledger.backup'));
    expect(backup).toBe('{"version":99,"data":"from the future"}');
  });

  test('an import shows what it leaves out; nothing changes until confirmed', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const words = tracker.t.tracker;
    const counted = lists('en').tracker;
    await tracker.open();
    await tracker.add('2024-06-01', '120', 'kept');
    await tracker.import('bad.json', exportFile(1, [{ id: 0, date: '2024-06-01', amount: '-5' }]));
    await expect(tracker.dataStatus).toContainText(plural(counted.import_nothing_usable, 1));
    await tracker.import('mixed.json', exportFile(2, [
      { id: 0, date: '2024-06-01', amount: '1.005' },
      { id: 1, date: '2024-06-02', amount: '30' },
    ]));
    await expect(tracker.confirm).toContainText(fill(plural(counted.import_confirm, 1), { current: 1 }));
    // Replacing payments is the one question in red.
    await expect(tracker.confirm).not.toHaveClass(/confirm-calm/);
    await expect(tracker.confirm).toContainText(plural(counted.import_left_out, 1));
    const decimals = fill(tracker.t.app.error_too_many_decimals, { max: 2 });
    await expect(tracker.confirm.getByRole('list')).toContainText(fill(words.set_aside_item, { what: '2024-06-01 · ¥1.005', reason: decimals }));
    await tracker.button('cancel').click();
    // Focus comes back to the panel, not the top of the page.
    await expect(tracker.dataTitle).toBeFocused();
    await expect(tracker.payments).toHaveCount(1);
    await tracker.import('not.json', 'not json');
    await expect(tracker.dataStatus).toContainText(words.import_not_json);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker.button('export_json').click(),
    ]);
    const exported = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(exported).toString('utf8');
    expect(JSON.parse(text).data.payments).toHaveLength(1);
    // The panel says where the file went.
    await expect(tracker.dataStatus).toContainText(fill(plural(counted.exported, 1), { file: download.suggestedFilename() }));

    await tracker.button('delete_action', tracker.payments).click();
    await expect(tracker.payments).toHaveCount(0);
    await tracker.import('good.json', text);
    // Nothing left on the device: the question offers to import, not to
    // replace none, and no empty backup is kept.
    await expect(tracker.confirm).toContainText(plural(counted.import_confirm_new, 1));
    await expect(tracker.confirm).toHaveClass(/confirm-calm/);
    const backupsBefore = await tracker.backups.count();
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.payments).toContainText('kept');
    await expect(tracker.dataStatus).toContainText(plural(counted.import_done_new, 1));
    // Read back from the device once the import is saved.
    await expect.poll(async () => (await storedPayments(page)).length).toBe(1);
    await page.reload();
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.backups).toHaveCount(backupsBefore);
  });

  // Found when a teacher moved her file to a new phone: the payments came,
  // but the costs were in dollars with another card's markup.
  test('an export carries the card and currency to another device, when the user wants them', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await openWithStorage(page, '/en/tracker/', {
      'waika.calculator': storedSettings({ custom_markup: '2.99', last_valid_markup: '2.99', home: 'Gbp' }),
      'waika.ledger': storedLedger([{ id: 0, date: '2024-06-01', amount: '120', note: 'rent', refunds: [] }]),
    });
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.settingsLine).toContainText('GBP');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker.button('export_json').click(),
    ]);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(JSON.parse(JSON.parse(text).settings).data.home).toBe('Gbp');

    // The new phone: nothing stored, the first settings.
    await openWithStorage(page, '/en/tracker/', {});
    await expect(tracker.settingsLine).toContainText('USD');
    await tracker.import('moved.json', text);
    const choice = tracker.confirm.getByRole('checkbox');
    await expect(choice).toBeChecked();
    await expect(tracker.confirm).toContainText(fill(tracker.t.tracker.import_settings, { card: tracker.t.app.card_custom_name, percent: '2.99%', code: 'GBP' }));
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.settingsLine).toContainText('GBP');
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('waika.calculator') ?? '{}').data?.home)).toBe('Gbp');
    // The same settings again: nothing to ask.
    await tracker.import('moved.json', text);
    await expect(tracker.confirm).toBeVisible();
    await expect(tracker.confirm.getByRole('checkbox')).toHaveCount(0);
    await tracker.button('cancel').click();

    // Unticked, the device keeps its own.
    await openWithStorage(page, '/en/tracker/', {});
    await tracker.import('moved.json', text);
    await tracker.confirm.getByRole('checkbox').uncheck();
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.settingsLine).toContainText('USD');
  });

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

  // Found when a researcher imported her laptop's file on her phone: Replace
  // was the only way, and the payment only the phone had went to the backup.
  test('an import says which payments here the file lacks, and can add only the missing ones', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T12:00:00+08:00') });
    const tracker = new TrackerPage(page, 'nb');
    await tracker.open();
    await tracker.add('2026-11-01', '9800', 'husleie');
    await tracker.add('2026-11-02', '23,5', 'telefon');
    const laptop = JSON.stringify({
      app: 'waika',
      kind: 'ledger',
      version: 1,
      exported: '2026-11-03',
      data: {
        next_id: 7,
        payments: [
          { id: 4, date: '2026-11-01', amount: '9800', note: 'husleie', refunds: [] },
          { id: 6, date: '2026-11-03', amount: '42.5', note: 'laptop', refunds: [] },
        ],
      },
    });
    await tracker.import('laptop.json', laptop);
    const counted = lists('nb').tracker;
    await expect(tracker.confirm).toContainText(plural(counted.import_device_only, 1));
    await tracker.confirm.getByRole('button', { name: plural(counted.import_add_missing, 1) }).click();
    await expect(tracker.dataStatus).toContainText(plural(counted.import_added, 1));
    await expect(tracker.payments).toHaveCount(3);
    for (const note of ['husleie', 'telefon', 'laptop']) await expect(tracker.payment(note)).toHaveCount(1);
    await page.reload();
    await expect(tracker.payments).toHaveCount(3);
  });

  // Found when a screen reader read a month's heading as "December 20262 payments".
  test('a period\'s heading reads its name and its count apart', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T12:00:00+08:00') });
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2026-11-05', '35', 'lunch');
    const count = plural(lists('en').tracker.payments_count, 1);
    await expect(tracker.periods.first().getByRole('heading', { level: 3 })).toHaveAccessibleName(new RegExp(`2026, ${count}$`));
  });

  // Found when a keyboard user pressed Enter in the note with "abc" as
  // the amount: the message appeared, but the focus stayed in the note.
  test('an amount that cannot be read takes the focus when Add is pressed', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await page.locator('#payment-amount').fill('abc');
    await page.locator('#payment-note').fill('lunch');
    await page.locator('#payment-note').press('Enter');
    await expect(page.locator('#payment-amount')).toBeFocused();
    await expect(page.locator('#payment-amount')).toHaveAccessibleDescription(/./);
    await expect(page.locator('#payment-note')).toHaveValue('lunch');
  });

  test('a negative amount points to Refund', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.amount.fill('-30');
    await expect(tracker.amountError).toContainText(tracker.t.app.error_negative);
    await expect(tracker.amountError).toContainText(tracker.t.tracker.negative_is_refund);
  });

  // Found when a British traveller chose a card without markup: "3% and 0%
  // make 3%, not 3%".
  test('a card without markup has no sentence on compounding', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const compounding = before(tracker.t.tracker.compound_note, 'free');
    await openWithStorage(page, '/en/tracker/', {
      'waika.calculator': storedSettings({ custom_markup: '0' }),
      'waika.ledger': storedLedger([{ id: 0, date: '2026-06-10', amount: '500', note: 'hotel', refunds: [] }]),
    });
    await expect(tracker.payment('hotel')).toBeVisible();
    await expect(tracker.main).not.toContainText(compounding);
    await openWithStorage(page, '/en/tracker/', {
      'waika.calculator': storedSettings({ custom_markup: '2' }),
      'waika.ledger': storedLedger([{ id: 0, date: '2026-06-10', amount: '500', note: 'hotel', refunds: [] }]),
    });
    await expect(tracker.main).toContainText(compounding);
  });

  // Found when a restored file showed a fee the old phone had waived: the
  // answers to the new-user questions had stayed behind.
  test('an export carries the new-user answers, and the waiver comes with them', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-06-15T12:00:00+08:00'));
    const tracker = new TrackerPage(page, 'en');
    const answers = { first_card: true, first_link: '2026-05-30', first_payment: '2026-06-01' };
    await openWithStorage(page, '/en/tracker/', {
      'waika.new-user': JSON.stringify({ version: 1, data: answers }),
      'waika.ledger': storedLedger([{ id: 0, date: '2026-06-10', amount: '500', note: 'hotel', refunds: [] }]),
    });
    const hotel = tracker.payment('hotel');
    const waived = fill(tracker.t.tracker.row_fee, { amount: '¥0.00' });
    await expect(hotel).toContainText(waived);
    // The chart marks the payment with the fee its row shows, not the fee
    // before the waiver (a visitor read ¥0.00 in the row, ¥15.00 below).
    await expect(page.locator('.fee-chart figcaption')).toContainText(fill(tracker.t.tracker.chart_marker, { amount: '¥500.00', fee: '¥0.00' }));
    // The note starts a line of its own, never after the offer's badge
    // (wrapped on a phone, that line began with " · hotel").
    await expect(hotel.getByText('hotel', { exact: true })).toBeVisible();
    await expect(hotel.locator('.payment-detail')).not.toContainText('hotel');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker.button('export_json').click(),
    ]);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(JSON.parse(JSON.parse(text).new_user).data.first_payment).toBe('2026-06-01');

    // The new phone: no answers, so the fee shows until they come back.
    await openWithStorage(page, '/en/tracker/', {});
    await tracker.import('moved.json', text);
    await expect(tracker.confirm).toContainText(tracker.t.tracker.import_new_user);
    await expect(tracker.confirm.getByRole('checkbox')).toBeChecked();
    await tracker.button('import_add').click();
    await expect(hotel).toContainText(waived);
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('waika.new-user') ?? '{}').data?.first_payment)).toBe('2026-06-01');
  });

  // Found when a new user was asked for her first payment's day while the
  // tracker already held it.
  test('the first payment recorded is offered as the first payment with the card', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-06-15T12:00:00+08:00'));
    const tracker = new TrackerPage(page, 'en');
    await openWithStorage(page, '/en/tracker/', {
      'waika.new-user': JSON.stringify({ version: 1, data: { first_card: true, first_link: '2026-05-30', first_payment: null } }),
      'waika.ledger': storedLedger([
        { id: 0, date: '2026-06-01', amount: '500', note: 'hotel', refunds: [] },
        { id: 1, date: '2026-06-10', amount: '300', note: 'dinner', refunds: [] },
      ]),
    });
    const offer = page.getByRole('button', { name: fill(tracker.t.app.new_user_use_first_recorded, { date: '1 June 2026' }), exact: true });
    await offer.click();
    await expect(page.locator('#tracker-first-payment')).toHaveValue('2026-06-01');
    await expect(offer).toHaveCount(0);
    await expect(tracker.payment('hotel')).toContainText(fill(tracker.t.tracker.row_fee, { amount: '¥0.00' }));
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('waika.new-user') ?? '{}').data?.first_payment)).toBe('2026-06-01');
  });

  test('CSV export starts with a byte order mark and a header in the user\'s language', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2024-06-01', '1 234,50', 'train');
    const train = tracker.payment('train');
    await tracker.button('refund_action', train).click();
    await tracker.field(train, 'refund_amount_label').fill('34.50');
    await tracker.button('refund_button', train).click();
    await expect(tracker.refunds(train).first()).toContainText('¥34.50');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker.button('export_csv').click(),
    ]);
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r\n/);
    // "Date","Amount (CNY)",…
    // The home currency's column names the currency (US dollars by default in English).
    expect(lines[0]).toBe(lists('en').tracker.csv_header.map((name) => `"${name.replace('{code}', 'USD')}"`).join(','));
    // Each refund with its date, and the total in dollars beside the one in
    // yuan; no total without the small-payment waiver in 2024.
    expect(lines[1]).toMatch(/^2024-06-01,1234\.50,34\.50,"[0-9]{4}-[0-9]{2}-[0-9]{2} 34\.50",37\.04,1\.0[34],[0-9]+\.[0-9]{2},[0-9]+\.[0-9]{2},,[0-9]+\.[0-9]{2},2024-04,"train"$/);
  });

  test('a payment can be edited, and an edit below its refunds is refused', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2024-06-01', '300', 'taxi');
    // The rule set the costs rest on is named: the one of the payment's date.
    await expect(tracker.settingsLine).toContainText('(2024-04)');
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

  test('clearing everything asks first, and keeps a backup that says what it holds', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const counted = lists('en').tracker;
    await tracker.open();
    await tracker.add('2024-06-01', '10');
    await tracker.button('clear_all').click();
    await expect(tracker.confirm).toContainText(plural(lists('en').tracker.clear_confirm, 1));
    await tracker.button('cancel').click();
    await expect(tracker.payments).toHaveCount(1);
    await tracker.button('clear_all').click();
    await tracker.button('clear_yes').click();
    await expect(tracker.payments).toHaveCount(0);
    await expect(tracker.button('clear_all')).toHaveCount(0);
    const holds = fill(plural(counted.backup_holds, 1), { date: '1 June 2024' });
    await expect(tracker.backups).toHaveCount(1);
    await expect(tracker.backups).toContainText(`${tracker.t.tracker.backup_replaced} · ${holds}`);
    await page.reload();
    await expect(tracker.backups).toHaveCount(1);
    await expect(tracker.backups).toContainText(`${tracker.t.tracker.backup_replaced} · ${holds}`);
    // One tap brings them back, through the import's question.
    await tracker.button('backup_restore', tracker.backups).click();
    await expect(tracker.confirm).toContainText(plural(counted.import_confirm_new, 1));
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(1);
  });

  test('the 2025 promotion shows as expired', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await expect(tracker.promotions).toContainText(fill(tracker.t.tracker.promo_expired, { until: '31 December 2025' }));
    // Folded, so it is not read as news beside the offer that runs.
    const ended = tracker.promotions.locator('details.offer-ended');
    await expect(ended.locator('summary')).toHaveText(fill(tracker.t.tracker.promo_ended_summary, { id: '2025', until: '31 December 2025' }));
    await expect(ended).not.toHaveAttribute('open', '');
  });
});

for (const lang of ['nb', 'zh'] as const) {
  test.describe(`tracker in ${lang === 'nb' ? 'nb-NO' : 'zh-CN'}`, () => {
    test.use({ locale: lang === 'nb' ? 'nb-NO' : 'zh-CN' });
    test('no axe violations with a payment and a refund form open', async ({ page }) => {
      const tracker = new TrackerPage(page, lang);
      await tracker.open();
      await tracker.date.fill('2024-06-01');
      await tracker.amount.fill('300');
      await tracker.addButton.click();
      await expect(tracker.payments).toHaveCount(1);
      await tracker.button('refund_action', tracker.payments).click();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations).toEqual([]);
    });
  });
}
