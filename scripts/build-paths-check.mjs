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

// A path counts where it starts a path of its own and goes on into it: not
// "/app" inside "help/app-version/".
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = forbidden.map((path) => ({
  path,
  pattern: path.startsWith('/registry/')
    ? new RegExp(escape(path))
    : new RegExp(`(^|[^A-Za-z0-9._/-])${escape(path.replace(/\/$/, ''))}/`),
}));
const found = [];
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const text = readFileSync(path).toString('latin1');
  for (const { path: needle, pattern } of patterns) {
    if (pattern.test(text)) found.push(`${path.slice(folder.length + 1)} holds "${needle}"`);
  }
}
if (found.length > 0) {
  console.error(`build paths: ${found.length} found\n  ${found.join('\n  ')}\n(build through the scripts, which call map_source_paths in scripts/env.sh; a RUSTFLAGS of your own overrides it)`);
  process.exit(1);
}
console.log(`build paths: none of ${forbidden.length} machine paths in ${folder.split('/').pop()}`);
