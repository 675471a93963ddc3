// Writes sw.js from static/sw-template.js, and works out the files every
// language shares; placeholders.mjs then fills in the version, those
// files, the language folders and each language's app.
import { copyFileSync } from 'node:fs';
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
export function writeServiceWorker(staging, files, code) {
  copyFileSync('static/sw-template.js', join(staging, 'sw.js'));
  return sharedFiles(files, code);
}
