import type { Locator } from '@playwright/test';
import { type Lang } from '../catalogue';
import { View, type Scope } from './view';

/** The page a missing address gets. */
export class NotFoundPage extends View {
  readonly home: Locator;

  constructor(scope: Scope, lang: Lang) {
    super(scope, lang, '');
    this.home = scope.getByRole('link', { name: this.t.app.not_found_home, exact: true });
  }
}
