// What people keep on their device stays whole and is read as they meant
// it: one ledger across tabs, versions typed any way, embeds that leave
// settings alone, a markup that cannot be read, refused payments, the
// day in China, imports and stored details that need putting right.
import type { Page } from '@playwright/test';
import { fill, lists, plural, texts } from './catalogue';
import { test, expect, holdsFor, LANGUAGES } from './fixtures';
import { BlogPage, EligibilityPage, FeesPage, GuidePage, HelpPage, TrackerPage } from './pages';
import { openWithStorage, storedLedger, storedPayments, storedSettings } from './storage';

const NBSP = '\u00a0';
/** Noon in China on a day in November 2026. */
const TODAY = new Date('2026-11-23T12:00:00+08:00');

/** Percentages and amounts as each language writes them, worked out by the test. */
const NUMBERS = {
  English: {
    percent25: '2.5%',
    percent0: '0%',
    yuan: (whole: string, cents: string) => `¥${whole}.${cents}`,
    date20Nov: `20${NBSP}Nov${NBSP}2026`,
  },
  Norsk: {
    percent25: `2,5${NBSP}%`,
    percent0: `0${NBSP}%`,
    yuan: (whole: string, cents: string) => `¥${NBSP}${whole.replace(/,/g, NBSP)},${cents}`,
    date20Nov: `20.${NBSP}nov.${NBSP}2026`,
  },
  中文: {
    percent25: '2.5%',
    percent0: '0%',
    yuan: (whole: string, cents: string) => `¥${whole}.${cents}`,
    date20Nov: '2026年11月20日',
  },
} as const;

