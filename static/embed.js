// The blog embed. A page adds one tag:
//   <script src="https://host/embed.js" data-view="calculator" data-lang="nb"></script>
// and gets that view of the app in a frame right after the tag, sized to its
// content. It adds no global name and no CSS to the page.
(() => {
  const script = document.currentScript;
  if (!script) return;
  // The app's views and languages, written in by the build (scripts/post-build/placeholders.mjs).
  const APP = __APP_DATA__;
  // Maps, so a name such as `__proto__` or `constructor` is no view.
  const VIEWS = new Map(Object.entries(APP.embeddable));
  const LANGS = new Set(APP.folders);
  // The frame's accessible name, in the tag's language (English if none).
  const TITLES = APP.titles;
  const appUrl = new URL('./', script.src);
  const view = VIEWS.has(script.dataset.view) ? script.dataset.view : 'calculator';
  // "no", "nn", "nb-NO", "zh-CN", "en-GB": the language as blogs write it.
  const ALIASES = { no: 'nb', nn: 'nb', nob: 'nb' };
  const asked = (script.dataset.lang || '').toLowerCase().split(/[-_]/)[0];
  const named = ALIASES[asked] || asked;
  const lang = LANGS.has(named) ? named : '';

  const query = new URLSearchParams({ embed: '1', parent: window.location.origin });
  const frame = document.createElement('iframe');
  // The view in the tag's language; with none, the app's start page picks
  // the reader's language and goes on to the view.
  // Each view has a page drawn for frames (embed.html next to the view's
  // own page), which shows the view alone from the first paint.
  frame.src = lang ? `${appUrl.href}${lang}/${VIEWS.get(view)}${APP.embed_page}?${query}` : `${appUrl.href}?${query}#/${VIEWS.get(view)}`;
  frame.title = script.dataset.title || TITLES[lang || 'en'][view];
  frame.loading = 'lazy';
  // The cashier's sentences fill the whole screen, not the frame's height.
  frame.allow = 'fullscreen';
  // Styles on the frame element only, never on the page.
  frame.style.cssText = 'display:block;width:100%;max-width:40rem;height:480px;border:1px solid #d3dbd6;border-radius:12px;';
  script.after(frame);

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== appUrl.origin) return;
    const data = event.data;
    if (data && data.type === 'waika:height' && Number.isFinite(data.height) && data.height > 0) {
      frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
    }
  });
})();
