import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, holdsFor } from './fixtures';

const VIEWS = ['', 'eligibility/', 'guide/', 'guide/open-wallet/', 'guide/all/', 'help/', 'help/sms-code/', 'fees/', 'tracker/', 'before-you-go/', 'cashier/'];
const ROUTES = VIEWS.map((view) => `en/${view}`);
const ALL_LANGUAGES = ['en', 'nb', 'zh'].flatMap((folder) => VIEWS.map((view) => `${folder}/${view}`));

/** Deploys a changed build in `folder`: the new version in every page and
 * the worker, whose compressed copies the host would otherwise serve. */
function deployVersion(folder: string, oldVersion: string, newVersion: string) {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  for (const path of walk(folder).filter((file) => file.endsWith('.html') || file.endsWith('sw.js'))) {
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(oldVersion, newVersion));
    rmSync(`${path}.br`, { force: true });
    rmSync(`${path}.gz`, { force: true });
  }
}

async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

test.describe('offline', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'allow' });

  test('after one visit every route works offline, and the user is told once', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/en/');
    // The worker downloads the app first, which takes a while on a busy machine.
    await expect(page.locator('.pwa-banner')).toContainText('Ready to work offline', { timeout: 15_000 });
    await waitForController(page);
    await context.setOffline(true);
    for (const route of ROUTES) {
      await page.goto('about:blank');
      await page.goto(`/${route}`);
      await expect(page.locator('h1'), route).toBeVisible();
      // The app itself started, not only its page.
      await page.waitForFunction(() => (window as any).wasmBindings !== undefined, undefined, { timeout: 10_000 });
    }
    // A view never opened online, in the language used, and the app's
    // own start page and old links.
    await page.goto('/en/help/risk-control/');
    await expect(page.locator('h1')).toHaveText('Payment failed: transaction involves risks');
    await page.goto('/#/cashier');
    await expect(page.locator('h1')).toHaveText('Show this at the counter');
    // The fee calculator computes offline too.
    await page.goto('/en/fees/');
    await page.locator('#amount').fill('201');
    await expect(page.locator('.quote')).toContainText('¥6.03');
    await context.setOffline(false);
    await page.goto('/en/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.pwa-banner')).toHaveCount(0);
    // Another language, once used online, works offline too.
    await page.goto('/zh/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await context.setOffline(true);
    await page.goto('about:blank');
    await page.goto('/zh/tracker/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('消费记录');
    await context.setOffline(false);
  });
});

test.describe('without a service worker', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'block' });

  test('with service workers blocked every view works online in every language, with no error', async ({ page }) => {
    test.setTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const route of ALL_LANGUAGES) {
      await page.goto(`/${route}`);
      await expect(page.locator('h1'), route).toBeVisible();
      // The app itself started, not only its page.
      await page.waitForFunction(() => (window as any).wasmBindings !== undefined, undefined, { timeout: 10_000 });
    }
    await page.goto('/en/fees/');
    await page.locator('#amount').fill('201');
    await expect(page.locator('.quote')).toContainText('¥6.03');
    expect(errors).toEqual([]);
  });
});

test.describe('the worker stays out of other pages', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'allow' });

  test('the embed demo registers no worker', async ({ page }) => {
    await page.goto('/embed-demo.html');
    await expect(page.frameLocator('iframe').nth(0).locator('#amount')).toBeVisible();
    // No worker may register, also late: watched for a second, the first registration seen fails.
    await holdsFor(1_000, async () => {
      const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
      expect(registrations).toBe(0);
    });
  });

  test('after a visit to the app the blog page is still the blog page, online and offline', async ({ page, context }) => {
    await page.goto('/en/');
    await waitForController(page);
    await expect(page.locator('.pwa-banner')).toContainText('Ready to work offline', { timeout: 15_000 });
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      await page.goto('about:blank');
      await page.goto('/embed-demo.html');
      await expect(page.getByRole('heading', { level: 1 }), `offline: ${offline}`).toHaveText('Life in Beijing');
    }
    await context.setOffline(false);
  });
});

const UPDATE_PORT = Number(process.env.E2E_UPDATE_PORT ?? 4199);

