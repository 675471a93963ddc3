// What people keep on their device stays whole and is read as they meant
// it: one ledger across tabs, versions typed any way, embeds that leave
// settings alone, a markup that cannot be read, refused payments, the
// day in China, imports and stored details that need putting right.
import { test, expect, holdsFor, LANGUAGES } from './fixtures';
import { openWithStorage, storedLedger, storedPayments, storedSettings } from './storage';

const NBSP = '\u00a0';
/** Noon in China on a day in November 2026. */
const TODAY = new Date('2026-11-23T12:00:00+08:00');

/** What each language says, from crates/texts/src/{tracker,eligibility}/{en,nb,zh}.rs. */
const TEXTS = {
  English: {
    path: 'en',
    add: 'Add payment',
    readAs: 'Read as 8.0.50.',
    unreadableVersion: '“8.0.4x” is not a version number.',
    card: 'Card: Typical US card · home currency: USD',
    percent25: '2.5%',
    percent0: '0%',
    markup: (percent: string) => `Card issuer's markup (${percent})`,
    markupFallback: 'The markup typed on the Fees page (“100%”) cannot be read, so the last one that could is used: 2.5%.',
    markupMissing: "The markup typed on the Fees page (“100%”) cannot be read, so these totals leave the card's markup out. Correct it on the Fees page.",
    yuan: (whole: string, cents: string) => `¥${whole}.${cents}`,
    refusedSummary: 'Includes 1 payment (¥60,000.00) that Weixin Pay would have refused for a limit: it is counted in Spent and its fee as if it had gone through.',
    refusedRow: 'Weixin Pay would have refused this',
    fileHolds: 'The file holds 1 payment.',
    leftOut: '3 payments in the file cannot be used as they are and will not be imported.',
    negative: 'The number cannot be negative.',
    unreadableTwo: '2 payments that cannot be read at all (a date, amount or id written in a way the app never writes)',
    replace: 'Replace',
  },
  Norsk: {
    path: 'nb',
    add: 'Legg til betaling',
    readAs: 'Tolket som 8.0.50.',
    unreadableVersion: '«8.0.4x» er ikke et versjonsnummer.',
    card: 'Kort: Typisk amerikansk kort · hjemmevaluta: USD',
    percent25: `2,5${NBSP}%`,
    percent0: `0${NBSP}%`,
    markup: (percent: string) => `Valutapåslag fra kortutstederen (${percent})`,
    markupFallback: `Valutapåslaget du har skrevet inn på Gebyrer-siden («100%»), er ikke et gyldig tall, så det siste gyldige brukes: 2,5${NBSP}%.`,
    markupMissing: 'Valutapåslaget du har skrevet inn på Gebyrer-siden («100%»), er ikke et gyldig tall, så disse summene er uten kortets valutapåslag. Rett det på Gebyrer-siden.',
    yuan: (whole: string, cents: string) => `¥${NBSP}${whole.replace(/,/g, NBSP)},${cents}`,
    refusedSummary: `Summene inkluderer 1 betaling (¥${NBSP}60${NBSP}000,00) som Weixin Pay ville ha avvist fordi den går over en grense; den er regnet med i «Brukt» og i gebyrene som om den hadde gått gjennom.`,
    refusedRow: 'Weixin Pay ville ha avvist denne',
    fileHolds: 'Filen har 1 betaling.',
    leftOut: '3 betalinger i filen kan ikke brukes slik de er, og blir ikke importert.',
    negative: 'Tallet kan ikke være negativt.',
    unreadableTwo: '2 betalinger som ikke kan leses i det hele tatt (en dato, et beløp eller et nummer i et format appen aldri bruker)',
    replace: 'Erstatt',
  },
  中文: {
    path: 'zh',
    add: '添加付款',
    readAs: '已识别为 8.0.50。',
    unreadableVersion: '“8.0.4x”不是版本号。',
    card: '银行卡：典型的美国银行卡 · 本币：HKD',
    percent25: '2.5%',
    percent0: '0%',
    markup: (percent: string) => `发卡机构货币转换费（${percent}）`,
    markupFallback: '“手续费”页面填写的转换费（“100%”）无法识别，因此使用上一次能识别的数值：2.5%。',
    markupMissing: '“手续费”页面填写的转换费（“100%”）无法识别，因此以下合计未含银行卡的转换费。请在“手续费”页面更正。',
    yuan: (whole: string, cents: string) => `¥${whole}.${cents}`,
    refusedSummary: '其中有 1 笔付款（¥60,000.00）超出限额，微信支付本会拒绝；这里仍按付款成功计入“消费金额”和手续费。',
    refusedRow: '微信支付会拒绝这笔付款',
    fileHolds: '文件中有 1 笔付款。',
    leftOut: '文件中有 3 笔付款无法按原样使用，不会导入，仍保留在文件中：',
    negative: '数值不能为负。',
    unreadableTwo: '2 笔付款完全无法读取（日期、金额或编号的格式与本应用导出的不符）',
    replace: '替换',
  },
} as const;

