// What a visitor downloads, per entry address of a build: the page alone
// (what shows the first content: no wasm), the page with the code that
// makes it interactive, and the whole first visit, including everything
// the service worker then keeps for offline use. Sizes raw, gzip (level 9)
// and brotli (quality 11), as a host serves the build's compressed copies.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const cache = new Map();
function fileSizes(dist, name) {
  const key = join(dist, name);
  if (!cache.has(key)) cache.set(key, sizes(readFileSync(key)));
  return cache.get(key);
}

/** Sizes in total for a list of files of `dist`, each counted once. */
export function measure(dist, names) {
  const unique = [...new Set(names)];
  const files = unique.map((name) => ({ name, ...fileSizes(dist, name) }));
  const total = Object.fromEntries(['raw', 'gzip', 'brotli'].map((unit) => [unit, files.reduce((sum, file) => sum + file[unit], 0)]));
  return { files, total };
}

/** The page file of an entry address such as `en/fees/`. */
export const pageFile = (address) => (address.endsWith('.html') ? address : `${address}index.html`);

/** Each language's app, as the service worker lists it: its start-up script, glue and wasm. */
export function codeByLanguage(dist) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  return JSON.parse(/const CODE = (\{[\s\S]*?\});/.exec(worker)[1]);
}

/** The app's code for a language: the start-up script, the wasm-bindgen glue and the wasm. */
export function codeFiles(dist, lang = 'en') {
  const code = codeByLanguage(dist)[lang];
  if (!code) throw new Error(`${dist}: no app for ${lang}`);
  const [start, glue, wasm] = code;
  return { start, glue, wasm };
}

/** The files the service worker keeps when it is installed, besides a language's app and start page. */
export function precached(dist) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  return JSON.parse(/const FILES = (\[[\s\S]*?\]);/.exec(worker)[1]);
}

/**
 * What opening `address` costs: `content` (the page: its text is there
 * before any script runs), `interactive` (plus the app's code) and
 * `visit` (plus the worker and what it keeps: the shared files and the
 * language's start page). An embed is measured as its frame's page and
 * code: browsers keep no worker for it.
 */
export function entryCosts(dist, address, { embedded = false } = {}) {
  const page = pageFile(address);
  const lang = address.split('/')[0];
  const code = codeFiles(dist, lang);
  const html = readFileSync(join(dist, page), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]).filter((src) => existsSync(join(dist, src)));
  const content = measure(dist, [page]);
  const interactive = measure(dist, [page, ...scripts, code.glue, code.wasm]);
  const visit = embedded
    ? interactive
    : measure(dist, [page, ...scripts, code.glue, code.wasm, 'sw.js', ...precached(dist), `${lang}/index.html`]);
  return { content, interactive, visit, wasmInContent: content.files.some((file) => file.name.endsWith('.wasm')) };
}

/** Every page of the build. */
export function pages(dist, folder = '') {
  return readdirSync(join(dist, folder), { withFileTypes: true }).flatMap((entry) => {
    const name = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return pages(dist, name);
    return name.endsWith('.html') ? [name] : [];
  });
}
