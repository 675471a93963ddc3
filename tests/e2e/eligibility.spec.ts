import AxeBuilder from '@axe-core/playwright';
import { test, expect, folderOf } from './fixtures';
import { EligibilityPage } from './pages';

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
      const checker = new EligibilityPage(page);
      await checker.open(folderOf(lang.locale), STUDENT);
      if (lang.title) await expect(checker.heading).toHaveText(lang.title);
      await expect(checker.option('id', 'passport')).toBeChecked();
      await expect(checker.version).toHaveValue('8.0.54');
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      await expect(checker.reasonNotes.first()).toBeVisible();
      await expect(checker.shareLink).toHaveValue(new RegExp(STUDENT.replace(/[.?]/g, '\\$&') + '$'));
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations).toEqual([]);
    });

    test('a wrong wallet region is a fix step that links to the guide', async ({ page }) => {
      const checker = new EligibilityPage(page);
      await checker.open(folderOf(lang.locale), HONG_KONG);
      await expect(checker.verdict).toHaveClass(/verdict-not-yet/);
      const fix = checker.reasonFixes;
      await expect(fix).toHaveCount(1);
      await fix.getByRole('link').click();
      await expect(page).toHaveURL(/\/(en|nb|zh)\/guide\/wallet-region\/$/);
    });
  });
}

test.describe('eligibility as answers change', () => {
  test.use({ locale: 'en-US' });

  test('the verdict follows each answer, and the address keeps them', async ({ page }) => {
    const checker = new EligibilityPage(page);
    await checker.open('en');
    await expect(checker.verdictOutcome).toHaveText('Keep answering.');
    await checker.choice('Other').first().check();
    await expect(checker.verdict).toHaveClass(/verdict-not-possible/);
    await expect(checker.reasonBlockers).toContainText('not accepted');
    await expect(page.getByRole('heading', { name: 'Other ways to pay' })).toBeVisible();
    await checker.choice('Passport').check();
    await expect(checker.verdict).toHaveClass(/verdict-incomplete/);
    await expect(page).toHaveURL(/id=passport/);
    await page.reload();
    await expect(checker.choice('Passport')).toBeChecked();
  });

  test('American Express is accepted under the rules in force', async ({ page }) => {
    const checker = new EligibilityPage(page);
    await checker.open('en', STUDENT.replace('net=visa', 'net=amex'));
    await expect(checker.verdict).toHaveClass(/verdict-eligible/);
    await expect(checker.reasonsFine.nth(1)).toContainText('American Express is accepted');
  });

  test('an unreadable version gets a message and the page lives on', async ({ page }) => {
    const checker = new EligibilityPage(page);
    await checker.open('en');
    await checker.version.fill('eight point oh');
    await expect(checker.versionError).toContainText('is not a version number');
    await checker.version.fill('8.0.50');
    await expect(checker.versionError).toHaveCount(0);
  });

  test('nothing personal goes into the link', async ({ page }) => {
    const checker = new EligibilityPage(page);
    await checker.open('en', STUDENT);
    await checker.started();
    const link = await checker.shareLink.inputValue();
    const query = link.split('?')[1];
    for (const pair of query.split('&')) {
      expect(pair, link).toMatch(/^(id|net|kind|sms|store|ver|wallet|cards|where|intl)=[a-z0-9.-]+$/);
    }
  });
});
