// The tracker keeps what people typed and saved, and reads amounts and
// dates as they meant them, in all three languages.
import { test, expect, folderOf } from './fixtures';

const NBSP = '\u00a0';
const TODAY = new Date('2026-11-23T12:00:00+08:00');

const LANGS = [
  {
    locale: 'en-US',
    add: 'Add payment',
    ambiguous: '12.345',
    ambiguousError: 'Use at most 2 decimals.',
    otherReading: 'Use ¥12,345.00 instead',
    readAs: 'Read as ¥12,345.00',
    future: 'That date is too far ahead. Choose 2026-11-24 or earlier.',
    setAside: '1 saved payment cannot be used as it is',
    notSaved: "Not saved: this device's storage is full.",
    exportBackup: 'Export the backup',
    replace: 'Replace',
    replacedBackup: 'Your payments before an import',
  },
  {
    locale: 'nb-NO',
    add: 'Legg til betaling',
    ambiguous: '1,234',
    ambiguousError: 'Bruk høyst 2 desimaler.',
    otherReading: `Bruk ¥${NBSP}1${NBSP}234,00 i stedet`,
    readAs: `Tolket som ¥${NBSP}1${NBSP}234,00`,
    future: 'Den datoen er for langt fram i tid. Velg 2026-11-24 eller tidligere.',
    setAside: '1 lagret betaling kan ikke brukes slik den er',
    notSaved: 'Ikke lagret: lagringsplassen på denne enheten er full.',
    exportBackup: 'Eksporter sikkerhetskopien',
    replace: 'Erstatt',
    replacedBackup: 'Betalingene dine før en import',
  },
  {
    locale: 'zh-CN',
    add: '添加付款',
    ambiguous: '12.345',
    ambiguousError: '最多只能有 2 位小数。',
    otherReading: '改为 ¥12,345.00',
    readAs: '识别为 ¥12,345.00',
    future: '这个日期太晚了。请选择 2026-11-24 或更早的日期。',
    setAside: '有 1 笔已保存的付款无法按原样使用',
    notSaved: '未保存：本设备的存储空间已满。',
    exportBackup: '导出备份',
    replace: '替换',
    replacedBackup: '导入或“全部删除”之前的付款记录',
  },
] as const;

/** The tracker page, found by its fields and buttons. */
class Tracker {
  constructor(private page, private lang: (typeof LANGS)[number]) {}

  async open() {
    await this.page.clock.setFixedTime(TODAY);
    await this.page.goto(`/${folderOf(this.lang.locale)}/tracker/`);
    await this.page.locator('#payment-amount').waitFor();
  }

  async add(date: string, amount: string, note = '') {
    await this.page.locator('#payment-date').fill(date);
    await this.page.locator('#payment-amount').fill(amount);
    await this.page.locator('#payment-note').fill(note);
    await this.page.getByRole('button', { name: this.lang.add }).click();
  }

  payments() {
    return this.page.locator('.payment');
  }
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
      const tracker = new Tracker(page, lang);
      await tracker.open();
      const raw = storedLedger([
        { date: '2024-06-01', amount: '-1000', note: 'broken' },
        { date: '2024-06-02', amount: '150', note: 'dinner' },
      ]);
      await page.evaluate((raw) => localStorage.setItem('waika.ledger', raw), raw);
      await page.reload();
      const notice = page.locator('.stored-notice');
      await expect(notice).toContainText(lang.setAside);
      await expect(tracker.payments()).toHaveCount(1);
      expect(await page.evaluate(() => localStorage.getItem('waika.ledger.backup'))).toBe(raw);
      // A change later, the backup is still kept and offered.
      await tracker.add('2024-06-03', '10', 'later');
      await page.reload();
      await expect(notice.getByRole('button', { name: lang.exportBackup })).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: lang.exportBackup }).click(),
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
      const tracker = new Tracker(page, lang);
      await tracker.open();
      await tracker.add('2024-06-01', '88', 'tea');
      await expect(page.locator('.add-form + .status-line .status-not-saved')).toHaveText(new RegExp(`^${lang.notSaved.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(tracker.payments()).toHaveCount(1);
    });

    test('an ambiguous amount shows how it was read and offers the other reading', async ({ page }) => {
      const tracker = new Tracker(page, lang);
      await tracker.open();
      await page.locator('#payment-amount').fill(lang.ambiguous);
      await expect(page.locator('#payment-amount-error')).toHaveText(lang.ambiguousError);
      await page.getByRole('button', { name: lang.otherReading }).click();
      await expect(page.locator('#payment-amount-note')).toHaveText(lang.readAs);
      await page.getByRole('button', { name: lang.add }).click();
      await expect(tracker.payments()).toHaveCount(1);
    });

    test('a date far in the future is refused with the reason', async ({ page }) => {
      const tracker = new Tracker(page, lang);
      await tracker.open();
      await tracker.add('9999-12-31', '100');
      await expect(page.locator('#payment-date-error')).toHaveText(lang.future);
      await expect(tracker.payments()).toHaveCount(0);
    });

    test('a payment added while an import waits for its yes is kept in the backup', async ({ page }) => {
      const tracker = new Tracker(page, lang);
      await tracker.open();
      await tracker.add('2024-06-01', '100', 'first');
      const file = JSON.stringify({ app: 'waika', kind: 'ledger', version: 1, exported: '2024-07-02', data: { next_id: 1, payments: [{ id: 0, date: '2024-07-01', amount: '7', note: 'imported', refunds: [] }] } });
      await page.locator('#import-file').setInputFiles({ name: 'file.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await expect(page.locator('.confirm')).toBeVisible();
      await tracker.add('2024-06-02', '200', 'meanwhile');
      await expect(tracker.payments()).toHaveCount(2);
      await page.getByRole('button', { name: lang.replace }).click();
      await expect(tracker.payments()).toHaveCount(1);
      const backups = page.locator('.panel .backups li', { hasText: lang.replacedBackup });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        backups.getByRole('button', { name: lang.exportBackup }).click(),
      ]);
      const kept = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
      expect(kept.data.payments.map((p) => p.note)).toEqual(['first', 'meanwhile']);
    });
  });
}

test.describe('a long ledger', () => {
  test.use({ locale: 'en-US' });

  test('5,000 payments stay responsive while typing', async ({ page }) => {
    const tracker = new Tracker(page, LANGS[0]);
    await tracker.open();
    const payments = [];
    for (let i = 0; i < 5000; i++) {
      const day = new Date(Date.UTC(2023, 7, 1) + Math.floor(i / 5) * 86_400_000).toISOString().slice(0, 10);
      payments.push({ date: day, amount: String(10 + (i % 300)), note: `payment ${i}` });
    }
    await page.evaluate((raw) => localStorage.setItem('waika.ledger', raw), storedLedger(payments));
    await page.reload();
    await expect(page.locator('.payment').first()).toBeVisible();
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
    await page.locator('#payment-amount').focus();
    for (const key of '1234567,89') {
      await page.keyboard.type(key);
      await page.waitForTimeout(20);
    }
    const latencies: number[] = await page.evaluate(() => (window as any).__latencies);
    expect(latencies.length, 'every keystroke changed the page').toBeGreaterThanOrEqual(8);
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)], `median of ${JSON.stringify(latencies)}`).toBeLessThan(16);
  });
});
