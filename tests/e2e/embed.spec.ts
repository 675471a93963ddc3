// A view embedded in a blog with one tag: it leaves the app's settings
// alone, speaks the language as blogs write it, and opens the full app in
// a tab of its own with what was chosen.
import { fill, texts } from './catalogue';
import { test, expect, holdsFor } from './fixtures';
import { BlogPage, EligibilityPage, FeesPage, GuidePage, HelpPage, TrackerPage } from './pages';

const NBSP = '\u00a0';

test.describe('embeds', () => {
  test.use({ locale: 'en-US' });

  test('an embed writes none of the app\'s settings', async ({ page }) => {
    const blog = new BlogPage(page);
    await page.goto('/manifest.webmanifest');
    await page.evaluate(() => localStorage.clear());
    await blog.open();
    // The demo embeds the calculator in Norwegian and the troubleshooter in
    // English; a guide in Chinese is added the way a blog adds one.
    await blog.embed([{ view: 'guide', lang: 'zh' }]);
    await expect(blog.frames).toHaveCount(3);

    // Each frame shows its view, running: typing changes what it shows.
    const calculator = blog.frame(texts('nb').app.embed_title_calculator);
    await calculator.scrollIntoViewIfNeeded();
    const calc = new FeesPage(calculator.contentFrame(), 'nb');
    await calc.amount.fill('201');
    await expect(calc.quote).toContainText(`¥${NBSP}6,03`);
    // A change in the frame stays in the frame.
    await calc.card.selectOption('santander');
    await expect(calc.quote).toContainText(`1,75${NBSP}%`);

    const troubleshooter = blog.frame(texts('en').app.embed_title_troubleshooter);
    await troubleshooter.scrollIntoViewIfNeeded();
    const help = new HelpPage(troubleshooter.contentFrame(), 'en');
    await expect(help.problemLinks.first()).toBeVisible();
    const all = await help.problemLinks.count();
    await help.search.fill('SMS');
    await expect.poll(() => help.problemLinks.count()).toBeLessThan(all);

    const guideFrame = blog.frame(texts('zh').app.embed_title_guide);
    await guideFrame.scrollIntoViewIfNeeded();
    const guide = new GuidePage(guideFrame.contentFrame(), 'zh');
    await expect(guide.progressBar).toBeVisible();
    await expect(guide.root).toHaveAttribute('lang', 'zh-CN');

    // No late write may come either: watched for half a second, the first one seen fails.
    await holdsFor(500, async () => {
      const keys: string[] = await page.evaluate(() => Object.keys(localStorage).sort());
      expect(keys, 'calculator settings').not.toContain('waika.calculator');
      expect(keys, 'the guide\'s place').not.toContain('waika.guide');
      expect(keys, 'the language').not.toContain('waika.lang');
      expect(keys.filter((key) => key.startsWith('waika.')), 'anything of the app\'s').toEqual([]);
    });

    // The reader's own app still has its English first settings.
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    const card = fill(tracker.t.tracker.settings_in_use, { card: tracker.t.app.issuer_typical_us_card, code: 'USD', ids: '2024-11' });
    await expect(tracker.settingsLine).toContainText(card);
    await expect(tracker.settingsLine).not.toContainText('DNB');
    await expect(tracker.settingsLine).not.toContainText('NOK');
    await expect(tracker.settingsLine).not.toContainText('Santander');
  });
});

// Found when a Norwegian blogger wrote data-lang="no" and got English, and
// her readers' taps on "Endre" or a link to another view replaced the view
// she chose, or landed far below their screen.
test.describe('a blogger\'s embed', () => {
  test.use({ locale: 'en-US', viewport: { width: 390, height: 844 } });

  test('takes the language as blogs write it, and opens other pages of the app in a tab of their own', async ({ page, context }) => {
    const blog = new BlogPage(page);
    await blog.open();
    await blog.embed([{ view: 'calculator', lang: 'no' }, { view: 'troubleshooter', lang: 'nb-NO' }], 'header');
    const frames = page.locator('header iframe');
    await expect(frames).toHaveCount(2);
    await expect(frames.nth(0)).toHaveAttribute('src', /\/nb\/fees\//);
    await expect(frames.nth(0)).toHaveAttribute('title', texts('nb').app.embed_title_calculator);
    await expect(frames.nth(1)).toHaveAttribute('src', /\/nb\/help\//);
    await expect(frames.nth(0)).toHaveAttribute('allow', 'fullscreen');
    const calc = new FeesPage(frames.nth(0).contentFrame(), 'nb');
    await calc.amount.fill('350');
    const change = frames.nth(0).contentFrame().getByRole('link', { name: texts('nb').app.quote_change, exact: true });
    const [tab] = await Promise.all([context.waitForEvent('page'), change.click()]);
    // The amount typed in the frame comes along (a new tab, and a blog's
    // frame, keep storage of their own), then leaves the address.
    await expect(tab.locator('#amount')).toHaveValue('350');
    await expect(tab).toHaveURL(/\/nb\/fees\/#card-settings$/);
    // The frame still shows the view the blog chose.
    await expect(frames.nth(0).contentFrame().locator('#amount')).toHaveValue('350');
  });

  // Found when a reader answered the checker in a blog, tapped "Open the
  // full app" and started again from the first question.
  test('the full app opens with what was chosen in the frame', async ({ page, context }) => {
    // What is typed never reaches the host in an address.
    const asked: string[] = [];
    context.on('request', (request) => asked.push(request.url()));
    const blog = new BlogPage(page);
    await blog.open();
    await blog.embed([{ view: 'eligibility', lang: 'en' }, { view: 'calculator', lang: 'zh' }], 'header');
    const frames = page.locator('header iframe');
    await expect(frames).toHaveCount(2);
    const checker = new EligibilityPage(frames.nth(0).contentFrame(), 'en');
    await checker.option('id', 'passport').check();
    await expect(checker.option('id', 'passport')).toBeChecked();
    // Still the blog's view, with its links opening tabs of their own.
    const frameQuery = () => frames.nth(0).evaluate((frame: HTMLIFrameElement) => frame.contentWindow!.location.search);
    await expect.poll(frameQuery).toMatch(/embed=1/);
    await expect.poll(frameQuery).toMatch(/parent=/);
    const open = (index: number, lang: 'en' | 'zh') =>
      frames.nth(index).contentFrame().getByRole('link', { name: texts(lang).app.open_full_app });
    const [checkerTab] = await Promise.all([context.waitForEvent('page'), open(0, 'en').click()]);
    await expect(checkerTab).toHaveURL(/\/en\/eligibility\/\?id=passport$/);
    await expect(new EligibilityPage(checkerTab, 'en').option('id', 'passport')).toBeChecked();
    const calc = new FeesPage(frames.nth(1).contentFrame(), 'zh');
    await calc.amount.fill('１２０元');
    const [feesTab] = await Promise.all([context.waitForEvent('page'), open(1, 'zh').click()]);
    await expect(feesTab.locator('#amount')).toHaveValue('１２０元');
    await expect(feesTab).toHaveURL(/\/zh\/fees\/$/);
    expect(asked.filter((url) => /amount|%EF%BC%91/.test(url))).toEqual([]);
  });
});
