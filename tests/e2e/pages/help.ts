import type { Locator } from '@playwright/test';
import { type Lang } from '../catalogue';
import { View, type Scope } from './view';
import { ProblemSearch } from './home';

/** The troubleshooter, /<lang>/help/, and one problem's answer, /<lang>/help/<problem>/. */
export class HelpPage extends View {
  readonly search: Locator;
  readonly problemLinks: Locator;
  readonly searchStatus: Locator;
  readonly wayLinks: Locator;
  /**
   * A problem's answer and its parts. Their headings come from the problems'
   * texts, which catalogue.json does not hold, so they are found by id and
   * class, the same in every language.
   */
  readonly answer: Locator;
  readonly payNowWays: Locator;
  readonly side: Locator;
  /** The name of the first way to pay now (a link or not). */
  readonly firstWayName: Locator;
  /** The sentence for the cashier, in Chinese (CSS: the answer's only one). */
  readonly cashierSentence: Locator;
  readonly why: Locator;
  readonly fix: Locator;
  /** What to ask the bank, with the message to read out in Chinese and in English. */
  readonly bankCall: Locator;
  readonly bankQuestions: Locator;

  constructor(scope: Scope, lang: Lang, problem = '') {
    super(scope, lang, `help/${problem ? `${problem}/` : ''}`);
    const search = new ProblemSearch(scope);
    this.search = search.search;
    this.problemLinks = search.problemLinks;
    this.searchStatus = search.searchStatus;
    this.wayLinks = search.wayLinks;
    this.answer = scope.locator('.answer');
    this.payNowWays = this.answer.locator('.pay-now .ways-now').getByRole('link');
    this.firstWayName = this.answer.locator('.pay-now .ways-now > li').first().locator('.way-now');
    this.cashierSentence = this.answer.locator('.pay-now .show-cashier [lang="zh-CN"]');
    this.side = this.answer.locator('#side-title');
    this.why = this.answer.locator('#why-title');
    this.fix = this.answer.locator('#fix-title');
    this.bankCall = scope.locator('.bank-call');
    this.bankQuestions = this.bankCall.locator('.bank-questions').getByRole('listitem');
  }

  /** The message to read out to the bank in the language tagged `tag` (CSS: a paragraph, told apart by its lang). */
  readOut(tag: string) {
    return this.bankCall.locator(`.read-out[lang="${tag}"]`);
  }

  /** The tap-to-call link to `number` (CSS: the tel: address is what is tested). */
  callLink(number: string) {
    return this.answer.locator(`a[href="tel:${number}"]`);
  }

  /** A section of the page by its heading's text, which is its name. */
  region(name: string) {
    return this.scope.getByRole('region', { name });
  }

  /** The claims in "What you may have read" (CSS: its list has no name). */
  claims(region: Locator) {
    return region.locator('.claims > li');
  }
}
