// Addresses, on the host and offline: the language the user chose opens
// offline, every way of writing a page's address lands on that page,
// missing files are never cached for a year, and the blog embed builds
// only the documented addresses and tells its height only to its blog.
import type { Page } from '@playwright/test';
import { test, expect, holdsFor } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://127.0.0.1:${PORT}`;
// The same server under another name: another origin, as a blog would be.
const BLOG = `http://localhost:${PORT}`;

const HOME = {
  en: 'Pay with Weixin Pay using your own card',
  nb: 'Betal i Weixin Pay med ditt eget kort',
  zh: '用自己的外卡（国际银行卡）在微信支付付款',
};

/** Waits until the worker has the app and controls the page. */
async function installed(page: Page) {
  // The worker downloads the app first, which takes a while on a busy machine.
  await page.waitForFunction(() => document.documentElement.dataset.waikaOfflineReady === '1', undefined, { timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Whether the worker keeps a copy of the page at `path`. */
async function kept(page: Page, path: string) {
  return page.evaluate(async (address) => (await caches.match(address)) !== undefined, path);
}

/** Opens `address` afresh and checks that the app starts on the page at `lands`. */
async function opens(page: Page, address: string, lands: string, heading: string) {
  await page.goto('about:blank');
  await page.goto(`${APP}${address}`);
  await expect(page, address).toHaveURL(`${APP}${lands}`);
  await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(heading);
  // The app itself started, not only its page.
  await page.waitForFunction(() => (window as any).wasmBindings !== undefined, undefined, { timeout: 10_000 });
}

test.describe('the language the user chose opens offline', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'allow' });

  test('after a switch online, the start address, the language and its views open offline', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await expect(page).toHaveURL(`${APP}/en/`);
    await installed(page);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Norsk' }).click();
    await expect(page).toHaveURL(`${APP}/nb/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    const sections = page.getByRole('navigation', { name: 'Deler av appen' });
    await sections.getByRole('link', { name: 'Gebyrer' }).click();
    await expect(page).toHaveURL(`${APP}/nb/fees/`);
    await sections.getByRole('link', { name: 'Utgifter' }).click();
    await expect(page).toHaveURL(`${APP}/nb/tracker/`);
    // The switch loaded the Norwegian page and app; the worker keeps both.
    await expect.poll(() => kept(page, '/nb/'), { timeout: 10_000 }).toBe(true);

    await context.setOffline(true);
    await opens(page, '/', '/nb/', HOME.nb);
    await opens(page, '/nb/', '/nb/', HOME.nb);
    await opens(page, '/nb/tracker/', '/nb/tracker/', 'Utgiftsoversikt');
    await context.setOffline(false);
  });

  test('after a switch offline, a kept language opens in its place, and the chosen one is kept once online', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/en/');
    await installed(page);
    await context.setOffline(true);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Norsk' }).click();
    await expect(page).toHaveURL(`${APP}/nb/`);
    // Each language runs its own app, and only the English one is kept: it
    // draws the view in English, and says so, rather than a browser error.
    expect(await kept(page, '/nb/')).toBe(false);
    await opens(page, '/nb/tracker/', '/nb/tracker/', 'Spending tracker');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await opens(page, '/zh/', '/zh/', HOME.en);

    // Once online, the chosen language is kept, and opens offline as itself.
    await context.setOffline(false);
    await opens(page, '/nb/fees/', '/nb/fees/', 'Gebyrkalkulator');
    await expect.poll(() => kept(page, '/nb/'), { timeout: 10_000 }).toBe(true);
    await context.setOffline(true);
    await opens(page, '/', '/nb/', HOME.nb);
    await opens(page, '/nb/tracker/', '/nb/tracker/', 'Utgiftsoversikt');
    await context.setOffline(false);
  });
});

// Other ways of writing the address of a page, where it lands, and its heading.
const SPELLINGS = [
  { address: '/en', lands: '/en/', heading: HOME.en },
  { address: '/en//fees/', lands: '/en/fees/', heading: 'Fee calculator' },
  { address: '/en/fees//', lands: '/en/fees/', heading: 'Fee calculator' },
  { address: '//en///tracker//', lands: '/en/tracker/', heading: 'Spending tracker' },
  { address: '/en/fees/index.html', lands: '/en/fees/', heading: 'Fee calculator' },
  { address: '/en/index.html?x=1', lands: '/en/?x=1', heading: HOME.en },
  { address: '/en/eligibility//index.html?id=passport', lands: '/en/eligibility/?id=passport', heading: 'Can I use my card?' },
];

test.describe('one address per page, on the host', () => {
  test('the host redirects other spellings to the page\'s own address, keeping the query', async ({ request }) => {
    const REDIRECTS = [
      ['/en', '/en/'],
      ['/nb?x=1', '/nb/?x=1'],
      ['/en//fees/', '/en/fees/'],
      ['/en/fees//', '/en/fees/'],
      ['//en/fees/?next=a//b', '/en/fees/?next=a//b'],
      ['/en/fees/index.html', '/en/fees/'],
      ['/en/eligibility/index.html?id=passport', '/en/eligibility/?id=passport'],
      ['/index.html', '/'],
    ];
    for (const [from, to] of REDIRECTS) {
      const response = await request.get(`${APP}${from}`, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(response.headers()['location'], from).toBe(to);
    }
  });

  test('every spelling starts the app on its view', async ({ page }) => {
    test.setTimeout(60_000);
    for (const { address, lands, heading } of SPELLINGS) await opens(page, address, lands, heading);
  });

  test('"page not found" answers 404 in its language, also when asked for by its own address', async ({ request }) => {
    const MISSING = [
      { address: '/en/404.html', lang: 'en', title: 'Page not found' },
      { address: '/nb/404.html', lang: 'nb', title: 'Fant ikke siden' },
      { address: '/zh/404.html', lang: 'zh-CN', title: '未找到页面' },
      { address: '/nb/no-such-page/', lang: 'nb', title: 'Fant ikke siden' },
      { address: '/zh/fees/nothing', lang: 'zh-CN', title: '未找到页面' },
    ];
    for (const { address, lang, title } of MISSING) {
      const response = await request.get(`${APP}${address}`);
      expect(response.status(), address).toBe(404);
      const body = await response.text();
      expect(body, address).toContain(`<html lang="${lang}"`);
      expect(body, address).toContain(title);
    }
  });
});

test.describe('one address per page, offline', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'allow' });

  test('every spelling opens its view from the worker', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/en/');
    await installed(page);
    await context.setOffline(true);
    for (const { address, lands, heading } of SPELLINGS) await opens(page, address, lands, heading);
    // An old link to the start page's file still reaches its view.
    await opens(page, '/index.html#/help/sms-code', '/en/help/sms-code/', 'SMS verification code not received');
    await context.setOffline(false);
  });
});

test('only a hashed file that exists is cached for a year', async ({ request }) => {
  const page = await (await request.get(`${APP}/en/`)).text();
  const wasm = page.match(/waika-[0-9a-f]{8,16}_bg\.wasm/)![0];
  const code = page.match(/waika-[0-9a-f]{8,16}\.js/)![0];
  for (const name of [wasm, code]) {
    const response = await request.get(`${APP}/${name}`);
    expect(response.status(), name).toBe(200);
    expect(response.headers()['cache-control'], name).toBe('public, max-age=31536000, immutable');
    // Revalidated, it stays immutable.
    const again = await request.get(`${APP}/${name}`, { headers: { 'If-None-Match': response.headers()['etag'] } });
    expect(again.status(), name).toBe(304);
    expect(again.headers()['cache-control'], name).toBe('public, max-age=31536000, immutable');
  }
  for (const name of ['waika-0123456789abcdef_bg.wasm', 'waika-0123456789abcdef.js', 'en/waika-0123456789abcdef.js']) {
    const response = await request.get(`${APP}/${name}`);
    expect(response.status(), name).toBe(404);
    expect(response.headers()['cache-control'], name).toBe('no-cache');
  }
});

test.describe('a frame on another origin\'s page', () => {
  // The blog is the demo page under the server's other name. Its policy
  // lets it frame only its own origin; the test frames the app's origin.
  test.use({ locale: 'en-US', appOrigins: [BLOG], bypassCSP: true });

  test('tells its height only to the origin that frames it, and never fails', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${BLOG}/embed-demo.html`);
    const PARENTS = [BLOG, APP, '*', 'javascript:alert(1)', `${BLOG}/post`, 'http://evil.example', ''];
    await page.evaluate(
      ({ app, parents }) => {
        const heard: Record<string, number> = {};
        (window as any).__heard = heard;
        const frames = parents.map((parent) => {
          const frame = document.createElement('iframe');
          frame.title = `parent=${parent}`;
          frame.src = `${app}/nb/fees/embed.html?embed=1&parent=${encodeURIComponent(parent)}`;
          document.body.append(frame);
          return frame;
        });
        window.addEventListener('message', (event) => {
          const index = frames.findIndex((frame) => frame.contentWindow === event.source);
          if (index >= 0 && event.data && event.data.type === 'waika:height') heard[parents[index]] = (heard[parents[index]] ?? 0) + 1;
        });
      },
      { app: APP, parents: PARENTS },
    );
    for (const parent of PARENTS) {
      const frame = page.getByTitle(`parent=${parent}`, { exact: true }).contentFrame();
      await expect(frame.getByRole('heading', { level: 1 }), parent).toHaveText('Gebyrkalkulator', { timeout: 15_000 });
    }
    await expect.poll(() => page.evaluate(() => (window as any).__heard[location.origin] ?? 0)).toBeGreaterThan(0);
    // Resizing each frame makes each report again, or fail again.
    await page.evaluate(() => document.querySelectorAll('iframe').forEach((frame) => (frame.style.width = '280px')));
    // Only the blog's frame may report: watched for a second, a report from any other fails at once.
    await holdsFor(1_000, async () => {
      expect(Object.keys(await page.evaluate(() => (window as any).__heard))).toEqual([BLOG]);
    });
    expect(errors).toEqual([]);
  });
});

