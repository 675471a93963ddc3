// The rules and offers of November 2026, checked with the clock fixed, in
// all three languages.
import { before, fill, lastClause, named, texts } from './catalogue';
import { test, expect } from './fixtures';
import { BeforeYouGoPage, EligibilityPage, FeesPage, HelpPage, TrackerPage } from './pages';
import { openWithStorage, storedLedger } from './storage';

const UNION_PAY = 'id=passport&net=unionpay&kind=credit&sms=yes&store=ios&ver=8.0.54&wallet=yuan&cards=0&where=mainland&intl=yes';

// What the rules give in each language, as the test works it out: amounts,
// percentages and dates as each language writes them. The sentences around
// them come from the catalogue.
const LANGS = [
  {
    locale: 'en-US',
    folder: 'en',
    percent3: '3%',
    zero: '¥0.00',
    // A rule's figure in running text: whole yuan.
    free: '¥200',
    // 150 yuan on the default card, with the waiver and without it, and the fee without it.
    with150: '¥154.50',
    without150: '¥159.14',
    fee150: '¥4.50',
    fee600: '¥18.00',
    // 150 yuan and that with the fee: what Weixin Pay charges to the card.
    amount150: '¥150.00',
    charged150: '¥154.50',
    // Fee and markup as a share of 150 yuan, with the waiver and without it.
    share150: '3%',
    shareWithout150: '6.09%',
    // 500 yuan on a UnionPay card, with the launch promotion and without it.
    with500: '¥515.00',
    without500: '¥530.45',
    endOf2026: '31 December 2026',
    // The limits set in dollars, as each language writes dollars.
    usd5000: 'USD\u00a05,000',
    usd50000: 'USD\u00a050,000',
    reviewed: '1 December 2026',
  },
  {
    locale: 'nb-NO',
    folder: 'nb',
    percent3: '3\u00a0%',
    zero: '¥\u00a00,00',
    free: '¥\u00a0200',
    with150: '¥\u00a0152,99',
    without150: '¥\u00a0157,57',
    fee150: '¥\u00a04,50',
    fee600: '¥\u00a018,00',
    amount150: '¥\u00a0150,00',
    charged150: '¥\u00a0154,50',
    share150: '1,99\u00a0%',
    shareWithout150: '5,05\u00a0%',
    with500: '¥\u00a0509,95',
    without500: '¥\u00a0525,25',
    endOf2026: '31. desember 2026',
    usd5000: 'USD\u00a05\u00a0000',
    usd50000: 'USD\u00a050\u00a0000',
    reviewed: '1. desember 2026',
  },
  {
    locale: 'zh-CN',
    folder: 'zh',
    percent3: '3%',
    zero: '¥0.00',
    // A rule's figure in running text: whole yuan.
    free: '¥200',
    with150: '¥154.50',
    without150: '¥159.14',
    fee150: '¥4.50',
    fee600: '¥18.00',
    amount150: '¥150.00',
    charged150: '¥154.50',
    share150: '3%',
    shareWithout150: '6.09%',
    with500: '¥515.00',
    without500: '¥530.45',
    endOf2026: '2026年12月31日',
    usd5000: '5,000\u00a0美元',
    usd50000: '50,000\u00a0美元',
    reviewed: '2026年12月1日',
  },
] as const;

