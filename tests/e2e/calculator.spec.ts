import AxeBuilder from '@axe-core/playwright';
import { test, expect, LANGUAGES } from './fixtures';

for (const lang of LANGUAGES) {
  test.describe(`calculator in ${lang.name}`, () => {
    test.use({ locale: lang.locale });

    test('first visit picks the language from the browser', async ({ page }) => {
      await page.goto('/#/fees');
      await expect(page.locator('html')).toHaveAttribute('lang', lang.htmlLang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.heading);
      await expect(page.getByRole('link', { name: lang.name })).toHaveAttribute('aria-current', 'true');
    });

    test('fee, total and rule set update as the amount is typed', async ({ page }) => {
      await page.goto('/#/fees');
      const amount = page.locator('#amount');
      await amount.pressSequentially('201');
      const quote = page.locator('.quote');
      await expect(quote).toContainText(lang.fee201);
      await expect(quote).toContainText(lang.charged201);
      await expect(page.locator('.quote-notes')).toContainText(lang.cliff);
      await expect(page.locator('.rule-set-note')).toContainText(lang.ruleSet);

      await amount.fill('abc');
      await expect(page.locator('#amount-error')).toContainText(lang.notANumber);
      await expect(amount).toHaveAttribute('aria-invalid', 'true');
      // What the user typed is kept, so they can correct it.
      await expect(amount).toHaveValue('abc');

      await amount.fill('200');
      await expect(page.locator('#amount-error')).toHaveCount(0);
      await expect(page.locator('.quote .quote-row').nth(1)).toContainText(lang.name === 'Norsk' ? '¥\u00a00,00' : '¥0.00');
    });

    test('axe finds no violations', async ({ page }) => {
      await page.goto('/#/fees');
      await page.locator('#amount').fill('205');
      await expect(page.locator('.quote')).toBeVisible();
      const withResult = await new AxeBuilder({ page }).analyze();
      expect(withResult.violations, 'with a result').toEqual([]);

      await page.locator('#amount').fill('-1');
      await page.locator('#card').selectOption('custom');
      await page.locator('#markup').fill('x');
      await expect(page.locator('#markup-error')).toBeVisible();
      const withErrors = await new AxeBuilder({ page }).analyze();
      expect(withErrors.violations, 'with errors').toEqual([]);
    });
  });
}

test.describe('remembered choices', () => {
  test.use({ locale: 'en-US' });

  test('the language chosen is remembered, and the start page sends the user back to it', async ({ page }) => {
    await page.goto('/#/fees');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Norsk' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebyrkalkulator');
    await expect(page).toHaveURL(/\/nb\/fees\/$/);
    await page.goto('/#/fees');
    await expect(page).toHaveURL(/\/nb\/fees\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('link', { name: 'Norsk' })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/fees\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('card, currency and rate settings are remembered', async ({ page }) => {
    await page.goto('/#/fees');
    await page.locator('#card').selectOption('custom');
    await page.locator('#markup').fill('1,5');
    await page.locator('#home-currency').selectOption('EUR');
    await page.locator('#home-rate').fill('8');
    await page.locator('#amount').fill('1000');
    // 1030 yuan plus 1.5 % is 1045.45 yuan, at 8 yuan per euro 130.68 euro.
    await expect(page.locator('.quote-total')).toContainText('EUR\u00a0130.68');
    await page.reload();
    await expect(page.locator('#card')).toHaveValue('custom');
    await expect(page.locator('#markup')).toHaveValue('1,5');
    await expect(page.locator('#home-currency')).toHaveValue('EUR');
    await expect(page.locator('#home-rate')).toHaveValue('8');
  });

  test('unreadable saved settings are kept as a backup and the user is told', async ({ page }) => {
    await page.goto('/#/fees');
    await page.locator('#amount').waitFor();
    await page.evaluate(() => localStorage.setItem('waika.calculator', '{not json'));
    await page.reload();
    await expect(page.locator('.notice')).toContainText('could not be read');
    const backup = await page.evaluate(() => localStorage.getItem('waika.calculator.backup'));
    expect(backup).toBe('{not json');
    await page.locator('#amount').fill('201');
    await expect(page.locator('.quote')).toContainText('¥6.03');
  });
});

test.describe('keyboard only', () => {
  test.use({ locale: 'en-US' });

  test('every control is reachable and usable with the keyboard', async ({ page }) => {
    await page.goto('/#/fees');
    await page.locator('#amount').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '中文' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Norsk' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    // The switch keeps the focus, so the user goes on from there.
    await expect(page.getByRole('link', { name: 'Norsk' })).toBeFocused();
    // Through the section menu to the amount field.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Start' })).toBeFocused();
    const menuLinks = await page.locator('.nav-bar a').count();
    for (let i = 0; i < menuLinks; i++) await page.keyboard.press('Tab');
    await expect(page.locator('#amount')).toBeFocused();
    await page.keyboard.type('1 234,50');
    await expect(page.locator('#amount-note')).toContainText('¥\u00a01\u00a0234,50');
    await expect(page.locator('.quote')).toContainText('¥\u00a037,04');
    // The card choice is a native select: arrow keys change it. The
    // Norwegian page starts from a Norwegian bank's card.
    await page.locator('#card').focus();
    await expect(page.locator('#card')).toHaveValue('dnb');
    for (const _ of ['nordea-first', 'nordea-black', 'santander']) await page.keyboard.press('ArrowDown');
    await expect(page.locator('#card')).toHaveValue('santander');
    await expect(page.locator('.quote')).toContainText('1,75\u00a0%');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/#/fees');
    await page.locator('#amount').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.locator('#amount')).toBeFocused();
  });
});