for (const lang of LANGUAGES) {
  const numbers = NUMBERS[lang.name];

  test.describe(`data safety in ${lang.name}`, () => {
    test.use({ locale: lang.locale });

    test('two tabs keep one ledger: each sees the other\'s payments, and nothing is lost', async ({ page, context }) => {
      await context.clock.install({ time: TODAY });
      const tabA = new TrackerPage(page, lang.folder);
      await tabA.open();
      await tabA.amount.waitFor();
      const tabB = new TrackerPage(await context.newPage(), lang.folder);
      await tabB.open();
      await tabB.amount.waitFor();

      await tabA.add('2026-11-20', '100', 'first in A');
      await expect(tabA.payments).toHaveCount(1);
      // B hears of A's write through the storage event, without a reload.
      await expect(tabB.payment('first in A')).toHaveCount(1);

      await tabB.add('2026-11-21', '200', 'then in B');
      await expect(tabB.payments).toHaveCount(2);
      await expect(tabA.payment('then in B')).toHaveCount(1);

      await tabA.add('2026-11-22', '300', 'again in A');
      await expect(tabA.payments).toHaveCount(3);
      await expect(tabB.payments).toHaveCount(3);
      await expect(tabB.payment('again in A')).toHaveCount(1);

      await expect.poll(async () => (await storedPayments(tabA.page)).map((p) => p.note).sort()).toEqual(['again in A', 'first in A', 'then in B']);
      const stored = await storedPayments(tabB.page);
      expect(new Set(stored.map((p) => p.id)).size, 'ids are unique').toBe(3);
      expect(stored.map((p) => p.amount).sort()).toEqual(['100', '200', '300']);

      for (const tab of [tabB, tabA]) {
        await tab.page.reload();
        await expect(tab.payments).toHaveCount(3);
        for (const note of ['first in A', 'then in B', 'again in A']) {
          await expect(tab.payment(note)).toHaveCount(1);
        }
      }
    });

    test('an edit open in one tab does not put back what another tab changed meanwhile', async ({ page, context }) => {
      // Found by a student who corrected her rent to 2,600 in one tab while
      // the other still had its form open on 2,500: saving a new note there
      // put the 2,500 back without a word.
      await context.clock.install({ time: TODAY });
      const tabA = new TrackerPage(page, lang.folder);
      await tabA.open();
      await tabA.add('2026-11-20', '2500', 'rent');
      const tabB = new TrackerPage(await context.newPage(), lang.folder);
      await tabB.open();
      await expect(tabB.payment('rent')).toHaveCount(1);

      const rowA = tabA.payment('rent');
      await tabA.button('edit_action', rowA).click();
      await expect(tabA.field(rowA, 'amount_label')).toHaveValue('2500');

      const rowB = tabB.payment('rent');
      await tabB.button('edit_action', rowB).click();
      await tabB.field(rowB, 'amount_label').fill('2600');
      await tabB.button('save', rowB).click();
      await expect(rowB).toContainText(numbers.yuan('2,600', '00'));

      // The form in A says so, and its untouched amount follows.
      const payment = [numbers.yuan('2,600', '00'), numbers.date20Nov, 'rent'].join(' · ');
      await expect(rowA).toContainText(fill(tabA.t.tracker.changed_elsewhere, { payment }));
      await expect(tabA.field(rowA, 'amount_label')).toHaveValue('2600');
      await tabA.field(rowA, 'note_label').fill('rent, November');
      await tabA.button('save', rowA).click();
      await expect(rowA).toContainText('rent, November');
      await expect.poll(async () => (await storedPayments(page)).map((p) => [p.amount, p.note])).toEqual([['2600', 'rent, November']]);
    });

    test('the WeChat version reads commas, spaces and full-width digits, and says how', async ({ page }) => {
      const checker = new EligibilityPage(page, lang.folder);
      const words = checker.t.checker;
      await checker.open();
      const version = checker.version;
      await version.waitFor();
      // A decimal keypad has no second point on many phones.
      await expect(version).not.toHaveAttribute('inputmode', 'decimal');
      for (const typed of ['8,0,50', '8 0 50', '８．０．５０']) {
        await version.fill(typed);
        // Said under the field.
        await expect(checker.versionField, typed).toContainText(fill(words.version_read_as, { version: '8.0.50' }));
        await expect(checker.versionNote, typed).toHaveText(fill(words.version_read_as, { version: '8.0.50' }));
        await expect(checker.versionError, typed).toHaveCount(0);
        await expect(version, typed).not.toHaveAttribute('aria-invalid', 'true');
        await expect(checker.shareLink, typed).toHaveValue(/[?&]ver=8\.0\.50(&|$)/);
      }
      // Written the usual way: nothing to say.
      await version.fill('8.0.50');
      await expect(checker.versionNote).toHaveCount(0);
      await expect(checker.versionError).toHaveCount(0);

      await version.fill('8.0.4x');
      await expect(checker.versionField).toContainText(fill(words.version_unreadable, { text: '8.0.4x' }));
      await expect(checker.versionError).toContainText(fill(words.version_unreadable, { text: '8.0.4x' }));
      await expect(version).toHaveAttribute('aria-invalid', 'true');
      await expect(checker.versionNote).toHaveCount(0);
      await expect(checker.shareLink).not.toHaveValue(/ver=/);
    });

    test('a shared link with an escaped version restores it', async ({ page }) => {
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open('?ver=8%2E0%2E50');
      await expect(checker.version).toHaveValue('8.0.50');
      await expect(checker.versionError).toHaveCount(0);
      await expect(checker.shareLink).toHaveValue(/[?&]ver=8\.0\.50(&|$)/);
    });

    /** The tracker on TODAY with one ¥1,000 payment, costed with a card of
     *  the user's own whose stored settings hold `markup`. */
    async function trackerWithMarkup(page: Page, markup: Record<string, unknown>) {
      await page.clock.install({ time: TODAY });
      const tracker = new TrackerPage(page, lang.folder);
      await openWithStorage(page, `/${lang.folder}/tracker/`, {
        'waika.ledger': storedLedger([{ id: 0, date: '2026-11-01', amount: '1000', note: 'hotel', refunds: [] }]),
        'waika.calculator': storedSettings(markup),
      });
      return tracker;
    }

    test('a markup that cannot be read: the last readable one is used, and the page says so', async ({ page }) => {
      const tracker = await trackerWithMarkup(page, { last_valid_markup: '2.5' });
      const words = tracker.t.tracker;
      await expect(tracker.markupNotice).toHaveText(fill(words.markup_fallback, { typed: '100%', percent: numbers.percent25 }));
      // 1,000 yuan with a 3 % fee is 1,030 yuan; 2.5 % of that is 25.75.
      const markupRow = tracker.periodRows(tracker.periods.first()).nth(3);
      await expect(markupRow).toContainText(fill(words.row_markup, { percent: numbers.percent25 }));
      await expect(markupRow).toContainText(numbers.yuan('25', '75'));
    });

    test('a markup that cannot be read, and none before it: the totals leave it out, and say so', async ({ page }) => {
      const tracker = await trackerWithMarkup(page, {});
      const words = tracker.t.tracker;
      await expect(tracker.markupNotice).toHaveText(fill(words.markup_missing, { typed: '100%' }));
      const markupRow = tracker.periodRows(tracker.periods.first()).nth(3);
      await expect(markupRow).toContainText(fill(words.row_markup, { percent: numbers.percent0 }));
      await expect(markupRow).toContainText(numbers.yuan('0', '00'));
    });

    test('no markup typed for the card, as the Fees page allows: left out as there, not called unreadable', async ({ page }) => {
      // An earlier markup was typed and then cleared: nothing typed now.
      const tracker = await trackerWithMarkup(page, { custom_markup: '', last_valid_markup: '2.5' });
      const words = tracker.t.tracker;
      await expect(tracker.markupNotice).toHaveText(words.markup_not_typed);
      const markupRow = tracker.periodRows(tracker.periods.first()).nth(3);
      await expect(markupRow).toContainText(fill(words.row_markup, { percent: '?' }));
      await expect(markupRow).toContainText(tracker.t.app.markup_not_counted);
    });

    test('a payment Weixin Pay would have refused is called out in the summary', async ({ page }) => {
      await page.clock.install({ time: TODAY });
      const tracker = new TrackerPage(page, lang.folder);
      const refused = tracker.t.tracker.refused_title;
      // Over the 2026 single-payment limit (USD 5,000, about ¥35,500), and
      // one well under it, which is not counted as refused.
      await openWithStorage(page, `/${lang.folder}/tracker/`, {
        'waika.ledger': storedLedger([
          { id: 0, date: '2026-11-01', amount: '60000', note: 'car', refunds: [] },
          { id: 1, date: '2026-11-02', amount: '100', note: 'tea', refunds: [] },
        ]),
      });
      await expect(tracker.payments).toHaveCount(2);
      await expect(tracker.payment('car')).toContainText(refused);
      await expect(tracker.payment('tea')).not.toContainText(refused);
      // Once for the month, once for the year.
      const summary = fill(plural(lists(lang.folder).tracker.includes_refused, 1), { amount: numbers.yuan('60,000', '00') });
      await expect(tracker.periods).toHaveCount(2);
      for (const period of [tracker.periods.nth(0), tracker.periods.nth(1)]) {
        await expect(tracker.periodNote(period)).toHaveText(summary);
      }
    });

    test.describe('far from China', () => {
      // Neither the browser's day nor UTC's is China's.
      test.use({ timezoneId: 'America/New_York' });

      test('the add form\'s date is today in China, also after midnight there', async ({ page }) => {
        await page.clock.install({ time: new Date('2026-12-31T15:50:00Z') });
        const tracker = new TrackerPage(page, lang.folder);
        await tracker.open();
        // 23:50 on 31 December in China.
        await expect(tracker.date).toHaveValue('2026-12-31');
        // 00:10 on 1 January in China: the browser and UTC still say 31
        // December, and this tab kept 2026-12-31 for the form.
        await page.clock.setSystemTime(new Date('2026-12-31T16:10:00Z'));
        await page.reload();
        const now = await page.evaluate(() => Date.now());
        expect(now - Date.parse('2026-12-31T16:10:00Z'), 'the page runs at the new time').toBeGreaterThanOrEqual(0);
        expect(now - Date.parse('2026-12-31T16:10:00Z'), 'the page runs at the new time').toBeLessThan(60_000);
        await expect(tracker.date).toHaveValue('2027-01-01');
        // A payment added with it is dated that day.
        await tracker.amount.fill('50');
        await tracker.addButton.click();
        await expect(tracker.payments).toHaveCount(1);
        await expect.poll(async () => (await storedPayments(page)).map((p) => p.date)).toEqual(['2027-01-01']);
        // A day later in UTC, 00:10 on 2 January in China.
        await page.clock.setSystemTime(new Date('2027-01-01T16:10:00Z'));
        await page.reload();
        await expect(tracker.date).toHaveValue('2027-01-02');
      });
    });

    test('an import with three payments that cannot be used lists all three', async ({ page }) => {
      await page.clock.install({ time: TODAY });
      const tracker = new TrackerPage(page, lang.folder);
      const counted = lists(lang.folder).tracker;
      await tracker.open();
      const file = JSON.stringify({
        app: 'waika',
        kind: 'ledger',
        version: 1,
        exported: '2026-11-20',
        data: {
          next_id: 5,
          payments: [
            { id: 0, date: '2026-11-01', amount: '100', note: 'good', refunds: [] },
            { id: 1, date: '2026-11-02', amount: '-5', note: 'negative', refunds: [] },
            { id: 2, date: '2026-11-03', amount: '1e3', note: 'exponent', refunds: [] },
            { id: 3, date: '2026-+1-01', amount: '10', note: 'signed month', refunds: [] },
          ],
        },
      });
      await tracker.import('three-bad.json', file);
      // Nothing on the device: nothing is replaced.
      await expect(tracker.confirm).toContainText(plural(counted.import_confirm_new, 1));
      await expect(tracker.confirm).toContainText(plural(counted.import_left_out, 3));
      // Every payment left out has a line, named as the file has it, so it
      // can be found there (a student who broke one amount was told only
      // "1 payment cannot be read").
      const items = tracker.setAside();
      await expect(items).toHaveCount(3);
      await expect(items.nth(0)).toContainText('2026-11-02');
      await expect(items.nth(0)).toContainText('negative');
      await expect(items.nth(0)).toContainText(tracker.t.app.error_negative);
      await expect(items.nth(1)).toContainText('2026-11-03 · 1e3 · exponent');
      await expect(items.nth(1)).toContainText(tracker.t.tracker.unreadable_reason);
      await expect(items.nth(2)).toContainText('2026-+1-01 · 10 · signed month');
      await tracker.button('import_add').click();
      await expect(tracker.payments).toHaveCount(1);
      await expect(tracker.payments).toContainText('good');
    });
  });
}

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

