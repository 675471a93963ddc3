import AxeBuilder from '@axe-core/playwright';
import { fill, named } from './catalogue';
import { test, expect, LANGUAGES } from './fixtures';
import { EligibilityPage } from './pages';

const STUDENT = 'id=passport&net=visa&kind=debit&sms=yes&store=ios&ver=8.0.54&wallet=none&cards=0&where=mainland&intl=yes';
const HONG_KONG = 'id=hk-macao-permit&net=mastercard&kind=credit&sms=yes&store=google-play&ver=8.0.49&wallet=hkd&cards=1&where=mainland&intl=yes';

/** The 2026 offer's cap and last day as each language writes them. */
const DEADLINE_VALUES = {
  en: { cap: '¥1,000', days: 90, until: '31 December 2026' },
  zh: { cap: '¥1,000', days: 90, until: '2026年12月31日' },
  nb: { cap: '¥\u00a01\u00a0000', days: 90, until: '31. desember 2026' },
};

for (const lang of LANGUAGES) {
  test.describe(`eligibility in ${lang.name}`, () => {
    test.use({ locale: lang.locale });

    // Found when an Australian checked her second card and got a "yes"
    // built on what she had said of the first.
    test('another card asks only the card\'s questions again', async ({ page }) => {
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open(`?${STUDENT}`);
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      await page.getByRole('button', { name: checker.t.checker.another_card, exact: true }).click();
      await expect(checker.option('net', 'visa')).not.toBeChecked();
      await expect(checker.option('kind', 'debit')).not.toBeChecked();
      await expect(checker.option('intl', 'yes')).not.toBeChecked();
      // The first card may have been linked since: asked again too.
      await expect(checker.option('cards', '0')).not.toBeChecked();
      await expect(checker.option('id', 'passport')).toBeChecked();
      await expect(checker.option('sms', 'yes')).toBeChecked();
      await expect(checker.verdict).not.toHaveClass(/verdict-eligible/);
      await expect(page.locator('input[name=net]').first()).toBeFocused();
    });

    test('answers restored from a shared link give a verdict', async ({ page }) => {
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open(`?${STUDENT}`);
      await expect(checker.heading).toHaveText(checker.t.checker.title);
      await expect(checker.option('id', 'passport')).toBeChecked();
      await expect(checker.version).toHaveValue('8.0.54');
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      await expect(checker.reasonNotes.first()).toBeVisible();
      await expect(checker.shareLink).toHaveValue(new RegExp(STUDENT.replace(/[.?]/g, '\\$&') + '$'));
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations).toEqual([]);
    });

    test('a version without its last number is not called too old', async ({ page }) => {
      // A user typed "8.0" from memory and was told to update WeChat.
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open(`?${STUDENT.replace('ver=8.0.54', 'ver=8.0')}`);
      await expect(checker.version).toHaveValue('8.0');
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      const short = fill(named(lang.folder, 'findings', 'AppVersionShort'), { minimum: '8.0.39' });
      await expect(checker.reasonNotes.filter({ hasText: short })).toHaveCount(1);
      await expect(checker.verdict).not.toContainText(fill(named(lang.folder, 'findings', 'AppTooOld'), { minimum: '8.0.39' }));
      await expect(checker.versionNote).toHaveCount(0);
    });

    test('a card that can be added hears the new-user deadline before the reasons, until it has passed', async ({ page }) => {
      // Found by a student arriving on 2 January 2027, who learnt of the
      // deadline only under "Before you go".
      const deadline = fill(new EligibilityPage(page, lang.folder).t.app.new_user_deadline, DEADLINE_VALUES[lang.folder]);
      await page.clock.setFixedTime(new Date('2026-12-03T12:00:00+08:00'));
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open(`?${STUDENT}`);
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      await expect(checker.offerDeadline).toContainText(deadline);
      // Not for someone who has a card linked already (an English teacher
      // with his card linked in 2025 was told to link one by then).
      await checker.open(`?${STUDENT.replace('cards=0', 'cards=1')}`);
      await checker.started();
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      await expect(checker.offerDeadline).toHaveCount(0);
      await checker.open(`?${STUDENT}`);
      await expect(checker.offerDeadline).toContainText(deadline);
      const deadlineTop = (await checker.offerDeadline.boundingBox())?.y ?? Infinity;
      const firstReasonTop = (await checker.reasons.first().boundingBox())?.y ?? 0;
      expect(deadlineTop).toBeLessThan(firstReasonTop);
      await page.clock.setFixedTime(new Date('2027-01-05T12:00:00+08:00'));
      await checker.open(`?${STUDENT}`);
      await checker.started();
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      await expect(checker.offerDeadline).toHaveCount(0);
    });

    test('a wrong wallet region is a fix step that links to the guide', async ({ page }) => {
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open(`?${HONG_KONG}`);
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
    const checker = new EligibilityPage(page, 'en');
    await checker.open();
    await expect(checker.verdictOutcome).toHaveText(named('en', 'outcomes', 'Incomplete'));
    // Another document (a residence permit) is a step: register with the
    // passport. It is not a dead end.
    await checker.choice(checker.t.checker.other).first().check();
    await expect(checker.verdict).toHaveClass(/verdict-incomplete/);
    await expect(checker.reasonFixes).toContainText(named('en', 'findings', 'IdNotSupported'));
    await checker.choice(named('en', 'documents', 'Passport')).check();
    await expect(checker.verdict).toHaveClass(/verdict-incomplete/);
    await expect(checker.reasonFixes).toHaveCount(0);
    await expect(page).toHaveURL(/id=passport/);
    await page.reload();
    await expect(checker.choice(named('en', 'documents', 'Passport'))).toBeChecked();
    // A card network that is not accepted is one.
    await checker.choice(checker.t.checker.other).nth(1).check();
    await expect(checker.verdict).toHaveClass(/verdict-not-possible/);
    await expect(checker.reasonBlockers).toContainText(named('en', 'findings', 'NetworkNotSupported'));
    await expect(checker.alternatives).toBeVisible();
  });

  test('answers are kept in this tab across another language and another view', async ({ page }) => {
    const checker = new EligibilityPage(page, 'nb');
    await checker.open();
    await checker.choice(named('nb', 'documents', 'Passport')).check();
    await expect(page).toHaveURL(/id=passport/);
    // To English and back by the language links, which carry no answers.
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/eligibility\//);
    await expect(checker.choice(named('en', 'documents', 'Passport'))).toBeChecked();
    await page.getByRole('link', { name: 'Norsk', exact: true }).click();
    await expect(checker.choice(named('nb', 'documents', 'Passport'))).toBeChecked();
    // Another view and back, by address without a query.
    await page.goto('/nb/fees/');
    await page.goto('/nb/eligibility/');
    await expect(checker.choice(named('nb', 'documents', 'Passport'))).toBeChecked();
    // A shared link's answers come before the kept ones.
    await checker.open(`?${HONG_KONG}`);
    await expect(checker.option('id', 'hk-macao-permit')).toBeChecked();
  });

  test('American Express is accepted under the rules in force', async ({ page }) => {
    const checker = new EligibilityPage(page, 'en');
    await checker.open(`?${STUDENT.replace('net=visa', 'net=amex')}`);
    await expect(checker.verdict).toHaveClass(/verdict-eligible/);
    await expect(checker.reasonsFine.nth(1)).toContainText('American Express is accepted');
  });

  test('an unreadable version gets a message and the page lives on', async ({ page }) => {
    const checker = new EligibilityPage(page, 'en');
    await checker.open();
    await checker.version.fill('eight point oh');
    await expect(checker.versionError).toContainText(fill(checker.t.checker.version_unreadable, { text: 'eight point oh' }));
    await checker.version.fill('8.0.50');
    await expect(checker.versionError).toHaveCount(0);
  });

  test('nothing personal goes into the link', async ({ page }) => {
    const checker = new EligibilityPage(page, 'en');
    await checker.open(`?${STUDENT}`);
    await checker.started();
    const link = await checker.shareLink.inputValue();
    const query = link.split('?')[1];
    for (const pair of query.split('&')) {
      expect(pair, link).toMatch(/^(id|net|kind|sms|store|ver|wallet|cards|where|intl)=[a-z0-9.-]+$/);
    }
  });
});

