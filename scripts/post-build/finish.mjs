// The last post-build step, after the prerender tool has written every page
// and scripts/build-languages.sh the Chinese and Norwegian apps. Each part
// is one module of this folder:
//   version.mjs         the build's version, from every file as built, and
//                       written into every page
//   start-scripts.mjs   each language's pages start that language's app
//   service-worker.mjs  sw.js with what it keeps
//   compress.mjs        .br and .gz copies
//
// Usage: node scripts/post-build/finish.mjs DIST (Trunk's hook passes its staging folder).
import { fail, buildFiles, languageFolders } from './files.mjs';
import { buildVersion, stampVersion } from './version.mjs';
import { writeStartScripts } from './start-scripts.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { compressCopies } from './compress.mjs';

const staging = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!staging) fail('finish', 'name the built folder, or run through trunk build');

const files = buildFiles(staging);
const pages = files.filter((name) => name.endsWith('.html'));
const langs = languageFolders(pages);
// The version covers every file as written, before the version goes in.
const version = buildVersion(staging, files);
const code = writeStartScripts(staging, files, pages, langs);
stampVersion(staging, pages, version);
const shared = writeServiceWorker(staging, { files, code, langs, version });
const compressed = compressCopies(staging, [...files, 'sw.js']);
console.log(`finish: ${pages.length} pages, ${shared.length} shared files, ${compressed} compressed, version ${version}`);
