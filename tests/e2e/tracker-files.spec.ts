// The tracker's files: what an export carries and what an import does
// with what is already on the device.
import { fill, lists, plural } from './catalogue';
import { test, expect } from './fixtures';
import { TrackerPage } from './pages';
import { openWithStorage, storedLedger, storedPayments, storedSettings } from './storage';

/** A JSON export of the ledger holding `payments` (without a note, none). */
function exportFile(nextId: number, payments: { id: number; date: string; amount: string; note?: string }[], exported = '2024-06-02') {
  return JSON.stringify({
    app: 'waika',
    kind: 'ledger',
    version: 1,
    exported,
    data: { next_id: nextId, payments: payments.map((payment) => ({ note: '', ...payment, refunds: [] })) },
  });
}

test.describe('spending tracker files', () => {
  test.use({ locale: 'en-US' });


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

  // Found when a researcher imported her laptop's file on her phone: Replace
  // was the only way, and the payment only the phone had went to the backup.
  test('an import says which payments here the file lacks, and can add only the missing ones', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T12:00:00+08:00') });
    const tracker = new TrackerPage(page, 'nb');
    await tracker.open();
    await tracker.add('2026-11-01', '9800', 'husleie');
    await tracker.add('2026-11-02', '23,5', 'telefon');
    const laptop = exportFile(7, [
      { id: 4, date: '2026-11-01', amount: '9800', note: 'husleie' },
      { id: 6, date: '2026-11-03', amount: '42.5', note: 'laptop' },
    ], '2026-11-03');
    await tracker.import('laptop.json', laptop);
    const counted = lists('nb').tracker;
    await expect(tracker.confirm).toContainText(plural(counted.import_device_only, 1));
    await tracker.confirm.getByRole('button', { name: plural(counted.import_add_missing, 1) }).click();
    await expect(tracker.dataStatus).toContainText(plural(counted.import_added, 1));
    await expect(tracker.payments).toHaveCount(3);
    for (const note of ['husleie', 'telefon', 'laptop']) await expect(tracker.payment(note)).toHaveCount(1);
    await page.reload();
    await expect(tracker.payments).toHaveCount(3);
    // The same file again: a student read "2 payments can be imported" for
    // a file whose payments were all here already.
    await tracker.import('laptop.json', laptop);
    await expect(tracker.confirm).toContainText(plural(counted.import_all_here, 2));
    await tracker.confirm.getByRole('button', { name: tracker.t.tracker.cancel, exact: true }).click();
    await expect(tracker.payments).toHaveCount(3);
  });

  // Found when a Norwegian restored his old phone's export on a new phone:
  // its coffee and the new phone's dinner had the same id and day (each
  // device counts from 0), and adding from the file dropped the coffee.
  test('another phone\'s payment with the same id and day as one here is added, not taken for a version', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-04T12:00:00+08:00') });
    const tracker = new TrackerPage(page, 'nb');
    await tracker.open();
    await tracker.add('2026-12-04', '1 250,50', 'Middag');
    const oldPhone = exportFile(4, [
      { id: 3, date: '2026-12-03', amount: '60', note: 'Frukt' },
      { id: 0, date: '2026-12-04', amount: '88', note: 'Kaffe' },
      { id: 1, date: '2026-12-04', amount: '45', note: 'Lunsj' },
      { id: 2, date: '2026-12-04', amount: '300', note: 'Taxi' },
    ], '2026-12-04');
    await tracker.import('old-phone.json', oldPhone);
    const counted = lists('nb').tracker;
    await tracker.confirm.getByRole('button', { name: plural(counted.import_add_missing, 4) }).click();
    await expect(tracker.dataStatus).toContainText(plural(counted.import_added, 4));
    await expect(tracker.payments).toHaveCount(5);
    for (const note of ['Middag', 'Frukt', 'Kaffe', 'Lunsj', 'Taxi']) await expect(tracker.payment(note)).toHaveCount(1);
  });

  // The same walk: the preview said a payment would be left out as an
  // older version, but not which one.
  test('an export of this device read back names each older version it leaves out', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-04T12:00:00+08:00') });
    const tracker = new TrackerPage(page, 'nb');
    await tracker.open();
    await tracker.add('2026-12-01', '12', 'vann');
    await tracker.add('2026-12-02', '2100', 'sykkel');
    const exported = exportFile(3, [
      { id: 0, date: '2026-12-01', amount: '12', note: 'vann' },
      { id: 1, date: '2026-12-02', amount: '2000', note: 'sykkel' },
      { id: 2, date: '2026-12-03', amount: '30', note: 'te' },
    ], '2026-12-03');
    await tracker.import('export.json', exported);
    const counted = lists('nb').tracker;
    await expect(tracker.confirm).toContainText(plural(counted.import_versions, 1));
    await expect(tracker.confirm).toContainText(fill(tracker.t.tracker.import_version_item, {
      file: '2026-12-02 · ¥\u00a02\u00a0000,00 · sykkel',
      here: '2026-12-02 · ¥\u00a02\u00a0100,00 · sykkel',
    }));
    await tracker.confirm.getByRole('button', { name: plural(counted.import_add_missing, 1) }).click();
    await expect(tracker.payments).toHaveCount(3);
    await expect(tracker.payment('sykkel')).toHaveCount(1);
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
    expect(lines[0]).toBe(lists('en').tracker.csv_header.map((name) => `"${name.replaceAll('{code}', 'USD').replace('{rate}', '7.10').replace('{other_way}', '')}"`).join(','));
    // Each refund with its date, and the total in dollars beside the one in
    // yuan; no total without the small-payment waiver in 2024.
    expect(lines[1]).toMatch(/^2024-06-01,1234\.50,34\.50,"[0-9]{4}-[0-9]{2}-[0-9]{2} 34\.50",37\.04,1\.0[34],[0-9]+\.[0-9]{2},[0-9]+\.[0-9]{2},,[0-9]+\.[0-9]{2},2024-04,"train"$/);
  });
});
