import AxeBuilder from '@axe-core/playwright';
import { test, expect, folderOf } from './fixtures';

async function addPayment(page, date: string, amount: string, note = '') {
  await page.locator('#payment-date').fill(date);
  await page.locator('#payment-amount').fill(amount);
  await page.locator('#payment-note').fill(note);
  await page.getByRole('button', { name: 'Add payment' }).click();
}

test.describe('spending tracker', () => {
  test.use({ locale: 'en-US' });

  test('payments survive a reload, with refunds, fees and limits', async ({ page }) => {
    await page.goto('/en/tracker/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spending tracker');
    await addPayment(page, '2024-06-01', '1 000', 'hotel');
    await addPayment(page, '2024-06-02', '¥150', 'dinner');
    await expect(page.locator('.payment')).toHaveCount(2);
    await expect(page.locator('.status-line')).toContainText('Added ¥150.00 on 2024-06-02');
    await page.reload();
    await expect(page.locator('.payment')).toHaveCount(2);
    const hotel = page.locator('.payment', { hasText: 'hotel' });
    await expect(hotel).toContainText('Fee: ¥30.00');

    // Half refunded: half the fee comes back.
    await hotel.getByRole('button', { name: 'Refund', exact: true }).click();
    await hotel.getByLabel('Refunded amount in yuan').fill('500');
    await hotel.getByRole('button', { name: 'Record refund' }).click();
    await expect(hotel).toContainText('Refunded ¥500.00');
    await expect(hotel).toContainText('Fee given back: ¥15.00');
    await expect(page.locator('.period-totals').first()).toContainText('¥1,150.00');

    // A refund larger than what is left is refused with the reason.
    await hotel.getByRole('button', { name: 'Refund', exact: true }).click();
    // Checked as it is typed, before anything is recorded.
    await hotel.getByLabel('Refunded amount in yuan').fill('600');
    await expect(hotel.locator('.field-error')).toContainText('At most ¥500.00 can be refunded.');
    await hotel.getByRole('button', { name: 'Record refund' }).click();
    await expect(hotel.locator('.refunds li')).toHaveCount(2);

    // Limits: the 2024-04 monthly limit is not published.
    await expect(page.locator('.limit-bars')).toContainText('Not published in rule set 2024-04');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('delete can be undone, and a payment over the limit is warned about first', async ({ page }) => {
    await page.goto('/en/tracker/');
    await addPayment(page, '2024-06-01', '88');
    await page.locator('.payment').getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('.payment')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.payment')).toHaveCount(1);
    await page.locator('#payment-amount').fill('35500.01');
    await expect(page.locator('.limit-warnings')).toContainText('Over the single payment limit of ¥35,500.00 by ¥0.01');
    await page.locator('#payment-amount').fill('abc');
    await expect(page.locator('#payment-amount-error')).toContainText('not a number');
  });

  test('corrupted storage is kept as a backup and the user is told', async ({ page }) => {
    await page.goto('/en/tracker/');
    await page.locator('#payment-amount').waitFor();
    await page.evaluate(() => localStorage.setItem('waika.ledger', '{"version":99,"data":"from the future"}'));
    await page.reload();
    await expect(page.locator('.stored-notice')).toContainText('come from a newer version of the app (format 99)');
    await expect(page.locator('.stored-notice').getByRole('button', { name: 'Export the backup' })).toBeVisible();
    const backup = await page.evaluate(() => localStorage.getItem('waika.ledger.backup'));
    expect(backup).toBe('{"version":99,"data":"from the future"}');
  });

  test('an import shows what it leaves out; nothing changes until confirmed', async ({ page }) => {
    await page.goto('/en/tracker/');
    await addPayment(page, '2024-06-01', '120', 'kept');
    const input = page.locator('#import-file');
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"waika","kind":"ledger","version":1,"exported":"2024-06-02","data":{"next_id":1,"payments":[{"id":0,"date":"2024-06-01","amount":"-5","note":"","refunds":[]}]}}') });
    await expect(page.locator('.panel .status-line')).toContainText('The one payment in this file cannot be used as it is. Nothing was imported; the file is unchanged.');
    await input.setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"waika","kind":"ledger","version":1,"exported":"2024-06-02","data":{"next_id":2,"payments":[{"id":0,"date":"2024-06-01","amount":"1.005","note":"","refunds":[]},{"id":1,"date":"2024-06-02","amount":"30","note":"","refunds":[]}]}}') });
    await expect(page.locator('.confirm')).toContainText('The file holds 1 payment.');
    await expect(page.locator('.confirm')).toContainText('1 payment in the file cannot be used as it is');
    await expect(page.locator('.confirm .set-aside')).toContainText('2024-06-01 · ¥1.005 — Use at most 2 decimals.');
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Focus comes back to the panel, not the top of the page.
    await expect(page.locator('#data-title')).toBeFocused();
    await expect(page.locator('.payment')).toHaveCount(1);
    await input.setInputFiles({ name: 'not.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect(page.locator('.panel .status-line')).toContainText('This file is not a JSON export. Nothing was imported.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export (JSON)' }).click(),
    ]);
    const exported = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(exported).toString('utf8');
    expect(JSON.parse(text).data.payments).toHaveLength(1);

    await page.locator('.payment').getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('.payment')).toHaveCount(0);
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.locator('.confirm')).toContainText('The file holds 1 payment. Replace the payments on this device (0) with it?');
    await page.getByRole('button', { name: 'Replace' }).click();
    await expect(page.locator('.payment')).toHaveCount(1);
    await expect(page.locator('.payment')).toContainText('kept');
  });

  test('CSV export starts with a byte order mark and a header in the user\'s language', async ({ page }) => {
    await page.goto('/en/tracker/');
    await addPayment(page, '2024-06-01', '1 234,50', 'train');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Spreadsheet (CSV, commas)' }).click(),
    ]);
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r\n/);
    expect(lines[0]).toBe('"Date","Amount (CNY)","Refunded (CNY)","Fee (CNY)","Fee refunded (CNY)","Markup (CNY)","Total (CNY)","Rule set","Note"');
    expect(lines[1]).toMatch(/^2024-06-01,1234\.50,0\.00,37\.04,0\.00,[0-9]+\.[0-9]{2},[0-9]+\.[0-9]{2},2024-04,"train"$/);
  });

  test('a payment can be edited, and an edit below its refunds is refused', async ({ page }) => {
    await page.goto('/en/tracker/');
    await addPayment(page, '2024-06-01', '300', 'taxi');
    const row = page.locator('.payment');
    await row.getByRole('button', { name: 'Refund', exact: true }).click();
    await row.getByRole('button', { name: 'All of it' }).click();
    await expect(row.getByLabel('Refunded amount in yuan')).toHaveValue('300');
    await row.getByLabel('Refunded amount in yuan').fill('100');
    await row.getByRole('button', { name: 'Record refund' }).click();
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.getByLabel('Amount in yuan').fill('99');
    await expect(row.locator('.field-error')).toContainText('cannot be less than what was refunded (¥100.00)');
    await row.getByLabel('Amount in yuan').fill('250,50');
    await row.getByLabel('Note (optional)').fill('taxi to the airport');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect(row).toContainText('¥250.50');
    await expect(row).toContainText('taxi to the airport');
    await page.reload();
    await expect(page.locator('.payment')).toContainText('taxi to the airport');
  });

  test('clearing everything asks first', async ({ page }) => {
    await page.goto('/en/tracker/');
    await addPayment(page, '2024-06-01', '10');
    await page.getByRole('button', { name: 'Delete all payments' }).click();
    await expect(page.locator('.confirm')).toContainText('Delete the one payment on this device?');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.payment')).toHaveCount(1);
    await page.getByRole('button', { name: 'Delete all payments' }).click();
    await page.getByRole('button', { name: 'Delete all', exact: true }).click();
    await expect(page.locator('.payment')).toHaveCount(0);
  });

  test('the 2025 promotion shows as expired', async ({ page }) => {
    await page.goto('/en/tracker/');
    await expect(page.locator('section', { hasText: 'Fee waivers for new users' })).toContainText('A first card link or first payment after 2025-12-31 no longer qualifies.');
  });
});

for (const lang of [{ locale: 'nb-NO', title: 'Utgiftsoversikt' }, { locale: 'zh-CN', title: '' }]) {
  test.describe(`tracker in ${lang.locale}`, () => {
    test.use({ locale: lang.locale });
    test('no axe violations with a payment and a refund form open', async ({ page }) => {
      await page.goto(`/${folderOf(lang.locale)}/tracker/`);
      await page.locator('#payment-date').fill('2024-06-01');
      await page.locator('#payment-amount').fill('300');
      await page.locator('.add-form button[type="submit"]').click();
      await expect(page.locator('.payment')).toHaveCount(1);
      await page.locator('.payment .payment-actions button').first().click();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations).toEqual([]);
    });
  });
}
