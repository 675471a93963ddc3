import type { Locator } from '@playwright/test';
import { type Lang } from '../catalogue';
import { View, type Scope } from './view';

/** The cashier card, /<lang>/cashier/. */
export class CashierPage extends View {
  /** The sentences to show, each a list item without a name (CSS). */
  readonly phrases: Locator;
  /** Each sentence by a few words at the top, a button that shows it large. */
  readonly quickNames: Locator;
  /** A sentence shown full screen, and its Chinese text (CSS: a paragraph). */
  readonly dialog: Locator;
  readonly dialogText: Locator;
  readonly dialogBack: Locator;
  /** The answers the cashier can tap under a large sentence. */
  readonly replies: Locator;
  /** The amount check: the field, the amount large in figures and in Chinese words, and what the card is charged. */
  readonly amountCheck: Locator;
  readonly amount: Locator;
  readonly amountLarge: Locator;
  readonly amountWords: Locator;

  constructor(scope: Scope, lang: Lang) {
    super(scope, lang, 'cashier/');
    this.phrases = scope.locator('.phrase');
    this.quickNames = scope.getByRole('navigation', { name: this.t.app.cashier_quick_title, exact: true }).getByRole('button');
    this.dialog = scope.getByRole('dialog');
    this.dialogText = this.dialog.locator('.phrase-full-zh');
    this.dialogBack = this.dialog.getByRole('button', { name: this.t.app.cashier_back, exact: true });
    this.replies = this.dialog.locator('.cashier-replies').getByRole('button');
    this.amountCheck = scope.getByRole('region', { name: this.t.app.cashier_amount_label, exact: true });
    this.amount = this.amountCheck.getByRole('textbox', { name: this.t.app.amount_label, exact: true });
    this.amountLarge = this.amountCheck.locator('.amount-large');
    this.amountWords = this.amountCheck.locator('.amount-words');
  }

  /** The sentence that holds `zh`. */
  phrase(zh: string) {
    return this.phrases.filter({ hasText: zh });
  }

  /** The sentence whose Chinese is `zh`, whole. */
  phraseExactly(zh: string) {
    return this.phrases.filter({ has: this.scope.getByText(zh, { exact: true }) });
  }

  /** A sentence's Chinese and its line in the page's language (CSS: paragraphs, told apart by class). */
  chinese(phrase: Locator = this.phrases) {
    return phrase.locator('.phrase-zh');
  }
  userLine(phrase: Locator = this.phrases) {
    return phrase.locator('.phrase-user');
  }

  /** A sentence's button that shows it full screen. */
  showLarge(phrase: Locator) {
    return phrase.getByRole('button', { name: this.t.app.cashier_show_large, exact: true });
  }
}
