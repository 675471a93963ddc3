import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const ROUTES = ['#/', '#/eligibility', '#/guide', '#/guide/open-wallet', '#/guide/all', '#/help', '#/help/sms-code', '#/fees', '#/tracker', '#/before-you-go', '#/cashier'];

async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

test.describe('offline', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'allow' });

  test('after one visit every route works offline, and the user is told once', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/#/');
    // The worker downloads every bundle first, which takes a while on a busy machine.
    await expect(page.locator('.pwa-banner')).toContainText('Ready to work offline', { timeout: 15_000 });
    await waitForController(page);
    await context.setOffline(true);
    for (const route of ROUTES) {
      await page.goto('about:blank');
      await page.goto(`/${route}`);
      await expect(page.locator('h1'), route).toBeVisible();
    }
    // The fee calculator computes offline too.
    await page.goto('/#/fees');
    await page.locator('#amount').fill('201');
    await expect(page.locator('.quote')).toContainText('¥6.03');
    await context.setOffline(false);
    await page.goto('/#/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.pwa-banner')).toHaveCount(0);
  });
});

const UPDATE_PORT = Number(process.env.E2E_UPDATE_PORT ?? 4199);

test.describe('updates', () => {
  // This test serves its own copy of the build, so it can change it.
  test.use({ locale: 'en-US', serviceWorkers: 'allow', appOrigins: [`http://127.0.0.1:${UPDATE_PORT}`] });
  let folder: string;
  let server: ChildProcess;
  const port = UPDATE_PORT;

  test.beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'waika-update-'));
    cpSync('dist', folder, { recursive: true });
    server = spawn('node', ['tests/e2e/static-server.mjs', folder, String(port)], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 500));
  });

  test.afterEach(() => {
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a new build shows "update available" and reloading shows the new version', async ({ page }) => {
    const base = `http://127.0.0.1:${port}/`;
    await page.goto(`${base}#/`);
    await waitForController(page);
    const oldVersion = await page.locator('meta[name="waika-version"]').getAttribute('content');
    await expect(page.locator('.version')).toContainText(oldVersion!);

    // Deploy a changed build: a new version in the page and the worker.
    const newVersion = 'feedfacecafe';
    for (const file of ['index.html', 'sw.js']) {
      const path = join(folder, file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(oldVersion!, newVersion));
    }
    await page.reload();
    const banner = page.locator('.pwa-banner.update');
    await expect(banner).toContainText('A new version of the app is ready.');
    // Nothing changed by itself: the old version still runs.
    await expect(page.locator('.version')).toContainText(oldVersion!);
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('.version')).toContainText(newVersion);
    await expect(page.locator('.pwa-banner.update')).toHaveCount(0);
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
    await expect(help.locator('.problem').first()).toBeVisible();
    const tall = await frame.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height);
    await help.locator('#help-search').fill('SMS');
    await expect.poll(async () => frame.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height)).toBeLessThan(tall);
  });
});
