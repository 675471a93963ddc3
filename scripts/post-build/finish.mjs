// The last post-build step, after the prerender tool has written every page
// and scripts/build-languages.sh the Chinese and Norwegian apps. Each part
// is one module of this folder:
//   version.mjs         the build's version, from every file as built
//   start-scripts.mjs   each language's pages start that language's app
//   service-worker.mjs  sw.js and the lists of what it keeps
//   placeholders.mjs    every __NAME__ in every file, filled in one pass
//   minify.mjs          scripts and the pages' styles, minified
//   compress.mjs        .br and .gz copies
//
// Usage: node scripts/post-build/finish.mjs DIST (Trunk's hook passes its staging folder).
import { fail, buildFiles, languageFolders } from './files.mjs';
import { buildVersion } from './version.mjs';
import { writeStartScripts } from './start-scripts.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { fillPlaceholders, takeBuildValues, VALUES_FILE } from './placeholders.mjs';
import { minifyFiles } from './minify.mjs';
import { compressCopies } from './compress.mjs';

const staging = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!staging) fail('finish', 'name the built folder, or run through trunk build');

// The version covers every file as written (and the prerender tool's
// values), before any placeholder is filled.
const built = buildFiles(staging);
const version = buildVersion(staging, built);
const values = takeBuildValues(staging);
const files = built.filter((name) => name !== VALUES_FILE);
const pages = files.filter((name) => name.endsWith('.html'));
const langs = languageFolders(pages);
const code = writeStartScripts(staging, files, pages, langs);
const shared = writeServiceWorker(staging, files, code);
fillPlaceholders(staging, [...files, 'sw.js'], {
  ...values,
  BUILD_VERSION: version,
  SHARED_FILES: shared,
  LANG_FOLDERS: langs,
  CODE_BY_LANG: code,
});
const minifiedBy = minifyFiles(staging, files);
const compressed = compressCopies(staging, [...files, 'sw.js']);
console.log(`finish: ${pages.length} pages, ${shared.length} shared files, ${(minifiedBy / 1024).toFixed(1)} KB minified away, ${compressed} compressed, version ${version}`);
