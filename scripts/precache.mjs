// Trunk post-build hook: gives each bundle's files a name with a hash of
// their content (so no browser cache can mix two builds) and tells the
// start-up script those names; writes the service worker with the list of
// every file of this build and a version derived from their contents; and
// puts the build version and the hash of the inline start-up script into
// index.html (the Content-Security-Policy allows exactly that script).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('precache: TRUNK_STAGING_DIR is not set; run through trunk build');
  process.exit(1);
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// Trunk writes each bundle as NAME.js and NAME_bg.wasm (the main one with
// a hash of its own after NAME).
const bundles = {};
for (const name of readdirSync(staging).filter((file) => file.endsWith('_bg.wasm'))) {
  const written = name.slice(0, -'_bg.wasm'.length);
  const bundle = written.replace(/-[0-9a-f]+$/, '');
  const js = readFileSync(join(staging, `${written}.js`));
  const wasm = readFileSync(join(staging, name));
  const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
  const file = `${bundle}-${hash}`;
  renameSync(join(staging, `${written}.js`), join(staging, `${file}.js`));
  renameSync(join(staging, name), join(staging, `${file}_bg.wasm`));
  bundles[bundle] = file;
}
// The line of static/boot.js that receives the names.
const FILES_LINE = 'const FILES = __BUNDLE_FILES__;';
if (!index.includes(FILES_LINE) || Object.keys(bundles).length === 0) {
  console.error('precache: no bundle, or no start-up script to tell about them');
  process.exit(1);
}
index = index.replace(FILES_LINE, `const FILES = ${JSON.stringify(bundles)};`);

// The inline module script that starts the app.
const inline = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
index = index.replace("'self' 'wasm-unsafe-eval'", `'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`);

const files = filesUnder(staging)
  .map((path) => relative(staging, path).split('\\').join('/'))
  .filter((name) => name !== 'sw.js' && !name.endsWith('.map'))
  .sort();
const digest = createHash('sha256');
for (const name of files) {
  digest.update(name);
  digest.update(name === 'index.html' ? index : readFileSync(join(staging, name)));
}
const version = digest.digest('hex').slice(0, 12);
index = index.replace('__BUILD_VERSION__', version);
// The day of the build, shown in the footer.
index = index.replace('__BUILD_DATE__', new Date().toISOString().slice(0, 10));
writeFileSync(indexPath, index);

const template = readFileSync('static/sw-template.js', 'utf8');
const worker = template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(['./', ...files], null, 2));
writeFileSync(join(staging, 'sw.js'), worker);
console.log(`precache: ${files.length} files, version ${version}`);
