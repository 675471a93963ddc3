// Trunk post-build hook, after the prerender tool has written every page
// and scripts/build-languages.sh the Chinese and Norwegian apps: moves
// Trunk's inline start-up script to a file, one per language, each
// starting that language's own app (Trunk's is the English one), and
// points each language's pages at it; puts the build version
// into every page (the prerender tool wrote the build date); writes the
// service worker with the list of files every language shares and a
// version derived from the contents of every file; and writes a brotli
// and a gzip copy next to each file, for hosts that serve them as they are.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
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

const files = filesUnder(staging)
  .map((path) => relative(staging, path).split('\\').join('/'))
  .filter((name) => name !== 'sw.js' && !/\.(map|br|gz)$/.test(name))
  .sort();
const pages = files.filter((name) => name.endsWith('.html'));
// The language folders the prerender tool wrote: each has a start page.
const LANGS = pages.filter((name) => /^[^/]+\/index\.html$/.test(name)).map((name) => name.split('/')[0]);
if (LANGS.length === 0) {
  console.error('precache: no language folder; run after the prerender tool');
  process.exit(1);
}

// The version covers every file as written, before the version goes in.
const digest = createHash('sha256');
for (const name of files) {
  digest.update(name);
  digest.update(readFileSync(join(staging, name)));
}
const version = digest.digest('hex').slice(0, 12);

// Trunk's inline start-up script becomes a file of its own, so the
// Content-Security-Policy allows no inline script at all and can be sent
// by the host as a fixed header.
let startScript = null;
for (const name of pages) {
  const html = readFileSync(join(staging, name), 'utf8');
  html.replace(/<script type="module">([\s\S]*?)<\/script>/, (_, body) => {
    if (startScript !== null && startScript !== body) {
      console.error(`precache: ${name} starts the app differently from the other pages`);
      process.exit(1);
    }
    startScript = body;
  });
}
if (startScript === null) {
  console.error('precache: no page starts the app');
  process.exit(1);
}
// The page's own HTML is painted before the app starts: the app then draws
// the same view over it, and the first paint never waits for the app's
// code to compile and run (at most one frame, or 100 ms in a tab that is
// not painting).
const PAINT_FIRST = 'await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); setTimeout(resolve, 100); });\n';
if (!startScript.includes('const wasm = await init(')) {
  console.error('precache: the start-up script no longer calls init() as expected');
  process.exit(1);
}
const trunkGlue = /from '\.\/(waika-[0-9a-f]+\.js)'/.exec(startScript)?.[1];
const trunkWasm = /'\.\/(waika-[0-9a-f]+_bg\.wasm)'/.exec(startScript)?.[1];
if (!trunkGlue || !trunkWasm) {
  console.error('precache: the start-up script names no app');
  process.exit(1);
}
// Each language's app: its start-up script, glue and wasm.
const CODE = {};
for (const lang of LANGS) {
  const own = (suffix) => files.find((name) => new RegExp(`^waika-${lang}-[0-9a-f]+${suffix}$`).test(name));
  const glue = lang === 'en' ? trunkGlue : own('\\.js');
  const wasm = lang === 'en' ? trunkWasm : own('_bg\\.wasm');
  if (!glue || !wasm) {
    console.error(`precache: no app for ${lang}; run scripts/build-languages.sh first`);
    process.exit(1);
  }
  const start = `start-${lang}.js`;
  const script = startScript.trim().replaceAll(trunkGlue, glue).replaceAll(trunkWasm, wasm).replace('const wasm = await init(', `${PAINT_FIRST}const wasm = await init(`);
  writeFileSync(join(staging, start), `${script}\n`);
  files.push(start);
  CODE[lang] = [start, glue, wasm];
}
files.sort();
for (const name of pages) {
  const path = join(staging, name);
  let html = readFileSync(path, 'utf8');
  if (html.includes('<script type="module">')) {
    const lang = name.split('/')[0];
    if (!CODE[lang]) {
      console.error(`precache: ${name} starts the app outside a language folder`);
      process.exit(1);
    }
    // The start-up script, and the preloads Trunk wrote for the English app.
    const [start, glue, wasm] = CODE[lang];
    html = html
      .replace(/<script type="module">[\s\S]*?<\/script>/, `<script type="module" src="${start}"></script>`)
      .replaceAll(trunkGlue, glue)
      .replaceAll(trunkWasm, wasm);
  }
  if (/<script>|<script type="module">/.test(html)) {
    console.error(`precache: ${name} has an inline script, which the Content-Security-Policy forbids`);
    process.exit(1);
  }
  html = html.replaceAll('__BUILD_VERSION__', version);
  writeFileSync(path, html);
}

// What every language needs: the styles and scripts, the app's own start
// page (and the embed demo, a blog page that keeps its copy). Not the PNG
// icons, which a browser fetches only to install the app, nor the blog's
// embed script, nor any language's app. The app and the pages of a
// language are kept by the worker when that language is used (see
// static/sw-template.js).
const code = new Set(Object.values(CODE).flat());
const shared = files.filter((name) => !name.includes('/') && !code.has(name) && !/\.png$/.test(name) && !['sitemap.xml', 'embed.js'].includes(name));
const template = readFileSync('static/sw-template.js', 'utf8');
const worker = template
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(shared, null, 2))
  .replace('__LANGS__', JSON.stringify(LANGS))
  .replace('__CODE__', JSON.stringify(CODE, null, 2));
writeFileSync(join(staging, 'sw.js'), worker);

// Compressed copies of every text file, at the best settings: a host then
// serves them without compressing on each request.
let compressed = 0;
for (const name of [...files, 'sw.js']) {
  if (name.endsWith('.png')) continue;
  const path = join(staging, name);
  const raw = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
  writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
  compressed += 1;
}
console.log(`precache: ${pages.length} pages, ${shared.length} shared files, ${compressed} compressed, version ${version}`);
