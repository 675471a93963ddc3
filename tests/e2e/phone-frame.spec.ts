// On a 390×844 phone, in every language and on every view: the frame
// (name, languages, and a menu of two rows with every view in sight)
// takes at most 17 % of the first screen, the
// view's main action is on the first screen with nothing over it, every
// control is at least 44 × 44 px, and no control is covered.
import { test, expect } from './fixtures';

// Each view's path and the control that is its main action.
const VIEWS = [
  { path: '', action: '#home-search' },
  { path: 'eligibility/', action: '.questions fieldset label' },
  { path: 'guide/open-wallet/', action: '.step-nav a[rel="next"]' },
  { path: 'guide/all/', action: '.step-card h2, .step-card h3' },
  { path: 'help/', action: '#help-search' },
  { path: 'fees/', action: '#amount' },
  { path: 'tracker/', action: '.add-form button[type="submit"]' },
  { path: 'before-you-go/', action: '.ways-to-pay h2' },
  { path: 'cashier/', action: '.phrase-zh' },
];
const CONTROLS = 'a[href], button, input, select, summary, textarea';

for (const [folder, locale] of [['en', 'en-US'], ['nb', 'nb-NO'], ['zh', 'zh-CN']]) {
  test.describe(`phone frame in ${locale}`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });

    test('on every view: a compact frame, the main action on the first screen, 44 px targets, nothing covered', async ({ page }) => {
      for (const { path, action } of VIEWS) {
        const view = `/${folder}/${path}`;
        await page.goto(view);
        await page.waitForFunction(() => (window as any).wasmBindings !== undefined);
        await expect(page.locator('h1'), view).toBeVisible();
        const menu = await page.locator('.nav-bar').boundingBox();
        expect(menu!.y + menu!.height, `${view}: bottom of the frame`).toBeLessThanOrEqual(844 * 0.17);
        // Every view's link is in sight: nothing hides off the edge.
        for (const link of await page.locator('.nav-bar a').all()) {
          const box = await link.boundingBox();
          expect(box!.x, `${view}: ${await link.textContent()}`).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width, `${view}: ${await link.textContent()}`).toBeLessThanOrEqual(390);
          expect(box!.y + box!.height, `${view}: ${await link.textContent()}`).toBeLessThanOrEqual(menu!.y + menu!.height);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(390);

        // The main action is on the first screen, and nothing lies over it.
        const main = page.locator(action).first();
        const box = await main.boundingBox();
        expect(box, `${view}: ${action}`).not.toBeNull();
        expect(box!.y, `${view}: top of ${action}`).toBeGreaterThanOrEqual(0);
        expect(box!.y + Math.min(box!.height, 44), `${view}: ${action} on the first screen`).toBeLessThanOrEqual(844);
        expect(await main.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height, 44) / 2);
          return hit !== null && (element.contains(hit) || hit.contains(element) || (element as HTMLElement).closest('label')?.contains(hit) === true);
        }), `${view}: ${action} is not covered`).toBe(true);

        // Every control is at least 44 × 44 px (a box or a radio counts
        // with its label), and no control on the first screen is covered.
        const problems = await page.evaluate((selector) => {
          const found: string[] = [];
          // A bar kept at the bottom of the screen (the guide's Back and
          // Next, the checker's verdict) is the screen's lower edge: what
          // is under it is scrolled up to be used, as below the fold.
          const bars = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => {
            const position = getComputedStyle(element).position;
            const rect = element.getBoundingClientRect();
            return (position === 'sticky' || position === 'fixed') && rect.height > 0 && rect.bottom >= innerHeight - 16 && rect.top > innerHeight / 2;
          });
          const edge = Math.min(innerHeight, ...bars.map((bar) => bar.getBoundingClientRect().top));
          const inBar = (element: Element) => bars.some((bar) => bar.contains(element));
          for (const element of document.querySelectorAll<HTMLElement>(selector)) {
            const own = element.getBoundingClientRect();
            if (own.width === 0 && own.height === 0) continue;
            if (getComputedStyle(element).visibility === 'hidden') continue;
            const input = element as HTMLInputElement;
            const target = (input.type === 'radio' || input.type === 'checkbox') && element.closest('label') ? element.closest('label')! : element;
            const rect = target.getBoundingClientRect();
            const name = `${element.tagName.toLowerCase()} "${(element.textContent || input.value || '').trim().slice(0, 30)}"`;
            if (rect.height < 44 || rect.width < 44) found.push(`${name}: ${Math.round(rect.width)}×${Math.round(rect.height)} px`);
            const middle = rect.top + rect.height / 2;
            if (middle >= 0 && (inBar(target) ? middle <= innerHeight : middle <= edge)) {
              const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
              if (hit && !target.contains(hit) && !hit.contains(target)) found.push(`${name}: covered by ${hit.tagName.toLowerCase()}.${hit.className}`);
            }
          }
          return found;
        }, CONTROLS);
        expect(problems, view).toEqual([]);
        // What is under a bottom bar can be scrolled clear of it, also by
        // the keyboard.
        if (path === 'eligibility/' || path === 'guide/open-wallet/') {
          expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)), `${view}: scroll padding`).toBeGreaterThanOrEqual(64);
        }
      }
    });
  });
}

test.describe('the user\'s place', () => {
  test.use({ locale: 'en-US', viewport: { width: 390, height: 844 } });

  test('Back restores the typed amount, the search and the scroll position, kept in this tab only', async ({ page }) => {
    await page.goto('/en/fees/');
    // The app runs: it is what keeps the place when a link is followed.
    await page.locator('#app[data-started]').waitFor();
    await page.locator('#amount').fill('1 234');
    await page.evaluate(() => window.scrollTo(0, 400));
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(400);
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