for (const lang of LANGS) {
  test.describe(`November 2026 rules in ${lang.locale}`, () => {
    test.use({ locale: lang.locale });
    /** The page's texts, read when a test runs. */
    const app = () => texts(lang.folder).app;
    /** The note on a payment of 150 yuan once the waiver is past its confirmed end. */
    const unconfirmed = () =>
      fill(app().small_waiver_unconfirmed, { free: lang.free, until: lang.endOf2026, with: lang.with150, without: lang.without150, fee: lang.fee150 });
    /** "…there is no fee at all": the promise of the confirmed waiver; "whether they still have none is not known": the one after it. */
    const noFee = () => lastClause(app().cliff_note);
    const notKnown = () => lastClause(app().cliff_note_unconfirmed);

    test('a UnionPay card issued abroad is eligible', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-23T12:00:00+08:00'));
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open(`?${UNION_PAY}`);
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      await expect(checker.main).toContainText(named(lang.folder, 'findings', 'UnionPayAccepted'));
    });

    test('a first-time user\'s 500 yuan in the 2026 window costs no fee and names the offer', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-23T12:00:00+08:00'));
      const fees = new FeesPage(page, lang.folder);
      const feeRow = fees.quoteRow(fill(app().row_fee, { percent: lang.percent3 }));
      const waived = fill(app().waiver_applied, { id: '2026' });
      await fees.open();
      await fees.amount.fill('500');
      // Without answers nothing is assumed: the fee shows, with a note.
      await expect(feeRow).not.toContainText(lang.zero);
      await expect(fees.quoteNotes).toContainText(before(app().waiver_maybe_not_answered, 'id'));
      // The answer turns on the new-user questions: they open by themselves.
      await expect(fees.newUser).toHaveJSProperty('open', true);
      await fees.newUser.getByLabel(app().answer_yes, { exact: true }).check();
      await fees.newUser.getByLabel(app().new_user_first_payment).fill('2026-11-01');
      await fees.newUser.getByLabel(app().new_user_first_payment).blur();
      // Waived in full: the row names no rate beside its zero.
      await expect(feeRow).toHaveCount(0);
      await expect(fees.value(fees.quoteRow(app().row_fee_waived))).toHaveText(lang.zero);
      await expect(fees.quoteNotes).toContainText(waived);
      await expect(fees.quoteNotes).toContainText(fill(app().source_reported, { source: app().source_tencent_news_2026, date: '2026-05-28' }));
      // The answers are kept on the device.
      await page.reload();
      await fees.amount.fill('500');
      await expect(fees.quoteNotes).toContainText(waived);
    });

    test('after 2026-12-31 the small-payment waiver carries a notice and the cost without it', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2027-01-05T12:00:00+08:00'));
      const fees = new FeesPage(page, lang.folder);
      await fees.open();
      await fees.amount.fill('150');
      await expect(fees.unconfirmedNote).toContainText(unconfirmed());
      // The note names where the day it is confirmed to comes from (a
      // student saw only sources of 2025 under it).
      await expect(fees.unconfirmedNote).toContainText(app().source_tencent_news_2026);
      await expect(fees.staleNotice).toHaveText(app().stale_notice);
      // Both fees, and what it costs without the waiver comes first, in
      // place of "no fee".
      const feeRow = fees.quoteRow(fill(app().row_fee, { percent: lang.percent3 }));
      await expect(fees.value(feeRow)).toHaveText(fill(app().fee_or_lapsed, { fee: lang.zero, lapsed: lang.fee150 }));
      // Every row the fee changes gives both: the charge, the markup on it
      // and the totals.
      const charged = fees.quoteRow(app().row_charged);
      await expect(fees.value(charged)).toHaveText(fill(app().fee_or_lapsed, { fee: lang.amount150, lapsed: lang.charged150 }));
      const total = fees.quoteRow(app().row_total_cny);
      await expect(fees.value(total)).toHaveText(fill(app().fee_or_lapsed, { fee: lang.with150, lapsed: lang.without150 }));
      const shares = fill(app().fee_or_lapsed, { fee: lang.share150, lapsed: lang.shareWithout150 });
      await expect(fees.quoteNotes).toContainText(fill(app().total_cost_note, { percent: shares }));
      await expect(fees.quoteNotes.getByRole('listitem').first()).toContainText(unconfirmed());
      await expect(fees.quoteNotes).not.toContainText(fill(app().fee_waived_note, { free: lang.free }));
      // Just above 200: no sentence promises a payment without a fee.
      await fees.amount.fill('201');
      await expect(fees.quoteNotes).toContainText(notKnown());
      await expect(fees.quoteNotes).not.toContainText(noFee());
      // A card without markup has no "and your card's markup on it" (an
      // American teacher's card charges none).
      await fees.amount.fill('150');
      await fees.card.selectOption('travel-0');
      await expect(fees.unconfirmedNote).toContainText(
        fill(app().small_waiver_unconfirmed_no_markup, { free: lang.free, until: lang.endOf2026, with: lang.amount150, without: lang.charged150, fee: lang.fee150 }),
      );
    });

    test('before 2027 the cliff note still says a payment up to 200 has no fee', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-01T12:00:00+08:00'));
      const fees = new FeesPage(page, lang.folder);
      await fees.open();
      await fees.amount.fill('201');
      await expect(fees.quoteNotes).toContainText(noFee());
    });

    test('six calendar months after the review, the answer says when the rules were checked', async ({ page }) => {
      const checker = new EligibilityPage(page, lang.folder);
      // The review of 2026-12-01: nothing on 2027-05-23 or 2027-05-31, the
      // notice from 2027-06-01.
      for (const day of ['2027-05-23', '2027-05-31']) {
        await page.clock.setFixedTime(new Date(`${day}T12:00:00+08:00`));
        await checker.open(`?${UNION_PAY}`);
        await expect(checker.verdict).toHaveClass(/verdict-eligible/);
        await expect(checker.staleNotice).toHaveCount(0);
      }
      await page.clock.setFixedTime(new Date('2027-06-01T12:00:00+08:00'));
      await page.reload();
      await expect(checker.verdictStaleNotice).toHaveText(fill(app().stale_reviewed_verdict, { date: lang.reviewed, months: 6 }));
      await expect(checker.staleNotice).toHaveCount(1);
    });

    test('the troubleshooter links to what you may have read, which lists claims with what the sources say', async ({ page }) => {
      const help = new HelpPage(page, lang.folder);
      await help.open();
      await page.getByRole('link', { name: named(lang.folder, 'claims', 'title') }).click();
      const section = help.region(named(lang.folder, 'claims', 'title'));
      await expect(section).toBeInViewport();
      await expect(help.claims(section)).toHaveCount(10);
    });

    test('when a figure was last published is said once, under the answer, not after the number', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-01T12:00:00+08:00'));
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open(`?${UNION_PAY.replace('cards=0', 'cards=1')}`);
      const year2023 = fill(app().published_year, { year: '2023', names: app().figure_cards, source: app().source_official_guide });
      await expect(checker.published).toContainText(fill(app().published_line, { list: year2023 }));
      await expect(checker.reasons).not.toContainText(/2023\)|2023年公布|oppgitt i 2023/);
    });

    // A Malaysian read "last published 2025" beside a 2026 source.
    test('the fee-free amount was last stated in a 2026 report, and the line says so', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-04T12:00:00+08:00'));
      const fees = new FeesPage(page, lang.folder);
      await fees.open();
      await fees.amount.fill('300');
      // CSS: the line under the answer has no name of its own.
      const published = page.locator('.published').first();
      const reported = fill(app().published_reported, { year: '2026', names: app().figure_fee_free, source: app().source_tencent_news_2026 });
      await expect(published).toContainText(reported);
      // The fee itself was last stated in 2025, and the fee-free amount only there.
      const line = (await published.textContent()) ?? '';
      const official = line.slice(0, line.indexOf(reported));
      expect(official, line).toContain('2025');
      expect(official, line).toContain(app().figure_fee_percent);
      expect(official, line).not.toContain(app().figure_fee_free);
      // Where it is the only figure, the line still names its year (a
      // Norwegian line read "sist offentliggjort i grense for gebyrfritak").
      const ready = new BeforeYouGoPage(page, lang.folder);
      await ready.open();
      await expect(page.locator('.published').filter({ hasText: app().source_tencent_news_2026 }).first())
        .toContainText(fill(app().published_line, { list: reported }));
    });

    test('a UnionPay card issued abroad: fees not published, the cost with and without the launch promotion', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-01T12:00:00+08:00'));
      // The checker's answer is kept for the calculator.
      const checker = new EligibilityPage(page, lang.folder);
      await checker.open(`?${UNION_PAY}`);
      await expect(checker.verdict).toHaveClass(/verdict-eligible/);
      const fees = new FeesPage(page, lang.folder);
      await fees.open();
      await expect(fees.network).toHaveValue('unionpay');
      await fees.amount.fill('500');
      await expect(fees.unionPayNote).toContainText(fill(app().unionpay_totals, { with: lang.with500, without: lang.without500 }));
      // Kept on the device: the tracker says so too.
      const tracker = new TrackerPage(page, lang.folder);
      await tracker.open();
      await expect(tracker.main).toContainText(tracker.t.tracker.unionpay_note);
    });

    test('in January 2027 a small payment in the tracker gives its fee with and without the waiver, in one short line', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2027-01-05T12:00:00+08:00'));
      const tracker = new TrackerPage(page, lang.folder);
      await tracker.open();
      await tracker.add('2027-01-04', '150', 'lunch');
      // The chart's mark gives the fee as the row does, with and without
      // the waiver (it said a certain ¥0.00 in January).
      await expect(tracker.main.locator('figcaption')).toContainText(fill(app().fee_or_lapsed, { fee: lang.zero, lapsed: lang.fee150 }));
      await tracker.add('2027-01-05', '80', 'taxi');
      const lunch = tracker.payment('lunch');
      const words = tracker.t.tracker;
      await expect(lunch).toContainText(fill(words.row_fee, { amount: fill(app().fee_or_lapsed, { fee: lang.zero, lapsed: lang.fee150 }) }));
      // Found when a student listed a month of meals: why each small
      // payment has two figures is said once, above the list, not under
      // every payment.
      const why = fill(words.list_unconfirmed, { free: lang.free, until: lang.endOf2026 });
      await expect(tracker.main.getByText(why)).toHaveCount(1);
      await expect(lunch).not.toContainText(why);
      await expect(lunch).not.toContainText(unconfirmed());
      // Above the limit, the fee itself is stated by no source past that day.
      const unstated = before(fill(app().fee_after_confirmed, { until: lang.endOf2026 }), 'percent');
      await expect(tracker.main).not.toContainText(unstated);
      await tracker.add('2027-01-05', '500', 'hotel');
      await expect(tracker.main.getByText(unstated)).toHaveCount(1);
      // The chart under the list said "No fee up to ¥200" as if certain.
      await expect(tracker.main.locator('figcaption')).toContainText(
        fill(words.chart_description_unconfirmed, { free: lang.free, percent: lang.percent3, until: lang.endOf2026 }),
      );
    });

    // Found when a researcher opened the tracker on 3 January 2027 with
    // only December's payments: the limits of 2026 were all she could see.
    test('in January 2027, before any payment of the year, the new month and its year\'s limits can be picked', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2027-01-03T10:00:00+08:00'));
      const tracker = new TrackerPage(page, lang.folder);
      await openWithStorage(page, `/${lang.folder}/tracker/`, {
        'waika.ledger': storedLedger([{ id: 0, date: '2026-12-20', amount: '1000', note: 'hotel', refunds: [] }]),
      });
      // December still shows first, with its payment.
      await expect(tracker.payment('hotel')).toBeVisible();
      const yearly = (year: string) => fill(tracker.t.tracker.limit_yearly, { year });
      await expect(tracker.limits).toContainText(yearly('2026'));
      // The limits set in dollars say so beside their names (a student saw
      // "set in dollars" and only yuan).
      await expect(tracker.limits).toContainText(new RegExp(`[(（]${lang.usd5000}[)）]`));
      await expect(tracker.limits).toContainText(new RegExp(`[(（]${lang.usd50000}[)）]`));
      await page.locator('#list-month').selectOption({ index: 0 });
      await expect(tracker.payments).toHaveCount(0);
      await expect(tracker.limits).toContainText(yearly('2027'));
    });

    // Found when a student read "a fee above ¥200" on "Before you go" in
    // January 2027 as if payments up to it were still certainly free; a
    // trip planned in December for January needs the same word.
    test('from 2026 on, "before you go" says the small-payment waiver is confirmed only to its day', async ({ page }) => {
      const note = fill(app().small_waiver_unconfirmed_short, { free: lang.free, free_until: lang.endOf2026 });
      const trip = new BeforeYouGoPage(page, lang.folder);
      // (day, told)
      const days: [string, number][] = [['2025-12-30', 0], ['2026-12-04', 1], ['2027-01-02', 1]];
      for (const [day, told] of days) {
        await page.clock.setFixedTime(new Date(`${day}T12:00:00+08:00`));
        await trip.open();
        await expect(trip.main.getByText(note), day).toHaveCount(told);
        if (told) {
          await expect(trip.main.locator('.notice').filter({ hasText: note }), day).toContainText(app().source_tencent_news_2026);
        }
      }
    });

    test('a payment planned for 5 January 2027 follows that day: a plan, with the waiver past its confirmed end', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-12-01T12:00:00+08:00'));
      const fees = new FeesPage(page, lang.folder);
      await fees.open();
      await fees.amount.fill('150');
      await expect(fees.unconfirmedNote).toHaveCount(0);
      // In December, "no fee" says how long that is sure.
      await expect(fees.quoteNotes).toContainText(fill(app().fee_waived_note_until, { free: lang.free, until: lang.endOf2026 }));
      await fees.payDate.fill('2027-01-05');
      await expect(fees.payDateNote).toBeVisible();
      await expect(fees.unconfirmedNote).toContainText(unconfirmed());
      // Both totals, each with its home-currency estimate.
      await expect(fees.quoteLine).toContainText(lang.without150);
      await expect(fees.quoteLine).toHaveText(/≈.*≈/);
      // Above the waiver, the fee in the line is the one stated until the
      // end of 2026, and says so (a student read it as a 2027 fact).
      const ifStill = fill(app().fee_if_still, { fee: lang.fee600, percent: lang.percent3 });
      await fees.amount.fill('600');
      await expect(fees.quoteLine).toContainText(ifStill);
      await fees.payDate.fill('2026-12-20');
      await expect(fees.quoteLine).toContainText(lang.fee600);
      await expect(fees.quoteLine).not.toContainText(ifStill);
      // More than a year ahead is refused next to the field, and no cost
      // for another day stands in for the answer.
      await fees.payDate.fill('2028-01-05');
      await expect(fees.payDateError).toBeVisible();
      await expect(fees.quote).toHaveCount(0);
      await expect(fees.quoteLine).toHaveCount(0);
      await expect(fees.main).toContainText(app().result_needs_fix);
    });
  });
}
