import type { Locator } from '@playwright/test';
import { pattern, type Lang } from '../catalogue';
import { View, type Scope } from './view';

/** The fee calculator, /<lang>/fees/. */
export class FeesPage extends View {
  /** The fields, found by their labels. */
  readonly amount: Locator;
  readonly payDate: Locator;
  readonly network: Locator;
  readonly card: Locator;
  readonly markup: Locator;
  readonly homeCurrency: Locator;
  readonly homeRate: Locator;
  /** What a field says under it: an error, or how it was read (CSS by id: a paragraph has no role). */
  readonly amountError: Locator;
  readonly amountNote: Locator;
  readonly payDateNote: Locator;
  readonly payDateError: Locator;
  readonly markupError: Locator;
  /**
   * The result: its rows (amount, fee, charged, …), its total, its notes
   * and the notices on offers and figures that may have changed (CSS: a
   * description list's rows and the notes have no role or name).
   */
  /** The one-line result under the amount (CSS: hidden from screen readers, which read the result itself). */
  readonly quoteLine: Locator;
  readonly quote: Locator;
  readonly quoteRows: Locator;
  readonly quoteTotal: Locator;
  readonly quoteNotes: Locator;
  readonly unconfirmedNote: Locator;
  readonly unionPayNote: Locator;
  readonly staleNotice: Locator;
  /** "Rule set 2024-11, in force from …", with its sources. */
  readonly ruleSetNote: Locator;
  /** The questions on the new-user waivers, folded until the answer turns on them. */
  readonly newUser: Locator;
  /** What the page says about the saved settings (CSS: a status without a name, as a field's note can be). */
  readonly notice: Locator;

  constructor(scope: Scope, lang: Lang) {
    super(scope, lang, 'fees/');
    const app = this.t.app;
    this.amount = scope.getByRole('textbox', { name: app.amount_label, exact: true });
    this.payDate = scope.getByRole('textbox', { name: app.pay_date_label, exact: true });
    this.network = scope.getByRole('combobox', { name: app.network_label, exact: true });
    this.card = scope.getByRole('combobox', { name: app.card_label, exact: true });
    this.markup = scope.getByRole('textbox', { name: app.markup_label, exact: true });
    this.homeCurrency = scope.getByRole('combobox', { name: app.home_currency_label, exact: true });
    // Its label names the currency chosen: "1 EUR = how many yuan?".
    this.homeRate = scope.getByRole('textbox', { name: pattern(app.rate_label) });
    this.amountError = scope.locator('#amount-error');
    this.amountNote = scope.locator('#amount-note');
    this.payDateNote = scope.locator('#pay-date-note');
    this.payDateError = scope.locator('#pay-date-error');
    this.markupError = scope.locator('#markup-error');
    this.quoteLine = scope.locator('.quote-line');
    this.quote = scope.locator('.quote');
    this.quoteRows = this.quote.locator('.quote-row');
    this.quoteTotal = scope.locator('.quote-total');
    this.quoteNotes = scope.locator('.quote-notes');
    this.unconfirmedNote = scope.locator('.unconfirmed-note');
    this.unionPayNote = scope.locator('.unionpay-note');
    this.staleNotice = scope.locator('.stale-notice');
    this.ruleSetNote = scope.getByRole('region', { name: pattern(app.rules_used) });
    this.newUser = scope.getByRole('group').filter({ hasText: app.new_user_title });
    this.notice = scope.locator('.calculator > .notice');
  }

  /** The result's row whose label holds `label` ("Weixin Pay transaction fee (3%)"). */
  quoteRow(label: string) {
    return this.quoteRows.filter({ hasText: label });
  }

  /** A row's value (its definition). */
  value(row: Locator) {
    return row.getByRole('definition');
  }
}
