import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { problemTitle, texts, type Lang } from './catalogue';
import { test, expect, holdsFor } from './fixtures';
import { BlogPage, FeesPage, HelpPage, TrackerPage, View } from './pages';

const VIEWS = ['', 'eligibility/', 'guide/', 'guide/open-wallet/', 'guide/all/', 'help/', 'help/sms-code/', 'fees/', 'tracker/', 'before-you-go/', 'cashier/'];
const LANGS: Lang[] = ['en', 'nb', 'zh'];

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

async function waitForController(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Whether a server answers on `port`. */
async function answers(port: number) {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return true;
  } catch {
    return false;
  }
}

test.describe('offline', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'allow' });

  test('after one visit every route works offline, and the user is told once', async ({ page, context }) => {
    test.setTimeout(90_000);
    const home = new View(page, 'en', '');
    await home.open();
    // The worker downloads the app first, which takes a while on a busy machine.
    await expect(home.banner).toContainText(home.t.app.offline_ready, { timeout: 15_000 });
    await waitForController(page);
    await context.setOffline(true);
    for (const path of VIEWS) {
      const view = new View(page, 'en', path);
      await page.goto('about:blank');
      await view.open();
      await expect(view.heading, path).toBeVisible();
      // The app itself started, not only its page.
      await view.appLoaded(10_000);
    }
    // A view never opened online, in the language used, and the app's
    // own start page and old links.
    await new HelpPage(page, 'en', 'risk-control').open();
    await expect(home.heading).toHaveText(problemTitle('en', 'risk-control'));
    await page.goto('/#/cashier');
    await expect(home.heading).toHaveText(home.t.app.cashier_title);
    // The fee calculator computes offline too.
    const fees = new FeesPage(page, 'en');
    await fees.open();
    await fees.amount.fill('201');
    await expect(fees.quote).toContainText('¥6.03');
    await context.setOffline(false);
    await home.open();
    await expect(home.heading).toBeVisible();
    await expect(home.banner).toHaveCount(0);
    // Another language, once used online, works offline too.
    await new View(page, 'zh', '').open();
    await expect(home.root).toHaveAttribute('lang', 'zh-CN');
    await context.setOffline(true);
    await page.goto('about:blank');
    const tracker = new TrackerPage(page, 'zh');
    await tracker.open();
    await expect(tracker.heading).toHaveText(tracker.t.tracker.title);
    await context.setOffline(false);
  });
});

test.describe('without a service worker', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'block' });

  test('with service workers blocked every view works online in every language, with no error', async ({ page }) => {
    test.setTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const lang of LANGS) {
      for (const path of VIEWS) {
        const view = new View(page, lang, path);
        await view.open();
        await expect(view.heading, `${lang}/${path}`).toBeVisible();
        // The app itself started, not only its page.
        await view.appLoaded(10_000);
      }
    }
    const fees = new FeesPage(page, 'en');
    await fees.open();
    await fees.amount.fill('201');
    await expect(fees.quote).toContainText('¥6.03');
    expect(errors).toEqual([]);
  });
});