test.describe('the blog embed', () => {
  test.use({ locale: 'en-US' });

  test('only the documented view and language names make an address', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const TAGS = [
      { view: '__proto__', lang: 'en' },
      { view: 'constructor' },
      { view: 'toString', lang: '__proto__' },
      { view: 'tracker', lang: 'constructor' },
    ];
    // More tags on the blog's page, run in order as if written there.
    await page.evaluate((tags) => {
      for (const tag of tags) {
        const script = document.createElement('script');
        script.async = false;
        script.src = 'embed.js';
        script.dataset.view = tag.view;
        if (tag.lang) script.dataset.lang = tag.lang;
        document.body.append(script);
      }
    }, TAGS);
    const query = new URLSearchParams({ embed: '1', parent: APP });
    const EXPECTED = [
      { src: `${APP}/en/fees/embed.html?${query}`, title: 'Weixin Pay fee calculator' },
      { src: `${APP}/?${query}#/fees/`, title: 'Weixin Pay fee calculator' },
      { src: `${APP}/?${query}#/fees/`, title: 'Weixin Pay fee calculator' },
      { src: `${APP}/?${query}#/tracker/`, title: 'Weixin Pay spending tracker' },
    ];
    for (const [index, { src, title }] of EXPECTED.entries()) {
      const frame = page.locator(`script[data-view="${TAGS[index].view}"] + iframe`);
      await expect(frame).toHaveAttribute('src', src);
      await expect(frame).toHaveAttribute('title', title);
    }
    // The frame loads when it comes into view, as the calculator.
    const first = page.locator('script[data-view="__proto__"] + iframe');
    await first.scrollIntoViewIfNeeded();
    await expect(first.contentFrame().getByRole('heading', { level: 1 })).toHaveText('Fee calculator');
  });
});
