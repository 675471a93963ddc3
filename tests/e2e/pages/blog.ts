import type { Locator, Page } from '@playwright/test';

/** The blog page that shows how to embed the app (/embed-demo.html), with its frames. */
export class BlogPage {
  readonly heading: Locator;
  /** The app's frames, in the order of the page (CSS: a frame has no role). */
  readonly frames: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.frames = page.locator('iframe');
  }

  async open(origin = '') {
    return this.page.goto(`${origin}/embed-demo.html`);
  }

  /** The frame titled `title` ("Gebyrkalkulator for Weixin Pay"). */
  frame(title: string) {
    return this.page.getByTitle(title, { exact: true });
  }

  /** What is inside the frame at `index` in the page. */
  content(index: number) {
    return this.page.frameLocator('iframe').nth(index);
  }

  /** The frame made by the embed tag for `view` (CSS: it is the tag's next sibling). */
  frameOf(view: string) {
    return this.page.locator(`script[data-view="${view}"] + iframe`);
  }

  /**
   * Adds embed tags to the blog's page (its article, or `parent`), run in
   * order as if written there: { view: 'guide', lang: 'zh' }.
   */
  async embed(tags: { view: string; lang?: string }[], parent = 'article') {
    await this.page.evaluate(
      ({ tags, parent }) => {
        for (const tag of tags) {
          const script = document.createElement('script');
          script.async = false;
          script.src = 'embed.js';
          script.dataset.view = tag.view;
          if (tag.lang) script.dataset.lang = tag.lang;
          document.querySelector(parent)!.append(script);
        }
      },
      { tags, parent },
    );
  }
}