for (const lang of LANGUAGES) {
  const words = TEXTS[lang.name];

  test.describe(`data safety in ${lang.name}`, () => {
    test.use({ locale: lang.locale });

    test('two tabs keep one ledger: each sees the other\'s payments, and nothing is lost', async ({ page, context }) => {
      await context.clock.install({ time: TODAY });
      const tracker = `/${words.path}/tracker/`;
      const tabA = page;
      await tabA.goto(tracker);
      await tabA.locator('#payment-amount').waitFor();
      const tabB = await context.newPage();
      await tabB.goto(tracker);
      await tabB.locator('#payment-amount').waitFor();

      const add = async (tab, date: string, amount: string, note: string) => {
        await tab.locator('#payment-date').fill(date);
        await tab.locator('#payment-amount').fill(amount);
        await tab.locator('#payment-note').fill(note);
        await tab.getByRole('button', { name: words.add, exact: true }).click();
      };

      await add(tabA, '2026-11-20', '100', 'first in A');
      await expect(tabA.locator('.payment')).toHaveCount(1);
      // B hears of A's write through the storage event, without a reload.
      await expect(tabB.locator('.payment', { hasText: 'first in A' })).toHaveCount(1);

      await add(tabB, '2026-11-21', '200', 'then in B');
      await expect(tabB.locator('.payment')).toHaveCount(2);
      await expect(tabA.locator('.payment', { hasText: 'then in B' })).toHaveCount(1);

      await add(tabA, '2026-11-22', '300', 'again in A');
      await expect(tabA.locator('.payment')).toHaveCount(3);
      await expect(tabB.locator('.payment')).toHaveCount(3);
      await expect(tabB.locator('.payment', { hasText: 'again in A' })).toHaveCount(1);

      await expect.poll(async () => (await storedPayments(tabA)).map((p) => p.note).sort()).toEqual(['again in A', 'first in A', 'then in B']);
      const stored = await storedPayments(tabB);
      expect(new Set(stored.map((p) => p.id)).size, 'ids are unique').toBe(3);
      expect(stored.map((p) => p.amount).sort()).toEqual(['100', '200', '300']);

      for (const tab of [tabB, tabA]) {
        await tab.reload();
        await expect(tab.locator('.payment')).toHaveCount(3);
        for (const note of ['first in A', 'then in B', 'again in A']) {
          await expect(tab.locator('.payment', { hasText: note })).toHaveCount(1);
        }
      }
    });

    test('the WeChat version reads commas, spaces and full-width digits, and says how', async ({ page }) => {
      await page.goto(`/${words.path}/eligibility/`);
      const version = page.locator('#version');
      await version.waitFor();
      // A decimal keypad has no second point on many phones.
      await expect(version).not.toHaveAttribute('inputmode', 'decimal');
      const field = page.locator('.field', { has: version });
      for (const typed of ['8,0,50', '8 0 50', '８．０．５０']) {
        await version.fill(typed);
        await expect(field.locator('#version-note'), typed).toHaveText(words.readAs);
        await expect(page.locator('#version-error'), typed).toHaveCount(0);
        await expect(version, typed).not.toHaveAttribute('aria-invalid', 'true');
        await expect(page.locator('#share-link'), typed).toHaveValue(/[?&]ver=8\.0\.50(&|$)/);
      }
      // Written the usual way: nothing to say.
      await version.fill('8.0.50');
      await expect(page.locator('#version-note')).toHaveCount(0);
      await expect(page.locator('#version-error')).toHaveCount(0);

      await version.fill('8.0.4x');
      await expect(field.locator('#version-error')).toContainText(words.unreadableVersion);
      await expect(version).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#version-note')).toHaveCount(0);
      await expect(page.locator('#share-link')).not.toHaveValue(/ver=/);
    });

    test('a shared link with an escaped version restores it', async ({ page }) => {
      await page.goto(`/${words.path}/eligibility/?ver=8%2E0%2E50`);
      await expect(page.locator('#version')).toHaveValue('8.0.50');
      await expect(page.locator('#version-error')).toHaveCount(0);
      await expect(page.locator('#share-link')).toHaveValue(/[?&]ver=8\.0\.50(&|$)/);
    });

    test('a markup that cannot be read: the last readable one is used, and the page says so', async ({ page }) => {
      await page.clock.install({ time: TODAY });
      const ledger = storedLedger([{ id: 0, date: '2026-11-01', amount: '1000', note: 'hotel', refunds: [] }]);
      await openWithStorage(page, `/${words.path}/tracker/`, {
        'waika.ledger': ledger,
        'waika.calculator': storedSettings({ last_valid_markup: '2.5' }),
      });
      await expect(page.locator('.tracker > .notice')).toHaveText(words.markupFallback);
      // 1,000 yuan with a 3 % fee is 1,030 yuan; 2.5 % of that is 25.75.
      const markupRow = page.locator('.period-totals').first().locator('.quote-row').nth(3);
      await expect(markupRow).toContainText(words.markup(words.percent25));
      await expect(markupRow).toContainText(words.yuan('25', '75'));
    });

    test('a markup that cannot be read, and none before it: the totals leave it out, and say so', async ({ page }) => {
      await page.clock.install({ time: TODAY });
      const ledger = storedLedger([{ id: 0, date: '2026-11-01', amount: '1000', note: 'hotel', refunds: [] }]);
      await openWithStorage(page, `/${words.path}/tracker/`, {
        'waika.ledger': ledger,
        'waika.calculator': storedSettings({}),
      });
      await expect(page.locator('.tracker > .notice')).toHaveText(words.markupMissing);
      const markupRow = page.locator('.period-totals').first().locator('.quote-row').nth(3);
      await expect(markupRow).toContainText(words.markup(words.percent0));
      await expect(markupRow).toContainText(words.yuan('0', '00'));
    });

    test('a payment Weixin Pay would have refused is called out in the summary', async ({ page }) => {
      await page.clock.install({ time: TODAY });
      // Over the 2026 single-payment limit (USD 5,000, about ¥35,500), and
      // one well under it, which is not counted as refused.
      await openWithStorage(page, `/${words.path}/tracker/`, {
        'waika.ledger': storedLedger([
          { id: 0, date: '2026-11-01', amount: '60000', note: 'car', refunds: [] },
          { id: 1, date: '2026-11-02', amount: '100', note: 'tea', refunds: [] },
        ]),
      });
      await expect(page.locator('.payment')).toHaveCount(2);
      await expect(page.locator('.payment', { hasText: 'car' })).toContainText(words.refusedRow);
      await expect(page.locator('.payment', { hasText: 'tea' })).not.toContainText(words.refusedRow);
      // Once for the month, once for the year.
      const totals = page.locator('.period-totals');
      await expect(totals).toHaveCount(2);
      for (const period of [totals.nth(0), totals.nth(1)]) {
        await expect(period.locator('.field-note')).toHaveText(words.refusedSummary);
      }
    });

    test.describe('far from China', () => {
      // Neither the browser's day nor UTC's is China's.
      test.use({ timezoneId: 'America/New_York' });

      test('the add form\'s date is today in China, also after midnight there', async ({ page }) => {
        await page.clock.install({ time: new Date('2026-12-31T15:50:00Z') });
        await page.goto(`/${words.path}/tracker/`);
        // 23:50 on 31 December in China.
        await expect(page.locator('#payment-date')).toHaveValue('2026-12-31');
        // 00:10 on 1 January in China: the browser and UTC still say 31
        // December, and this tab kept 2026-12-31 for the form.
        await page.clock.setSystemTime(new Date('2026-12-31T16:10:00Z'));
        await page.reload();
        const now = await page.evaluate(() => Date.now());
        expect(now - Date.parse('2026-12-31T16:10:00Z'), 'the page runs at the new time').toBeGreaterThanOrEqual(0);
        expect(now - Date.parse('2026-12-31T16:10:00Z'), 'the page runs at the new time').toBeLessThan(60_000);
        await expect(page.locator('#payment-date')).toHaveValue('2027-01-01');
        // A payment added with it is dated that day.
        await page.locator('#payment-amount').fill('50');
        await page.getByRole('button', { name: words.add, exact: true }).click();
        await expect(page.locator('.payment')).toHaveCount(1);
        await expect.poll(async () => (await storedPayments(page)).map((p) => p.date)).toEqual(['2027-01-01']);
        // A day later in UTC, 00:10 on 2 January in China.
        await page.clock.setSystemTime(new Date('2027-01-01T16:10:00Z'));
        await page.reload();
        await expect(page.locator('#payment-date')).toHaveValue('2027-01-02');
      });
    });

    test('an import with three payments that cannot be used lists all three', async ({ page }) => {
      await page.clock.install({ time: TODAY });
      await page.goto(`/${words.path}/tracker/`);
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
      await page.locator('#import-file').setInputFiles({ name: 'three-bad.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      const confirm = page.locator('.confirm');
      await expect(confirm).toContainText(words.fileHolds);
      await expect(confirm).toContainText(words.leftOut);
      // Every payment left out is accounted for: one line each for those
      // that fail a check, one line for those that cannot be read at all.
      const items = confirm.locator('.set-aside li');
      await expect(items).toHaveCount(2);
      await expect(items.nth(0)).toContainText('2026-11-02');
      await expect(items.nth(0)).toContainText(words.negative);
      await expect(items.nth(1)).toHaveText(words.unreadableTwo);
      await page.getByRole('button', { name: words.replace, exact: true }).click();
      await expect(page.locator('.payment')).toHaveCount(1);
      await expect(page.locator('.payment')).toContainText('good');
    });
  });
}

test.describe('embeds', () => {
  test.use({ locale: 'en-US' });

  test('an embed writes none of the app\'s settings', async ({ page }) => {
    await page.goto('/manifest.webmanifest');
    await page.evaluate(() => localStorage.clear());
    await page.goto('/embed-demo.html');
    // The demo embeds the calculator in Norwegian and the troubleshooter in
    // English; a guide in Chinese is added the way a blog adds one.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'embed.js';
      script.dataset.view = 'guide';
      script.dataset.lang = 'zh';
      document.querySelector('article').append(script);
    });
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(3);

    // Each frame shows its view, running: typing changes what it shows.
    const calculator = page.locator('iframe[title="Gebyrkalkulator for Weixin Pay"]');
    await calculator.scrollIntoViewIfNeeded();
    const calc = calculator.contentFrame();
    await calc.locator('#amount').fill('201');
    await expect(calc.locator('.quote')).toContainText(`¥${NBSP}6,03`);
    // A change in the frame stays in the frame.
    await calc.locator('#card').selectOption('santander');
    await expect(calc.locator('.quote')).toContainText(`1,75${NBSP}%`);

    const help = page.locator('iframe[title="Weixin Pay problems and solutions"]');
    await help.scrollIntoViewIfNeeded();
    const helpFrame = help.contentFrame();
    const problems = helpFrame.locator('.problem-links > li');
    await expect(problems.first()).toBeVisible();
    const all = await problems.count();
    await helpFrame.locator('#help-search').fill('SMS');
    await expect.poll(() => problems.count()).toBeLessThan(all);

    const guide = page.locator('iframe[title="外卡绑定微信支付指引"]');
    await guide.scrollIntoViewIfNeeded();
    await expect(guide.contentFrame().locator('.guide progress')).toBeVisible();
    await expect(guide.contentFrame().locator('html')).toHaveAttribute('lang', 'zh-CN');

    // No late write may come either: watched for half a second, the first one seen fails.
    await holdsFor(500, async () => {
      const keys: string[] = await page.evaluate(() => Object.keys(localStorage).sort());
      expect(keys, 'calculator settings').not.toContain('waika.calculator');
      expect(keys, 'the guide\'s place').not.toContain('waika.guide');
      expect(keys, 'the language').not.toContain('waika.lang');
      expect(keys.filter((key) => key.startsWith('waika.')), 'anything of the app\'s').toEqual([]);
    });

    // The reader's own app still has its English first settings.
    await page.goto('/en/tracker/');
    const settingsLine = page.locator('.tracker > .field-note > span');
    await expect(settingsLine).toContainText(TEXTS.English.card);
    await expect(settingsLine).not.toContainText('DNB');
    await expect(settingsLine).not.toContainText('NOK');
    await expect(settingsLine).not.toContainText('Santander');
  });
});

