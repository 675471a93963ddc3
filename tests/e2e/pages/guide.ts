import type { Locator } from '@playwright/test';
import { pattern, type Lang } from '../catalogue';
import { View, type Scope } from './view';

/** The guide, step by step (/<lang>/guide/…) and on one page (/<lang>/guide/all/). */
export class GuidePage extends View {
  /** "Step n of total", and the bar that shows it. */
  readonly progress: Locator;
  readonly progressBar: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly done: Locator;
  /** The buttons to tap, and their list as Chinese WeChat names them (CSS: a tap path has no name; its lists differ by lang). */
  readonly tapPaths: Locator;
  readonly tapPathsInChinese: Locator;
  /** The steps' titles on the whole guide's page (CSS: by their card). */
  readonly stepTitles: Locator;

  constructor(scope: Scope, lang: Lang, step = '') {
    super(scope, lang, `guide/${step}`);
    this.progress = scope.getByText(pattern(this.t.app.guide_progress));
    this.progressBar = scope.getByRole('progressbar');
    const steps = scope.getByRole('navigation', { name: this.t.app.guide_title, exact: true });
    this.next = steps.getByRole('link', { name: this.t.app.guide_next });
    this.back = steps.getByRole('link', { name: this.t.app.guide_back });
    this.done = scope.getByRole('heading', { name: this.t.app.guide_done_title });
    this.tapPaths = scope.locator('.tap-path');
    // On the Chinese page the path is in Chinese itself; elsewhere its second list is.
    this.tapPathsInChinese = lang === 'zh' ? this.tapPaths : this.tapPaths.locator('[lang="zh-CN"]');
    this.stepTitles = scope.locator('.step-card h2, .step-card h3');
  }

  /** The number of the last step, read from "Step n of total". */
  async total() {
    return Number((await this.progress.textContent())!.match(/\d+/g)!.pop());
  }
}
