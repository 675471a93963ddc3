// The service worker: keeps every file of one build in a cache named after
// the build, serves the app from it (so it works offline after one visit),
// and never swaps builds by itself: the page asks the user first.
// The build step fills in VERSION and FILES.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `waika-${VERSION}`;
// Builds kept besides this one, so a tab still running an older build
// finds its own files after an update instead of failing as if offline.
const OLDER_BUILDS_KEPT = 1;
const BUILDS = 'waika-builds';

// The app's own pages: its folder and index.html in it. Every other page
// in the folder (a blog page, the embed demo) goes to the network as if
// there were no worker.
const APP_PAGES = new Set([new URL('./', self.location).pathname, new URL('./index.html', self.location).pathname]);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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
    if (!APP_PAGES.has(url.pathname)) {
      // Another page: the network first, and offline only that page's own
      // copy if the build keeps one. Never the app in its place.
      event.respondWith(fetch(request).catch(async () => (await caches.match(request, { ignoreSearch: true })) ?? Response.error()));
      return;
    }
    // Routes live in the fragment and embed options in the query: every
    // address of the app is this build's index.html.
    event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match('index.html')) ?? fetch(request)));
    return;
  }
  // A file of this build, or of an older build a tab still runs.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? fetch(request)));
});
