// Addresses, on the host and offline: the language the user chose opens
// offline, every way of writing a page's address lands on that page,
// missing files are never cached for a year, and the blog embed builds
// only the documented addresses and tells its height only to its blog.
import type { Page } from '@playwright/test';
import { fill, problemTitle, texts } from './catalogue';
import { test, expect, holdsFor } from './fixtures';
import { BlogPage, View } from './pages';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://127.0.0.1:${PORT}`;
// The same server under another name: another origin, as a blog would be.
const BLOG = `http://localhost:${PORT}`;


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
  const view = new View(page, 'en', '');
  await page.goto('about:blank');
  await page.goto(`${APP}${address}`);
  await expect(page, address).toHaveURL(`${APP}${lands}`);
  await expect(view.heading, address).toHaveText(heading);
  // The app itself started, not only its page.
  await view.appLoaded(10_000);
}

test.describe('the language the user chose opens offline', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'allow' });

  test('after a switch online, the start address, the language and its views open offline', async ({ page, context }) => {
    test.setTimeout(90_000);
    const english = new View(page, 'en', '');
    const norsk = new View(page, 'nb', '');
    const nb = norsk.t;
    await page.goto('/');
    await expect(page).toHaveURL(`${APP}/en/`);
    await installed(page);
    await english.languageLink('Norsk').click();
    await expect(page).toHaveURL(`${APP}/nb/`);
    await expect(norsk.root).toHaveAttribute('lang', 'nb');
    await norsk.sectionLink('nav_fees').click();
    await expect(page).toHaveURL(`${APP}/nb/fees/`);
    await norsk.sectionLink('nav_tracker').click();
    await expect(page).toHaveURL(`${APP}/nb/tracker/`);
    // The switch loaded the Norwegian page and app; the worker keeps both.
    await expect.poll(() => kept(page, '/nb/'), { timeout: 10_000 }).toBe(true);

    await context.setOffline(true);
    await opens(page, '/', '/nb/', nb.app.home_title);
    await opens(page, '/nb/', '/nb/', nb.app.home_title);
    await opens(page, '/nb/tracker/', '/nb/tracker/', nb.tracker.title);
    await context.setOffline(false);
  });

  test('after a switch offline, a kept language opens in its place, and the chosen one is kept once online', async ({ page, context }) => {
    test.setTimeout(90_000);
    const english = new View(page, 'en', '');
    const [en, nb] = [english.t, texts('nb')];
    await english.open();
    await installed(page);
    await context.setOffline(true);
    await english.languageLink('Norsk').click();
    await expect(page).toHaveURL(`${APP}/nb/`);
    // Each language runs its own app, and only the English one is kept: it
    // draws the view in English, and says so, rather than a browser error.
    expect(await kept(page, '/nb/')).toBe(false);
    await opens(page, '/nb/tracker/', '/nb/tracker/', en.tracker.title);
    await expect(english.root).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status').filter({ hasText: fill(en.app.other_language_offline, { asked: 'Norwegian' }) })).toBeVisible();
    await opens(page, '/zh/', '/zh/', en.app.home_title);
    await expect(page.getByRole('status').filter({ hasText: fill(en.app.other_language_offline, { asked: 'Chinese' }) })).toBeVisible();

    // Once online, the chosen language is kept, and opens offline as itself.
    await context.setOffline(false);
    await opens(page, '/nb/fees/', '/nb/fees/', nb.app.calculator_title);
    await expect.poll(() => kept(page, '/nb/'), { timeout: 10_000 }).toBe(true);
    await context.setOffline(true);
    await opens(page, '/', '/nb/', nb.app.home_title);
    await opens(page, '/nb/tracker/', '/nb/tracker/', nb.tracker.title);
    await context.setOffline(false);
  });
});

// Other ways of writing the address of a page, where it lands, and its
// heading (read from the English catalogue when a test runs).
const SPELLINGS = [
  { address: '/en', lands: '/en/', heading: () => texts('en').app.home_title },
  { address: '/en//fees/', lands: '/en/fees/', heading: () => texts('en').app.calculator_title },
  { address: '/en/fees//', lands: '/en/fees/', heading: () => texts('en').app.calculator_title },
  { address: '//en///tracker//', lands: '/en/tracker/', heading: () => texts('en').tracker.title },
  { address: '/en/fees/index.html', lands: '/en/fees/', heading: () => texts('en').app.calculator_title },
  { address: '/en/index.html?x=1', lands: '/en/?x=1', heading: () => texts('en').app.home_title },
  { address: '/en/eligibility//index.html?id=passport', lands: '/en/eligibility/?id=passport', heading: () => texts('en').checker.title },
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
    for (const { address, lands, heading } of SPELLINGS) await opens(page, address, lands, heading());
  });

  test('"page not found" answers 404 in its language, also when asked for by its own address', async ({ request }) => {
    const title = (folder: 'en' | 'nb' | 'zh') => texts(folder).app.not_found_title;
    const MISSING = [
      { address: '/en/404.html', lang: 'en', title: title('en') },
      { address: '/nb/404.html', lang: 'nb', title: title('nb') },
      { address: '/zh/404.html', lang: 'zh-CN', title: title('zh') },
      { address: '/nb/no-such-page/', lang: 'nb', title: title('nb') },
      { address: '/zh/fees/nothing', lang: 'zh-CN', title: title('zh') },
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
    for (const { address, lands, heading } of SPELLINGS) await opens(page, address, lands, heading());
    // An old link to the start page's file still reaches its view.
    await opens(page, '/index.html#/help/sms-code', '/en/help/sms-code/', problemTitle('en', 'sms-code'));
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
      const frame = new View(page.getByTitle(`parent=${parent}`, { exact: true }).contentFrame(), 'nb', 'fees/embed.html');
      await expect(frame.heading, parent).toHaveText(frame.t.app.calculator_title, { timeout: 15_000 });
    }
    // The written page reports before the app starts; a busy machine may
    // still take seconds to run the frame's script.
    await expect
      .poll(() => page.evaluate(() => (window as any).__heard[location.origin] ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(0);
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
    const blog = new BlogPage(page);
    await blog.open();
    const TAGS = [
      { view: '__proto__', lang: 'en' },
      { view: 'constructor' },
      { view: 'toString', lang: '__proto__' },
      { view: 'tracker', lang: 'constructor' },
    ];
    // More tags on the blog's page, run in order as if written there.
    await blog.embed(TAGS, 'body');
    const en = texts('en').app;
    const query = new URLSearchParams({ embed: '1', parent: APP });
    const EXPECTED = [
      { src: `${APP}/en/fees/embed.html?${query}`, title: en.embed_title_calculator },
      { src: `${APP}/?${query}#/fees/`, title: en.embed_title_calculator },
      { src: `${APP}/?${query}#/fees/`, title: en.embed_title_calculator },
      { src: `${APP}/?${query}#/tracker/`, title: en.embed_title_tracker },
    ];
    for (const [index, { src, title }] of EXPECTED.entries()) {
      const frame = blog.frameOf(TAGS[index].view);
      await expect(frame).toHaveAttribute('src', src);
      await expect(frame).toHaveAttribute('title', title);
    }
    // The frame loads when it comes into view, as the calculator.
    const first = blog.frameOf('__proto__');
    await first.scrollIntoViewIfNeeded();
    await expect(new View(first.contentFrame(), 'en', 'fees/').heading).toHaveText(en.calculator_title);
  });
});
