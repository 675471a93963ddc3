// The service worker: keeps every file of one build in a cache named after
// the build, serves the app from it (so it works offline after one visit),
// and never swaps builds by itself: the page asks the user first.
// The build step fills in VERSION and FILES.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `waika-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  // Old builds' caches are deleted only when this build takes over.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('waika-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'waika:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every address of the app is the same page: routes live in the fragment,
  // and embed options in the query.
  const isPage = request.mode === 'navigate';
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = isPage ? await cache.match('index.html') : await cache.match(request, { ignoreSearch: true });
      return cached ?? fetch(request);
    }),
  );
});
