// Before the app has started, the written page's forms have no handler:
// a tap on "Add" or Enter in a field would send the form as an address
// and reload the page, losing what was typed. The submit is held instead
// and made again once the app has taken over (#app[data-started]) and
// given the typed values to its fields, so the app answers it.
(() => {
  const app = document.getElementById('app');
  if (!app) return;
  const started = () => app.hasAttribute('data-started');
  let held = null;
  document.addEventListener(
    'submit',
    (event) => {
      if (started() || !app.contains(event.target)) return;
      event.preventDefault();
      const forms = [...app.querySelectorAll('form')];
      const form = event.target;
      const buttons = [...form.querySelectorAll('button, input[type=submit]')];
      held = { form: forms.indexOf(form), button: buttons.indexOf(event.submitter) };
    },
    true,
  );
  const submitAgain = () => {
    // The app drew its own form in place of the written one, or kept it.
    const form = app.querySelectorAll('form')[held.form];
    if (!form) return;
    const button = form.querySelectorAll('button, input[type=submit]')[held.button];
    form.requestSubmit(button?.type === 'submit' ? button : undefined);
  };
  new MutationObserver((_, observer) => {
    if (!started()) return;
    observer.disconnect();
    // After the app has drawn the typed values (its next render).
    if (held) setTimeout(submitAgain, 50);
  }).observe(app, { attributes: true, attributeFilter: ['data-started'] });
})();
