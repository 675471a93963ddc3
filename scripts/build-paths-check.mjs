// The built site must not carry paths of the machine that built it: the
// project's folder, the home folder, or cargo's source folders (the wasm's
// panic messages name their files; map_source_paths in env.sh maps them).
//
// Usage: node scripts/build-paths-check.mjs [folder=dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { homedir } from 'node:os';

const folder = resolve(process.argv[2] ?? 'dist');
const cargoHome = process.env.CARGO_HOME ?? join(homedir(), '.cargo');
const forbidden = [resolve('.'), homedir(), cargoHome, '/registry/src/'].filter((path) => path.length > 1);

const found = [];
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const text = readFileSync(path).toString('latin1');
  for (const needle of forbidden) {
    if (text.includes(needle)) found.push(`${path.slice(folder.length + 1)} holds "${needle}"`);
  }
}
if (found.length > 0) {
  console.error(`build paths: ${found.length} found\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`build paths: none of ${forbidden.length} machine paths in ${folder.split('/').pop()}`);
