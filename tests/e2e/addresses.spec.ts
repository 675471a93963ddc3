// Every view has its own address in each language, and its page is
// readable before (and without) any script; the app then takes it over
// without moving anything; links from before views had addresses land on
// the same view.
import { readFileSync } from 'node:fs';
import { test, expect, holdApp, holdsFor } from './fixtures';

const VIEWS = [
  { path: '', en: 'Pay with Weixin Pay using your own card', nb: 'Betal i Weixin Pay med ditt eget kort', zh: '用自己的外卡（国际银行卡）在微信支付付款' },
  { path: 'guide/open-wallet/', en: 'The guide', nb: 'Veiledningen', zh: '操作指引' },
  { path: 'guide/all/', en: 'The guide', nb: 'Veiledningen', zh: '操作指引' },
  { path: 'help/', en: 'Problems and solutions', nb: 'Problemer og løsninger', zh: '疑难解答' },
  { path: 'help/sms-code/', en: 'SMS verification code not received', nb: 'Får ikke SMS-koden', zh: '收不到短信验证码' },
  { path: 'fees/', en: 'Fee calculator', nb: 'Gebyrkalkulator', zh: '手续费计算器' },
  { path: 'eligibility/', en: 'Can I use my card?', nb: 'Kan jeg bruke kortet mitt?', zh: '我的卡能用吗？' },
  { path: 'tracker/', en: 'Spending tracker', nb: 'Utgiftsoversikt', zh: '消费记录' },
  { path: 'before-you-go/', en: 'Before you go', nb: 'Før du reiser', zh: '出行准备' },
  { path: 'cashier/', en: 'Show this at the counter', nb: 'Vis dette i kassen', zh: '在收银台出示' },
] as const;
const LANGS = [
  { folder: 'en', tag: 'en' },
  { folder: 'nb', tag: 'nb' },
  { folder: 'zh', tag: 'zh-CN' },
] as const;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`every view's text, title and language links are in its page (${lang.folder})`, async ({ page }) => {
      for (const view of VIEWS) {
        const address = `/${lang.folder}/${view.path}`;
        const response = await page.goto(address);
        expect(response!.status(), address).toBe(200);
        await expect(page.locator('html'), address).toHaveAttribute('lang', lang.tag);
        await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(view[lang.folder]);
        expect(await page.title(), address).not.toBe('');
        for (const other of LANGS) {
          await expect(page.locator(`link[rel="alternate"][hreflang="${other.tag}"]`), address).toHaveAttribute('href', `${other.folder}/${view.path}`);
        }
        await expect(page.locator('meta[property="og:title"]'), address).toHaveAttribute('content', /\S/);
        await expect(page.locator('meta[property="og:description"]'), address).toHaveAttribute('content', /\S/);
      }
    });
  }

  test('every guide step, every problem and the cashier card can be read', async ({ page }) => {
    await page.goto('/en/guide/all/');
    const steps = await page.locator('.step-card h2, .step-card h3').count();
    expect(steps).toBeGreaterThanOrEqual(20);
    await page.goto('/en/guide/open-wallet/');
    await expect(page.locator('main')).toContainText('Wallet');
    await page.goto('/zh/help/');
    const problems = page.locator('.problem-link');
    expect(await problems.count()).toBeGreaterThanOrEqual(24);
    // Each problem's answer is its own page, readable without a script.
    await problems.first().click();
    await expect(page).toHaveURL(/\/zh\/help\/sms-code\/$/);
    await expect(page.locator('.answer')).toBeVisible();
    await page.goto('/nb/cashier/');
    await expect(page.locator('main')).toContainText('微信');
  });

  test('the start page links every language', async ({ page }) => {
    await page.goto('/');
    for (const lang of LANGS) {
      await expect(page.locator(`a[hreflang="${lang.tag}"]`)).toHaveAttribute('href', `${lang.folder}/`);
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
        await page.goto(address);
        await page.waitForFunction(() => (window as any).wasmBindings !== undefined);
        await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(view[lang.folder]);
        // Once the app has taken over the page, no shift may follow: watched for 200 ms, the first seen fails.
        await page.locator('#app[data-started]').waitFor();
        await holdsFor(200, async () => {
          expect(await page.evaluate(() => (window as any).__shifts), `layout shift on ${address}`).toBeLessThan(0.01);
        });
      }
      // Interactive: a link moves to another view without loading a page.
      await page.evaluate(() => ((window as any).__samePage = true));
      await page.locator('.nav-bar a[aria-current="page"]').waitFor();
      await page.locator(`.nav-bar a[href="${lang.folder}/fees/"]`).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(VIEWS[5][lang.folder]);
      await expect(page).toHaveURL(new RegExp(`/${lang.folder}/fees/$`));
      expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
      await page.locator('#amount').fill('201');
      await expect(page.locator('.quote')).toContainText(lang.folder === 'nb' ? '6,03' : '6.03');
      expect(errors).toEqual([]);
    });
  }
});

