// The build's version: a hash of every file as built, written into every
// page (the footer and the update check compare it).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A hash of every file's name and contents, before the version goes in. */
export function buildVersion(staging, files) {
  const digest = createHash('sha256');
  for (const name of files) {
    digest.update(name);
    digest.update(readFileSync(join(staging, name)));
  }
  return digest.digest('hex').slice(0, 12);
}
