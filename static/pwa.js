// Registers the service worker and tells the app (through window events)
// when a new version is waiting and when the app first works offline.
// The app shows the messages in the user's language and sends back
// "waika:apply-update" when the user chooses to reload. Only the tab whose
// user chose reloads; other tabs keep running and are told a new version
// is ready.
(() => {
  // An embedded view never installs a worker: a blog's readers did not
  // choose to install the app, and browsers keep such a worker per blog.
  if (!('serviceWorker' in navigator) || window.self !== window.top) return;
  // The news is also left on the page, for an app that starts listening late.
  const tell = (type) => {
    document.documentElement.dataset[type === 'waika:update-available' ? 'waikaUpdate' : 'waikaOfflineReady'] = '1';
    window.dispatchEvent(new CustomEvent(type));
  };
  const firstVisit = !navigator.serviceWorker.controller;
  let reloadAsked = false;

  const registered = (registration) => {
    if (!registration) return;
    // The worker is active once every file is cached: only then is the app
    // really ready to work offline.
    if (firstVisit) navigator.serviceWorker.ready.then(() => tell('waika:offline-ready'), () => {});
    const watch = (worker) => {
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) tell('waika:update-available');
      });
    };
    if (registration.waiting && navigator.serviceWorker.controller) tell('waika:update-available');
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));

    window.addEventListener('waika:apply-update', () => {
      reloadAsked = true;
      const waiting = registration.waiting;
      // No worker waiting: another tab has switched already; this tab
      // only needs to load the new build.
      if (waiting) waiting.postMessage({ type: 'waika:skip-waiting' });
      else window.location.reload();
    });
  };

  // Registration fails where workers are blocked (private modes, some
  // in-app browsers): the app works online as it is.
  try {
    navigator.serviceWorker.register('sw.js').then(registered, () => {});
  } catch (error) {
    return;
  }

  // The worker keeps the app and the start page of each language the user
  // reads, so the app opens offline in that language: each page says which
  // language it shows (also when the address changes without a load).
  let toldFolder;
  const tellShown = () => {
    const base = document.baseURI;
    if (!window.location.href.startsWith(base)) return;
    const folder = window.location.href.slice(base.length).split(/[/?#]/)[0];
    if (!folder || folder === toldFolder) return;
    toldFolder = folder;
    const url = window.location.href;
    navigator.serviceWorker.ready.then((registration) => registration.active && registration.active.postMessage({ type: 'waika:shown', url }), () => {});
  };
  tellShown();
  new MutationObserver(tellShown).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  window.addEventListener('popstate', tellShown);
  // A switch made offline is kept once the network is back.
  window.addEventListener('online', () => {
    toldFolder = undefined;
    tellShown();
  });

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only the tab whose user asked reloads. Any other tab keeps its page
    // and offers the reload itself.
    if (reloadAsked) {
      reloadAsked = false;
      window.location.reload();
    } else if (!firstVisit) {
      tell('waika:update-available');
    }
  });
})();
