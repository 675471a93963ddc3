// What a browser downloads to show the first view, per entry address:
// index.html and, for the app, the one bundle (js + wasm) that the start-up
// script loads for that address; for a plain Trunk build, every js, wasm
// and css file index.html names. Sizes raw, gzip (level 9) and brotli
// (quality 11), as a static host would serve them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const KINDS = ['wasm', 'js', 'css', 'html'];

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kindOf = (name) => (name.endsWith('.wasm') ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : 'html');

/** Sizes by kind and in total for a list of files of `dist`. */
function measure(dist, names) {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, { raw: 0, gzip: 0, brotli: 0 }]));
  const files = names.map((name) => ({ name, kind: kindOf(name), ...sizes(readFileSync(join(dist, name))) }));
  for (const file of files) for (const unit of ['raw', 'gzip', 'brotli']) byKind[file.kind][unit] += file[unit];
  const total = Object.fromEntries(['raw', 'gzip', 'brotli'].map((unit) => [unit, files.reduce((sum, file) => sum + file[unit], 0)]));
  return { files, ...byKind, total };
}

/**
 * The first loads of a build: `{ bundle: measure }`, one per bundle of the
 * app (read from the start-up script in index.html), or `{ app: measure }`
 * for a build without bundles.
 */
export function firstLoads(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const table = /const FILES = (\{[^}]*\});/.exec(html);
  if (!table) {
    const names = readdirSync(dist).filter((name) => /\.(js|wasm|css)$/.test(name) && html.includes(name));
    return { app: measure(dist, ['index.html', ...names]) };
  }
  const bundles = JSON.parse(table[1]);
  return Object.fromEntries(
    Object.entries(bundles).map(([bundle, file]) => [bundle, measure(dist, ['index.html', `${file}.js`, `${file}_bg.wasm`])]),
  );
}

/** Every file the service worker keeps for offline use, in brotli bytes. */
export function offlineTotal(dist) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = JSON.parse(/const FILES = (\[[\s\S]*?\]);/.exec(worker)[1]).filter((name) => name !== './');
  return measure(dist, list).total;
}
