import AxeBuilder from '@axe-core/playwright';
import { test, expect, folderOf } from './fixtures';

const GUIDE = [
  { name: 'English', locale: 'en-US', next: 'Next', back: 'Back', progress: (n: number, t: number) => `Step ${n} of ${t}`, done: 'You are ready to pay', firstStep: 'Have a supported ID document', tap: 'Tap' },
  { name: 'Norsk', locale: 'nb-NO', next: 'Neste', back: 'Tilbake', progress: (n: number, t: number) => `Steg ${n} av ${t}`, done: 'Du er klar til å betale', firstStep: '', tap: 'Trykk' },
  { name: '中文', locale: 'zh-CN', next: '下一步', back: '上一步', progress: (n: number, t: number) => `第 ${n} 步，共 ${t} 步`, done: '你可以开始付款了', firstStep: '', tap: '依次点击' },
] as const;

for (const lang of GUIDE) {
  test.describe(`guide in ${lang.name}`, () => {
    test.use({ locale: lang.locale });
    const folder = folderOf(lang.locale);

    test('step by step to the end, resuming after a reload', async ({ page }) => {
      await page.goto(`/${folder}/guide/`);
      const progress = page.locator('#guide-progress-label');
      await expect(progress).toHaveText(/\d/);
      const total = Number((await progress.textContent())!.match(/\d+/g)!.pop());
      expect(total).toBeGreaterThan(15);
      await expect(progress).toHaveText(lang.progress(1, total));

      for (let n = 2; n <= total; n++) {
        await page.getByRole('link', { name: lang.next }).click();
        await expect(progress).toHaveText(lang.progress(n, total));
        // Every step in the app shows the buttons to tap.
        if (n === 5) {
          await expect(page.locator('.tap-path').first()).toContainText(lang.tap);
          await expect(page.locator('.tap-path [lang="zh-CN"], .tap-path').last()).toContainText('钱包');
        }
        if (n === Math.floor(total / 2)) {
          await page.reload();
          await expect(progress).toHaveText(lang.progress(n, total));
          // The bare guide address resumes at the same step.
          await page.goto(`/${folder}/`);
          await page.goto(`/${folder}/guide/`);
          await expect(progress).toHaveText(lang.progress(n, total));
          // From a step, the menu's link to the guide keeps the place too.
          await page.locator('.nav-bar a[href$="/guide/"]').click();
          await expect(progress).toHaveText(lang.progress(n, total));
        }
      }
      await expect(page.getByRole('link', { name: lang.next })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: lang.done })).toBeVisible();
      await page.getByRole('link', { name: lang.back }).click();
      await expect(progress).toHaveText(lang.progress(total - 1, total));
    });

    test('guide, whole guide and troubleshooter have no axe violations', async ({ page }) => {
      for (const view of ['', 'guide/identity-details/', 'guide/all/', 'help/sms-code/', 'before-you-go/', 'cashier/']) {
        const address = `/${folder}/${view}`;
        await page.goto(address);
        await expect(page.locator('h1')).toBeVisible();
        const result = await new AxeBuilder({ page }).analyze();
        expect(result.violations, address).toEqual([]);
      }
    });
  });
}

