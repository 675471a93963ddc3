// The app's own start page: sends the visitor on to a language folder (the
// language asked for in `?lang=`, else the one used last, else the
// browser's, else English), keeping the view of a link from before views
// had addresses of their own (`#/fees`). The build writes the app's table
// of views and languages in place of the placeholder below
// (scripts/post-build/placeholders.mjs).
(() => {
  const APP = __APP_DATA__;
  const PATHS = new Set(APP.paths);
  const FRAMED = new Set(Object.values(APP.embeddable));
  const folderOf = (tag) => {
    const primary = String(tag).split(/[-_]/)[0].toLowerCase();
    return Object.prototype.hasOwnProperty.call(APP.tags, primary) ? APP.tags[primary] : undefined;
  };
  let folder;
  const query = new URLSearchParams(location.search);
  if (query.has('lang')) folder = folderOf(query.get('lang'));
  try {
    folder ??= folderOf(JSON.parse(localStorage.getItem(APP.lang_key)).data);
  } catch {}
  for (const tag of navigator.languages ?? [navigator.language]) folder ??= folderOf(tag);
  folder ??= 'en';
  let path = '';
  let search = location.search;
  if (location.hash.startsWith('#/')) {
    const [view, old] = location.hash.slice(2).split('?');
    path = view.replace(/\/*$/, '/').replace(/^\/$/, '');
    if (!PATHS.has(path)) path = '';
    if (old) search = '?' + old;
  }
  const framed = query.get('embed') === '1' && FRAMED.has(path) ? APP.embed_page : '';
  location.replace(folder + '/' + path + framed + search);
})();
