// The files of a build folder, and a way to stop the build with a reason.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Stops the build, naming the step and what went wrong. */
export function fail(step, message) {
  console.error(`${step}: ${message}`);
  process.exit(1);
}

/** Every file of the build (relative, `/`-separated, sorted), without the worker and compressed copies. */
export function buildFiles(staging) {
  const under = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? under(path) : [path];
    });
  return under(staging)
    .map((path) => relative(staging, path).split('\\').join('/'))
    .filter((name) => name !== 'sw.js' && !/\.(map|br|gz)$/.test(name))
    .sort();
}

/** The language folders the prerender tool wrote: each has a start page. */
export function languageFolders(pages) {
  const folders = pages.filter((name) => /^[^/]+\/index\.html$/.test(name)).map((name) => name.split('/')[0]);
  if (folders.length === 0) fail('languages', 'no language folder; run after the prerender tool');
  return folders;
}
