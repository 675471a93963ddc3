// Stuck at the counter, on a 390×844 phone in every language: from the
// start page, what people type reaches the answer in one tap, its "pay
// now" ways are on the first screen of the answer, and a second tap on a
// way lands where the app explains it.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

// Each journey: what is typed, the problem it must reach, and where its
// first way to pay now leads.
const JOURNEYS = {
  nb: [
    { typed: 'blinker rødt', problem: 'card-declined', way: /\/nb\/eligibility\/$/ },
    { typed: 'kortet blir avvist i butikken', problem: 'payment-declined', way: /\/nb\/eligibility\/$/ },
    { typed: 'gateselger', problem: 'vendor-code', way: /\/nb\/cashier\/#phrase-merchant-code$/ },
    { typed: 'lommeboken viser HK$', problem: 'wallet-region', way: /\/nb\/before-you-go\/#way-wechat-pay-hk$/ },
    { typed: 'risiko', problem: 'risk-control', way: /\/nb\/eligibility\/$/ },
  ],
  en: [
    { typed: 'my card blinks red', problem: 'card-declined', way: /\/en\/eligibility\/$/ },
    { typed: 'Transaction involves risks', problem: 'risk-control', way: /\/en\/eligibility\/$/ },
    { typed: 'street vendor', problem: 'vendor-code', way: /\/en\/cashier\/#phrase-merchant-code$/ },
    { typed: 'wallet shows HK dollars', problem: 'wallet-region', way: /\/en\/before-you-go\/#way-wechat-pay-hk$/ },
    { typed: 'declined', problem: 'payment-declined', way: /\/en\/eligibility\/$/ },
  ],
  zh: [
    { typed: '卡绑不上', problem: 'card-declined', way: /\/zh\/eligibility\/$/ },
    { typed: '交易有风险', problem: 'risk-control', way: /\/zh\/eligibility\/$/ },
    { typed: '个人收款码', problem: 'vendor-code', way: /\/zh\/cashier\/#phrase-merchant-code$/ },
    { typed: '钱包显示港币', problem: 'wallet-region', way: /\/zh\/before-you-go\/#way-wechat-pay-hk$/ },
    { typed: '交易被拒绝', problem: 'payment-declined', way: /\/zh\/eligibility\/$/ },
  ],
} as const;

for (const [folder, locale] of [['nb', 'nb-NO'], ['en', 'en-US'], ['zh', 'zh-CN']] as const) {
  test.describe(`at the counter in ${locale}`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });

    test('the start page leads with what you see, the main doors and a one-line warning', async ({ page }) => {
      await page.goto(`/${folder}/`);
      await page.waitForFunction(() => (window as any).wasmBindings !== undefined);
      for (const selector of ['h1', '#home-search', '.doors li:nth-child(4) a', '.fraud-warning summary']) {
        const box = await page.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect(box!.y + box!.height, `${selector} on the first screen`).toBeLessThanOrEqual(844);
      }
      // The whole official warning is one tap away.
      const warning = page.locator('.fraud-warning.folded');
      await expect(warning.locator('p').first()).toBeHidden();
      await warning.locator('summary').click();
      await expect(warning.locator('p').first()).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });

    for (const journey of JOURNEYS[folder]) {
      test(`"${journey.typed}" reaches what to do now in two taps`, async ({ page }) => {
        await page.goto(`/${folder}/`);
        await page.locator('#home-search').fill(journey.typed);
        const first = page.locator('.problem-link').first();
        await expect(first).toHaveAttribute('href', `${folder}/help/${journey.problem}/`);
        // First tap: the answer, with the ways to pay now on its first screen.
        await first.click();
        await expect(page).toHaveURL(new RegExp(`/${folder}/help/${journey.problem}/$`));
        const way = page.locator('.pay-now .ways-now a').first();
        const box = await way.boundingBox();
        expect(box!.y + box!.height, 'the first way to pay now is on the first screen').toBeLessThanOrEqual(844);
        // Second tap: where the app explains that way.
        await way.click();
        await expect(page).toHaveURL(journey.way);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    }

    test('the bank is the side that refused: what to ask it, and the message to read out', async ({ page }) => {
      await page.goto(`/${folder}/help/payment-declined/`);
      const call = page.locator('.bank-call');
      await expect(call.locator('.bank-questions li')).toHaveCount(4);
      await expect(call.locator('.read-out[lang="zh-CN"]')).toHaveText('交易被拒绝/银行卡状态异常');
      await expect(call.locator('.read-out[lang="en"]')).toHaveText('Transaction declined / The bank card is unauthorized');
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });

    test('nothing typed ends in a dead end, and Enter opens no guess', async ({ page }) => {
      await page.goto(`/${folder}/`);
      await page.locator('#home-search').fill('qqqq zzzz');
      await expect(page.locator('.search-status')).toBeVisible();
      await expect(page.locator('.problem-link')).toHaveCount(3);
      await expect(page.locator('.way-links a')).toHaveCount(4);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await page.locator('#home-search').press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${folder}/$`));
      await expect(page.locator('.problem-link').first()).toBeFocused();
    });

    test('back on the start page, the field is empty for the next problem', async ({ page }) => {
      await page.goto(`/${folder}/`);
      await page.locator('#home-search').fill(JOURNEYS[folder][0].typed);
      await page.locator('.problem-link').first().click();
      await page.locator('.nav-bar a').first().click();
      await expect(page.locator('#home-search')).toHaveValue('');
      // The troubleshooter still has the question.
      await page.goto(`/${folder}/help/`);
      await expect(page.locator('#help-search')).toHaveValue(JOURNEYS[folder][0].typed);
    });

    test('Enter opens the best answer; without the app the form asks the troubleshooter', async ({ page, browser }) => {
      await page.goto(`/${folder}/`);
      await page.locator('#home-search').fill(JOURNEYS[folder][0].typed);
      await page.locator('#home-search').press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${folder}/help/${JOURNEYS[folder][0].problem}/$`));

      const context = await browser.newContext({ javaScriptEnabled: false, locale });
      const plain = await context.newPage();
      await plain.goto(`${new URL(page.url()).origin}/${folder}/`);
      await plain.locator('#home-search').fill('SMS');
      await plain.locator('#home-search').press('Enter');
      await expect(plain).toHaveURL(new RegExp(`/${folder}/help/\\?q=SMS$`));
      await expect(plain.locator('.problem-link').first()).toBeVisible();
      await context.close();
    });
  });
}

test.describe('one app per language', () => {
  test.use({ locale: 'nb-NO', viewport: { width: 390, height: 844 } });

  test('each language loads its own app, and the Norwegian one still finds what WeChat shows in Chinese and English', async ({ page }) => {
    const wasm: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
    });
    await page.goto('/nb/');
    await page.waitForFunction(() => (window as any).wasmBindings !== undefined);
    expect(wasm).toEqual([expect.stringMatching(/^\/waika-nb-[0-9a-f]+_bg\.wasm$/)]);
    for (const [typed, problem] of [
      ['交易被拒绝', 'payment-declined'],
      ['Transaction involves risks', 'risk-control'],
      ['绑卡失败', 'card-declined'],
    ]) {
      await page.locator('#home-search').fill(typed);
      await expect(page.locator('.problem-link').first(), typed).toHaveAttribute('href', `nb/help/${problem}/`);
    }
    // The language switch loads the other language's page and app.
    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.waitForFunction(() => (window as any).wasmBindings !== undefined);
    expect(wasm[1]).toMatch(/^\/waika-[0-9a-f]+_bg\.wasm$/);
    await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  });
});
