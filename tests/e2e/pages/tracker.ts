import type { Locator } from '@playwright/test';
import { pattern, type Lang } from '../catalogue';
import { View, type Scope } from './view';

/** The spending tracker, /<lang>/tracker/. */
export class TrackerPage extends View {
  /** The line that says which card and currency the totals use. */
  readonly settingsLine: Locator;
  /** What the page says about the markup typed on the Fees page (CSS: a status without a name, told apart from the status lines by its place). */
  readonly markupNotice: Locator;
  /** What the page says about the saved payments (CSS: an alert without a name, as a status line can be). */
  readonly storedNotice: Locator;
  /** The form that adds a payment, its fields and button, and the warnings on limits. */
  readonly addForm: Locator;
  readonly date: Locator;
  readonly amount: Locator;
  readonly note: Locator;
  readonly addButton: Locator;
  readonly warnings: Locator;
  /** What is said under a field: an error, or how it was read (CSS by id: a paragraph has no role). */
  readonly dateError: Locator;
  readonly amountError: Locator;
  readonly amountNote: Locator;
  /** The form's status line: "Added …", or what went wrong, with "not saved" (CSS: a status or an alert without a name). */
  readonly addStatus: Locator;
  readonly notSaved: Locator;
  /** The payments, each a list item without a name (CSS). */
  readonly payments: Locator;
  readonly undo: Locator;
  /** The totals of the month and of the year, and the limits. */
  readonly periods: Locator;
  readonly limits: Locator;
  readonly promotions: Locator;
  /** Export, import, clearing and backups, with the question that asks before any change. */
  readonly data: Locator;
  readonly dataTitle: Locator;
  readonly importFile: Locator;
  readonly confirm: Locator;
  /** The panel's status line, as the form's (CSS), and its backups (CSS: their list has no name). */
  readonly dataStatus: Locator;
  readonly backups: Locator;

  constructor(scope: Scope, lang: Lang) {
    super(scope, lang, 'tracker/');
    const tracker = this.t.tracker;
    const region = (name: string) => scope.getByRole('region', { name, exact: true });
    this.settingsLine = scope.getByText(pattern(this.t.tracker.settings_in_use));
    this.markupNotice = scope.locator('.tracker > .notice');
    this.storedNotice = scope.locator('.stored-notice');
    this.addForm = region(tracker.add_title);
    this.date = this.addForm.getByRole('textbox', { name: tracker.date_label, exact: true });
    this.amount = this.addForm.getByRole('textbox', { name: tracker.amount_label, exact: true });
    this.note = this.addForm.getByRole('textbox', { name: tracker.note_label, exact: true });
    this.addButton = this.addForm.getByRole('button', { name: tracker.add_button, exact: true });
    this.dateError = scope.locator('#payment-date-error');
    this.amountError = scope.locator('#payment-amount-error');
    this.amountNote = scope.locator('#payment-amount-note');
    this.warnings = this.addForm.getByRole('list');
    this.addStatus = this.addForm.locator('.status-line');
    this.notSaved = this.addStatus.locator('.status-not-saved');
    this.payments = scope.locator('.payment');
    this.undo = scope.getByRole('button', { name: tracker.undo, exact: true });
    this.periods = region(tracker.summary_title).getByRole('region');
    this.limits = region(tracker.limits_title).getByRole('list');
    this.promotions = region(tracker.promo_title);
    this.data = region(tracker.data_title);
    this.dataTitle = this.data.getByRole('heading', { name: tracker.data_title, exact: true });
    this.importFile = this.data.getByLabel(tracker.import_label, { exact: true });
    this.dataStatus = this.data.locator('.status-line');
    this.confirm = scope.getByRole('alertdialog');
    this.backups = this.data.locator('.backups').getByRole('listitem');
  }

  /** Adds a payment through the form. */
  async add(date: string, amount: string, note = '') {
    await this.date.fill(date);
    await this.amount.fill(amount);
    await this.note.fill(note);
    await this.addButton.click();
  }

  /** Picks `file` in the import field, as a JSON file named `name`. */
  async import(name: string, file: string | Buffer) {
    await this.importFile.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(file) });
  }

  /** The payment whose row holds `text` (its note, say). */
  payment(text: string) {
    return this.payments.filter({ hasText: text });
  }

  /** A button by its catalogue field in the tracker's texts, anywhere or in `within`: button('refund_action', row). */
  button(field: string, within: Scope | Locator = this.scope) {
    return within.getByRole('button', { name: this.t.tracker[field], exact: true });
  }

  /** A field by its catalogue field in the tracker's texts, in a payment's row: field(row, 'refund_amount_label'). */
  field(row: Locator, field: string) {
    return row.getByRole('textbox', { name: this.t.tracker[field], exact: true });
  }

  /** The error of a field in a payment's row, and the refunds listed in it (CSS: neither has a role or name). */
  rowError(row: Locator) {
    return row.locator('.field-error');
  }
  refunds(row: Locator) {
    return row.locator('.refunds li');
  }

  /** The rows of a period's totals: spent, refunded, fees, markup, total… (CSS: a description list's groups have no role). */
  periodRows(period: Locator) {
    return period.locator('.quote-row');
  }

  /** A period's note on payments Weixin Pay would have refused (CSS: a paragraph). */
  periodNote(period: Locator) {
    return period.locator('.field-note');
  }

  /** The question that asks before an import or a clearing, with its list of what is left out. */
  setAside() {
    return this.confirm.getByRole('listitem');
  }
}
