import type { Locator } from '@playwright/test';
import { pattern, type Lang } from '../catalogue';
import { View, type Scope } from './view';

/** The problem search of the start page and the troubleshooter, and what it finds. */
export class ProblemSearch {
  readonly search: Locator;
  /** The problems found, as links (CSS: the list of results has no name). */
  readonly problemLinks: Locator;
  /** What the search says when it finds nothing it is sure of (CSS: a status without a name, as the offline banner is). */
  readonly searchStatus: Locator;
  /** The ways to pay now, shown when nothing was found (CSS: the list has no name). */
  readonly wayLinks: Locator;

  constructor(scope: Scope) {
    this.search = scope.getByRole('search').getByRole('searchbox');
    this.problemLinks = scope.locator('.problem-link');
    this.searchStatus = scope.locator('.search-status');
    this.wayLinks = scope.locator('.way-links').getByRole('link');
  }
}

/** The start page, /<lang>/. */
export class HomePage extends View {
  readonly search: Locator;
  readonly problemLinks: Locator;
  readonly searchStatus: Locator;
  readonly wayLinks: Locator;
  /** The main doors under the search (CSS: their list has no name). */
  readonly doors: Locator;
  /** The door to the guide when a place in it is kept: "Continue the guide: …". */
  readonly resume: Locator;
  /** The official warning, folded to one line: the line that unfolds it (CSS: a summary has no role) and the whole text. */
  readonly fraudWarning: Locator;
  readonly fraudWarningSummary: Locator;
  readonly fraudWarningBody: Locator;

  constructor(scope: Scope, lang: Lang) {
    super(scope, lang, '');
    const search = new ProblemSearch(scope);
    this.search = search.search;
    this.problemLinks = search.problemLinks;
    this.searchStatus = search.searchStatus;
    this.wayLinks = search.wayLinks;
    this.doors = scope.locator('.doors').getByRole('link');
    this.resume = this.doors.filter({ hasText: pattern(this.t.app.home_resume) });
    this.fraudWarning = scope.getByRole('group').filter({ hasText: this.t.app.fraud_warning_title });
    this.fraudWarningSummary = this.fraudWarning.locator('summary');
    this.fraudWarningBody = this.fraudWarning.getByText(this.t.app.fraud_warning_body);
  }
}
