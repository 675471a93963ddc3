// A stored ledger that cannot be used as it is: put right where it can be,
// its whole payments given back, the original kept as a backup, and an
// export cut in half said to be so.
import { lists, plural } from './catalogue';
import { test, expect } from './fixtures';
import { TrackerPage } from './pages';
import { openWithStorage, storedLedger, storedPayments } from './storage';

/** Noon in China on a day in November 2026. */
const TODAY = new Date('2026-11-23T12:00:00+08:00');

test.describe('stored ledger details', () => {
  test.use({ locale: 'en-US' });

  test('a negative id counter still shows the payments, put right, with a backup', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    const tracker = new TrackerPage(page, 'en');
    const raw = storedLedger(
      [
        { id: 0, date: '2026-11-01', amount: '100', note: 'first', refunds: [] },
        { id: 1, date: '2026-11-02', amount: '200', note: 'second', refunds: [] },
      ],
      -5,
    );
    await openWithStorage(page, '/en/tracker/', { 'waika.ledger': raw });
    await expect(tracker.payments).toHaveCount(2);
    await expect(tracker.payment('first')).toBeVisible();
    await expect(tracker.payment('second')).toBeVisible();
    // "Some saved details could not be used as they were … no payment is missing; the original is kept as a backup."
    await expect(tracker.storedNotice).toContainText(tracker.t.tracker.stored_repaired);
    await expect(tracker.button('export_backup', tracker.storedNotice)).toBeVisible();
    const backups: string[] = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('waika.ledger.backup'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(backups).toContain(raw);

    // A payment added now gets an id of its own.
    await tracker.add('2026-11-03', '300', 'third');
    await expect(tracker.payments).toHaveCount(3);
    await expect.poll(async () => (await storedPayments(page)).length).toBe(3);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('waika.ledger')));
    const ids: number[] = stored.data.payments.map((p) => p.id);
    expect(new Set(ids).size, `ids ${ids}`).toBe(3);
    expect(stored.data.next_id, 'the counter lies above every id').toBeGreaterThan(Math.max(...ids));
    await page.reload();
    await expect(tracker.payments).toHaveCount(3);
  });
});

test.describe('a stored ledger cut off part-way', () => {
  test.use({ locale: 'nb-NO' });

  test('gives back the whole payments before the cut, keeps the original, and its exported backup imports', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    const tracker = new TrackerPage(page, 'nb');
    const counted = lists('nb').tracker;
    const whole = storedLedger(
      [
        { id: 0, date: '2026-11-01', amount: '50', note: 'Lunsj', refunds: [] },
        { id: 1, date: '2026-11-02', amount: '800', note: 'Hotell', refunds: [{ id: 3, date: '2026-11-03', amount: '100' }] },
        { id: 2, date: '2026-11-04', amount: '30', note: 'Taxi', refunds: [] },
      ],
      4,
    );
    // As if storage filled up while the last payment was written.
    const raw = whole.slice(0, whole.indexOf('"Taxi"'));
    await openWithStorage(page, '/nb/tracker/', { 'waika.ledger': raw });
    await expect(tracker.payments).toHaveCount(2);
    await expect(tracker.payment('Lunsj')).toBeVisible();
    await expect(tracker.payment('Hotell')).toBeVisible();
    await expect(tracker.storedNotice).toContainText(plural(counted.stored_cut_off, 2));
    // The original text is kept untouched; exported, it imports what it can.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker.button('export_backup', tracker.storedNotice).click(),
    ]);
    const backup = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(backup).toBe(raw);
    await tracker.button('clear_all').click();
    await tracker.button('clear_yes').click();
    await expect(tracker.payments).toHaveCount(0);
    await tracker.import('backup.json', backup);
    await expect(tracker.confirm).toContainText(tracker.t.tracker.import_cut_off);
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(2);
    await expect(tracker.payment('Hotell')).toContainText('¥\u00a0100');
  });
});

// Found when a student moved to a new phone with an export cut in half:
// "The file holds 4 payments" (it held 9) and his new-user answers stayed
// behind without a word.
test.describe('an export cut in half on the way to a new phone', () => {
  test.use({ locale: 'nb-NO' });

  test('says so first, counts what can be read, and still brings the answers', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    const tracker = new TrackerPage(page, 'nb');
    const counted = lists('nb').tracker;
    const payments = Array.from({ length: 9 }, (_, id) => ({
      id, date: `2026-11-${String(id + 10).padStart(2, '0')}`, amount: `${(id + 1) * 11}`, note: `betaling ${id + 1}`, refunds: [],
    }));
    const answers = { first_card: true, first_link: '2026-09-05', first_payment: '2026-09-06' };
    await openWithStorage(page, '/nb/tracker/', {
      'waika.ledger': storedLedger(payments),
      'waika.new-user': JSON.stringify({ version: 1, data: answers }),
    });
    await expect(tracker.payments).toHaveCount(9);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker.button('export_json').click(),
    ]);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    const half = text.slice(0, Math.floor(text.length / 2));

    await openWithStorage(page, '/nb/tracker/', {});
    await tracker.import('halv.json', half);
    const paragraphs = tracker.confirm.locator('p');
    await expect(paragraphs.first()).toHaveText(tracker.t.tracker.import_cut_off);
    const read = Number((await tracker.confirm.locator('#confirm-text').textContent())?.match(/\d+/)?.[0]);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(9);
    await expect(tracker.confirm).toContainText(plural(counted.import_confirm_new, read));
    await expect(tracker.confirm).toContainText(tracker.t.tracker.import_new_user);
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(read);
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('waika.new-user') ?? '{}').data?.first_payment)).toBe('2026-09-06');
  });
});
