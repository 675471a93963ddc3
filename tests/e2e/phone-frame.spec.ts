// On a 390×844 phone, in every language and on every view: the frame
// (name, languages, and a menu of two rows with every view in sight)
// takes at most 17 % of the first screen, the
// view's main action is on the first screen with nothing over it, every
// control is at least 44 × 44 px, and no control is covered.
import type { Locator, Page } from '@playwright/test';
import type { Lang } from './catalogue';
import { test, expect } from './fixtures';
import { BeforeYouGoPage, CashierPage, EligibilityPage, FeesPage, GuidePage, HelpPage, HomePage, TrackerPage, View } from './pages';

/** Each view, the control that is its main action (the first, where there are several), and what to call it. */
function views(page: Page, lang: Lang): [View, Locator, string][] {
  const home = new HomePage(page, lang);
  const checker = new EligibilityPage(page, lang);
  const step = new GuidePage(page, lang, 'open-wallet/');
  const guide = new GuidePage(page, lang, 'all/');
  const help = new HelpPage(page, lang);
  const fees = new FeesPage(page, lang);
  const tracker = new TrackerPage(page, lang);
  const trip = new BeforeYouGoPage(page, lang);
  const cashier = new CashierPage(page, lang);
  return [
    [home, home.search, 'the search'],
    [checker, checker.choiceLabels, 'the first answer'],
    [step, step.next, 'the link to the next step'],
    [guide, guide.stepTitles, 'the first step'],
    [help, help.search, 'the search'],
    [fees, fees.amount, 'the amount'],
    [tracker, tracker.addButton, 'the button that adds a payment'],
    [trip, trip.boxes, 'the first box of the checklist'],
    [cashier, cashier.quickNames, 'the sentences by name'],
  ];
}
const CONTROLS = 'a[href], button, input, select, summary, textarea';

for (const [folder, locale] of [['en', 'en-US'], ['nb', 'nb-NO'], ['zh', 'zh-CN']] as const) {
  test.describe(`phone frame in ${locale}`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });

    test('on every view: a compact frame, the main action on the first screen, 44 px targets, nothing covered', async ({ page }) => {
      for (const [shown, control, action] of views(page, folder)) {
        const view = `/${folder}/${shown.path}`;
        await shown.open();
        await shown.appLoaded();
        await expect(shown.heading, view).toBeVisible();
        const menu = await shown.sections.boundingBox();
        expect(menu!.y + menu!.height, `${view}: bottom of the frame`).toBeLessThanOrEqual(844 * 0.17);
        // Every view's link is in sight: nothing hides off the edge.
        for (const link of await shown.sections.getByRole('link').all()) {
          const box = await link.boundingBox();
          expect(box!.x, `${view}: ${await link.textContent()}`).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width, `${view}: ${await link.textContent()}`).toBeLessThanOrEqual(390);
          expect(box!.y + box!.height, `${view}: ${await link.textContent()}`).toBeLessThanOrEqual(menu!.y + menu!.height);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(390);

        // The main action is on the first screen, and nothing lies over it.
        const main = control.first();
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
        // A menu's chosen answer is read whole: a select never cuts its
        // text (found on the fees page's card network, in all three).
        const cut = await page.evaluate(() => {
          const canvas = document.createElement('canvas').getContext('2d')!;
          return [...document.querySelectorAll('select')].flatMap((select) => {
            const style = getComputedStyle(select);
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const text = select.options[select.selectedIndex]?.text ?? '';
            // Room for the text: the box without its padding and the arrow.
            const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
            return canvas.measureText(text).width > room ? [`#${select.id} "${text}"`] : [];
          });
        });
        expect(cut, `${view}: menus whose text is cut`).toEqual([]);
        // What is under a bottom bar can be scrolled clear of it, also by
        // the keyboard.
        if (shown.path === 'eligibility/' || shown.path === 'guide/open-wallet/') {
          expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)), `${view}: scroll padding`).toBeGreaterThanOrEqual(64);
        }
      }
    });
  });
}