test.describe('stored ledger details', () => {
  test.use({ locale: 'en-US' });

  test('a negative id counter still shows the payments, put right, with a backup', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    const tracker = new TrackerPage(page, 'en');
    const raw = storedLedger(
      [
        { id: 0, date: '2026-11-01', amount: '100', note: 'first', refunds: [] },
        { id: 1, date: '2026-11-02', amount: '200', note: 'second', refunds: [] },
      ],
      -5,
    );
    await openWithStorage(page, '/en/tracker/', { 'waika.ledger': raw });
    await expect(tracker.payments).toHaveCount(2);
    await expect(tracker.payment('first')).toBeVisible();
    await expect(tracker.payment('second')).toBeVisible();
    // "Some saved details could not be used as they were … no payment is missing; the original is kept as a backup."
    await expect(tracker.storedNotice).toContainText(tracker.t.tracker.stored_repaired);
    await expect(tracker.button('export_backup', tracker.storedNotice)).toBeVisible();
    const backups: string[] = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('waika.ledger.backup'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(backups).toContain(raw);

    // A payment added now gets an id of its own.
    await tracker.add('2026-11-03', '300', 'third');
    await expect(tracker.payments).toHaveCount(3);
    await expect.poll(async () => (await storedPayments(page)).length).toBe(3);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('waika.ledger')));
    const ids: number[] = stored.data.payments.map((p) => p.id);
    expect(new Set(ids).size, `ids ${ids}`).toBe(3);
    expect(stored.data.next_id, 'the counter lies above every id').toBeGreaterThan(Math.max(...ids));
    await page.reload();
    await expect(tracker.payments).toHaveCount(3);
  });
});