test.describe('troubleshooter', () => {
  test.use({ locale: 'en-US' });

  for (const query of ['SMS', '验证码', 'kode']) {
    test(`typing ${query} finds the SMS problem first`, async ({ page }) => {
      await page.goto('/en/help/');
      await page.getByLabel('What do you see?').fill(query);
      await expect(page.locator('.problem-link').first()).toHaveAttribute('href', 'en/help/sms-code/');
    });
  }

  test('a problem opens from its link, with the ways to pay now, the cause, the fix and tap-to-call numbers', async ({ page }) => {
    await page.goto('/en/help/risk-control/');
    const answer = page.locator('.answer');
    await expect(answer.locator('.pay-now .ways-now a').first()).toBeVisible();
    await expect(answer.locator('#side-title')).toBeVisible();
    await expect(answer.locator('#why-title')).toBeVisible();
    await expect(answer.locator('#fix-title')).toBeVisible();
    await expect(answer.locator('a[href="tel:95017"]')).toBeVisible();
    await expect(answer.locator('a[href="tel:+8657195017"]')).toBeVisible();
  });

  test('nonsense is no dead end: the most common problems and the ways to pay now', async ({ page }) => {
    await page.goto('/en/help/');
    await page.getByLabel('What do you see?').fill('qqqq zzzz');
    await expect(page.locator('.search-status')).toBeVisible();
    await expect(page.locator('.problem-link')).toHaveCount(3);
    await expect(page.locator('.way-links a')).toHaveCount(4);
  });
});

test.describe('before you go and the cashier card', () => {
  test.use({ locale: 'nb-NO' });

  test('checklist ticks are remembered on the device', async ({ page }) => {
    await page.goto('/nb/before-you-go/');
    const boxes = page.locator('.checklist input[type="checkbox"]');
    await expect(boxes.first()).not.toBeChecked();
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect(page.locator('.panel .result-count').first()).toContainText('2 av');
    await page.reload();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    await expect(boxes.nth(2)).toBeChecked();
  });

  test('unreadable ticks are kept as a backup and the user is told', async ({ page }) => {
    await page.goto('/nb/before-you-go/');
    await page.locator('.checklist').waitFor();
    await page.evaluate(() => localStorage.setItem('waika.checklist', 'not json'));
    await page.reload();
    await expect(page.locator('.panel .notice')).toContainText('kunne ikke leses');
    expect(await page.evaluate(() => localStorage.getItem('waika.checklist.backup'))).toBe('not json');
  });

  test('the cashier card shows Chinese with a Norwegian line', async ({ page }) => {
    await page.goto('/nb/cashier/');
    const first = page.locator('.phrase').first();
    await expect(first.locator('.phrase-zh')).toContainText('微信支付');
    await expect(first.locator('.phrase-user')).toContainText('Weixin Pay');
    await expect(first.locator('.phrase-user')).toHaveAttribute('lang', 'nb');
  });

  test('any sentence shows full screen and goes back with one tap; an amount shows in figures and Chinese words', async ({ page }) => {
    await page.goto('/nb/cashier/');
    const cash = page.locator('.phrase').filter({ hasText: '我付现金' });
    await cash.getByRole('button', { name: 'Vis stort' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.phrase-full-zh')).toHaveText('我付现金。');
    await expect(dialog.getByRole('button', { name: 'Tilbake' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Tilbake' }).click();
    await expect(dialog).toHaveCount(0);
    await page.locator('.phrase').filter({ hasText: '商家收款码' }).getByRole('button', { name: 'Vis stort' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.locator('#cashier-amount').fill('65');
    await expect(page.locator('.amount-large')).toHaveText('¥65.00');
    await expect(page.locator('.amount-words')).toHaveText('六十五元');
    await expect(page.locator('.amount-check')).toContainText('Kortet ditt: omtrent');
    await expect(page.locator('.amount-check')).toContainText(' kr,');
  });

  test('on the Chinese page the sentences carry no helper line', async ({ page }) => {
    await page.goto('/zh/cashier/');
    await expect(page.locator('.phrase-zh').first()).toBeVisible();
    await expect(page.locator('.phrase-user')).toHaveCount(0);
  });

  test('the start page carries the official warning', async ({ page }) => {
    await page.goto('/nb/');
    await expect(page.locator('.fraud-warning')).toContainText('CVV');
  });

  test('an unknown address shows a way back', async ({ page }) => {
    const response = await page.goto('/nb/no-such-page/');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
    await page.getByRole('link', { name: 'Gå til startsiden' }).click();
    await expect(page).toHaveURL(/\/nb\/$/);
  });
});