test.describe('stored ledger details', () => {
  test.use({ locale: 'en-US' });

  test('a negative id counter still shows the payments, put right, with a backup', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    const raw = storedLedger(
      [
        { id: 0, date: '2026-11-01', amount: '100', note: 'first', refunds: [] },
        { id: 1, date: '2026-11-02', amount: '200', note: 'second', refunds: [] },
      ],
      -5,
    );
    await openWithStorage(page, '/en/tracker/', { 'waika.ledger': raw });
    await expect(page.locator('.payment')).toHaveCount(2);
    await expect(page.locator('.payment', { hasText: 'first' })).toBeVisible();
    await expect(page.locator('.payment', { hasText: 'second' })).toBeVisible();
    const notice = page.locator('.stored-notice');
    await expect(notice).toContainText('Some saved details could not be used as they were');
    await expect(notice).toContainText('no payment is missing; the original is kept as a backup.');
    await expect(notice.getByRole('button', { name: 'Export the backup' })).toBeVisible();
    const backups: string[] = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('waika.ledger.backup'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(backups).toContain(raw);

    // A payment added now gets an id of its own.
    await page.locator('#payment-date').fill('2026-11-03');
    await page.locator('#payment-amount').fill('300');
    await page.locator('#payment-note').fill('third');
    await page.getByRole('button', { name: 'Add payment', exact: true }).click();
    await expect(page.locator('.payment')).toHaveCount(3);
    await expect.poll(async () => (await storedPayments(page)).length).toBe(3);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('waika.ledger')));
    const ids: number[] = stored.data.payments.map((p) => p.id);
    expect(new Set(ids).size, `ids ${ids}`).toBe(3);
    expect(stored.data.next_id, 'the counter lies above every id').toBeGreaterThan(Math.max(...ids));
    await page.reload();
    await expect(page.locator('.payment')).toHaveCount(3);
  });
});
