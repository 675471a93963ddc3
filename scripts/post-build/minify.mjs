// Smaller scripts and styles, the same behaviour: esbuild minifies every
// script and the style sheet each page carries inline. Every first visit
// downloads three pages (the entry, and the start pages the worker keeps),
// so the style sheet counts three times.
// The worker (sw.js), which is not among the files given here, is left
// as written: the size check reads its lists.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { fail } from './files.mjs';

const STEP = 'minify';
const STYLE = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;

function minified(code, loader, name) {
  try {
    // No `format`: names at the top of a script stay as they are, as
    // another script or the page may use them.
    return transformSync(code, { loader, minify: true, charset: 'utf8' }).code;
  } catch (error) {
    fail(STEP, `${name}: ${error.message}`);
  }
}

/** Minifies, in place, the scripts and the pages' styles among `names`; returns the bytes saved. */
export function minifyFiles(staging, names) {
  const styles = new Map();
  let saved = 0;
  for (const name of names) {
    const path = join(staging, name);
    let text;
    if (name.endsWith('.js')) {
      text = minified(readFileSync(path, 'utf8'), 'js', name);
    } else if (name.endsWith('.html')) {
      text = readFileSync(path, 'utf8').replace(STYLE, (_, open, css, close) => {
        if (!styles.has(css)) styles.set(css, minified(css, 'css', name).trim());
        return `${open}${styles.get(css)}${close}`;
      });
    } else {
      continue;
    }
    const before = readFileSync(path).length;
    writeFileSync(path, text);
    saved += before - Buffer.byteLength(text);
  }
  return saved;
}
