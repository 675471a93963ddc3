// The app takes over the page the build wrote (Yew's hydration): every node
// the visitor already sees is kept, in every view and language, and what
// the device keeps (progress, ledger, settings, typed text, answers in the
// address) arrives after, without a warning or an error in the console.
import type { Page } from '@playwright/test';
import type { Lang } from './catalogue';
import { test, expect, holdApp } from './fixtures';
import { EligibilityPage, FeesPage, GuidePage, HomePage, TrackerPage, View } from './pages';

const LANGS: Lang[] = ['en', 'nb', 'zh'];
const VIEWS = [
  '',
  'guide/open-wallet/',
  'guide/all/',
  'help/',
  'help/sms-code/',
  'fees/',
  'eligibility/',
  'tracker/',
  'before-you-go/',
  'cashier/',
] as const;

/** Everything the console said that is not plain information. */
function listenToConsole(page: Page): string[] {
  const said: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') said.push(message.text());
  });
  page.on('pageerror', (error) => said.push(error.message));
  return said;
}

/**
 * Opens `view` with the app held back (with `query` after its address),
 * marks every element of the written page, lets the app start, and returns
 * how it started and which marked elements are no longer in the page.
 */
async function openAndMark(view: View, query = '') {
  const page = view.page;
  const address = `/${view.lang}/${view.path}${query}`;
  const release = await holdApp(page);
  await view.open(query);
  const marked = await page.evaluate(() => {
    const elements = [...document.querySelectorAll('#app *')];
    (window as any).__written = elements;
    return elements.length;
  });
  expect(marked, `${address}: the written page has content`).toBeGreaterThan(20);
  release();
  await view.started();
  return page.evaluate(() => {
    const written: Element[] = (window as any).__written;
    const describe = (element: Element) =>
      `<${element.localName}${element.id ? '#' + element.id : ''}${element.className ? '.' + String(element.className).split(' ')[0] : ''}>`;
    return {
      start: document.getElementById('app')!.getAttribute('data-start'),
      lost: written.filter((element) => !element.isConnected).map(describe),
    };
  });
}

for (const lang of LANGS) {
  test(`a first visit keeps every written node of every view (${lang})`, async ({ page }) => {
    const said = listenToConsole(page);
    for (const view of VIEWS) {
      const address = `/${lang}/${view}`;
      const { start, lost } = await openAndMark(new View(page, lang, view));
      expect(start, `${address}: how the app started`).toBe('hydrate');
      expect(lost, `${address}: written nodes the app threw away`).toEqual([]);
    }
    expect(said, 'console warnings and errors').toEqual([]);
  });

  test(`with stored state, the written nodes are kept and the state arrives (${lang})`, async ({ page }) => {
    const said = listenToConsole(page);
    // What a returning visitor has: a place in the guide, typed text in
    // this tab, a ledger and calculator settings on the device.
    // A place in the guide: a step the user moved on from and back to.
    const step = new GuidePage(page, lang, 'enable-by-scan/');
    await step.open();
    await step.started();
    await step.next.click();
    await step.back.click();
    await expect(page).toHaveURL(/guide\/enable-by-scan\/$/);
    const fees = new FeesPage(page, lang);
    await fees.open();
    await fees.started();
    await fees.amount.fill('300');
    await page.evaluate(() => {
      localStorage.setItem(
        'waika.ledger',
        JSON.stringify({
          version: 1,
          data: { next_id: 1, payments: [{ id: 0, date: '2026-11-20', amount: '88', note: 'taxi', refunds: [] }] },
        }),
      );
      localStorage.setItem(
        'waika.calculator',
        JSON.stringify({
          version: 1,
          data: { card: 'custom', custom_markup: '2.5', home: 'Eur', typed_rates: [], rule_set: null },
        }),
      );
    });
    const home = new HomePage(page, lang);
    const tracker = new TrackerPage(page, lang);
    const checker = new EligibilityPage(page, lang);
    const checks: [View, string, () => Promise<void>][] = [
      [home, '', async () => {
        await expect(home.resume).toBeVisible();
        await expect(home.resume).toHaveAttribute('href', /guide\/enable-by-scan\/$/);
      }],
      [fees, '', async () => await expect(fees.amount).toHaveValue('300')],
      [tracker, '', async () => await expect(tracker.app).toContainText('taxi')],
      [checker, '?id=passport&net=visa', async () => await expect(checker.option('id', 'passport')).toBeChecked()],
    ];
    for (const [view, query, stateArrived] of checks) {
      const address = `/${lang}/${view.path}${query}`;
      const { start, lost } = await openAndMark(view, query);
      expect(start, `${address}: how the app started`).toBe('hydrate');
      await stateArrived();
      // What stays on screen is what the visitor already saw.
      for (const selector of ['h1', 'main', '.nav-bar a', 'header']) {
        const same = await page.evaluate(
          (selector) => {
            const written: Element[] = (window as any).__written;
            const now = [...document.querySelectorAll(`#app ${selector}`)];
            return now.length > 0 && now.every((element) => written.includes(element));
          },
          selector,
        );
        expect(same, `${address}: ${selector} is the written node`).toBe(true);
      }
      expect(lost.length, `${address}: written nodes replaced (${lost.join(' ')})`).toBeLessThan(40);
    }
    expect(said, 'console warnings and errors').toEqual([]);
  });
}

test('an offline copy of another view is drawn over, not hydrated', async ({ page }) => {
  const said = listenToConsole(page);
  const fees = new FeesPage(page, 'en');
  const release = await holdApp(page);
  await fees.open();
  // As the service worker gives a view not yet kept: another page's HTML.
  await page.evaluate(() => document.getElementById('app')!.setAttribute('data-drawn', 'en/'));
  release();
  await fees.started();
  expect(await fees.app.getAttribute('data-start')).toBe('draw');
  await expect(fees.heading).toHaveText(fees.t.app.calculator_title);
  expect(said).toEqual([]);
});

test('a missing address hydrates its 404 page, and a start page\'s address answered by it is drawn over', async ({ page }) => {
  const said = listenToConsole(page);
  // The host answers an unknown address with the language's 404 page.
  const missing = new View(page, 'en', 'no-such-view/');
  let response = await missing.open();
  expect(response!.status()).toBe(404);
  await missing.started();
  expect(await missing.app.getAttribute('data-start')).toBe('hydrate');
  await expect(missing.heading).toBeVisible();
  // `en/embed.html` reads as the start page, but the host sends the 404
  // page: the app must not take that page for its own.
  response = await new View(page, 'en', 'embed.html').open();
  expect(response!.status()).toBe(404);
  await missing.started();
  expect(await missing.app.getAttribute('data-start')).toBe('draw');
  await expect(missing.heading).toBeVisible();
  expect(said.filter((text) => !text.includes('404'))).toEqual([]);
});