// Found when a Norwegian answering on a phone could not see the last
// question's choices: the verdict's bar, three lines tall in Norwegian,
// covered them.
test.describe('the verdict bar on a phone', () => {
  test.use({ locale: 'nb-NO', viewport: { width: 390, height: 844 } });

  test('a choice reached by keyboard is never under the bar', async ({ page }) => {
    const checker = new EligibilityPage(page, 'nb');
    await checker.open(`?${STUDENT}`);
    await expect(checker.verdict).toHaveClass(/verdict-eligible/);
    const covered: string[] = [];
    let choices = 0;
    for (let press = 0; press < 60; press += 1) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.verdict-bar');
        if (!focused || !bar || focused.closest('.verdict-bar') || !focused.closest('fieldset')) return null;
        const label = focused.closest('label') ?? focused;
        return {
          name: label.textContent?.trim() ?? '',
          bottom: label.getBoundingClientRect().bottom,
          barTop: bar.getBoundingClientRect().top,
        };
      });
      if (!seen) continue;
      choices += 1;
      if (seen.bottom > seen.barTop) covered.push(`${seen.name}: ends at ${seen.bottom}, bar from ${seen.barTop}`);
    }
    expect(choices).toBeGreaterThan(8);
    expect(covered).toEqual([]);
  });
});
