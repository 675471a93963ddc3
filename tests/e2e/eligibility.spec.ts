import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const CHECKER = [
  { name: 'English', locale: 'en-US', title: 'Can I use my card?' },
  { name: 'Norsk', locale: 'nb-NO', title: 'Kan jeg bruke kortet mitt?' },
  { name: '中文', locale: 'zh-CN', title: '我的卡能用吗？' },
] as const;

const STUDENT = 'id=passport&net=visa&kind=debit&sms=yes&store=ios&ver=8.0.54&wallet=none&cards=0&where=mainland&intl=yes';
const HONG_KONG = 'id=hk-macao-permit&net=mastercard&kind=credit&sms=yes&store=google-play&ver=8.0.49&wallet=hkd&cards=1&where=mainland&intl=yes';

for (const lang of CHECKER) {
  test.describe(`eligibility in ${lang.name}`, () => {
    test.use({ locale: lang.locale });

    test('answers restored from a shared link give a verdict', async ({ page }) => {
      await page.goto(`/#/eligibility?${STUDENT}`);
      if (lang.title) await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.title);
      await expect(page.locator('#id-passport')).toBeChecked();
      await expect(page.locator('#version')).toHaveValue('8.0.54');
      await expect(page.locator('.verdict')).toHaveClass(/verdict-eligible/);
      await expect(page.locator('.reason-note').first()).toBeVisible();
      await expect(page.locator('#share-link')).toHaveValue(new RegExp(STUDENT.replace(/[.?]/g, '\\$&') + '$'));
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations).toEqual([]);
    });

    test('a wrong wallet region is a fix step that links to the guide', async ({ page }) => {
      await page.goto(`/#/eligibility?${HONG_KONG}`);
      await expect(page.locator('.verdict')).toHaveClass(/verdict-not-yet/);
      const fix = page.locator('.reason-fix');
      await expect(fix).toHaveCount(1);
      await fix.getByRole('link').click();
      await expect(page).toHaveURL(/\/(en|nb|zh)\/guide\/wallet-region\/$/);
    });
  });
}

test.describe('eligibility as answers change', () => {
  test.use({ locale: 'en-US' });

  test('the verdict follows each answer, and the address keeps them', async ({ page }) => {
    await page.goto('/#/eligibility');
    await expect(page.locator('.verdict-outcome')).toHaveText('Keep answering.');
    await page.getByLabel('Other', { exact: true }).first().check();
    await expect(page.locator('.verdict')).toHaveClass(/verdict-not-possible/);
    await expect(page.locator('.reason-blocker')).toContainText('not accepted');
    await expect(page.getByRole('heading', { name: 'Other ways to pay' })).toBeVisible();
    await page.getByLabel('Passport').check();
    await expect(page.locator('.verdict')).toHaveClass(/verdict-incomplete/);
    await expect(page).toHaveURL(/id=passport/);
    await page.reload();
    await expect(page.getByLabel('Passport')).toBeChecked();
  });

  test('American Express is accepted under the rules in force', async ({ page }) => {
    await page.goto(`/#/eligibility?${STUDENT.replace('net=visa', 'net=amex')}`);
    await expect(page.locator('.verdict')).toHaveClass(/verdict-eligible/);
    await expect(page.locator('.reason-fine').nth(1)).toContainText('American Express is accepted');
  });

  test('an unreadable version gets a message and the page lives on', async ({ page }) => {
    await page.goto('/#/eligibility');
    await page.locator('#version').fill('eight point oh');
    await expect(page.locator('#version-error')).toContainText('is not a version number');
    await page.locator('#version').fill('8.0.50');
    await expect(page.locator('#version-error')).toHaveCount(0);
  });

  test('nothing personal goes into the link', async ({ page }) => {
    await page.goto(`/#/eligibility?${STUDENT}`);
    const link = await page.locator('#share-link').inputValue();
    const query = link.split('?')[1];
    for (const pair of query.split('&')) {
      expect(pair, link).toMatch(/^(id|net|kind|sms|store|ver|wallet|cards|where|intl)=[a-z0-9.-]+$/);
    }
  });
});
