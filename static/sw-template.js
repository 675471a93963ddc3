// The service worker: keeps the app's code and shared files of one build
// in a cache named after the build, and the pages of the languages the user
// reads, so every view works offline after one visit. It never swaps
// builds by itself: the page asks the user first.
// The build step fills in VERSION, FILES (the code and files every
// language shares) and LANGS (the language folders).
const VERSION = '__VERSION__';
const FILES = __FILES__;
const LANGS = __LANGS__;
const CACHE = `waika-${VERSION}`;
// Builds kept besides this one, so a tab still running an older build
// finds its own files after an update instead of failing as if offline.
const OLDER_BUILDS_KEPT = 1;
const BUILDS = 'waika-builds';

const SCOPE = new URL('./', self.location).pathname;
// The language folder of an address of the app (`en` for SCOPE/en/fees/),
// or undefined for any other page.
const langOf = (pathname) => {
  if (!pathname.startsWith(SCOPE)) return undefined;
  const folder = pathname.slice(SCOPE.length).split('/')[0];
  return LANGS.includes(folder) && pathname.length > SCOPE.length + folder.length ? folder : undefined;
};
// The app's own pages: its start page and every address in a language
// folder. Every other page in the folder (a blog page, the embed demo)
// goes to the network as if there were no worker.
const isAppPage = (pathname) => pathname === SCOPE || pathname === `${SCOPE}index.html` || langOf(pathname) !== undefined;
// The start page of a language, which can draw any view of it.
const homeOf = (lang) => `${SCOPE}${lang}/`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES);
      // The languages of the open pages of the app: their start pages, so
      // every view of them works offline.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const langs = new Set(windows.map((client) => langOf(new URL(client.url).pathname)).filter(Boolean));
      await cache.addAll([...langs].map(homeOf));
    })(),
  );
});

// The order in which builds took over, newest last, kept in a cache of its own.
async function buildOrder() {
  const store = await caches.open(BUILDS);
  const response = await store.match('order');
  const order = response ? await response.json() : [];
  return { store, order };
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const { store, order } = await buildOrder();
      const next = [...order.filter((name) => name !== CACHE), CACHE];
      const keep = new Set(next.slice(-1 - OLDER_BUILDS_KEPT));
      await store.put('order', new Response(JSON.stringify([...keep])));
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith('waika-') && name !== BUILDS && !keep.has(name)).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'waika:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (!isAppPage(url.pathname)) {
      // Another page: the network first, and offline only that page's own
      // copy if the build keeps one. Never the app in its place.
      event.respondWith(fetch(request).catch(async () => (await caches.match(request, { ignoreSearch: true })) ?? Response.error()));
      return;
    }
    event.respondWith(appPage(request, url));
    return;
  }
  // A file of this build, or of an older build a tab still runs.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? fetch(request)));
});

// A page of the app: this build's copy if it has one, so the page and the
// code it starts always come from the same build until the user chooses to
// update; else the network (and the copy is kept, so a language used once
// works offline); offline, the language's start page, which draws the
// view the address names.
async function appPage(request, url) {
  const cache = await caches.open(CACHE);
  const copy = (await cache.match(url.pathname)) ?? (url.pathname === SCOPE ? await cache.match(`${SCOPE}index.html`) : undefined);
  if (copy) return copy;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(url.pathname, response.clone());
    return response;
  } catch (offline) {
    const lang = langOf(url.pathname);
    const home = lang && (await cache.match(homeOf(lang)));
    if (!home) return Response.error();
    // The start page's links and files are written relative to its own
    // folder; here it is shown at another one.
    const html = (await home.text()).replace(/<base href="[^"]*"/, `<base href="${SCOPE}"`);
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
}
