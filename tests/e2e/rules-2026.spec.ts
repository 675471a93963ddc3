// The rules and offers of November 2026, checked with the clock fixed, in
// all three languages.
import { test, expect, folderOf } from './fixtures';

const UNION_PAY = 'id=passport&net=unionpay&kind=credit&sms=yes&store=ios&ver=8.0.54&wallet=yuan&cards=0&where=mainland&intl=yes';

const LANGS = [
  {
    locale: 'en-US',
    unionPay: 'Since 6 November 2024, UnionPay cards issued outside the Chinese Mainland can be linked.',
    newUsers: 'New-user fee waivers',
    yes: 'Yes',
    firstPayment: 'When did you first pay with it?',
    fee: 'Weixin Pay transaction fee (3%)',
    zero: '¥0.00',
    waived: 'Fee waived by the new-user offer of 2026.',
    reported: 'reported by Tencent News on the 2026 fee waivers, 2026-05-28',
    maybe: 'You may not have to pay this fee',
    unconfirmed: "The waiver for payments up to ¥200.00 is confirmed only until 31 December 2026, and this version of the app knows of no newer announcement. With the waiver your card is charged ¥154.50; if it has lapsed, ¥159.14 (a fee of ¥4.50, and your card's markup on it).",
    stale: 'This may have changed: check the amount Weixin Pay shows before you pay.',
    noFee: 'there is no fee at all',
    notKnown: 'whether they still have none is not known',
    claimsTitle: 'What you may have read',
    network: 'Card network',
    unionPayOption: 'UnionPay card issued outside the Chinese Mainland',
    unionPayTotals: 'If the promotion still runs, your card is charged ¥515.00; if not, ¥530.45.',
    published: 'Figures as last published: 2023 (number of cards)',
    staleVerdict: 'The rules behind this answer were last checked against their sources on 1 December 2026, 6 months ago, and may have changed.',
  },
  {
    locale: 'nb-NO',
    unionPay: 'Siden 6. november 2024 kan UnionPay-kort utstedt utenfor fastlands-Kina kobles til.',
    newUsers: 'Gebyrfritak for nye brukere',
    yes: 'Ja',
    firstPayment: 'Når betalte du med det første gang?',
    fee: 'Transaksjonsgebyr fra Weixin Pay (3\u00a0%)',
    zero: '¥\u00a00,00',
    waived: 'Gebyret er frafalt etter tilbudet til nye brukere i 2026.',
    reported: 'Tencent News om gebyrfritakene i 2026, 2026-05-28 (andrehåndskilde)',
    maybe: 'Kanskje slipper du dette gebyret',
    unconfirmed: 'Gebyrfritaket for betalinger opptil ¥\u00a0200,00 er bare bekreftet til og med 31. desember 2026, og denne versjonen av appen kjenner ikke til noen nyere kunngjøring. Gjelder fritaket fortsatt, belastes kortet ditt med ¥\u00a0152,99; er det borte, blir det ¥\u00a0157,57 (et gebyr på ¥\u00a04,50 pluss kortets valutapåslag på gebyret).',
    stale: 'Dette kan ha endret seg: sjekk beløpet Weixin Pay viser før du betaler.',
    noFee: 'slipper du gebyret helt',
    notKnown: 'det er ikke kjent om de fortsatt er det',
    claimsTitle: 'Det du kanskje har lest',
    network: 'Kortselskap',
    unionPayOption: 'UnionPay-kort utstedt utenfor fastlands-Kina',
    unionPayTotals: 'Hvis kampanjen fortsatt gjelder, belastes kortet ditt med ¥\u00a0509,95; hvis ikke, ¥\u00a0525,25.',
    published: 'Sist offentliggjort: 2023 (antall kort)',
    staleVerdict: 'Reglene bak dette svaret ble sist sjekket mot kildene 1. desember 2026, for 6 måneder siden, og kan ha endret seg.',
  },
  {
    locale: 'zh-CN',
    unionPay: '自2024年11月6日起，可以绑定在中国大陆以外发行的银联卡。',
    newUsers: '新用户手续费减免',
    yes: '是',
    firstPayment: '你是哪天首次用它付款的？',
    fee: '微信支付交易手续费（3%）',
    zero: '¥0.00',
    waived: '根据2026年新用户优惠，这笔手续费已免除。',
    reported: '腾讯新闻：2026年手续费减免（2026-05-28，转述）',
    maybe: '你可能无需支付这笔手续费',
    unconfirmed: '¥200.00 以内免手续费的政策仅确认有效至2026年12月31日，本版本应用未收录此后的新公告。若减免仍有效，银行卡扣款 ¥154.50；若已失效，则扣款 ¥159.14（含手续费 ¥4.50 及发卡机构对其收取的转换费）。',
    stale: '此信息可能已有变化：付款前请以微信支付显示的金额为准。',
    noFee: '就不收手续费',
    notKnown: '此后是否仍免收尚不清楚',
    claimsTitle: '你可能看到过的说法',
    network: '卡组织',
    unionPayOption: '境外发行的银联卡',
    unionPayTotals: '若推广期尚未结束，银行卡扣款 ¥515.00；若已结束，则扣款 ¥530.45。',
    published: '以上数字最后一次公布：2023年（可绑卡数量）',
    staleVerdict: '此结论所依据的规则最后一次与来源核对是在2026年12月1日（6个月前），可能已有变化。',
  },
] as const;

