// Stuck at the counter, on a 390×844 phone in every language: from the
// start page, what people type reaches the answer in one tap, its "pay
// now" ways are on the first screen of the answer, and a second tap on a
// way lands where the app explains it.
import type { Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { CashierPage, HelpPage, HomePage } from './pages';
import { everyText, named, problemTitle, seenMessages, type Lang } from './catalogue';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeByLanguage } from '../../scripts/first-load.mjs';

// Each journey: what is typed, the problem it must reach, and where its
// first way to pay now leads.
const JOURNEYS = {
  nb: [
    { typed: 'blinker rødt', problem: 'card-declined', way: /\/nb\/eligibility\/$/ },
    { typed: 'kortet blir avvist i butikken', problem: 'payment-declined', way: /\/nb\/cashier\/#phrase-cash$/ },
    { typed: 'gateselger', problem: 'vendor-code', way: /\/nb\/cashier\/#phrase-merchant-code$/ },
    { typed: 'lommeboken viser HK$', problem: 'wallet-region', way: /\/nb\/before-you-go\/#way-wechat-pay-hk$/ },
    { typed: 'risiko', problem: 'risk-control', way: /\/nb\/cashier\/#phrase-cash$/ },
    { typed: 'får ikke bestilt med koden på bordet', problem: 'table-order', way: /\/nb\/cashier\/#phrase-order$/ },
    { typed: 'bruk en annen betalingsmåte', problem: 'payment-failed', way: /\/nb\/cashier\/#phrase-cash$/ },
    // Found when a retiree's money seemed taken at a hot-pot till.
    { typed: 'pengene er trukket men betalingen feilet', problem: 'paid-or-not', way: /\/nb\/cashier\/#phrase-cash$/ },
  ],
  en: [
    { typed: 'my card blinks red', problem: 'card-declined', way: /\/en\/eligibility\/$/ },
    { typed: 'Transaction involves risks', problem: 'risk-control', way: /\/en\/cashier\/#phrase-cash$/ },
    { typed: 'street vendor', problem: 'vendor-code', way: /\/en\/cashier\/#phrase-merchant-code$/ },
    { typed: 'wallet shows HK dollars', problem: 'wallet-region', way: /\/en\/before-you-go\/#way-wechat-pay-hk$/ },
    { typed: 'declined', problem: 'payment-declined', way: /\/en\/cashier\/#phrase-cash$/ },
    // Found when a mother at a hotpot table in Chengdu found nothing for her words.
    { typed: 'qr code on table wont let me pay', problem: 'table-order', way: /\/en\/cashier\/#phrase-order$/ },
    // Found when a Malaysian's mother, without WeChat, had nothing.
    { typed: "my mom doesn't have wechat", problem: 'no-wechat', way: /\/en\/cashier\/#phrase-cash$/ },
  ],
  zh: [
    { typed: '卡绑不上', problem: 'card-declined', way: /\/zh\/eligibility\/$/ },
    { typed: '交易有风险', problem: 'risk-control', way: /\/zh\/cashier\/#phrase-cash$/ },
    { typed: '个人收款码', problem: 'vendor-code', way: /\/zh\/cashier\/#phrase-merchant-code$/ },
    { typed: '钱包显示港币', problem: 'wallet-region', way: /\/zh\/before-you-go\/#way-wechat-pay-hk$/ },
    { typed: '交易被拒绝', problem: 'payment-declined', way: /\/zh\/cashier\/#phrase-cash$/ },
    // Found when a visitor at a dim sum till was told her bank had refused.
    { typed: '支付失败，请更换支付方式', problem: 'payment-failed', way: /\/zh\/cashier\/#phrase-cash$/ },
    { typed: '扫码点餐付不了', problem: 'table-order', way: /\/zh\/cashier\/#phrase-order$/ },
    // Found when a Malaysian at a dim-sum till was charged, or not, and
    // when "深圳地铁" opened the Hong Kong wallet.
    { typed: '扣了钱但是没付成功', problem: 'paid-or-not', way: /\/zh\/cashier\/#phrase-cash$/ },
    { typed: '深圳地铁', problem: 'metro', way: /\/zh\/before-you-go\/#way-metro$/ },
  ],
} as const;

for (const [folder, locale] of [['nb', 'nb-NO'], ['en', 'en-US'], ['zh', 'zh-CN']] as const) {
  test.describe(`at the counter in ${locale}`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });

    test('the start page leads with what you see, the main doors and a one-line warning', async ({ page }) => {
      const home = new HomePage(page, folder);
      await home.open();
      await home.appLoaded();
      const firstScreen: [string, Locator][] = [
        ['the heading', home.heading],
        ['the search', home.search],
        ['the fourth door', home.doors.nth(3)],
        ['the warning\'s line', home.fraudWarningSummary],
      ];
      for (const [name, shown] of firstScreen) {
        const box = await shown.boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.y + box!.height, `${name} on the first screen`).toBeLessThanOrEqual(844);
      }
      // The whole official warning is one tap away.
      await expect(home.fraudWarningBody).toBeHidden();
      await home.fraudWarningSummary.click();
      await expect(home.fraudWarningBody).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });

    for (const journey of JOURNEYS[folder]) {
      test(`"${journey.typed}" reaches what to do now in two taps`, async ({ page }) => {
        const home = new HomePage(page, folder);
        await home.open();
        await home.search.fill(journey.typed);
        const first = home.problemLinks.first();
        await expect(first).toHaveAttribute('href', `${folder}/help/${journey.problem}/`);
        // First tap: the answer, with the ways to pay now on its first screen.
        await first.click();
        await expect(page).toHaveURL(new RegExp(`/${folder}/help/${journey.problem}/$`));
        const help = new HelpPage(page, folder, journey.problem);
        const firstScreen: [string, Locator][] = [['the first way to pay now', help.firstWayName]];
        // Found when a Norwegian at 200 % zoom found it 4.7 screens down.
        if (await help.cashierSentence.count()) firstScreen.push(['the sentence for the cashier', help.cashierSentence]);
        for (const [name, shown] of firstScreen) {
          const box = await shown.boundingBox();
          expect(box!.y + box!.height, `${name} is on the first screen`).toBeLessThanOrEqual(844);
        }
        const way = help.payNowWays.first();
        // Second tap: where the app explains that way.
        await way.click();
        await expect(page).toHaveURL(journey.way);
        await expect(home.heading).toBeVisible();
      });
    }

    // Found when a British traveller at a noodle shop tapped "Use another
    // card" and got the checker's nine questions, then "Pay in cash" and
    // got "I will pay in cash." instead of a question.
    test('at a till, another card is switched on the payment screen and cash is asked for', async ({ page }) => {
      const help = new HelpPage(page, folder, 'risk-control');
      await help.open();
      const ways = help.answer.locator('.pay-now .ways-now > li');
      await expect(ways.first()).toContainText(named(folder, 'ways', 'SwitchCard'));
      await expect(ways.first().getByRole('link')).toHaveCount(0);
      await help.payNowWays.first().click();
      await expect(page).toHaveURL(new RegExp(`/${folder}/cashier/#phrase-cash$`));
      await expect(page.locator('#phrase-cash-zh')).toHaveText('可以付现金吗？');
    });

    // Found when a Malaysian could not find the sentence for "it did not go
    // through" from the answer she was reading.
    test('a failure at a till shows the cashier\'s sentence for it, one tap from the card', async ({ page }) => {
      const help = new HelpPage(page, folder, 'payment-declined');
      await help.open();
      const line = help.answer.locator('.pay-now .show-cashier');
      await expect(line.locator('[lang="zh-CN"]')).toHaveText('付款没有成功，请稍等一下，我换一种方式付。');
      await line.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${folder}/cashier/#phrase-failed$`));
    });

    // Found when a student's landlord wanted the rent by WeChat transfer,
    // which a card from abroad can never fund.
    test('rent asked for in one\'s own words: the answer leads with the sentence for the landlord', async ({ page }) => {
      const home = new HomePage(page, folder);
      await home.open();
      await home.appLoaded();
      await home.search.fill({ nb: 'kan jeg betale husleia med wechat', en: 'can i pay rent with wechat', zh: '交房租' }[folder]);
      await home.search.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${folder}/help/red-packets/$`));
      const help = new HelpPage(page, folder, 'red-packets');
      await expect(help.cashierSentence).toHaveText('我的是境外银行卡，不能用微信转账。房租可以付现金吗？或者您有商家收款码吗？');
      await expect(help.cashierSentence).toBeInViewport();
      await help.answer.locator('.pay-now .show-cashier').getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${folder}/cashier/#phrase-rent$`));
    });

    test('the bank is the side that refused: what to ask it, and the message to read out', async ({ page }) => {
      const help = new HelpPage(page, folder, 'payment-declined');
      await help.open();
      await expect(help.bankQuestions).toHaveCount(4);
      // The message Weixin Pay shows, as it shows it.
      await expect(help.readOut('zh-CN')).toHaveText('交易被拒绝/银行卡状态异常');
      await expect(help.readOut('en')).toHaveText('Transaction declined / The bank card is unauthorized');
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });

    // Found when a Norwegian's ¥3,000 hotel deposit was refused with
    // 超出单笔支付限额: the message was not known, the answer said "pay
    // for fewer things", and the dollar limit said nothing next to ¥3,000.
    test('a deposit refused as over the limit: the message is found, the limit is in yuan, deposits are one tap away', async ({ page }) => {
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill('超出单笔支付限额');
      await expect(home.problemLinks.first()).toHaveAttribute('href', `${folder}/help/over-limit/`);
      await home.problemLinks.first().click();
      const help = new HelpPage(page, folder, 'over-limit');
      const yuan = { nb: '¥\u00a035\u00a0500', en: '¥35,500', zh: '¥35,500' }[folder];
      await expect(help.answer).toContainText(yuan);
      await expect(help.answer).not.toContainText(yuan + '.00');
      const deposits = help.answer.getByRole('link', { name: problemTitle(folder, 'deposits'), exact: true });
      await deposits.click();
      await expect(page).toHaveURL(new RegExp(`/${folder}/help/deposits/$`));
    });

    test('"unlink a card first" links to how to unlink one', async ({ page }) => {
      const help = new HelpPage(page, folder, 'too-many-cards');
      await help.open();
      const unlink = help.answer.locator('.pay-now').getByRole('link', { name: problemTitle(folder, 'unlink-card'), exact: true });
      await unlink.click();
      await expect(page).toHaveURL(new RegExp(`/${folder}/help/unlink-card/$`));
      await expect(help.heading).toHaveText(problemTitle(folder, 'unlink-card'));
    });

    test('nothing typed ends in a dead end, and Enter opens no guess', async ({ page }) => {
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill('qqqq zzzz');
      await expect(home.searchStatus).toBeVisible();
      await expect(home.problemLinks).toHaveCount(3);
      await expect(home.wayLinks).toHaveCount(4);
      // Whatever the cause, cash works: it comes first (an older traveller
      // in a taxi was offered her own code first, for a card the bank refused).
      await expect(home.wayLinks.first()).toHaveText(named(folder, 'ways', 'Cash'));
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await home.search.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${folder}/$`));
      await expect(home.problemLinks.first()).toBeFocused();
    });

    // A Malaysian at a till scrolled through sixteen cards with no names
    // to find "can I pay in cash".
    test('every sentence of the card is named on the first screen and shows large with one tap', async ({ page }) => {
      const cashier = new CashierPage(page, folder);
      await cashier.open();
      const names = cashier.quickNames;
      await expect(names).toHaveCount(await cashier.phrases.count());
      for (const name of await names.all()) {
        await expect(name).toBeInViewport({ ratio: 1 });
        expect((await name.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      }
      for (const index of [0, 6, 15]) {
        const chinese = (await cashier.chinese(cashier.phrases.nth(index)).textContent()) ?? '';
        await names.nth(index).click();
        await expect(cashier.dialogText).toHaveText(chinese);
        await cashier.dialogBack.click();
        await expect(cashier.dialog).toHaveCount(0);
        await expect(names.nth(index)).toBeFocused();
      }
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });

    // A Malaysian student asked "支付宝可以吗" and got 17 Weixin Pay pages.
    test('a question about Alipay is told the app has no facts on it, with the ways to pay now', async ({ page }) => {
      const asked = { zh: '支付宝可以吗', en: 'can I use Alipay instead', nb: 'kan jeg bruke Alipay' }[folder];
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill(asked);
      await expect(home.searchStatus).toContainText(folder === 'zh' ? '支付宝' : 'Alipay');
      await expect(home.problemLinks).toHaveCount(0);
      await expect(home.wayLinks).toHaveCount(4);
      await expect(home.wayLinks.first()).toHaveText(named(folder, 'ways', 'Cash'));
      await home.search.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${folder}/$`));
      await expect(home.searchStatus).toBeVisible();
    });

    // A Norwegian at a hot-pot place could not read the message: the staff can.
    test('a message nobody can read links the sentence that asks the cashier to read it', async ({ page }) => {
      const asked = { zh: '看不懂提示', en: "I can't read the message, it's in Chinese", nb: 'feilmelding på kinesisk' }[folder];
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill(asked);
      const link = page.locator('.problem-search .show-cashier a');
      await expect(link, asked).toHaveAttribute('href', /cashier\/#phrase-read-message$/);
      // What the sentence says, for a reader of English or Norwegian.
      if (folder !== 'zh') await expect(page.locator('.problem-search .show-cashier .read-out-user')).not.toBeEmpty();
      // Enter goes to the sentence, its Chinese in sight, not to the causes
      // under it (with large text, the Chinese had scrolled off the top).
      await home.search.press('Enter');
      await expect(link).toBeFocused();
      await expect(page.locator('.problem-search .show-cashier [lang=zh-CN]')).toBeInViewport();
      await link.click();
      await expect(page.locator('#phrase-read-message-zh')).toBeInViewport();
      // The focus starts at the sentence: Tab reaches its own buttons, not
      // the top of the page.
      await expect(page.locator('#phrase-read-message')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.locator('#phrase-read-message button').first()).toBeFocused();
    });

    // A Brazilian and a Malaysian asked for a receipt and got "paid or not".
    test('a receipt asked for links the sentence that asks for one', async ({ page }) => {
      const asked = { zh: '收据', en: 'receipt', nb: 'kvittering' }[folder];
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill(asked);
      await expect(page.locator('.problem-search .show-cashier a'), asked).toHaveAttribute('href', /cashier\/#phrase-receipt$/);
    });

    // A Norwegian at a tea shop asked "kan jeg betale med kort" and got the
    // checker's nine questions instead of a way to ask the shop.
    test('paying by card at the till asks the shop about its terminal; the checker is listed, not opened', async ({ page }) => {
      const asked = { zh: '可以刷卡吗', en: 'can I pay by card', nb: 'kan jeg betale med kort' }[folder];
      const home = new HomePage(page, folder);
      await home.open();
      await home.appLoaded();
      await home.search.fill(asked);
      const link = page.locator('.problem-search .show-cashier a');
      await expect(link, asked).toHaveAttribute('href', /cashier\/#phrase-card-terminal$/);
      if (folder !== 'zh') await expect(home.problemLinks.first(), asked).toHaveAttribute('href', `${folder}/eligibility/`);
      await home.search.press('Enter');
      await expect(link, asked).toBeFocused();
      await expect(page, asked).toHaveURL(new RegExp(`/${folder}/$`));
    });

    // An American student asked "do i need cash" and got an old app version.
    test('a question about cash is answered with the ways to pay, cash first', async ({ page }) => {
      const asked = { zh: '要带现金吗', en: 'do i need cash', nb: 'trenger jeg kontanter' }[folder];
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill(asked);
      await expect(home.searchStatus, asked).toBeVisible();
      await expect(home.problemLinks, asked).toHaveCount(0);
      await expect(home.wayLinks.first(), asked).toHaveText(named(folder, 'ways', 'Cash'));
      // Too little cash, in a taxi: the sentence for the driver, one tap away.
      const atm = page.locator('.problem-search .show-cashier a');
      await expect(atm, asked).toHaveAttribute('href', new RegExp(`cashier/#phrase-atm$`));
      await expect(page.locator('.problem-search .show-cashier [lang=zh-CN]'), asked).toContainText('ATM');
    });

    // A Norwegian asked "how do I pay at a shop" and was shown ways a
    // payment fails: a question of how is answered by the guide's steps.
    test('a question of how to pay leads with the guide steps for paying', async ({ page }) => {
      const asked = { zh: '在商店怎么用微信付款', en: 'how do I pay at a shop', nb: 'hvordan betaler jeg i butikken' }[folder];
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill(asked);
      await expect(home.searchStatus).toBeVisible();
      const steps = ['pay-by-scanning', 'pay-with-code', 'pay-online'];
      for (const [index, slug] of steps.entries()) {
        await expect(home.problemLinks.nth(index), `${asked}: link ${index + 1}`).toHaveAttribute('href', new RegExp(`guide/${slug}/$`));
      }
      // The failures the words also find come after the steps.
      expect(await home.problemLinks.count(), asked).toBeGreaterThan(steps.length);
      await expect(home.wayLinks).toHaveCount(0);
      await home.problemLinks.first().click();
      await expect(page).toHaveURL(new RegExp(`/${folder}/guide/pay-by-scanning/$`));
    });

    test('back on the start page, the field is empty for the next problem', async ({ page }) => {
      const home = new HomePage(page, folder);
      const help = new HelpPage(page, folder);
      await home.open();
      await home.search.fill(JOURNEYS[folder][0].typed);
      await home.problemLinks.first().click();
      await home.sectionLink('nav_home').click();
      await expect(home.search).toHaveValue('');
      // The troubleshooter still has the question.
      await help.open();
      await expect(help.search).toHaveValue(JOURNEYS[folder][0].typed);
      // Typed into, it takes the next question whole, not mixed with the last.
      await help.started();
      await help.search.click();
      await page.keyboard.type('sms');
      await expect(help.search).toHaveValue('sms');
    });

    // Found when a Thai student and a Chinese host mother asked whether a
    // card would work: only failures came back.
    test('a question whether a card works offers the card checker first', async ({ page }) => {
      const asked = { nb: 'virker Visa i Kina?', en: 'visa debit ok?', zh: '挪威的卡能用微信吗' }[folder];
      const home = new HomePage(page, folder);
      await home.open();
      await home.search.fill(asked);
      await expect(home.problemLinks.first()).toHaveAttribute('href', /\/eligibility\/$/);
      await home.problemLinks.first().click();
      await expect(page).toHaveURL(new RegExp(`/${folder}/eligibility/$`));
      // A card that failed gets the problems, not the checker.
      await home.open();
      await home.search.fill({ nb: 'kortet virker ikke', en: 'card declined', zh: '卡付不了' }[folder]);
      await expect(home.problemLinks.first()).not.toHaveAttribute('href', /\/eligibility\/$/);
      // A card's name alone asks the same, and Enter opens the checker,
      // not "cannot add the card" (an American typed "amex").
      await home.search.fill('amex');
      await home.search.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${folder}/eligibility/$`));
    });

    test('Enter opens the best answer; without the app the form asks the troubleshooter', async ({ page, browser }) => {
      const home = new HomePage(page, folder);
      await home.open();
      // Enter before the app runs sends the form to the troubleshooter's
      // address, as without the app (below): this is the app's Enter.
      await home.started();
      await home.search.fill(JOURNEYS[folder][0].typed);
      await home.search.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${folder}/help/${JOURNEYS[folder][0].problem}/$`));

      const context = await browser.newContext({ javaScriptEnabled: false, locale });
      const plain = new HomePage(await context.newPage(), folder);
      await plain.page.goto(`${new URL(page.url()).origin}/${folder}/`);
      await plain.search.fill('SMS');
      await plain.search.press('Enter');
      await expect(plain.page).toHaveURL(new RegExp(`/${folder}/help/\\?q=SMS$`));
      await expect(plain.problemLinks.first()).toBeVisible();
      await context.close();
    });
  });
}

// Found when a Norwegian at a market stall could not read the message on
// her screen: each cause comes with the message in Chinese to compare.
test.describe('several causes at a till', () => {
  test.use({ locale: 'nb-NO', viewport: { width: 390, height: 844 } });

  test('each cause is listed with its message in Chinese', async ({ page }) => {
    const home = new HomePage(page, 'nb');
    await home.open();
    await home.search.fill('det står noe på kinesisk');
    await expect(home.problemLinks.first()).toContainText('交易被拒绝/银行卡状态异常');
    await expect(home.problemLinks.first().locator('[lang="zh-CN"]')).toHaveCount(1);
    await home.search.fill('betalingen gikk ikke gjennom');
    await expect(home.problemLinks.filter({ hasText: '交易有风险' })).toHaveCount(1);
  });
});

// Found when a student asked "wat is the max i can pay" and read "Pay
// another way for now" first: the limits answer, with what is left.
test.describe('a question of the limits', () => {
  for (const [folder, locale, asked] of [['en', 'en-US', 'wat is the max i can pay'], ['nb', 'nb-NO', 'hvor mye kan jeg betale'], ['zh', 'zh-CN', '限额是多少']] as const) {
    test(`is answered with the limits in ${locale}`, async ({ page }) => {
      const home = new HomePage(page, folder);
      const answer = page.locator('.problem-search .limits-answer');
      await home.open();
      await home.search.fill(asked);
      // Dollars as the language writes them: "USD 5,000", "5,000 美元".
      const dollars = (thousands: string) => (folder === 'zh' ? new RegExp(`${thousands},000\\s美元`) : new RegExp(`USD\\s${thousands}[,\\s]000`));
      await expect(answer, asked).toContainText(dollars('5'));
      await expect(answer).toContainText(dollars('50'));
      await expect(answer.getByRole('link')).toHaveAttribute('href', /tracker\/$/);
      // Enter goes to the answer, never to the failure as if it were one.
      await home.search.press('Enter');
      await expect(answer.getByRole('link')).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`/${folder}/$`));
      // A payment refused over a limit is a failure, not this question.
      await home.search.fill('Transaction exceeds the limit');
      await expect(answer).toHaveCount(0);
    });
  }
});

test.describe('one app per language', () => {
  test.use({ locale: 'nb-NO', viewport: { width: 390, height: 844 } });

  test('each language loads its own app, and the Norwegian one still finds what WeChat shows in Chinese and English', async ({ page }) => {
    const wasm: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
    });
    const home = new HomePage(page, 'nb');
    await home.open();
    await home.appLoaded();
    expect(wasm).toEqual([expect.stringMatching(/^\/waika-nb-[0-9a-f]+_bg\.wasm$/)]);
    for (const [typed, problem] of [
      ['交易被拒绝', 'payment-declined'],
      ['Transaction involves risks', 'risk-control'],
      ['绑卡失败', 'card-declined'],
    ]) {
      await home.search.fill(typed);
      await expect(home.problemLinks.first(), typed).toHaveAttribute('href', `nb/help/${problem}/`);
    }
    // The language switch loads the other language's page and app.
    await home.languageLink('English').click();
    await expect(page).toHaveURL(/\/en\/$/);
    await home.appLoaded();
    expect(wasm[1]).toMatch(/^\/waika-[0-9a-f]+_bg\.wasm$/);
    await expect(new HomePage(page, 'en').languageLink('English')).toBeFocused();
  });

  // Besides its own texts, every build keeps the messages WeChat shows in
  // Chinese and English (and the cashier's sentences, not in the
  // catalogue): any other text of another language found in a build is
  // one its visitors download for nothing.
  test("each language's app holds no catalogue text of another language", () => {
    const dist = process.env.E2E_DIST ?? 'dist';
    const langs: Lang[] = ['en', 'nb', 'zh'];
    for (const lang of langs) {
      const [, , wasmFile] = codeByLanguage(dist)[lang];
      const wasm = readFileSync(join(dist, wasmFile));
      const own = new Set([...everyText(lang), ...seenMessages('zh'), ...seenMessages('en')]);
      // A shorter text may be quoted inside one of this language's sentences,
      // as the Norwegian guide names the "Foreign Permanent Resident ID Card".
      const others = langs
        .filter((other) => other !== lang)
        .flatMap((other) => everyText(other).map((text) => ({ other, text })))
        .filter(({ text }) => Buffer.byteLength(text) >= 40 && !own.has(text));
      const found = others.filter(({ text }) => wasm.includes(Buffer.from(text)));
      expect(found.map(({ other, text }) => `${other}: ${text}`), `${lang} app (${wasmFile})`).toEqual([]);
    }
  });
});