test.describe('typed before the app started', () => {
  const started = (page: import('@playwright/test').Page) =>
    page.waitForFunction(() => (window as any).wasmBindings !== undefined);

  for (const lang of LANGS) {
    test(`what was typed is kept and answered, with the focus in place (${lang.folder})`, async ({ page }) => {
      let release = await holdApp(page);
      await page.goto(`/${lang.folder}/fees/`);
      await page.locator('#amount').fill('201');
      expect(await page.evaluate(() => (window as any).wasmBindings), 'the app has not started').toBeUndefined();
      release();
      await started(page);
      await expect(page.locator('.quote')).toContainText(lang.folder === 'nb' ? '207,03' : '207.03');
      await expect(page.locator('#amount')).toHaveValue('201');
      await expect(page.locator('#amount')).toBeFocused();

      release = await holdApp(page);
      await page.goto(`/${lang.folder}/help/`);
      await page.locator('#help-search').fill('SMS');
      release();
      await started(page);
      await expect(page.locator('#help-search')).toHaveValue('SMS');
      await expect(page.locator('.problem-link').first()).toHaveAttribute('href', `${lang.folder}/help/sms-code/`);
    });
  }
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
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('shared checker answers are restored', async ({ page }) => {
    await page.goto('/#/eligibility?id=passport&net=visa');
    await expect(page.locator('#verdict')).toBeVisible();
    await expect(page.locator('input[value="passport"]')).toBeChecked();
  });
});

test('the sitemap lists every address in every language, with its alternates', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const addresses = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  for (const lang of LANGS) for (const view of VIEWS) expect(addresses).toContain(`/${lang.folder}/${view.path}`);
  expect(sitemap).toContain('hreflang="zh-CN"');
  // Every address in the sitemap is a page of the build.
  for (const address of addresses) expect(readFileSync(`dist${address}index.html`, 'utf8')).toContain('<h1');
});

test.describe('a page in a blog\'s frame', () => {
  test('shows the view alone before the app starts, and the app changes nothing of its place', async ({ browser }) => {
    const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 600 } });
    const plain = await off.newPage();
    await plain.goto('/nb/fees/embed.html?embed=1');
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Gebyrkalkulator');
    await expect(plain.locator('.site-header')).toHaveCount(0);
    await expect(plain.locator('.nav-bar')).toHaveCount(0);
    await expect(plain.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const before = await plain.getByRole('heading', { level: 1 }).boundingBox();
    await off.close();

    const on = await browser.newContext({ viewport: { width: 390, height: 600 } });
    const page = await on.newPage();
    await page.addInitScript(() => {
      (window as any).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/nb/fees/embed.html?embed=1');
    await page.waitForFunction(() => (window as any).wasmBindings !== undefined);
    await expect(page.locator('main.embedded')).toBeVisible();
    const after = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(Math.abs(after!.y - before!.y), 'the heading stays where it was').toBeLessThan(2);
    expect(await page.evaluate(() => (window as any).__shifts), 'layout shift').toBeLessThan(0.01);
    await on.close();
  });
});
