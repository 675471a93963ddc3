// The estimate in a home currency the app has no example rate for, and
// rates as people type them: either way round, with the currency's sign,
// or far off the example.
import { fill } from './catalogue';
import { test, expect } from './fixtures';
import { FeesPage, TrackerPage } from './pages';

test.describe('a home currency the app has no example rate for', () => {
  test('the won: picked from more currencies, its rate typed yuan first, counted in whole won, kept for the tracker', async ({ page }) => {
    const fees = new FeesPage(page, 'en');
    const app = fees.t.app;
    await fees.open();
    await fees.amount.fill('1000');
    await fees.homeCurrency.selectOption('KRW');
    // Asked for, not an error: nothing was typed wrong yet (shown red, it
    // read as a mistake before anything was typed).
    await expect(page.locator('#home-rate-note')).toHaveText(fill(app.rate_needed, { code: 'KRW' }));
    await expect(page.locator('#home-rate-error')).toHaveCount(0);
    // As a Korean bank or converter shows it: won for one yuan.
    await fees.homeRate.fill('1 CNY = 190 KRW');
    await expect(page.locator('#home-rate-error')).toHaveCount(0);
    await expect(page.locator('#home-rate-note')).toHaveText(fill(app.rate_inverse, { inverse: '190.00', code: 'KRW' }));
    // Whole won, as the won has no minor unit.
    await expect(fees.quoteTotal).toHaveText(/KRW\u00a0\d{3},\d{3}$/);
    // A rate typed the other way round shows itself so under the field.
    await fees.homeRate.fill('190');
    await expect(page.locator('#home-rate-note')).toHaveText(fill(app.rate_inverse, { inverse: '0.0053', code: 'KRW' }));
    // A won is worth far less than a yuan: the other reading is offered,
    // and no total is made from this one.
    const turned = page.locator('.rate-turned');
    await expect(turned).toContainText(fill(app.rate_turned_whole, { code: 'KRW', rate: '1 CNY = 190 KRW' }));
    await expect(fees.quoteTotal).toHaveText(new RegExp(fill(app.home_needs_rate, { code: 'KRW' })));
    await turned.getByRole('button', { name: app.rate_use, exact: true }).click();
    await expect(fees.homeRate).toHaveValue('1 CNY = 190 KRW');
    await expect(turned).toHaveCount(0);
    // A rate that cannot be read costs the estimate only: the yuan stand.
    await fees.homeRate.fill('abc');
    await expect(page.locator('#home-rate-error')).toHaveText(fill(app.rate_unreadable, { code: 'KRW' }));
    await expect(fees.quote).toContainText('¥30.00');
    await expect(fees.quoteTotal).toHaveText(new RegExp(fill(app.home_needs_rate, { code: 'KRW' })));
    // The dong as it is quoted, units for one yuan: no currency is worth
    // a thousand yuan, so the number is read that way round.
    await fees.homeCurrency.selectOption('VND');
    await fees.homeRate.fill('3700');
    await expect(page.locator('#home-rate-note')).toHaveText(fill(app.rate_inverse, { inverse: '3,700.00', code: 'VND' }));
    await expect(fees.quoteTotal).toHaveText(/VND\u00a0\d,\d{3},\d{3}$/);
    // The naira as a Nigerian bank shows it, 205 for one yuan: rent of
    // ¥2,300 read as about 12 naira before; now the other reading is
    // offered and no naira total is shown until it is taken.
    // Without an example rate the app cannot tell naira for one yuan from
    // yuan for 100 naira: it asks, with both readings.
    const impossible = page.locator('.rate-impossible');
    await fees.homeCurrency.selectOption('NGN');
    await fees.homeRate.fill('205');
    await expect(impossible).toContainText(fill(app.rate_impossible, { typed: '205', code: 'NGN' }));
    await expect(fees.quoteTotal).toHaveText(new RegExp(fill(app.home_needs_rate, { code: 'NGN' })));
    await impossible.getByRole('button', { name: '1 CNY = 205 NGN', exact: true }).click();
    await expect(fees.homeRate).toHaveValue('1 CNY = 205 NGN');
    await expect(impossible).toHaveCount(0);
    await expect(fees.quoteTotal).toHaveText(/NGN\u00a0\d{3},\d{3}\.\d{2}$/);
    // A Chinese bank's board: yuan for 100 Singapore dollars.
    await fees.homeCurrency.selectOption('SGD');
    await fees.homeRate.fill('542');
    await impossible.getByRole('button', { name: '100 SGD = 542 CNY', exact: true }).click();
    await expect(fees.quoteTotal).toHaveText(/SGD\u00a0\d{3}\.\d{2}$/);
    // A won is worth far less than a yuan, even below the largest rate.
    await fees.homeCurrency.selectOption('KRW');
    await fees.homeRate.fill('21');
    await expect(turned).toContainText(fill(app.rate_turned_whole, { code: 'KRW', rate: '1 CNY = 21 KRW' }));
    await fees.homeRate.fill('0.0053');

    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2026-12-02', '1000', 'hotel');
    await expect(tracker.periods.first()).toContainText(/KRW\u00a0\d{3},\d{3}(?![.\d])/);
    await page.reload();
    await fees.open();
    await expect(fees.homeCurrency).toHaveValue('KRW');
    await expect(fees.homeRate).toHaveValue('0.0053');
  });

  // Found when a Malaysian typed "0.61" (RM0.61 for a yuan) and read a
  // deposit of ¥680 as RM1,183, and when "RM0.61" and "1,45 kr" were refused.
  test('a plain number offers its other reading, a rate written with the home currency is read as its units for a yuan, and a rate far off the example is questioned', async ({ page }) => {
    const fees = new FeesPage(page, 'en');
    const app = fees.t.app;
    await fees.open();
    await fees.amount.fill('680');
    await fees.homeCurrency.selectOption('MYR');
    await fees.homeRate.fill('0.61');
    const otherWay = page.locator('.rate-other-way');
    await expect(otherWay).toContainText(fill(app.rate_other_way, { typed: '0.61', code: 'MYR' }));
    await otherWay.getByRole('button', { name: app.rate_use, exact: true }).click();
    await expect(fees.homeRate).toHaveValue('1 CNY = 0.61 MYR');
    await expect(otherWay).toHaveCount(0);
    const myr = (await fees.quoteTotal.textContent())!;
    // The rate the estimate used, to four decimals, not ten.
    await expect(fees.quoteNotes).toContainText(fill(app.home_estimate_note, { code: 'MYR', rate: '1.6393', other_way: '' }));
    for (const typed of ['RM0.61', '0.61 MYR', '100 CNY = 61 MYR']) {
      await fees.homeRate.fill(typed);
      await expect(page.locator('#home-rate-error'), typed).toHaveCount(0);
      await expect(fees.quoteTotal, typed).toHaveText(myr);
      await expect(otherWay, typed).toHaveCount(0);
    }
    // The Hong Kong dollar has an example rate (0.91): 7.8, its rate to
    // the US dollar, is questioned though no reading of it comes near.
    await fees.homeCurrency.selectOption('HKD');
    await fees.homeRate.fill('7.8');
    await expect(page.locator('.rate-far')).toContainText(fill(app.rate_far, { example: '0.91', code: 'HKD', date: '2025-11' }));
    await fees.homeRate.fill('0.92');
    await expect(page.locator('.rate-far')).toHaveCount(0);
  });
});

