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