test.describe('updates', () => {
  // Both tests serve their build on the same port: one at a time.
  test.describe.configure({ mode: 'serial' });
  // This test serves its own copy of the build, so it can change it.
  test.use({ locale: 'en-US', serviceWorkers: 'allow', appOrigins: [`http://127.0.0.1:${UPDATE_PORT}`] });
  let folder: string;
  let server: ChildProcess;
  const port = UPDATE_PORT;

  test.beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'waika-update-'));
    cpSync(process.env.E2E_DIST ?? 'dist', folder, { recursive: true });
    server = spawn('bash', ['scripts/nginx.sh', folder, String(port)], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });

  test.afterEach(() => {
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a new build shows "update available" and reloading shows the new version', async ({ page }) => {
    const base = `http://127.0.0.1:${port}/`;
    await page.goto(`${base}en/`);
    await waitForController(page);
    const oldVersion = await page.locator('meta[name="waika-version"]').getAttribute('content');
    await expect(page.locator('.version')).toHaveAttribute('title', oldVersion!);

    // Deploy a changed build: a new version in the page and the worker.
    const newVersion = 'feedfacecafe';
    deployVersion(folder, oldVersion!, newVersion);
    await page.reload();
    const banner = page.locator('.pwa-banner.update');
    await expect(banner).toContainText('A new version of the app is ready.');
    // Nothing changed by itself: the old version still runs.
    await expect(page.locator('.version')).toHaveAttribute('title', oldVersion!);
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('.version')).toHaveAttribute('title', newVersion);
    await expect(page.locator('.pwa-banner.update')).toHaveCount(0);
  });

  test('one tap on Reload updates the tab that asked, and only that tab', async ({ context }) => {
    const base = `http://127.0.0.1:${port}/`;
    const asking = await context.newPage();
    await asking.goto(`${base}en/`);
    await waitForController(asking);
    const other = await context.newPage();
    await other.goto(`${base}en/fees/`);
    await waitForController(other);
    await other.locator('#amount').fill('201');
    await other.evaluate(() => ((window as any).__stillHere = true));
    const oldVersion = await asking.locator('meta[name="waika-version"]').getAttribute('content');

    const newVersion = 'decafbadf00d';
    deployVersion(folder, oldVersion!, newVersion);
    await asking.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = asking.locator('.pwa-banner.update');
    await expect(banner).toContainText('A new version of the app is ready.', { timeout: 15_000 });
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(asking.locator('.version')).toHaveAttribute('title', newVersion);

    // The other tab was not reloaded: its typing is still there, on the old
    // build, which still finds its own files.
    expect(await other.evaluate(() => (window as any).__stillHere)).toBe(true);
    await expect(other.locator('#amount')).toHaveValue('201');
    await expect(other.locator('.version')).toHaveAttribute('title', oldVersion!);
    await expect(other.locator('.pwa-banner.update')).toContainText('A new version of the app is ready.');
    // Offline, the old build still moves to another of its views.
    await context.setOffline(true);
    await other.locator('.nav-bar a[href="en/tracker/"]').click();
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Spending tracker');
    await context.setOffline(false);
  });
});

test.describe('blog embed', () => {
  test.use({ locale: 'en-US' });

  test('the demo page shows two working frames that fit their content, in the tag language', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(2);
    await expect(frames.nth(0)).toHaveAttribute('title', 'Gebyrkalkulator for Weixin Pay');
    await expect(frames.nth(1)).toHaveAttribute('title', 'Weixin Pay problems and solutions');
    const calculator = page.frameLocator('iframe').nth(0);
    const help = page.frameLocator('iframe').nth(1);
    await expect(calculator.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(calculator.getByRole('heading', { level: 1 })).toHaveText('Gebyrkalkulator');
    await expect(help.locator('html')).toHaveAttribute('lang', 'en');
    await expect(help.getByRole('heading', { level: 1 })).toHaveText('Problems and solutions');
    // No site header or menu inside the frame.
    await expect(calculator.locator('.site-header')).toHaveCount(0);
    await calculator.locator('#amount').fill('201');
    await expect(calculator.locator('.quote')).toContainText('6,03');

    for (const index of [0, 1]) {
      const frame = frames.nth(index);
      await expect(async () => {
        const outer = await frame.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height);
        const inner = await frame.evaluate((element: HTMLIFrameElement) => element.contentDocument!.body.getBoundingClientRect().height);
        // The frame's border adds two pixels.
        expect(Math.abs(outer - inner - 2), `frame ${index}: ${outer} vs ${inner}`).toBeLessThan(4);
      }).toPass({ timeout: 10_000 });
    }
    // The blog's page gets no global name beyond what a browser has.
    const globals = await page.evaluate(() => Object.keys(window).filter((key) => key.toLowerCase().includes('waika')));
    expect(globals).toEqual([]);
  });

  test('a frame grows and shrinks with its content', async ({ page }) => {
    await page.goto('/embed-demo.html');
    const frame = page.locator('iframe').nth(1);
    const help = page.frameLocator('iframe').nth(1);
    await expect(help.locator('.problem-link').first()).toBeVisible();
    const tall = await frame.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height);
    await help.locator('#help-search').fill('SMS');
    await expect.poll(async () => frame.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height)).toBeLessThan(tall);
  });
});