// Found when an Indian engineer typed 11.8 (her bank's rupees for a yuan)
// into "1 INR = how many yuan?" and the headline said ¥1,326.13 ≈ INR
// 112.38, with the other reading three screens down by the field.
test.describe('a plain rate for a currency without an example', () => {
  test.use({ locale: 'en-IN', viewport: { width: 390, height: 844 } });

  test('gives the total of its other reading under the headline, with one tap to use it', async ({ page }) => {
    const fees = new FeesPage(page, 'en');
    const app = fees.t.app;
    await fees.open();
    await expect(fees.homeCurrency).toHaveValue('INR');
    // No US card's 3 % guessed for her: her card's markup is asked for,
    // and left out of the total until she types it.
    await expect(fees.card).toHaveValue('custom');
    await expect(fees.markup).toHaveValue('');
    await fees.amount.fill('1250');
    await expect(fees.quoteLine).toContainText(app.markup_not_counted);
    await fees.homeRate.fill('11.8');
    await fees.amount.focus();
    const eitherWay = page.locator('.rate-either-way');
    await expect(eitherWay).toContainText(fill(app.rate_other_way_short, { typed: '11.8', code: 'INR', home: 'INR\u00a015,192.50' }));
    await expect(eitherWay).toBeInViewport();
    await eitherWay.getByRole('button', { name: app.rate_use, exact: true }).click();
    await expect(fees.homeRate).toHaveValue('1 CNY = 11.8 INR');
    await expect(eitherWay).toHaveCount(0);
    await expect(fees.quoteTotal).toContainText('INR\u00a015,192.50');
    // Said back as her bank writes it too.
    await expect(fees.quoteNotes).toContainText(fill(app.yuan_in_units, { rate: '11.80', code: 'INR' }));
  });
});

// Found when a Nigerian student's tracker said "home currency: —" while
// the Fees page had already picked the naira from his phone's region.
test.describe('a home currency picked from the region, with no rate yet', () => {
  test.use({ locale: 'en-NG' });

  test('the tracker names it and says it has no rate yet', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.appLoaded();
    await expect(tracker.settingsLine).toContainText(fill(tracker.t.tracker.home_without_rate, { code: 'NGN' }));
  });
});
