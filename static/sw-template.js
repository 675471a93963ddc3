// The service worker: keeps the shared files of one build in a cache named
// after the build, and the app and the pages of each language the user
// reads, so every view works offline after one visit. It never swaps
// builds by itself: the page asks the user first.
// The build fills in the version, the files every language shares, the
// language folders and each language's app (scripts/post-build/placeholders.mjs).
const VERSION = '__BUILD_VERSION__';
const FILES = __SHARED_FILES__;
const LANGS = __LANG_FOLDERS__;
const CODE = __CODE_BY_LANG__;
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
const isAppPage = (pathname) => pathname === SCOPE || langOf(pathname) !== undefined;
// The start page of a language, which can draw any view of that language:
// the app reads the view from the address.
const homeOf = (lang) => `${SCOPE}${lang}/`;
// The one address of a page, as the host redirects to it: doubled slashes
// as one, a language folder with its slash, `…/index.html` as its folder.
const normalPath = (pathname) => {
  const path = pathname.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/');
  return LANGS.some((lang) => path === `${SCOPE}${lang}`) ? `${path}/` : path;
};
// A page of this build. The host may already have a newer one, which
// waits for the user's choice: it is shown but not kept with this build.
const ofThisBuild = async (response) =>
  response.ok && !response.redirected && (await response.clone().text()).includes(`<meta name="waika-version" content="${VERSION}"`);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The start page is kept by its folder's address: the host
      // redirects its file name there.
      await cache.addAll(FILES.map((name) => (name === 'index.html' ? SCOPE : name)));
      // The languages of the open pages of the app: their app and start
      // page, so every view of them works offline.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const langs = new Set(windows.map((client) => langOf(new URL(client.url).pathname)).filter(Boolean));
      await cache.addAll([...langs].flatMap((lang) => [homeOf(lang), ...CODE[lang]]));
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
  const data = event.data;
  if (!data) return;
  if (data.type === 'waika:skip-waiting') self.skipWaiting();
  // A page of the app says which address it shows, also after a language
  // switch, which loads no page.
  if (data.type === 'waika:shown' && typeof data.url === 'string') event.waitUntil(keepHome(data.url));
});

// Keeps the app and the start page of the language an address is in, so
// the app opens offline in the language the user chose (the start page
// sends there). Offline they are kept later, when a page says so again.
async function keepHome(href) {
  let url;
  try {
    url = new URL(href);
  } catch (invalid) {
    return;
  }
  const lang = url.origin === self.location.origin ? langOf(normalPath(url.pathname)) : undefined;
  if (!lang) return;
  const cache = await caches.open(CACHE);
  try {
    const missing = [];
    for (const name of CODE[lang]) if (!(await cache.match(name))) missing.push(name);
    await cache.addAll(missing);
    if (await cache.match(homeOf(lang))) return;
    const response = await fetch(homeOf(lang));
    if (await ofThisBuild(response)) await cache.put(homeOf(lang), response);
  } catch (offline) {
    // Kept on a later visit.
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    const path = normalPath(url.pathname);
    if (!isAppPage(path)) {
      // Another page: the network first, and offline only that page's own
      // copy if the build keeps one. Never the app in its place.
      event.respondWith(fetch(request).catch(async () => (await caches.match(request, { ignoreSearch: true })) ?? Response.error()));
      return;
    }
    // Online or not, the page is shown at its one address, where its
    // relative links and the app's reading of the address hold.
    if (path !== url.pathname) {
      event.respondWith(Response.redirect(`${url.origin}${path}${url.search}`, 301));
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
// works offline); offline, a start page, which draws the view the address
// names: the address's language's if kept, else another's (whose app
// draws the view in its own language). Never the browser's "cannot be
// reached" once one is kept.
async function appPage(request, url) {
  const cache = await caches.open(CACHE);
  const copy = await cache.match(url.pathname);
  if (copy) return copy;
  try {
    const response = await fetch(request);
    if (await ofThisBuild(response)) await cache.put(url.pathname, response.clone());
    return response;
  } catch (offline) {
    const home = await anyHome(cache, langOf(url.pathname));
    if (!home) return Response.error();
    // The start page's links and files are written relative to its own
    // folder; here it is shown at another one.
    const html = (await home.text()).replace(/<base href="[^"]*"/, `<base href="${SCOPE}"`);
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
}

// The start page of `lang` if kept, else of any language kept, else any
// kept page of the app (a page drawn for a frame shows no menu: not that).
async function anyHome(cache, lang) {
  for (const each of lang ? [lang, ...LANGS] : LANGS) {
    const home = await cache.match(homeOf(each));
    if (home) return home;
  }
  const page = (await cache.keys()).find((key) => {
    const { pathname } = new URL(key.url);
    return langOf(pathname) !== undefined && pathname.endsWith('/');
  });
  return page && cache.match(page);
}
