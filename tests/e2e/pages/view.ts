import type { FrameLocator, Locator, Page } from '@playwright/test';
import { texts, type Catalogue, type Lang, type Texts } from '../catalogue';

/** A page of its own, or a view inside a blog's frame. */
export type Scope = Page | FrameLocator;

/** What every view has: its heading, the menus around it, the banners, and the app under it; `path` is its address in the language's folder. */
export class View {
  readonly t: Catalogue<Texts>;
  readonly heading: Locator;
  readonly main: Locator;
  /** The document's root element, for its lang attribute, and the element the app takes over (CSS: neither has a role). */
  readonly root: Locator;
  readonly app: Locator;
  /** The menu of the app's views and the language switch. */
  readonly sections: Locator;
  readonly languages: Locator;
  readonly skipLink: Locator;
  /** The site's header, with the app's name and the language switch. */
  readonly siteHeader: Locator;
  /** The banner that says "ready to work offline" or "a new version is ready", and the second kind alone (CSS: a status without a name; its class tells the kinds apart). */
  readonly banner: Locator;
  readonly updateBanner: Locator;
  /** The menu's link to the view shown (CSS: Playwright finds no link by aria-current). */
  readonly currentSection: Locator;
  /** The footer's line with the build's version in its title (CSS: a paragraph without a role). */
  readonly version: Locator;

  constructor(
    readonly scope: Scope,
    readonly lang: Lang,
    readonly path: string,
  ) {
    this.t = texts(lang);
    this.heading = scope.getByRole('heading', { level: 1 });
    this.main = scope.getByRole('main');
    this.root = scope.locator('html');
    this.app = scope.locator('#app');
    // Hidden ones too, so that a test that finds none finds none at all.
    this.sections = scope.getByRole('navigation', { name: this.t.app.nav_label, exact: true, includeHidden: true });
    this.languages = scope.getByRole('navigation', { name: this.t.app.language_switch_label, exact: true });
    this.skipLink = scope.getByRole('link', { name: this.t.app.skip_to_content });
    this.siteHeader = scope.getByRole('banner', { includeHidden: true });
    this.banner = scope.locator('.pwa-banner');
    this.updateBanner = scope.locator('.pwa-banner.update');
    this.currentSection = this.sections.locator('a[aria-current="page"]');
    this.version = scope.locator('.version');
  }

  /** The page's head: its alternate address in the language tagged `tag`, and its meta data by name (CSS: nothing in a head has a role). */
  alternate(tag: string) {
    return this.scope.locator(`link[rel="alternate"][hreflang="${tag}"]`);
  }
  meta(name: string) {
    return this.scope.locator(`meta[property="${name}"], meta[name="${name}"]`);
  }

  /** The page itself, for what only a page can do (open an address, run a script). */
  get page(): Page {
    if (!('goto' in this.scope)) throw new Error('a view in a frame cannot be opened by address');
    return this.scope;
  }

  /** Opens the view at its address in its language, with `query` ("?id=passport…") if given. */
  async open(query = '') {
    return this.page.goto(`/${this.lang}/${this.path}${query}`);
  }

  /** Waits until the app has taken over the page the build wrote (the app's own mark on #app). */
  async started() {
    await this.scope.locator('#app[data-started]').waitFor();
  }

  /**
   * Waits until the app's code has loaded (its bindings are on the window)
   * and the app has taken over the page: it hydrates in a task after the
   * one that loaded it, so loading alone proves nothing about the page.
   */
  async appLoaded(timeout?: number) {
    await this.page.waitForFunction(() => (window as any).wasmBindings !== undefined, undefined, { timeout });
    await this.scope.locator('#app[data-started]').waitFor({ timeout });
  }

  /** The menu's link to a view, by its catalogue field: sectionLink('nav_fees'). */
  sectionLink(field: string) {
    return this.sections.getByRole('link', { name: this.t.app[field], exact: true });
  }

  /** The language switch's link to the language called `name` (English, Norsk, 中文). */
  languageLink(name: string) {
    return this.languages.getByRole('link', { name, exact: true });
  }
}
