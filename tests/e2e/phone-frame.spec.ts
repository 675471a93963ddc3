// On a 390×844 phone the frame (name, languages, menu) takes at most 15 %
// of the first screen in every language and on every view, and each of
// its controls is at least 44 px tall.
import { test, expect } from './fixtures';

const VIEWS = ['#/', '#/eligibility', '#/guide', '#/help', '#/fees', '#/tracker', '#/before-you-go', '#/cashier'];

for (const locale of ['en-US', 'nb-NO', 'zh-CN']) {
  test.describe(`phone frame in ${locale}`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });

    test('the header and menu take at most 15 % of the screen, with 44 px targets', async ({ page }) => {
      for (const view of VIEWS) {
        await page.goto('about:blank');
        await page.goto(`/${view}`);
        await expect(page.locator('h1'), view).toBeVisible();
        const menu = await page.locator('.nav-bar').boundingBox();
        expect(menu!.y + menu!.height, `${view}: bottom of the frame`).toBeLessThanOrEqual(844 * 0.15);
        const targets = page.locator('.site-header button, .nav-bar a');
        for (const box of await targets.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().height))) {
          expect(box, `${view}: a control of the frame`).toBeGreaterThanOrEqual(44);
        }
        // The current view's link is scrolled into sight in the menu.
        const current = await page.locator('.nav-bar a[aria-current="page"]').boundingBox();
        if (current) {
          expect(current.x, `${view}: current link`).toBeGreaterThanOrEqual(0);
          expect(current.x + current.width, `${view}: current link`).toBeLessThanOrEqual(390);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(390);
      }
    });
  });
}

test.describe('the user\'s place', () => {
  test.use({ locale: 'en-US', viewport: { width: 390, height: 844 } });

  test('Back restores the typed amount, the search and the scroll position, kept in this tab only', async ({ page }) => {
    await page.goto('/#/fees');
    await page.locator('#amount').fill('1 234');
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.waitForTimeout(100);
    // Leaving from where the user is, as a link in the page would.
    // (A click by script: a pointer click would first scroll the menu into view.)
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.nav-bar a[href="en/help/"]')!.click());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Problems and solutions');
    await page.locator('#help-search').fill('SMS');
    await page.goBack();
    await expect(page.locator('#amount')).toHaveValue('1 234');
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBeGreaterThan(350);
    await page.goForward();
    await expect(page.locator('#help-search')).toHaveValue('SMS');
    // Nothing typed went to the device's storage or the address.
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(stored).not.toContain('1 234');
    expect(stored).not.toContain('SMS');
    expect(page.url()).not.toContain('1234');
  });
});