test.describe('a stored ledger cut off part-way', () => {
  test.use({ locale: 'nb-NO' });

  test('gives back the whole payments before the cut, keeps the original, and its exported backup imports', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    const tracker = new TrackerPage(page, 'nb');
    const counted = lists('nb').tracker;
    const whole = storedLedger(
      [
        { id: 0, date: '2026-11-01', amount: '50', note: 'Lunsj', refunds: [] },
        { id: 1, date: '2026-11-02', amount: '800', note: 'Hotell', refunds: [{ id: 3, date: '2026-11-03', amount: '100' }] },
        { id: 2, date: '2026-11-04', amount: '30', note: 'Taxi', refunds: [] },
      ],
      4,
    );
    // As if storage filled up while the last payment was written.
    const raw = whole.slice(0, whole.indexOf('"Taxi"'));
    await openWithStorage(page, '/nb/tracker/', { 'waika.ledger': raw });
    await expect(tracker.payments).toHaveCount(2);
    await expect(tracker.payment('Lunsj')).toBeVisible();
    await expect(tracker.payment('Hotell')).toBeVisible();
    await expect(tracker.storedNotice).toContainText(plural(counted.stored_cut_off, 2));
    // The original text is kept untouched; exported, it imports what it can.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker.button('export_backup', tracker.storedNotice).click(),
    ]);
    const backup = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(backup).toBe(raw);
    await tracker.button('clear_all').click();
    await tracker.button('clear_yes').click();
    await expect(tracker.payments).toHaveCount(0);
    await tracker.import('backup.json', backup);
    await expect(tracker.confirm).toContainText(tracker.t.tracker.import_cut_off);
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(2);
    await expect(tracker.payment('Hotell')).toContainText('¥\u00a0100');
  });
});

