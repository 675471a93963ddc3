// Registers the service worker and tells the app (through window events)
// when a new version is waiting and when the app first works offline.
// The app shows the messages in the user's language and sends back
// "waika:apply-update" when the user chooses to reload.
(() => {
  if (!('serviceWorker' in navigator)) return;
  // The news is also left on the page, for an app that starts listening late.
  const tell = (type) => {
    document.documentElement.dataset[type === 'waika:update-available' ? 'waikaUpdate' : 'waikaOfflineReady'] = '1';
    window.dispatchEvent(new CustomEvent(type));
  };
  const firstVisit = !navigator.serviceWorker.controller;
  let reloading = false;

  navigator.serviceWorker.register('sw.js').then((registration) => {
    // The worker is active once every file is cached: only then is the app
    // really ready to work offline.
    if (firstVisit) navigator.serviceWorker.ready.then(() => tell('waika:offline-ready'));
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
      const waiting = registration.waiting;
      if (waiting) waiting.postMessage({ type: 'waika:skip-waiting' });
      else window.location.reload();
    });
  });

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first visit's worker takes control without a new version; only
    // a swap the user asked for reloads the page.
    if (reloading || firstVisit) return;
    reloading = true;
    window.location.reload();
  });
})();
