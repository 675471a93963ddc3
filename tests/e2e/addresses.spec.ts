// Every view has its own address in each language, and its page is
// readable before (and without) any script; the app then takes it over
// without moving anything; links from before views had addresses land on
// the same view.
import { readFileSync } from 'node:fs';
import { problemTitle, texts, type Lang } from './catalogue';
import { test, expect, holdApp, holdsFor } from './fixtures';
import { EligibilityPage, FeesPage, GuidePage, HelpPage, TrackerPage, View } from './pages';

/** Each view's address in a language's folder, and its heading in that language. */
const VIEWS: { path: string; heading: (lang: Lang) => string }[] = [
  { path: '', heading: (lang) => texts(lang).app.home_title },
  { path: 'guide/open-wallet/', heading: (lang) => texts(lang).app.guide_title },
  { path: 'guide/all/', heading: (lang) => texts(lang).app.guide_title },
  { path: 'help/', heading: (lang) => texts(lang).app.help_title },
  { path: 'help/sms-code/', heading: (lang) => problemTitle(lang, 'sms-code') },
  { path: 'fees/', heading: (lang) => texts(lang).app.calculator_title },
  { path: 'eligibility/', heading: (lang) => texts(lang).checker.title },
  { path: 'tracker/', heading: (lang) => texts(lang).tracker.title },
  { path: 'before-you-go/', heading: (lang) => texts(lang).app.before_title },
  { path: 'cashier/', heading: (lang) => texts(lang).app.cashier_title },
];
/** Each language's folder, page language, and name in the language choice. */
const LANGS = [
  { folder: 'en', tag: 'en', name: 'English' },
  { folder: 'nb', tag: 'nb', name: 'Norsk' },
  { folder: 'zh', tag: 'zh-CN', name: '中文' },
] as const;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`every view's text, title and language links are in its page (${lang.folder})`, async ({ page }) => {
      for (const view of VIEWS) {
        const address = `/${lang.folder}/${view.path}`;
        const shown = new View(page, lang.folder, view.path);
        const response = await shown.open();
        expect(response!.status(), address).toBe(200);
        await expect(shown.root, address).toHaveAttribute('lang', lang.tag);
        await expect(shown.heading, address).toHaveText(view.heading(lang.folder));
        expect(await page.title(), address).not.toBe('');
        for (const other of LANGS) {
          await expect(shown.alternate(other.tag), address).toHaveAttribute('href', `${other.folder}/${view.path}`);
        }
        await expect(shown.meta('og:title'), address).toHaveAttribute('content', /\S/);
        await expect(shown.meta('og:description'), address).toHaveAttribute('content', /\S/);
      }
    });
  }

  test('every guide step, every problem and the cashier card can be read', async ({ page }) => {
    const whole = new GuidePage(page, 'en', 'all/');
    await whole.open();
    expect(await whole.stepTitles.count()).toBeGreaterThanOrEqual(20);
    const step = new GuidePage(page, 'en', 'open-wallet/');
    await step.open();
    await expect(step.main).toContainText('Wallet');
    const help = new HelpPage(page, 'zh');
    await help.open();
    expect(await help.problemLinks.count()).toBeGreaterThanOrEqual(24);
    // Each problem's answer is its own page, readable without a script.
    await help.problemLinks.first().click();
    await expect(page).toHaveURL(/\/zh\/help\/sms-code\/$/);
    await expect(help.answer).toBeVisible();
    const cashier = new View(page, 'nb', 'cashier/');
    await cashier.open();
    await expect(cashier.main).toContainText('微信');
  });

  test('the start page links every language', async ({ page }) => {
    await page.goto('/');
    for (const lang of LANGS) {
      const link = page.getByRole('link', { name: lang.name, exact: true });
      await expect(link).toHaveAttribute('hreflang', lang.tag);
      await expect(link).toHaveAttribute('href', `${lang.folder}/`);
    }
  });
});

test.describe('the app over the page', () => {
  for (const lang of LANGS) {
    test(`starts with no console error and no layout shift, and works (${lang.folder})`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        (window as any).__shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const view of VIEWS) {
        const address = `/${lang.folder}/${view.path}`;
        const shown = new View(page, lang.folder, view.path);
        await shown.open();
        await shown.appLoaded();
        await expect(shown.heading, address).toHaveText(view.heading(lang.folder));
        // Once the app has taken over the page, no shift may follow: watched for 200 ms, the first seen fails.
        await shown.started();
        await holdsFor(200, async () => {
          expect(await page.evaluate(() => (window as any).__shifts), `layout shift on ${address}`).toBeLessThan(0.01);
        });
      }
      // Interactive: a link moves to another view without loading a page.
      const fees = new FeesPage(page, lang.folder);
      await page.evaluate(() => ((window as any).__samePage = true));
      await fees.currentSection.waitFor();
      await fees.sectionLink('nav_fees').click();
      await expect(fees.heading).toHaveText(fees.t.app.calculator_title);
      await expect(page).toHaveURL(new RegExp(`/${lang.folder}/fees/$`));
      expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
      await fees.amount.fill('201');
      await expect(fees.quote).toContainText(lang.folder === 'nb' ? '6,03' : '6.03');
      expect(errors).toEqual([]);
    });
  }
});

