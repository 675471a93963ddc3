// The tracker keeps what people typed and saved, and reads amounts and
// dates as they meant them, in all three languages.
import type { Page } from '@playwright/test';
import { escapeRegExp, fill, lists, plural } from './catalogue';
import { test, expect, folderOf } from './fixtures';
import { TrackerPage } from './pages';

const NBSP = '\u00a0';
const TODAY = new Date('2026-11-23T12:00:00+08:00');

// What is typed in each language, and how the app must read it back.
const LANGS = [
  { locale: 'en-US', ambiguous: '12.345', otherReading: '¥12,345.00', latest: '24 November 2026' },
  { locale: 'nb-NO', ambiguous: '1,234', otherReading: `¥${NBSP}1${NBSP}234,00`, latest: '24. november 2026' },
  { locale: 'zh-CN', ambiguous: '12.345', otherReading: '¥12,345.00', latest: '2026年11月24日' },
] as const;

/** Opens the tracker in `locale`'s language, on TODAY, once its form is there. */
async function openTracker(page: Page, locale: string) {
  const tracker = new TrackerPage(page, folderOf(locale));
  await page.clock.setFixedTime(TODAY);
  await tracker.open();
  await tracker.amount.waitFor();
  return tracker;
}

function storedLedger(payments: { date: string; amount: string; note: string }[]) {
  return JSON.stringify({
    version: 1,
    data: {
      next_id: payments.length,
      payments: payments.map((payment, id) => ({ id, ...payment, refunds: [] })),
    },
  });
}

for (const lang of LANGS) {
  test.describe(`tracker keeps data in ${lang.locale}`, () => {
    test.use({ locale: lang.locale });

    test('stored data that fails a check is backed up, offered, and the rest loads', async ({ page }) => {
      const tracker = await openTracker(page, lang.locale);
      const raw = storedLedger([
        { date: '2024-06-01', amount: '-1000', note: 'broken' },
        { date: '2024-06-02', amount: '150', note: 'dinner' },
      ]);
      await page.evaluate((raw) => localStorage.setItem('waika.ledger', raw), raw);
      await page.reload();
      const notice = tracker.storedNotice;
      await expect(notice).toContainText(plural(lists(tracker.lang).tracker.stored_set_aside, 1));
      await expect(tracker.payments).toHaveCount(1);
      expect(await page.evaluate(() => localStorage.getItem('waika.ledger.backup'))).toBe(raw);
      // A change later, the backup is still kept and offered.
      await tracker.add('2024-06-03', '10', 'later');
      await page.reload();
      await expect(tracker.button('export_backup', notice)).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tracker.button('export_backup', notice).click(),
      ]);
      const exported = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
      expect(exported).toBe(raw);
    });

    test('a full storage says "not saved" next to the payment', async ({ page }) => {
      await page.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key === 'waika.ledger') throw new DOMException('full', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      });
      const tracker = await openTracker(page, lang.locale);
      await tracker.add('2024-06-01', '88', 'tea');
      await expect(tracker.notSaved).toHaveText(new RegExp(`^${escapeRegExp(tracker.t.tracker.not_saved_full)}`));
      await expect(tracker.payments).toHaveCount(1);
    });

    test('an ambiguous amount shows how it was read and offers the other reading', async ({ page }) => {
      const tracker = await openTracker(page, lang.locale);
      const app = tracker.t.app;
      await tracker.amount.fill(lang.ambiguous);
      await expect(tracker.amountError).toHaveText(fill(app.error_too_many_decimals, { max: 2 }));
      await page.getByRole('button', { name: fill(app.amount_other_reading, { amount: lang.otherReading }) }).click();
      await expect(tracker.amountNote).toHaveText(fill(app.amount_read_as, { amount: lang.otherReading }));
      await tracker.addButton.click();
      await expect(tracker.payments).toHaveCount(1);
    });

    test('a date far in the future is refused with the reason', async ({ page }) => {
      const tracker = await openTracker(page, lang.locale);
      await tracker.add('9999-12-31', '100');
      await expect(tracker.dateError).toHaveText(fill(tracker.t.tracker.date_in_future, { latest: lang.latest }));
      await expect(tracker.payments).toHaveCount(0);
    });

    test('a payment added while an import waits for its yes is kept in the backup', async ({ page }) => {
      const tracker = await openTracker(page, lang.locale);
      await tracker.add('2024-06-01', '100', 'first');
      const file = JSON.stringify({ app: 'waika', kind: 'ledger', version: 1, exported: '2024-07-02', data: { next_id: 1, payments: [{ id: 0, date: '2024-07-01', amount: '7', note: 'imported', refunds: [] }] } });
      await tracker.import('file.json', file);
      await expect(tracker.confirm).toBeVisible();
      // The question takes the focus: the next Tab reaches its choices, not
      // "Delete all payments" above it (found by a keyboard user).
      await expect(page.locator('#confirm-text')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(tracker.confirm.locator(':focus')).toHaveCount(1);
      await tracker.add('2024-06-02', '200', 'meanwhile');
      await expect(tracker.payments).toHaveCount(2);
      await tracker.button('import_replace').click();
      await expect(tracker.payments).toHaveCount(1);
      const backups = tracker.backups.filter({ hasText: tracker.t.tracker.backup_replaced });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tracker.button('export_backup', backups).click(),
      ]);
      const kept = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
      expect(kept.data.payments.map((p) => p.note)).toEqual(['first', 'meanwhile']);
    });
  });
}

test.describe('a long ledger', () => {
  test.use({ locale: 'en-US' });

  test('5,000 payments stay responsive while typing', async ({ page }) => {
    const tracker = await openTracker(page, 'en-US');
    const payments = [];
    for (let i = 0; i < 5000; i++) {
      const day = new Date(Date.UTC(2023, 7, 1) + Math.floor(i / 5) * 86_400_000).toISOString().slice(0, 10);
      payments.push({ date: day, amount: String(10 + (i % 300)), note: `payment ${i}` });
    }
    await page.evaluate((raw) => localStorage.setItem('waika.ledger', raw), storedLedger(payments));
    await page.reload();
    await expect(tracker.payments.first()).toBeVisible();
    await page.evaluate(() => {
      (window as any).__latencies = [];
      let started = 0;
      document.addEventListener('input', () => { started = performance.now(); }, true);
      new MutationObserver(() => {
        if (!started) return;
        (window as any).__latencies.push(performance.now() - started);
        started = 0;
      }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
    });
    // Typed one key at a time, 20 ms apart, as a person types.
    await tracker.amount.pressSequentially('1234567,89', { delay: 20 });
    const latencies: number[] = await page.evaluate(() => (window as any).__latencies);
    expect(latencies.length, 'every keystroke changed the page').toBeGreaterThanOrEqual(8);
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)], `median of ${JSON.stringify(latencies)}`).toBeLessThan(16);
  });
});
