import type { Locator } from '@playwright/test';
import { pattern, type Lang } from '../catalogue';
import { View, type Scope } from './view';

/** Before you go, /<lang>/before-you-go/. */
export class BeforeYouGoPage extends View {
  readonly checklist: Locator;
  readonly boxes: Locator;
  /** "n of total done". */
  readonly progress: Locator;
  /** Said when the saved ticks could not be read. */
  readonly unreadable: Locator;
  /** The heading of the ways to pay, the first thing on the page. */
  readonly waysToPay: Locator;

  constructor(scope: Scope, lang: Lang) {
    super(scope, lang, 'before-you-go/');
    this.checklist = scope.getByRole('region', { name: this.t.app.checklist_title, exact: true });
    this.boxes = this.checklist.getByRole('checkbox');
    this.progress = this.checklist.getByText(pattern(this.t.app.checklist_progress));
    this.unreadable = this.checklist.getByRole('status');
    this.waysToPay = scope.getByRole('heading', { name: this.t.app.ways_to_pay_title, level: 2, exact: true });
  }
}