test.describe('typed before the app started', () => {
  for (const lang of LANGS) {
    test(`what was typed is kept and answered, with the focus in place (${lang.folder})`, async ({ page }) => {
      const fees = new FeesPage(page, lang.folder);
      let release = await holdApp(page);
      await fees.open();
      await fees.amount.fill('201');
      expect(await page.evaluate(() => (window as any).wasmBindings), 'the app has not started').toBeUndefined();
      release();
      await fees.appLoaded();
      await expect(fees.quote).toContainText(lang.folder === 'nb' ? '207,03' : '207.03');
      await expect(fees.amount).toHaveValue('201');
      await expect(fees.amount).toBeFocused();

      const help = new HelpPage(page, lang.folder);
      release = await holdApp(page);
      await help.open();
      await help.search.fill('SMS');
      release();
      await help.appLoaded();
      await expect(help.search).toHaveValue('SMS');
      await expect(help.problemLinks.first()).toHaveAttribute('href', `${lang.folder}/help/sms-code/`);
    });
  }
});

test.describe('sent before the app started', () => {
  test('a payment added before the app started is saved, not lost in a reload', async ({ page }) => {
    const tracker = new TrackerPage(page, 'nb');
    const release = await holdApp(page);
    await tracker.open();
    await tracker.amount.fill('¥88');
    await tracker.note.fill('nudler');
    await tracker.addButton.click();
    release();
    await tracker.appLoaded();
    await expect(page, 'the written form did not reload the page').toHaveURL(/\/nb\/tracker\/$/);
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.payments.first()).toContainText('nudler');
  });

  test('Enter in the version field before the app started keeps the version', async ({ page }) => {
    const checker = new EligibilityPage(page, 'en');
    const release = await holdApp(page);
    await checker.open();
    await checker.version.fill('8.0.49');
    await checker.version.press('Enter');
    release();
    await checker.appLoaded();
    await expect(checker.version).toHaveValue('8.0.49');
  });
});

test.describe('links from before views had addresses', () => {
  test.use({ locale: 'nb-NO' });

  const OLD = [
    { link: '/#/guide/open-wallet', lands: '/nb/guide/open-wallet/' },
    { link: '/index.html#/help/sms-code', lands: '/nb/help/sms-code/' },
    { link: '/#/fees', lands: '/nb/fees/' },
    { link: '/#/eligibility?id=passport&net=visa', lands: '/nb/eligibility/?id=passport&net=visa' },
    { link: '/#/no-such-view', lands: '/nb/' },
    { link: '/', lands: '/nb/' },
  ];
  for (const { link, lands } of OLD) {
    test(`${link} lands on ${lands}`, async ({ page }) => {
      await page.goto(link);
      await expect(page).toHaveURL(new RegExp(`${lands.replace(/[?]/g, '\\?')}$`));
      await expect(new View(page, 'nb', '').heading).toBeVisible();
    });
  }

  test('shared checker answers are restored', async ({ page }) => {
    const checker = new EligibilityPage(page, 'nb');
    await page.goto('/#/eligibility?id=passport&net=visa');
    await expect(checker.verdict).toBeVisible();
    await expect(checker.option('id', 'passport')).toBeChecked();
  });
});

test('the sitemap lists every address in every language, with its alternates', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const addresses = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  for (const lang of LANGS) for (const view of VIEWS) expect(addresses).toContain(`/${lang.folder}/${view.path}`);
  expect(sitemap).toContain('hreflang="zh-CN"');
  // Every address in the sitemap is a page of the build.
  const dist = process.env.E2E_DIST ?? 'dist';
  for (const address of addresses) expect(readFileSync(`${dist}${address}index.html`, 'utf8')).toContain('<h1');
});

test.describe('a page in a blog\'s frame', () => {
  test('shows the view alone before the app starts, and the app changes nothing of its place', async ({ browser }) => {
    const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 600 } });
    const plain = new FeesPage(await off.newPage(), 'nb');
    await plain.page.goto('/nb/fees/embed.html?embed=1');
    await expect(plain.heading).toHaveText(plain.t.app.calculator_title);
    await expect(plain.siteHeader).toHaveCount(0);
    await expect(plain.sections).toHaveCount(0);
    await expect(plain.meta('robots')).toHaveAttribute('content', 'noindex');
    const before = await plain.heading.boundingBox();
    await off.close();

    const on = await browser.newContext({ viewport: { width: 390, height: 600 } });
    const page = await on.newPage();
    const framed = new FeesPage(page, 'nb');
    await page.addInitScript(() => {
      (window as any).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/nb/fees/embed.html?embed=1');
    await framed.appLoaded();
    await expect(framed.main).toHaveClass(/\bembedded\b/);
    await expect(framed.main).toBeVisible();
    const after = await framed.heading.boundingBox();
    expect(Math.abs(after!.y - before!.y), 'the heading stays where it was').toBeLessThan(2);
    expect(await page.evaluate(() => (window as any).__shifts), 'layout shift').toBeLessThan(0.01);
    await on.close();
  });
});
