// In embed mode, reports the page's height to the embedding page so the
// frame fits its content. Only to the origin the loader named, and only
// when that is the origin of the page that really frames this one: the
// height says what the reader opened, which no other page should learn.
(() => {
  const params = new URLSearchParams(window.location.search);
  const named = params.get('parent');
  if (params.get('embed') !== '1' || !named || window.parent === window) return;
  // An http(s) origin, written as one (no path, no '*', no 'javascript:').
  const isOrigin = (text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
    } catch (invalid) {
      return false;
    }
  };
  // The framing page's origin as the browser reports it: ancestorOrigins
  // where there is one (Chromium, Safari), else the referrer's origin.
  const embedder = () => {
    const ancestors = window.location.ancestorOrigins;
    if (ancestors && ancestors.length > 0) return ancestors[0];
    try {
      return document.referrer ? new URL(document.referrer).origin : '';
    } catch (invalid) {
      return '';
    }
  };
  if (!isOrigin(named) || embedder() !== named) return;
  let last = 0;
  // The body's own height: the document's scroll height never drops below
  // the frame's current height, so the frame could grow but never shrink.
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'waika:height', height }, named);
  };
  // At once, from the written page: a frame out of view may not be laid
  // out again until it scrolls in, and 'load' waits for the app's files.
  report();
  new ResizeObserver(report).observe(document.body);
  window.addEventListener('load', report);
})();
