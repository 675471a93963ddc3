// Before the app has started, a form of the written page that has no
// address of its own (adding a payment, the checker) would send itself to
// the page's own address and reload it, losing what was typed. Its submit
// is held instead and made again once the app has hydrated the page
// (#app[data-started], the same form still in place) and given the typed
// values to its fields, so the app answers it. Forms with an address (the
// search) work without the app and are left alone, as is every form where
// the app cannot run.
(() => {
  const app = document.getElementById('app');
  if (!app || typeof WebAssembly !== 'object') return;
  const started = () => app.hasAttribute('data-started');
  let held = null;
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (started() || !app.contains(form) || form.hasAttribute('action')) return;
      event.preventDefault();
      held = { form, submitter: event.submitter };
    },
    true,
  );
  const submitAgain = () => {
    if (!held) return;
    const { form, submitter } = held;
    held = null;
    // Drawn over (another page's copy offline), the form is another one.
    if (app.dataset.start !== 'hydrate' || !form.isConnected) return;
    if (typeof form.requestSubmit === 'function') form.requestSubmit(submitter?.form === form ? submitter : undefined);
    else form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  };
  new MutationObserver((_, observer) => {
    if (!started()) return;
    observer.disconnect();
    // After the app has drawn the typed values (its next render).
    if (held) setTimeout(submitAgain, 50);
  }).observe(app, { attributes: true, attributeFilter: ['data-started'] });
  // A submit of the user's own once the app runs replaces the held one.
  document.addEventListener('submit', () => started() && (held = null), true);
})();
