// Shared test set-up: every page records the requests it makes, and a test
// fails if any goes to another origin than the app's own.
import { test as base, expect } from '@playwright/test';
import type { Lang } from './catalogue';

export const test = base.extend<{ appOrigins: string[]; foreignRequests: string[]; cspViolations: string[] }>({
  // Origins the app is served from in a test; the base URL's unless a test
  // serves a build of its own.
  appOrigins: [[], { option: true }],
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  cspViolations: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, baseURL, appOrigins, foreignRequests, cspViolations }, use) => {
    const origins = [new URL(baseURL!).origin, ...appOrigins];
    // Every Content-Security-Policy violation in any document of the test.
    await page.exposeFunction('__reportCspViolation', (text: string) => cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as any).__reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && !origins.includes(url.origin)) {
        foreignRequests.push(request.url());
      }
    });
    await use(page);
    expect(foreignRequests, 'requests to other hosts').toEqual([]);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

/** The language folder a browser in `locale` is sent to: en-US → en, nb-NO → nb, zh-CN → zh. */
export const folderOf = (locale: string) => locale.slice(0, 2) as Lang;

/**
 * For what must not happen: runs `check` every 50 ms for `ms` milliseconds
 * and fails at the first miss. (A fixed sleep would look only once, at the end.)
 */
export async function holdsFor(ms: number, check: () => Promise<void>) {
  const until = Date.now() + ms;
  await expect
    .poll(async () => {
      await check();
      return Date.now() >= until;
    }, { intervals: [50], timeout: ms + 10_000 })
    .toBe(true);
}

/**
 * The three languages, for the tests that run in all three: the name the
 * language switch gives each, the browser locale that picks it, its folder
 * and page language, and what the calculator must show for 201 yuan (the
 * fee and the amount charged, as the test computes them). What the pages
 * say comes from the catalogue: texts(lang.folder).
 */
export const LANGUAGES = [
  {
    name: 'English',
    locale: 'en-US',
    folder: 'en',
    htmlLang: 'en',
    fee201: '¥6.03',
    charged201: '¥207.03',
  },
  {
    name: 'Norsk',
    locale: 'nb-NO',
    folder: 'nb',
    htmlLang: 'nb',
    fee201: '¥\u00a06,03',
    charged201: '¥\u00a0207,03',
  },
  {
    name: '中文',
    locale: 'zh-CN',
    folder: 'zh',
    htmlLang: 'zh-CN',
    fee201: '¥6.03',
    charged201: '¥207.03',
  },
] as const;

/**
 * Holds the app's wasm back until the returned function is called, so a
 * test can act on the page the build wrote before the app starts.
 */
export async function holdApp(page: import('@playwright/test').Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.unroute(/\.wasm$/);
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
