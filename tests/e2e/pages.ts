// Page objects: where the tests find things on a view, in one place, so a
// change to a view's markup is one change here. Found by role where the
// role and name are the same in every language; the form's fields and the
// result's parts by id or class, since their labels are in the page's
// language and these views are tested in all three.
import type { Locator, Page } from '@playwright/test';

/** The fee calculator, /<folder>/fees/. */
export class FeesPage {
  readonly heading: Locator;
  /** The amount field, its error and the note on how it was read. */
  readonly amount: Locator;
  readonly amountError: Locator;
  readonly amountNote: Locator;
  /** The card: a known card, or "custom" with a markup typed in. */
  readonly card: Locator;
  readonly markup: Locator;
  readonly markupError: Locator;
  readonly homeCurrency: Locator;
  readonly homeRate: Locator;
  /** The result: each row (amount, fee, charged, …), its total and its notes. */
  readonly quote: Locator;
  readonly quoteRows: Locator;
  readonly quoteTotal: Locator;
  readonly quoteNotes: Locator;
  readonly ruleSetNote: Locator;
  /** What the page says about the saved settings. */
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.amount = page.locator('#amount');
    this.amountError = page.locator('#amount-error');
    this.amountNote = page.locator('#amount-note');
    this.card = page.locator('#card');
    this.markup = page.locator('#markup');
    this.markupError = page.locator('#markup-error');
    this.homeCurrency = page.locator('#home-currency');
    this.homeRate = page.locator('#home-rate');
    this.quote = page.locator('.quote');
    this.quoteRows = this.quote.locator('.quote-row');
    this.quoteTotal = page.locator('.quote-total');
    this.quoteNotes = page.locator('.quote-notes');
    this.ruleSetNote = page.locator('.rule-set-note');
    this.notice = page.locator('.notice');
  }

  /** Opens the calculator in the language folder `folder` (en, nb, zh). */
  async open(folder: string) {
    await this.page.goto(`/${folder}/fees/`);
  }

  /** The language switch's link to the language called `name` (English, Norsk, 中文). */
  languageLink(name: string) {
    return this.page.getByRole('link', { name });
  }
}

/** The eligibility checker, /<folder>/eligibility/. */
export class EligibilityPage {
  readonly heading: Locator;
  readonly version: Locator;
  readonly versionError: Locator;
  /** The verdict, whose class says which (verdict-eligible, verdict-not-yet, …). */
  readonly verdict: Locator;
  readonly verdictOutcome: Locator;
  /** The verdict's reasons, by kind. */
  readonly reasonNotes: Locator;
  readonly reasonFixes: Locator;
  readonly reasonBlockers: Locator;
  readonly reasonsFine: Locator;
  /** The field with the link that shares the answers. */
  readonly shareLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.version = page.locator('#version');
    this.versionError = page.locator('#version-error');
    this.verdict = page.locator('.verdict');
    this.verdictOutcome = page.locator('.verdict-outcome');
    this.reasonNotes = page.locator('.reason-note');
    this.reasonFixes = page.locator('.reason-fix');
    this.reasonBlockers = page.locator('.reason-blocker');
    this.reasonsFine = page.locator('.reason-fine');
    this.shareLink = page.locator('#share-link');
  }

  /** Opens the checker in `folder` (en, nb, zh), with `answers` as a shared link has them ("id=passport&net=visa…"). */
  async open(folder: string, answers = '') {
    await this.page.goto(`/${folder}/eligibility/${answers ? `?${answers}` : ''}`);
  }

  /** Waits until the app has taken over the page the build wrote (which has no answers in it). */
  async started() {
    await this.page.locator('#app[data-started]').waitFor();
  }

  /** The choice labelled `label`, in the page's language ("Passport"). */
  choice(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The choice for `value` in question `question`, named as in a shared link (id=passport: 'id', 'passport'), the same in every language. */
  option(question: string, value: string) {
    return this.page.locator(`#${question}-${value}`);
  }
}