// Found when a student moved to a new phone with an export cut in half:
// "The file holds 4 payments" (it held 9) and his new-user answers stayed
// behind without a word.
test.describe('an export cut in half on the way to a new phone', () => {
  test.use({ locale: 'nb-NO' });

  test('says so first, counts what can be read, and still brings the answers', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    const tracker = new TrackerPage(page, 'nb');
    const counted = lists('nb').tracker;
    const payments = Array.from({ length: 9 }, (_, id) => ({
      id, date: `2026-11-${String(id + 10).padStart(2, '0')}`, amount: `${(id + 1) * 11}`, note: `betaling ${id + 1}`, refunds: [],
    }));
    const answers = { first_card: true, first_link: '2026-09-05', first_payment: '2026-09-06' };
    await openWithStorage(page, '/nb/tracker/', {
      'waika.ledger': storedLedger(payments),
      'waika.new-user': JSON.stringify({ version: 1, data: answers }),
    });
    await expect(tracker.payments).toHaveCount(9);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tracker.button('export_json').click(),
    ]);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    const half = text.slice(0, Math.floor(text.length / 2));

    await openWithStorage(page, '/nb/tracker/', {});
    await tracker.import('halv.json', half);
    const paragraphs = tracker.confirm.locator('p');
    await expect(paragraphs.first()).toHaveText(tracker.t.tracker.import_cut_off);
    const read = Number((await tracker.confirm.locator('#confirm-text').textContent())?.match(/\d+/)?.[0]);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(9);
    await expect(tracker.confirm).toContainText(plural(counted.import_confirm_new, read));
    await expect(tracker.confirm).toContainText(tracker.t.tracker.import_new_user);
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(read);
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('waika.new-user') ?? '{}').data?.first_payment)).toBe('2026-09-06');
  });
});
