// The app comes in bundles (see Bundle in src/route.rs): a view's address
// downloads the bundle that draws it, and moving to a view of another
// bundle swaps bundles without losing the user's place or language.
import { test, expect } from './fixtures';

const APP_NAME = 'Weixin Pay with a foreign card';
const BUNDLE_FILE = /\/(start|guide|fees|eligibility|tracker)-[0-9a-f]+_bg\.wasm$/;

// Which bundle each address loads when the app is opened there.
const ENTRIES = [
  { address: '/#/', bundle: 'start', heading: 'Pay with Weixin Pay using your own card' },
  { address: '/#/cashier', bundle: 'guide', heading: 'Show this at the counter' },
  { address: '/#/guide/all', bundle: 'guide', heading: 'The guide' },
  { address: '/#/help', bundle: 'guide', heading: 'Problems and solutions' },
  { address: '/#/fees', bundle: 'fees', heading: 'Fee calculator' },
  { address: '/#/eligibility', bundle: 'eligibility', heading: 'Can I use my card?' },
  { address: '/#/tracker', bundle: 'tracker', heading: 'Spending tracker' },
  { address: '/#/no-such-page', bundle: 'start', heading: 'Page not found' },
];

test.describe('bundles', () => {
  test.use({ locale: 'en-US' });

  for (const entry of ENTRIES) {
    test(`opening ${entry.address} downloads the ${entry.bundle} bundle only`, async ({ page }) => {
      const bundles: string[] = [];
      page.on('request', (request) => {
        const match = BUNDLE_FILE.exec(new URL(request.url()).pathname);
        if (match) bundles.push(match[1]);
      });
      await page.goto(entry.address);
      await expect(page.getByRole('heading', { level: 1 }), entry.address).toHaveText(entry.heading);
      expect(bundles, entry.address).toEqual([entry.bundle]);
      // The tab says which view it shows (the start page: the app's name).
      await expect(page, entry.address).toHaveTitle(entry.address === '/#/' ? APP_NAME : `${entry.heading} · ${APP_NAME}`);
    });
  }

  test('moving between bundles keeps the language, moves focus, and the back button works', async ({ page }) => {
    await page.goto('/#/');
    await page.getByRole('button', { name: 'Norsk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Betal i Weixin Pay med ditt eget kort');

    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Gebyrer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebyrkalkulator');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.locator('#main')).toBeFocused();
    await expect(page).toHaveTitle(/^Gebyrkalkulator · /);
    // The new view works, not only shows.
    await page.getByLabel('Beløp i yuan (CNY)').fill('201');
    await expect(page.locator('.result')).toContainText('6,03');

    await nav.getByRole('link', { name: 'Utgifter' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utgiftsoversikt');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebyrkalkulator');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Betal i Weixin Pay med ditt eget kort');
    // Only one copy of the frame is ever on the page.
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('#app')).toHaveCount(1);
  });
});