for (const lang of LANGS) {
  test.describe(`November 2026 rules in ${lang.locale}`, () => {
    test.use({ locale: lang.locale });

    test('a UnionPay card issued abroad is eligible', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-23T12:00:00+08:00'));
      await page.goto(`/${folderOf(lang.locale)}/eligibility/?${UNION_PAY}`);
      await expect(page.locator('.verdict')).toHaveClass(/verdict-eligible/);
      await expect(page.locator('main')).toContainText(lang.unionPay);
    });

    test('a first-time user\'s 500 yuan in the 2026 window costs no fee and names the offer', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-23T12:00:00+08:00'));
      await page.goto(`/${folderOf(lang.locale)}/fees/`);
      await page.locator('#amount').fill('500');
      // Without answers nothing is assumed: the fee shows, with a note.
      await expect(page.locator('.quote-row', { hasText: lang.fee })).not.toContainText(lang.zero);
      await expect(page.locator('.quote-notes')).toContainText(lang.maybe);
      await page.locator('.new-user-panel summary').click();
      await page.locator('.new-user-panel').getByLabel(lang.yes, { exact: true }).check();
      await page.locator('.new-user-panel').getByLabel(lang.firstPayment).fill('2026-11-01');
      await page.locator('.new-user-panel').getByLabel(lang.firstPayment).blur();
      await expect(page.locator('.quote-row', { hasText: lang.fee }).locator('dd')).toHaveText(lang.zero);
      await expect(page.locator('.quote-notes')).toContainText(lang.waived);
      await expect(page.locator('.quote-notes')).toContainText(lang.reported);
      // The answers are kept on the device.
      await page.reload();
      await page.locator('#amount').fill('500');
      await expect(page.locator('.quote-notes')).toContainText(lang.waived);
    });

    test('after 2026-12-31 the small-payment waiver carries a notice and the cost without it', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2027-01-05T12:00:00+08:00'));
      await page.goto(`/${folderOf(lang.locale)}/fees/`);
      await page.locator('#amount').fill('150');
      await expect(page.locator('.unconfirmed-note')).toHaveText(lang.unconfirmed);
      await expect(page.locator('.stale-notice')).toHaveText(lang.stale);
      // Just above 200: no sentence promises a payment without a fee.
      await page.locator('#amount').fill('201');
      await expect(page.locator('.quote-notes')).toContainText(lang.notKnown);
      await expect(page.locator('.quote-notes')).not.toContainText(lang.noFee);
    });

    test('before 2027 the cliff note still says a payment up to 200 has no fee', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-01T12:00:00+08:00'));
      await page.goto(`/${folderOf(lang.locale)}/fees/`);
      await page.locator('#amount').fill('201');
      await expect(page.locator('.quote-notes')).toContainText(lang.noFee);
    });

    test('six calendar months after the review, the answer says when the rules were checked', async ({ page }) => {
      // The review of 2026-12-01: nothing on 2027-05-23 or 2027-05-31, the
      // notice from 2027-06-01.
      for (const day of ['2027-05-23', '2027-05-31']) {
        await page.clock.setFixedTime(new Date(`${day}T12:00:00+08:00`));
        await page.goto(`/${folderOf(lang.locale)}/eligibility/?${UNION_PAY}`);
        await expect(page.locator('.verdict')).toHaveClass(/verdict-eligible/);
        await expect(page.locator('.stale-notice')).toHaveCount(0);
      }
      await page.clock.setFixedTime(new Date('2027-06-01T12:00:00+08:00'));
      await page.reload();
      await expect(page.locator('.verdict .stale-notice')).toHaveText(lang.staleVerdict);
      await expect(page.locator('.stale-notice')).toHaveCount(1);
    });

    test('the troubleshooter links to what you may have read, which lists claims with what the sources say', async ({ page }) => {
      await page.goto(`/${folderOf(lang.locale)}/help/`);
      await page.getByRole('link', { name: lang.claimsTitle }).click();
      const section = page.getByRole('region', { name: lang.claimsTitle });
      await expect(section).toBeInViewport();
      await expect(section.locator('.claims > li')).toHaveCount(10);
    });

    test('when a figure was last published is said once, under the answer, not after the number', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-01T12:00:00+08:00'));
      await page.goto(`/${folderOf(lang.locale)}/eligibility/?${UNION_PAY.replace('cards=0', 'cards=1')}`);
      await expect(page.locator('.verdict .published')).toContainText(lang.published);
      await expect(page.locator('.verdict .reasons')).not.toContainText(/2023\)|2023年公布|oppgitt i 2023/);
    });

    test('a UnionPay card issued abroad: fees not published, the cost with and without the launch promotion', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-01T12:00:00+08:00'));
      // The checker's answer is kept for the calculator.
      await page.goto(`/${folderOf(lang.locale)}/eligibility/?${UNION_PAY}`);
      await expect(page.locator('.verdict')).toHaveClass(/verdict-eligible/);
      await page.goto(`/${folderOf(lang.locale)}/fees/`);
      await expect(page.getByLabel(lang.network)).toHaveValue('unionpay');
      await page.locator('#amount').fill('500');
      await expect(page.locator('.unionpay-note')).toContainText(lang.unionPayTotals);
      // Kept on the device: the tracker says so too.
      await page.goto(`/${folderOf(lang.locale)}/tracker/`);
      await expect(page.locator('main')).toContainText(lang.unionPayOption.split(' ')[0].replace('境外发行的银联卡', '银联卡'));
    });

    test('a payment planned for 5 January 2027 follows that day: a plan, with the waiver past its confirmed end', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-01T12:00:00+08:00'));
      await page.goto(`/${folderOf(lang.locale)}/fees/`);
      await page.locator('#amount').fill('150');
      await expect(page.locator('.unconfirmed-note')).toHaveCount(0);
      await page.locator('#pay-date').fill('2027-01-05');
      await expect(page.locator('#pay-date-note')).toBeVisible();
      await expect(page.locator('.unconfirmed-note')).toHaveText(lang.unconfirmed);
      // More than a year ahead is refused next to the field.
      await page.locator('#pay-date').fill('2028-01-05');
      await expect(page.locator('#pay-date-error')).toBeVisible();
    });
  });
}
