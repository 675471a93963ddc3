// Trunk writes an inline script that starts the English app. This moves it
// to a file per language (start-en.js, start-zh.js, start-nb.js), each
// starting that language's own app, and points each language's pages at
// theirs: the Content-Security-Policy then allows no inline script at all
// and can be sent by the host as a fixed header.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './files.mjs';

const STEP = 'start scripts';
const INLINE = /<script type="module">([\s\S]*?)<\/script>/;
// The page's own HTML is painted before the app starts and hydrates it, so
// the first paint never waits for the app's code to compile and run (at
// most one frame, or 100 ms in a tab that is not painting). Trunk's
// preloads stay: they fetch the code while the page is read. Lighthouse's
// simulated run counts that download into the largest paint, but without
// them a phone (4x slower, 1.6 Mbit/s, 150 ms) waited 3.3-4.1 s instead
// of 2.1-2.4 s for a working app, for a page painted as early. Without the
// wasm's preload alone (December 2026): 3.0-3.3 s instead of 2.4-2.7 s,
// as its download then starts after the first paint.
const PAINT_FIRST = 'await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); setTimeout(resolve, 100); });\n';

/** Trunk's start-up script, the same in every page that has one. */
function trunkStartScript(staging, pages) {
  let script = null;
  for (const name of pages) {
    const body = INLINE.exec(readFileSync(join(staging, name), 'utf8'))?.[1];
    if (body === undefined) continue;
    if (script !== null && script !== body) fail(STEP, `${name} starts the app differently from the other pages`);
    script = body;
  }
  if (script === null) fail(STEP, 'no page starts the app');
  if (!script.includes('const wasm = await init(')) fail(STEP, 'the start-up script no longer calls init() as expected');
  return script;
}

/**
 * Writes each language's start-up script and returns, by language, the
 * files its app needs: [start script, glue, wasm]. Adds the new scripts
 * to `files`.
 */
export function writeStartScripts(staging, files, pages, langs) {
  const script = trunkStartScript(staging, pages);
  const trunkGlue = /from '\.\/(waika-[0-9a-f]+\.js)'/.exec(script)?.[1];
  const trunkWasm = /'\.\/(waika-[0-9a-f]+_bg\.wasm)'/.exec(script)?.[1];
  if (!trunkGlue || !trunkWasm) fail(STEP, 'the start-up script names no app');
  const code = {};
  for (const lang of langs) {
    const own = (suffix) => files.find((name) => new RegExp(`^waika-${lang}-[0-9a-f]+${suffix}$`).test(name));
    const glue = lang === 'en' ? trunkGlue : own('\\.js');
    const wasm = lang === 'en' ? trunkWasm : own('_bg\\.wasm');
    if (!glue || !wasm) fail(STEP, `no app for ${lang}; run scripts/build-languages.sh first`);
    const start = `start-${lang}.js`;
    const own_script = script.trim().replaceAll(trunkGlue, glue).replaceAll(trunkWasm, wasm).replace('const wasm = await init(', `${PAINT_FIRST}const wasm = await init(`);
    writeFileSync(join(staging, start), `${own_script}\n`);
    files.push(start);
    code[lang] = [start, glue, wasm];
  }
  files.sort();
  for (const name of pages) {
    const path = join(staging, name);
    let html = readFileSync(path, 'utf8');
    if (INLINE.test(html)) {
      const lang = name.split('/')[0];
      if (!code[lang]) fail(STEP, `${name} starts the app outside a language folder`);
      // The start-up script, and the preloads Trunk wrote for the English app.
      const [start, glue, wasm] = code[lang];
      html = html.replace(INLINE, `<script type="module" src="${start}"></script>`).replaceAll(trunkGlue, glue).replaceAll(trunkWasm, wasm);
    }
    if (/<script>|<script type="module">/.test(html)) fail(STEP, `${name} has an inline script, which the Content-Security-Policy forbids`);
    writeFileSync(path, html);
  }
  return code;
}
