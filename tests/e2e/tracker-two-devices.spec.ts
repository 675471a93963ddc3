// One person's payments on a phone and a laptop, kept in step with export
// files. Found when a student moved a flight's date, recorded a refund and
// deleted a payment on her laptop, and "Add the payment missing here" on
// her phone listed the flight twice, brought the deleted payment back and
// left the refund out.
import type { Page } from '@playwright/test';
import { fill } from './catalogue';
import { test, expect } from './fixtures';
import { TrackerPage } from './pages';
import { openWithStorage, storedLedger } from './storage';

/** Taps "Export (JSON)" and returns the file's text. */
async function exportJson(tracker: TrackerPage): Promise<string> {
  const [download] = await Promise.all([tracker.page.waitForEvent('download'), tracker.button('export_json').click()]);
  return Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
}

/** The notes, dates and refunds of the ledger the device keeps. */
async function kept(page: Page) {
  const ledger = await page.evaluate(() => JSON.parse(localStorage.getItem('waika.ledger') ?? '{}').data);
  return (ledger.payments as any[]).map((p) => `${p.date} ${p.note}${p.refunds.length ? ` (refund ${p.refunds[0].amount})` : ''}`);
}

test('a laptop\'s changes come back to the phone one by one, beside the phone\'s own', async ({ page, browser }) => {
  const phone = new TrackerPage(page, 'en');
  await openWithStorage(page, '/en/tracker/', {
    'waika.ledger': storedLedger([
      { id: 0, date: '2026-09-20', amount: '12.5', note: 'canteen', refunds: [] },
      { id: 1, date: '2026-10-01', amount: '4500', note: 'rent', refunds: [] },
      { id: 2, date: '2026-10-03', amount: '6800', note: 'flight', refunds: [] },
      { id: 3, date: '2026-11-11', amount: '201', note: 'taobao', refunds: [] },
    ]),
  });
  await expect(phone.payments.first()).toBeAttached();
  const fromPhone = JSON.parse(await exportJson(phone));
  expect(fromPhone.export_id, 'the export is named').toBeTruthy();

  // The laptop takes the file whole and names it in its own exports.
  const laptopContext = await browser.newContext({ locale: 'en-US' });
  const laptop = new TrackerPage(await laptopContext.newPage(), 'en');
  await laptop.page.goto(`${new URL(page.url()).origin}/en/tracker/`);
  await laptop.started();
  await laptop.import('phone.json', JSON.stringify(fromPhone));
  await laptop.button('import_add').click();
  await expect(laptop.dataStatus).toBeVisible();
  const fromLaptop = JSON.parse(await exportJson(laptop));
  expect(fromLaptop.based_on).toBe(fromPhone.export_id);
  await laptopContext.close();

  // What the laptop did there: the flight a day later, a refund, a
  // deletion.
  const payments = fromLaptop.data.payments;
  payments.find((p: any) => p.note === 'flight').date = '2026-10-04';
  payments.find((p: any) => p.note === 'taobao').refunds.push({ id: 4, date: '2026-11-18', amount: '50' });
  fromLaptop.data.payments = payments.filter((p: any) => p.note !== 'canteen');
  fromLaptop.data.next_id = 5;

  // Meanwhile the phone took a taxi.
  await phone.add('2026-11-20', '31', 'didi');
  await expect(phone.addStatus).toBeVisible();
  await phone.import('laptop.json', JSON.stringify(fromLaptop));
  const t = phone.t.tracker;
  await expect(phone.confirm).toContainText(fill(t.import_based_on, { added: '0', changed: '2', removed: '1' }));
  const bringIn = phone.button('import_bring_in');
  await expect(bringIn).toHaveClass(/primary/);
  // Bring in, Replace, Cancel: no adding by what payments look like.
  await expect(phone.confirm.getByRole('button')).toHaveCount(3);
  await bringIn.click();
  await expect(phone.dataStatus).toContainText(fill(t.brought_in, { added: '0', changed: '2', removed: '1' }));
  await expect.poll(() => kept(page)).toEqual([
    '2026-10-01 rent',
    '2026-10-04 flight',
    '2026-11-11 taobao (refund 50)',
    '2026-11-20 didi',
  ]);
  await expect(phone.backups).toHaveCount(1);

  // The same file again brings nothing: the phone's next export is based
  // on it, and the file is not based on the phone's latest.
  await page.reload();
  await phone.started();
  const again = JSON.parse(await exportJson(phone));
  expect(again.based_on).toBe(fromLaptop.export_id);
});