test.describe('the worker stays out of other pages', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'allow' });

  test('the embed demo registers no worker', async ({ page }) => {
    const blog = new BlogPage(page);
    await blog.open();
    await expect(new FeesPage(blog.content(0), 'nb').amount).toBeVisible();
    // No worker may register, also late: watched for a second, the first registration seen fails.
    await holdsFor(1_000, async () => {
      const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
      expect(registrations).toBe(0);
    });
  });

  test('after a visit to the app the blog page is still the blog page, online and offline', async ({ page, context }) => {
    const home = new View(page, 'en', '');
    const blog = new BlogPage(page);
    await home.open();
    await waitForController(page);
    await expect(home.banner).toContainText(home.t.app.offline_ready, { timeout: 15_000 });
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      await page.goto('about:blank');
      await blog.open();
      await expect(blog.heading, `offline: ${offline}`).toHaveText('Life in Beijing');
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
    await expect.poll(() => answers(port), { message: 'the server answers', timeout: 10_000 }).toBe(true);
  });

  test.afterEach(async () => {
    const stopped = new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
    server.kill();
    await stopped;
    // The next test's server gets the port only once this one has let it go.
    await expect.poll(() => answers(port), { message: 'the server has stopped' }).toBe(false);
    rmSync(folder, { recursive: true, force: true });
  });

  test('a new build shows "update available" and reloading shows the new version', async ({ page }) => {
    const base = `http://127.0.0.1:${port}/`;
    const home = new View(page, 'en', '');
    await page.goto(`${base}en/`);
    await waitForController(page);
    const oldVersion = await home.meta('waika-version').getAttribute('content');
    await expect(home.version).toHaveAttribute('title', oldVersion!);

    // Deploy a changed build: a new version in the page and the worker.
    const newVersion = 'feedfacecafe';
    deployVersion(folder, oldVersion!, newVersion);
    await page.reload();
    await expect(home.updateBanner).toContainText(home.t.app.update_available);
    // Nothing changed by itself: the old version still runs.
    await expect(home.version).toHaveAttribute('title', oldVersion!);
    await home.updateBanner.getByRole('button', { name: home.t.app.update_reload }).click();
    await expect(home.version).toHaveAttribute('title', newVersion);
    await expect(home.updateBanner).toHaveCount(0);
  });

  test('one tap on Reload updates the tab that asked, and only that tab', async ({ context }) => {
    const base = `http://127.0.0.1:${port}/`;
    const asking = new View(await context.newPage(), 'en', '');
    await asking.page.goto(`${base}en/`);
    await waitForController(asking.page);
    const other = new FeesPage(await context.newPage(), 'en');
    await other.page.goto(`${base}en/fees/`);
    await waitForController(other.page);
    await other.amount.fill('201');
    await other.page.evaluate(() => ((window as any).__stillHere = true));
    const oldVersion = await asking.meta('waika-version').getAttribute('content');
    const updateAvailable = asking.t.app.update_available;

    const newVersion = 'decafbadf00d';
    deployVersion(folder, oldVersion!, newVersion);
    await asking.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(asking.updateBanner).toContainText(updateAvailable, { timeout: 15_000 });
    await asking.updateBanner.getByRole('button', { name: asking.t.app.update_reload }).click();
    await expect(asking.version).toHaveAttribute('title', newVersion);

    // The other tab was not reloaded: its typing is still there, on the old
    // build, which still finds its own files.
    expect(await other.page.evaluate(() => (window as any).__stillHere)).toBe(true);
    await expect(other.amount).toHaveValue('201');
    await expect(other.version).toHaveAttribute('title', oldVersion!);
    await expect(other.updateBanner).toContainText(updateAvailable);
    // Offline, the old build still moves to another of its views.
    await context.setOffline(true);
    await other.sectionLink('nav_tracker').click();
    await expect(other.heading).toHaveText(other.t.tracker.title);
    await context.setOffline(false);
  });
});

test.describe('blog embed', () => {
  test.use({ locale: 'en-US' });

  test('the demo page shows two working frames that fit their content, in the tag language', async ({ page }) => {
    const blog = new BlogPage(page);
    await blog.open();
    const frames = blog.frames;
    await expect(frames).toHaveCount(2);
    await expect(frames.nth(0)).toHaveAttribute('title', texts('nb').app.embed_title_calculator);
    await expect(frames.nth(1)).toHaveAttribute('title', texts('en').app.embed_title_troubleshooter);
    const calculator = new FeesPage(blog.content(0), 'nb');
    const help = new HelpPage(blog.content(1), 'en');
    await expect(calculator.root).toHaveAttribute('lang', 'nb');
    await expect(calculator.heading).toHaveText(calculator.t.app.calculator_title);
    await expect(help.root).toHaveAttribute('lang', 'en');
    await expect(help.heading).toHaveText(help.t.app.help_title);
    // No site header or menu inside the frame.
    await expect(calculator.siteHeader).toHaveCount(0);
    await calculator.amount.fill('201');
    await expect(calculator.quote).toContainText('6,03');

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
    const blog = new BlogPage(page);
    await blog.open();
    const frame = blog.frames.nth(1);
    const help = new HelpPage(blog.content(1), 'en');
    await expect(help.problemLinks.first()).toBeVisible();
    const tall = await frame.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height);
    await help.search.fill('SMS');
    await expect.poll(async () => frame.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height)).toBeLessThan(tall);
  });
});
