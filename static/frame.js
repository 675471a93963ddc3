// In embed mode, reports the page's height to the embedding page so the
// frame fits its content. Only to the origin the loader named, and only
// when the page really is framed.
(() => {
  const params = new URLSearchParams(window.location.search);
  const parentOrigin = params.get('parent');
  if (params.get('embed') !== '1' || !parentOrigin || window.parent === window) return;
  let last = 0;
  // The body's own height: the document's scroll height never drops below
  // the frame's current height, so the frame could grow but never shrink.
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'waika:height', height }, parentOrigin);
  };
  new ResizeObserver(report).observe(document.body);
  window.addEventListener('load', report);
})();
