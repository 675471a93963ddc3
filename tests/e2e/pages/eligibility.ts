import type { Locator } from '@playwright/test';
import { type Lang } from '../catalogue';
import { View, type Scope } from './view';

/** The eligibility checker, /<lang>/eligibility/. */
export class EligibilityPage extends View {
  /** The WeChat version: its field, and the field with what is said under it (CSS: a div without a role). */
  readonly version: Locator;
  readonly versionField: Locator;
  /** What is said under it: an error, or how it was read (CSS by id: a paragraph has no role). */
  readonly versionError: Locator;
  readonly versionNote: Locator;
  /** The verdict, whose class says which (verdict-eligible, verdict-not-yet, …). */
  readonly verdict: Locator;
  /** The verdict's sentence, its reasons by kind, and when its figures were last published (CSS: paragraphs and list items by class). */
  readonly verdictOutcome: Locator;
  readonly reasons: Locator;
  readonly reasonNotes: Locator;
  readonly reasonFixes: Locator;
  readonly reasonBlockers: Locator;
  readonly reasonsFine: Locator;
  readonly published: Locator;
  /** The new-user offer's deadline in the verdict, while it can be started (CSS: a notice has no role). */
  readonly offerDeadline: Locator;
  /** "This may have changed", anywhere on the page and in the verdict. */
  readonly staleNotice: Locator;
  readonly verdictStaleNotice: Locator;
  readonly alternatives: Locator;
  /** The field with the link that shares the answers. */
  readonly shareLink: Locator;
  /** The answers' labels, each with its radio button: what is tapped (CSS: a label has no role, and the radio alone is smaller). */
  readonly choiceLabels: Locator;

  constructor(scope: Scope, lang: Lang) {
    super(scope, lang, 'eligibility/');
    const checker = this.t.checker;
    // Its label is in the questions' texts, which catalogue.json does not hold; its placeholder is.
    this.version = scope.getByPlaceholder(checker.version_placeholder, { exact: true });
    this.versionField = scope.locator('.field', { has: this.version });
    this.versionError = scope.locator('#version-error');
    this.versionNote = scope.locator('#version-note');
    this.verdict = scope.getByRole('region', { name: checker.verdict_title, exact: true });
    this.verdictOutcome = this.verdict.locator('.verdict-outcome');
    this.reasons = this.verdict.locator('.reasons');
    this.reasonNotes = this.verdict.locator('.reason-note');
    this.reasonFixes = this.verdict.locator('.reason-fix');
    this.reasonBlockers = this.verdict.locator('.reason-blocker');
    this.reasonsFine = this.verdict.locator('.reason-fine');
    this.published = this.verdict.locator('.published');
    this.offerDeadline = this.verdict.locator('.offer-deadline');
    // A note without a name, as the official warning is.
    this.staleNotice = scope.locator('.stale-notice');
    this.verdictStaleNotice = this.verdict.locator('.stale-notice');
    this.alternatives = scope.getByRole('heading', { name: checker.alternatives_title, exact: true });
    this.shareLink = scope.getByRole('textbox', { name: checker.share_title, exact: true });
    this.choiceLabels = scope.locator('.questions fieldset label');
  }

  /** The choice labelled `label`, in the page's language ("Passport"). */
  choice(label: string) {
    return this.scope.getByLabel(label, { exact: true });
  }

  /** The choice for `value` in question `question`, named as in a shared link (id=passport: 'id', 'passport'), the same in every language (CSS by id). */
  option(question: string, value: string) {
    return this.scope.locator(`#${question}-${value}`);
  }
}
