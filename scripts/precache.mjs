// Trunk post-build hook: writes the service worker with the list of every
// file of this build and a version derived from their contents, and puts
// the build version and the hash of the inline start-up script into
// index.html (the Content-Security-Policy allows exactly that script).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

// The inline module script Trunk writes to start the app.
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const inline = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
index = index.replace("'self' 'wasm-unsafe-eval'", `'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`);

const files = filesUnder(staging)
  .map((path) => relative(staging, path).split('\\').join('/'))
  .filter((name) => name !== 'sw.js' && !name.endsWith('.map') && name !== 'embed-demo.html')
  .sort();
const digest = createHash('sha256');
for (const name of files) {
  digest.update(name);
  digest.update(name === 'index.html' ? index : readFileSync(join(staging, name)));
}
const version = digest.digest('hex').slice(0, 12);
index = index.replace('__BUILD_VERSION__', version);
writeFileSync(indexPath, index);

const template = readFileSync('static/sw-template.js', 'utf8');
const worker = template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(['./', ...files], null, 2));
writeFileSync(join(staging, 'sw.js'), worker);
console.log(`precache: ${files.length} files, version ${version}`);
