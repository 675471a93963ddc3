import AxeBuilder from '@axe-core/playwright';
import { before, fill, lists, plural } from './catalogue';
import { test, expect } from './fixtures';
import { TrackerPage } from './pages';
import { openWithStorage, storedLedger, storedSettings } from './storage';

// Recording, deleting and limits; exports and imports are in
// tracker-files.spec.ts, edits and refunds in tracker-edits.spec.ts.

test.describe('spending tracker', () => {
  test.use({ locale: 'en-US' });

  test('a payment recorded with the language\'s card and currency keeps them in another language', async ({ page }) => {
    // Nothing chosen on the Fees page: the Norwegian pages cost with a
    // Norwegian card in kroner, the English ones with a US card in dollars.
    const norwegian = new TrackerPage(page, 'nb');
    await norwegian.open();
    await norwegian.add('2024-06-01', '1000', 'hotell');
    await expect(norwegian.payment('hotell')).toContainText('kr');
    const english = new TrackerPage(page, 'en');
    await english.open();
    await expect(english.payments).toHaveCount(1);
    await expect(english.payment('hotell')).toContainText('NOK');
    await expect(english.payment('hotell')).not.toContainText('USD');
  });

  // Found when a Norwegian's kroner totals and his CSV rested on an example
  // rate the tracker never named, and the dollar rate had no date.
  test('totals in the home currency and the limits name their rate, and an example rate its date', async ({ page }) => {
    const tracker = new TrackerPage(page, 'nb');
    await tracker.open();
    await tracker.appLoaded();
    const words = tracker.t.tracker;
    await expect(tracker.main).toContainText(fill(words.home_rate_example, { code: 'NOK', rate: '0,70', other_way: fill(tracker.t.app.yuan_in_units, { rate: '1,43', code: 'NOK' }), date: '2025-11' }));
    await expect(tracker.main).toContainText(fill(words.limit_estimated_example, { rate: '7,10', date: '2025-11' }));
  });

  test('payments survive a reload, with refunds, fees and limits', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const words = tracker.t.tracker;
    await tracker.open();
    await expect(tracker.heading).toHaveText(words.title);
    await tracker.add('2024-06-01', '1 000', 'hotel');
    await tracker.add('2024-06-02', '¥150', 'dinner');
    await expect(tracker.payments).toHaveCount(2);
    await expect(tracker.addStatus).toContainText(fill(words.added, { amount: '¥150.00', date: '2 June 2024' }));
    await expect(tracker.addStatus).not.toContainText(fill(words.added_same_again, { amount: '¥150.00' }));
    // The same amount on the same day again: taken, and said to be there already.
    await tracker.add('2024-06-02', '150', 'dinner again');
    await expect(tracker.addStatus).toContainText(fill(words.added_same_again, { amount: '¥150.00' }));
    await expect(tracker.addStatus).toHaveClass(/status-problem/);
    await tracker.button('delete_action', tracker.payment('dinner again')).click();
    // The next payment's own error stands alone, not beside "Added ¥150.00".
    await tracker.amount.fill('abc');
    await expect(tracker.amountError).toContainText(tracker.t.app.error_not_a_number);
    await expect(tracker.addStatus).toHaveCount(0);
    await tracker.amount.fill('');
    await page.reload();
    await expect(tracker.payments).toHaveCount(2);
    const hotel = tracker.payment('hotel');
    await expect(hotel).toContainText(fill(words.row_fee, { amount: '¥30.00' }));

    // Half refunded: half the fee comes back.
    await tracker.button('refund_action', hotel).click();
    await tracker.field(hotel, 'refund_amount_label').fill('500');
    await tracker.button('refund_button', hotel).click();
    await expect(hotel).toContainText(before(fill(words.refunded_label, { amount: '¥500.00' }), 'date'));
    await expect(hotel).toContainText(fill(words.fee_back, { fee: '¥15.00' }));
    await expect(tracker.periods.first()).toContainText('¥1,150.00');
    // Found when a refund read as money spent: it is taken off, with a minus.
    await expect(tracker.periods.first()).toContainText('\u2212¥500.00');
    // The fee's return has a source; the markup's is an assumption, said
    // once (a student read his whole markup as given back).
    await expect(tracker.main.getByText(words.refund_markup_note)).toHaveCount(1);

    // A refund larger than what is left is refused with the reason.
    await tracker.button('refund_action', hotel).click();
    // Checked as it is typed, before anything is recorded.
    await tracker.field(hotel, 'refund_amount_label').fill('600');
    await expect(tracker.rowError(hotel)).toContainText(fill(words.error_refund_too_large, { left: '¥500.00' }));
    await tracker.button('refund_button', hotel).click();
    await expect(tracker.refunds(hotel)).toHaveCount(2);

    // Limits: the 2024-04 monthly limit is not published, nor whether a
    // year is a calendar year (a student's December vanished on 1 January).
    await expect(tracker.limits).toContainText(words.limit_not_published);
    await expect(tracker.main).toContainText(words.limits_year_basis);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('a payment dated tomorrow in China is refunded on its own day', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const words = tracker.t.tracker;
    await tracker.open();
    // Tomorrow in China (UTC+8), the latest day a payment may have.
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
    await tracker.add(tomorrow, '350', 'gifts');
    const gifts = tracker.payment('gifts');
    await tracker.button('refund_action', gifts).click();
    // The refund's date starts at the payment's.
    await tracker.field(gifts, 'refund_amount_label').fill('100');
    await tracker.button('refund_button', gifts).click();
    await expect(gifts).toContainText(before(fill(words.refunded_label, { amount: '¥100.00' }), 'date'));
    await expect(tracker.rowError(gifts)).toHaveCount(0);
  });

  // Found when a mother in Chengdu read "Answer the questions on new-user
  // waivers to see" under a payment, with the questions far below.
  test('a fee the new-user offer may waive links to its questions', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2026-12-02', '286', 'hotpot');
    const link = tracker.payment('hotpot').getByRole('link', { name: tracker.t.app.new_user_go, exact: true });
    // Asked once, by the link, not by a sentence before it as well.
    const waiver = await tracker.payment('hotpot').locator('.payment-waiver').innerText();
    expect(waiver.match(/questions/g), waiver).toHaveLength(1);
    // The total starts its own line where the date starts: pushed right,
    // it looked indented on a phone.
    const left = (selector: string) => tracker.payment('hotpot').locator(selector).evaluate((element) => element.getBoundingClientRect().left);
    expect(await left('.payment-total')).toBe(await left('.payment-date'));
    await link.click();
    await expect(page.locator('#new-user').getByRole('radio').first()).toBeInViewport();
  });

  test('a trip over the turn of a year is totalled as a whole', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const words = tracker.t.tracker;
    await tracker.open();
    await tracker.add('2025-12-30', '120', 'hotel');
    await expect(tracker.periods).toHaveCount(2);
    await tracker.add('2026-01-03', '80', 'taxi');
    const trip = fill(words.all_title, { from: '30 December 2025', to: '3 January 2026' });
    await expect(tracker.periods).toHaveCount(3);
    await expect(tracker.periods.nth(2)).toHaveAccessibleName(trip);
    await expect(tracker.periods.nth(2)).toContainText('¥200.00');
  });

  // Found when a retiree's November payments went out of the list after
  // she recorded one in December, and she took them for lost.
  test('payments of the months not shown are counted under the month picker', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-04T10:00:00+08:00'));
    const tracker = new TrackerPage(page, 'nb');
    await tracker.open();
    await tracker.add('2026-11-20', '100', 'hotell');
    await tracker.add('2026-11-21', '40', 'taxi');
    await tracker.add('2026-12-03', '35', 'lunsj');
    await expect(tracker.payments).toHaveCount(1);
    const picker = page.getByRole('combobox', { name: tracker.t.tracker.list_month_label, exact: true });
    await expect(picker).toHaveAccessibleDescription(plural(lists('nb').tracker.list_other_months, 2));
    await picker.selectOption({ index: 1 });
    await expect(tracker.payments).toHaveCount(2);
    await expect(picker).toHaveAccessibleDescription(plural(lists('nb').tracker.list_other_months, 1));
  });

  // Found when a retiree recorded yesterday's taxi, then today's lunch: the
  // form had kept yesterday's date, and nothing said so.
  test('a date kept from the last payment says it is not today, and goes back with one tap', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-04T10:00:00+08:00'));
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    const notToday = tracker.addForm.locator('.date-not-today');
    await expect(notToday).toHaveCount(0);
    await tracker.add('2026-12-02', '35', 'taxi');
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.date).toHaveValue('2026-12-02');
    await expect(notToday).toContainText(fill(tracker.t.tracker.date_not_today, { date: '2 December 2026' }));
    await notToday.getByRole('button', { name: tracker.t.tracker.date_use_today, exact: true }).click();
    await expect(tracker.date).toHaveValue('2026-12-04');
    await expect(notToday).toHaveCount(0);
  });

  // Found when the tracker stayed open from 8 to 10 January: the date was
  // refused as "too far ahead" while the payment was saved, and the retry
  // saved it twice.
  test('a tab left open for days checks and saves a new payment against the same day', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-01-08T10:00:00+08:00'));
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await page.clock.setFixedTime(new Date('2027-01-10T10:00:00+08:00'));
    await tracker.add('2027-01-10', '15.80', 'coffee');
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.addStatus).toContainText(fill(tracker.t.tracker.added, { amount: '¥15.80', date: '10 January 2027' }));
    await expect(page.locator('#payment-date-error')).toHaveCount(0);
  });

  test('delete can be undone, and a payment over the limit is warned about first', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2024-06-01', '88');
    await tracker.button('delete_action', tracker.payments).click();
    await expect(tracker.payments).toHaveCount(0);
    // Undo is far above the row on a phone: it takes the focus, in sight.
    await expect(tracker.undo).toBeFocused();
    await expect(tracker.undo).toBeInViewport();
    await tracker.undo.click();
    await expect(tracker.payments).toHaveCount(1);
    // The payment brought back takes the focus from the Undo that went.
    await expect(tracker.payments).toBeFocused();
    await tracker.amount.fill('35500.01');
    await expect(tracker.warnings).toContainText(fill(tracker.t.tracker.warn_single_estimated, { limit: '¥35,500.00', over: '¥0.01' }));
    await tracker.amount.fill('abc');
    await expect(tracker.amountError).toContainText(tracker.t.app.error_not_a_number);
  });

  test('a deletion can still be undone after the next payment is added', async ({ page }) => {
    // A student deleted a payment with one tap, added the next one, and
    // the Undo had gone with it.
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2024-06-01', '100', 'first');
    await tracker.add('2024-06-03', '12.5', 'taxi');
    await tracker.button('delete_action', tracker.payments.filter({ hasText: 'taxi' })).click();
    await expect(tracker.payments).toHaveCount(1);
    await tracker.add('2024-06-02', '5', 'water');
    await expect(tracker.payments).toHaveCount(2);
    await tracker.undo.click();
    await expect(tracker.payments).toHaveCount(3);
    await expect(tracker.undo).toHaveCount(0);
    // Back in date order, and kept after a reload.
    await page.reload();
    await expect(tracker.payments).toHaveCount(3);
    await expect(tracker.payments.nth(0)).toContainText('taxi');
  });

  test('a deletion can still be undone after the page is reloaded', async ({ page }) => {
    // A retiree deleted the wrong payment, reloaded to "make it go back",
    // and the Undo was gone.
    const tracker = new TrackerPage(page, 'nb');
    await tracker.open();
    await tracker.add('2024-06-01', '100', 'hotell');
    await tracker.button('delete_action', tracker.payments).click();
    await expect(tracker.payments).toHaveCount(0);
    await page.reload();
    await expect(tracker.undo).toBeVisible();
    await tracker.undo.click();
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.payments).toContainText('hotell');
    // Used once: a second reload offers nothing to undo.
    await page.reload();
    await expect(tracker.payments).toHaveCount(1);
    await expect(tracker.undo).toHaveCount(0);
  });

  test('corrupted storage is kept as a backup and the user is told', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.amount.waitFor();
    await page.evaluate(() => localStorage.setItem('waika.ledger', '{"version":99,"data":"from the future"}'));
    await page.reload();
    await expect(tracker.storedNotice).toContainText(fill(tracker.t.tracker.stored_newer, { found: 99 }));
    await expect(tracker.button('export_backup', tracker.storedNotice)).toBeVisible();
    const backup = await page.evaluate(() => localStorage.getItem('waika.ledger.backup'));
    expect(backup).toBe('{"version":99,"data":"from the future"}');
  });

  // Found when a screen reader read a month's heading as "December 20262 payments".
  test('a period\'s heading reads its name and its count apart', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T12:00:00+08:00') });
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.add('2026-11-05', '35', 'lunch');
    const count = plural(lists('en').tracker.payments_count, 1);
    await expect(tracker.periods.first().getByRole('heading', { level: 3 })).toHaveAccessibleName(new RegExp(`2026, ${count}$`));
  });

  // Found when a keyboard user pressed Enter in the note with "abc" as
  // the amount: the message appeared, but the focus stayed in the note.
  test('an amount that cannot be read takes the focus when Add is pressed', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    // The amount comes first: a retiree's Tab from the date went into the
    // date's own parts, and what she typed changed the day.
    await expect(page.locator('.add-form input').first()).toHaveId('payment-amount');
    await page.locator('#payment-amount').fill('abc');
    await page.locator('#payment-note').fill('lunch');
    await page.locator('#payment-note').press('Enter');
    await expect(page.locator('#payment-amount')).toBeFocused();
    await expect(page.locator('#payment-amount')).toHaveAccessibleDescription(/./);
    await expect(page.locator('#payment-note')).toHaveValue('lunch');
  });

  test('a negative amount points to Refund', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await tracker.amount.fill('-30');
    await expect(tracker.amountError).toContainText(tracker.t.app.error_negative);
    await expect(tracker.amountError).toContainText(tracker.t.tracker.negative_is_refund);
  });

  // Found when a British traveller chose a card without markup: "3% and 0%
  // make 3%, not 3%".
  test('a card without markup has no sentence on compounding', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    const compounding = before(tracker.t.tracker.compound_note, 'free');
    await openWithStorage(page, '/en/tracker/', {
      'waika.calculator': storedSettings({ custom_markup: '0' }),
      'waika.ledger': storedLedger([{ id: 0, date: '2026-06-10', amount: '500', note: 'hotel', refunds: [] }]),
    });
    await expect(tracker.payment('hotel')).toBeVisible();
    await expect(tracker.main).not.toContainText(compounding);
    await openWithStorage(page, '/en/tracker/', {
      'waika.calculator': storedSettings({ custom_markup: '2' }),
      'waika.ledger': storedLedger([{ id: 0, date: '2026-06-10', amount: '500', note: 'hotel', refunds: [] }]),
    });
    await expect(tracker.main).toContainText(compounding);
  });

  // Found when a new user was asked for her first payment's day while the
  // tracker already held it.
  test('the first payment recorded is offered as the first payment with the card', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-06-15T12:00:00+08:00'));
    const tracker = new TrackerPage(page, 'en');
    await openWithStorage(page, '/en/tracker/', {
      'waika.new-user': JSON.stringify({ version: 1, data: { first_card: true, first_link: '2026-05-30', first_payment: null } }),
      'waika.ledger': storedLedger([
        { id: 0, date: '2026-06-01', amount: '500', note: 'hotel', refunds: [] },
        { id: 1, date: '2026-06-10', amount: '300', note: 'dinner', refunds: [] },
      ]),
    });
    const offer = page.getByRole('button', { name: fill(tracker.t.app.new_user_use_first_recorded, { date: '1 June 2026' }), exact: true });
    await offer.click();
    await expect(page.locator('#tracker-first-payment')).toHaveValue('2026-06-01');
    await expect(offer).toHaveCount(0);
    await expect(tracker.payment('hotel')).toContainText(fill(tracker.t.tracker.row_fee, { amount: '¥0.00' }));
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('waika.new-user') ?? '{}').data?.first_payment)).toBe('2026-06-01');
  });

  test('clearing everything asks first, and keeps a backup that says what it holds', async ({ page, context }) => {
    const tracker = new TrackerPage(page, 'en');
    const counted = lists('en').tracker;
    await tracker.open();
    await tracker.add('2024-06-01', '10');
    const otherTab = new TrackerPage(await context.newPage(), 'en');
    await otherTab.open();
    await expect(otherTab.payments).toHaveCount(1);
    await tracker.button('clear_all').click();
    await expect(tracker.confirm).toContainText(plural(lists('en').tracker.clear_confirm, 1));
    await tracker.button('cancel').click();
    await expect(tracker.payments).toHaveCount(1);
    await tracker.button('clear_all').click();
    await tracker.button('clear_yes').click();
    await expect(tracker.payments).toHaveCount(0);
    await expect(tracker.button('clear_all')).toHaveCount(0);
    const holds = fill(plural(counted.backup_holds, 1), { date: '1 June 2024' });
    await expect(tracker.backups).toHaveCount(1);
    await expect(tracker.backups).toContainText(`${tracker.t.tracker.backup_replaced} · ${holds}`);
    // The other tab lists the backup at once, without a reload: it is
    // where the user looks for what was deleted.
    await expect(otherTab.payments).toHaveCount(0);
    await expect(otherTab.backups).toContainText(`${tracker.t.tracker.backup_replaced} · ${holds}`);
    await otherTab.page.close();
    await page.reload();
    await expect(tracker.backups).toHaveCount(1);
    await expect(tracker.backups).toContainText(`${tracker.t.tracker.backup_replaced} · ${holds}`);
    // The empty list says where the payments went, one tap from them.
    // Found when a student who deleted all by mistake saw only "No
    // payments yet" and thought everything was gone.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: tracker.t.tracker.empty_backup_kept, exact: true }).click();
    await expect(page.getByRole('heading', { name: tracker.t.tracker.backups_title, exact: true })).toBeInViewport();
    // One tap brings them back, through the import's question.
    await tracker.button('backup_restore', tracker.backups).click();
    await expect(tracker.confirm).toContainText(plural(counted.import_confirm_new, 1));
    await tracker.button('import_add').click();
    await expect(tracker.payments).toHaveCount(1);
  });

  test('the 2025 promotion shows as expired', async ({ page }) => {
    const tracker = new TrackerPage(page, 'en');
    await tracker.open();
    await expect(tracker.promotions).toContainText(fill(tracker.t.tracker.promo_expired, { until: '31 December 2025' }));
    // Folded, so it is not read as news beside the offer that runs.
    const ended = tracker.promotions.locator('details.offer-ended');
    await expect(ended.locator('summary')).toHaveText(fill(tracker.t.tracker.promo_ended_summary, { id: '2025', until: '31 December 2025' }));
    await expect(ended).not.toHaveAttribute('open', '');
  });
});

for (const lang of ['nb', 'zh'] as const) {
  test.describe(`tracker in ${lang === 'nb' ? 'nb-NO' : 'zh-CN'}`, () => {
    test.use({ locale: lang === 'nb' ? 'nb-NO' : 'zh-CN' });
    test('no axe violations with a payment and a refund form open', async ({ page }) => {
      const tracker = new TrackerPage(page, lang);
      await tracker.open();
      await tracker.date.fill('2024-06-01');
      await tracker.amount.fill('300');
      await tracker.addButton.click();
      await expect(tracker.payments).toHaveCount(1);
      await tracker.button('refund_action', tracker.payments).click();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations).toEqual([]);
    });
  });
}
