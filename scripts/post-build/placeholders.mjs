// Every placeholder of the build is filled here, in one pass over the
// text files: `__NAME__` takes the value named NAME. A string goes in as
// it is (it sits inside quotes or markup); anything else as JSON. The
// build stops on a placeholder without a value, and on a value no file
// asks for, so a renamed placeholder cannot slip through unfilled.
//
// The values come from two places: the prerender tool knows the build's
// day and the app's table of views (it writes them to build-values.json,
// which this step reads and removes), and finish.mjs adds the version and
// the service worker's lists, which exist only once every file is written.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './files.mjs';

const STEP = 'placeholders';
const PLACEHOLDER = /__([A-Z][A-Z0-9_]*[A-Z0-9])__/g;
// The files that can hold a placeholder: pages, scripts, the sitemap.
const TEXT_FILE = /\.(html|js|xml|webmanifest)$/;
export const VALUES_FILE = 'build-values.json';

/** Reads and removes the values the prerender tool left in the build folder. */
export function takeBuildValues(staging) {
  const path = join(staging, VALUES_FILE);
  if (!existsSync(path)) fail(STEP, `no ${VALUES_FILE}; run after the prerender tool`);
  const values = JSON.parse(readFileSync(path, 'utf8'));
  rmSync(path);
  return values;
}

/** Fills every placeholder in `files` with `values` (by name, without the underscores). */
export function fillPlaceholders(staging, files, values) {
  const used = new Set();
  for (const name of files.filter((file) => TEXT_FILE.test(file))) {
    const path = join(staging, name);
    const text = readFileSync(path, 'utf8');
    const filled = text.replace(PLACEHOLDER, (_, key) => {
      if (!Object.hasOwn(values, key)) fail(STEP, `${name} has __${key}__, which no step gives a value`);
      used.add(key);
      return typeof values[key] === 'string' ? values[key] : JSON.stringify(values[key]);
    });
    if (filled !== text) writeFileSync(path, filled);
  }
  const unused = Object.keys(values).filter((key) => !used.has(key));
  if (unused.length > 0) fail(STEP, `no file has a place for ${unused.map((key) => `__${key}__`).join(', ')}`);
}