// Found when a retiree made the text larger on her phone: the name stood
// a letter or two a line under the languages, and menu words ran together.
test.describe('with the text made 150 % larger', () => {
  test.use({ locale: 'nb-NO', viewport: { width: 390, height: 844 } });

  test('the name stays whole, nothing in the frame overlaps, and no view scrolls sideways', async ({ page }) => {
    for (const [shown] of views(page, 'nb')) {
      const view = `/nb/${shown.path}`;
      await shown.open();
      await shown.appLoaded();
      await page.addStyleTag({ content: 'html { font-size: 150% !important; }' });
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        const name = box('.brand-name');
        if (name.width < 200) found.push(`the name is ${Math.round(name.width)} px wide`);
        if (overlap(name, box('.lang-switch'))) found.push('the languages lie over the name');
        const links = [...document.querySelectorAll<HTMLElement>('.nav-bar a')];
        for (const link of links) {
          if (link.scrollWidth > link.clientWidth + 1) found.push(`"${link.textContent}" is wider than its place`);
          for (const other of links) {
            if (other !== link && overlap(link.getBoundingClientRect(), other.getBoundingClientRect())) found.push(`"${link.textContent}" overlaps "${other.textContent}"`);
          }
        }
        if (document.documentElement.scrollWidth > innerWidth) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
        return found;
      });
      expect(problems, view).toEqual([]);
    }
  });
});

// Found when a retiree zoomed her phone to 200 % (a 195 px wide page):
// answers, the fee's figures and the tracker's amount field ran off the
// right edge, two start buttons printed over each other, and the menu took
// half the first screen.
for (const [folder, locale] of [['en', 'en-US'], ['nb', 'nb-NO'], ['zh', 'zh-CN']] as const) {
  test.describe(`zoomed to 200 % in ${locale}`, () => {
    test.use({ locale, viewport: { width: 195, height: 422 } });

    test('no view is wider than the screen, no field is off it, and the menu takes one row', async ({ page }) => {
      for (const [shown] of views(page, folder)) {
        const view = `/${folder}/${shown.path}`;
        await shown.open();
        await shown.appLoaded();
        const problems = await page.evaluate(() => {
          const found: string[] = [];
          if (document.documentElement.scrollWidth > innerWidth) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
          for (const field of document.querySelectorAll<HTMLElement>('main input, main select, main button, main .problem-link')) {
            const box = field.getBoundingClientRect();
            if (box.width > 0 && box.right > innerWidth + 1) found.push(`${field.id || field.textContent?.trim().slice(0, 30)} ends at ${Math.round(box.right)} px`);
          }
          const menu = document.querySelector('.nav-bar ul')!.getBoundingClientRect();
          if (menu.height > 60) found.push(`the menu is ${Math.round(menu.height)} px tall`);
          return found;
        });
        expect(problems, view).toEqual([]);
      }
      // The start page's answers, with their ways to pay now, stay on screen too.
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill({ en: 'payment failed', nb: 'betalingen gikk ikke', zh: '支付失败' }[folder]);
      await expect(home.wayLinks.first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(195);
    });
  });
}

test.describe('the user\'s place', () => {
  test.use({ locale: 'en-US', viewport: { width: 390, height: 844 } });

  test('Back restores the typed amount, the search and the scroll position, kept in this tab only', async ({ page }) => {
    const fees = new FeesPage(page, 'en');
    const help = new HelpPage(page, 'en');
    await fees.open();
    // The app runs: it is what keeps the place when a link is followed.
    await fees.started();
    await fees.amount.fill('1 234');
    await page.evaluate(() => window.scrollTo(0, 400));
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(400);
    // Leaving from where the user is, as a link in the page would.
    // (A click by script: a pointer click would first scroll the menu into view.)
    await fees.sectionLink('nav_help').evaluate((link: HTMLAnchorElement) => link.click());
    await expect(help.heading).toHaveText(help.t.app.help_title);
    await help.search.fill('SMS');
    // The app keeps what was typed after drawing it; on a busy machine a
    // Back sent by script in the same instant can come first, which no
    // person's tap does.
    await expect.poll(() => page.evaluate(() => Object.values(sessionStorage).includes('SMS'))).toBe(true);
    await page.goBack();
    await expect(fees.amount).toHaveValue('1 234');
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBeGreaterThan(350);
    await page.goForward();
    await expect(help.search).toHaveValue('SMS');
    // Nothing typed went to the device's storage or the address.
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(stored).not.toContain('1 234');
    expect(stored).not.toContain('SMS');
    expect(page.url()).not.toContain('1234');
  });
});
