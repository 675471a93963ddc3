// Starts the app. The app is split into bundles (one WebAssembly file and
// its JS glue each, see `Bundle` in src/route.rs); this script loads only
// the bundle that draws the view in the address, and swaps bundles when
// the address moves to a view another bundle draws. The service worker
// keeps every bundle for offline use.
//
// The build step puts in FILES each bundle's file name
// (without .js / _bg.wasm), which carries a hash of its content.
const FILES = __BUNDLE_FILES__;
// First part of the address → bundle; every other address is the start
// bundle's (which also says "not found").
const BUNDLE_OF_SECTION = { guide: 'guide', help: 'guide', 'before-you-go': 'guide', cashier: 'guide', fees: 'fees', eligibility: 'eligibility', tracker: 'tracker' };

const bundleOf = (fragment) => {
  const path = fragment.replace(/^#/, '').split('?')[0];
  const section = path.split('/').find((part) => part !== '') ?? '';
  return BUNDLE_OF_SECTION[section] ?? 'start';
};

const loading = new Map();
const load = (bundle) => {
  if (!loading.has(bundle)) {
    const file = FILES[bundle];
    const ready = import(`./${file}.js`).then(async (glue) => {
      await glue.default({ module_or_path: `./${file}_bg.wasm` });
      return glue;
    });
    // A failed download may work on the next try (the network came back).
    ready.catch(() => loading.delete(bundle));
    loading.set(bundle, ready);
  }
  return loading.get(bundle);
};

const FAILED = [
  ['en', 'This part of the app could not be loaded. Check your connection and reload the page.'],
  ['zh-CN', '无法加载应用的这一部分。请检查网络连接，然后刷新页面。'],
  ['nb', 'Denne delen av appen kunne ikke lastes. Sjekk nettforbindelsen og last inn siden på nytt.'],
];

// A fresh element each time: nothing of the previous bundle stays attached.
const freshRoot = () => {
  const root = document.createElement('div');
  root.id = 'app';
  document.getElementById('app').replaceWith(root);
  return root;
};

let mounted = null;
const show = async (arrived) => {
  const bundle = bundleOf(window.location.hash);
  if (mounted?.bundle === bundle) return;
  let glue;
  try {
    glue = await load(bundle);
  } catch (error) {
    console.error(error);
    if (bundleOf(window.location.hash) !== bundle) return;
    mounted?.glue.unmount();
    mounted = null;
    const message = FAILED.map(([lang, text]) => Object.assign(document.createElement('p'), { lang, textContent: text }));
    const root = freshRoot();
    root.setAttribute('role', 'alert');
    root.replaceChildren(...message);
    return;
  }
  // The address may have moved on while the bundle was loading.
  if (bundleOf(window.location.hash) !== bundle || mounted?.bundle === bundle) return;
  mounted?.glue.unmount();
  glue.mount(freshRoot(), arrived);
  mounted = { bundle, glue };
};

window.addEventListener('hashchange', () => show(true));
show(false);
