// Writes sw.js from static/sw-template.js: the version, the files every
// language shares, the language folders and each language's app.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What every language needs: the styles and scripts, the app's own start
 * page (and the embed demo, a blog page that keeps its copy). Not the PNG
 * icons, which a browser fetches only to install the app, nor the blog's
 * embed script, nor any language's app. The app and the pages of a
 * language are kept by the worker when that language is used.
 */
export function sharedFiles(files, code) {
  const apps = new Set(Object.values(code).flat());
  return files.filter((name) => !name.includes('/') && !apps.has(name) && !/\.png$/.test(name) && !['sitemap.xml', 'embed.js'].includes(name));
}

/** Writes the worker; returns the shared files it keeps at install. */
export function writeServiceWorker(staging, { files, code, langs, version }) {
  const shared = sharedFiles(files, code);
  const worker = readFileSync('static/sw-template.js', 'utf8')
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(shared, null, 2))
    .replace('__LANGS__', JSON.stringify(langs))
    .replace('__CODE__', JSON.stringify(code, null, 2));
  writeFileSync(join(staging, 'sw.js'), worker);
  return shared;
}
