// What people keep on their device stays whole and is read as they meant
// it: one ledger across tabs, versions typed any way, a markup that cannot
// be read, refused payments, the day in China and imports. Embeds are in
// embed.spec.ts, stored ledgers that need putting right in
// stored-ledger.spec.ts.
import type { Page } from '@playwright/test';
import { fill, lists, plural } from './catalogue';
import { test, expect, LANGUAGES } from './fixtures';
import { EligibilityPage, TrackerPage } from './pages';
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
      // It either went through or it did not: the row says what to do for each.
      await expect(tracker.payment('car')).toContainText(tracker.t.tracker.refused_what_now);
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
