// Before any test: writes the app's texts from the typed Rust catalogues to
// target/e2e/catalogue.json, for catalogue.ts, so `npx playwright test`
// needs nothing run before it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE_FILE } from './catalogue';

export default function globalSetup() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const json = execFileSync('cargo', ['run', '-q', '-p', 'waika-texts', '--example', 'catalogue_json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Checked whole before it replaces the last one.
  JSON.parse(json);
  mkdirSync(dirname(CATALOGUE_FILE), { recursive: true });
  writeFileSync(`${CATALOGUE_FILE}.tmp`, json);
  renameSync(`${CATALOGUE_FILE}.tmp`, CATALOGUE_FILE);
}
